package vn.tdkt.dossier.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.common.domain.Action;
import vn.tdkt.common.domain.Permission;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.dossier.data.DossierRepository;
import vn.tdkt.dossier.domain.Attachment;
import vn.tdkt.dossier.domain.Component;
import vn.tdkt.dossier.domain.DecidingLevel;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierField;
import vn.tdkt.dossier.domain.DossierFilter;
import vn.tdkt.dossier.domain.DossierStatus;
import vn.tdkt.dossier.domain.DossierSubject;
import vn.tdkt.dossier.domain.DossierWorkflow;
import vn.tdkt.dossier.domain.EligibilityCheck;
import vn.tdkt.dossier.domain.Finding;
import vn.tdkt.dossier.domain.LogEntry;
import vn.tdkt.dossier.domain.NewDossier;
import vn.tdkt.dossier.domain.Procedure;
import vn.tdkt.dossier.domain.SubjectKind;
import vn.tdkt.dossier.domain.SubjectView;
import vn.tdkt.regime.domain.LegalRegime;
import vn.tdkt.regime.domain.RegimeCatalog;

/**
 * The nomination dossier as an aggregate: the dossier with its subjects (created together in one transaction), the
 * checks before it moves on, its status moves and their log. Files are {@link DossierAttachmentService}'s, the
 * working calendar and the public notice {@link DossierCalendarService}'s. Every write is one transaction.
 */
public final class DossierService {

    private static final Logger LOGGER = LoggerFactory.getLogger(DossierService.class);
    private static final int FIRST_YEAR = 1945;

    private final Database db;
    private final CatalogueService catalogue;
    private final EligibilityCheck eligibility;
    private final Clock clock;
    private final DossierRepository repo = new DossierRepository();
    private final DossierSupport support;
    private final AttachmentStore store;

    public DossierService(Database db, CatalogueService catalogue, EligibilityCheck eligibility, Clock clock) {
        this.db = db;
        this.catalogue = catalogue;
        this.eligibility = eligibility;
        this.clock = clock;
        this.support = new DossierSupport(repo, catalogue);
        this.store = new AttachmentStore(db.dataDir());
    }

    public List<LegalRegime> regimes() {
        return repo.regimes(db.dsl());
    }

    /** Deciding levels with their public-notice period, from the highest. */
    public List<DecidingLevel> levels() {
        return repo.levels(db.dsl());
    }

    public Optional<Dossier> find(long id) {
        return repo.dossier(db.dsl(), id);
    }

    /** Dossiers matching the filter, newest first. */
    public List<Dossier> list(DossierFilter filter) {
        return repo.list(db.dsl(), filter);
    }

    /**
     * Creates (id 0) or updates a dossier while it is drafted or returned. On creation the number is given when blank
     * (HS-yyyy-nnn), the regime is the one in force today unless one is chosen, and the creation is logged. A change of
     * award or procedure is refused while a subject or a stored file would no longer fit.
     */
    public Dossier save(Dossier draft, String user) {
        Permission.require(Action.EDIT_DOSSIERS);
        if (draft.id() == 0) {
            return createAll(List.of(new NewDossier(draft, List.of())), user).get(0);
        }
        String who = DossierSupport.who(user);
        return db.transaction(dsl -> {
            Dossier existing = support.requireDossier(dsl, draft.id());
            DossierSupport.requireEditable(existing, "dossier.action.edit");
            ProblemCollector problems = new ProblemCollector();
            Catalogue cat = catalogue.catalogue();
            Dossier d = checked(dsl, cat, draft, Optional.of(existing), problems);
            problems.throwIfAny();
            problems.addAll(stillFits(dsl, d, cat.require(d.awardCode()), cat));
            problems.throwIfAny();
            repo.update(dsl, d);
            LOGGER.info("Dossier {} updated by {}", d.code(), who);
            return repo.dossier(dsl, d.id()).orElseThrow();
        });
    }

    /**
     * Creates dossiers with their subjects in one transaction (the clerk's "Lập hồ sơ" from the review makes one per
     * award and deciding level): every dossier's data and every subject are checked together, and when anything is
     * refused nothing is written and every problem is listed (a subject's problem carries its position in its
     * dossier's list as the row).
     */
    public List<Dossier> createAll(List<NewDossier> planned, String user) {
        Permission.require(Action.EDIT_DOSSIERS);
        String who = DossierSupport.who(user);
        return db.transaction(dsl -> {
            ProblemCollector problems = new ProblemCollector();
            Catalogue cat = catalogue.catalogue();
            List<Dossier> created = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (NewDossier p : planned) {
                Dossier draft = p.draft();
                Dossier d = checked(dsl, cat, draft, Optional.empty(), problems);
                if (d.code() != null && !codes.add(d.code())) {
                    d = d.withCode(nextCode(dsl, LocalDate.now(clock).getYear(), codes));
                    codes.add(d.code());
                }
                List<DossierSubject> cleaned = subjects(dsl, cat, draft, p.subjects(), problems);
                if (problems.problems().isEmpty()) {
                    LocalDateTime now = LocalDateTime.now(clock);
                    Dossier saved = repo.insert(dsl, d);
                    repo.insertLog(dsl, saved.id(), null, DossierStatus.DU_THAO, who, now,
                            Msg.of("dossier.log.created").vi());
                    cleaned.forEach(s -> repo.insertSubject(dsl, saved.id(), s));
                    LOGGER.info("Dossier {} created by {} with {} subjects", saved.code(), who, cleaned.size());
                    created.add(saved);
                }
            }
            problems.throwIfAny();
            return created;
        });
    }

    private List<DossierSubject> subjects(DSLContext dsl, Catalogue cat, Dossier draft, List<DossierSubject> subjects,
                                          ProblemCollector problems) {
        Optional<AwardKind> kind = Optional.ofNullable(draft.awardCode()).flatMap(cat::kind);
        List<DossierSubject> cleaned = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < subjects.size(); i++) {
            DossierSubject s = subject(dsl, 0, subjects.get(i), i + 1, problems);
            if (!seen.add(identity(s))) {
                problems.add(subjectProblem(i + 1, "dossier.problem.subjectTwice"));
            }
            int row = i + 1;
            kind.ifPresent(k -> suits(s.kind(), k, cat, row, problems));
            cleaned.add(s);
        }
        return cleaned;
    }

    /** The dossier as it will be written, with every problem of its own data collected. */
    private Dossier checked(DSLContext dsl, Catalogue cat, Dossier draft, Optional<Dossier> existing, ProblemCollector problems) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (problems.requireText(draft.awardCode(), DossierField.AWARD, "dossier.problem.noAward")) {
            problems.require(cat.kind(draft.awardCode()).isPresent(), DossierField.AWARD, "dossier.problem.unknownAward",
                    draft.awardCode());
        }
        if (problems.requirePresent(draft.decidingLevel(), DossierField.LEVEL, "dossier.problem.noLevel")) {
            problems.require(repo.levels(dsl).stream().anyMatch(l -> l.code().equals(draft.decidingLevel())),
                    DossierField.LEVEL, "dossier.problem.unknownLevel", draft.decidingLevel());
        }
        String movement = ProblemCollector.blankToNull(draft.movement());
        int thisYear = LocalDate.now(clock).getYear();
        if (draft.achievementYear() == null && movement == null) {
            problems.add(DossierField.YEAR, "dossier.problem.noYear");
        } else if (draft.achievementYear() != null) {
            problems.require(draft.achievementYear() >= FIRST_YEAR && draft.achievementYear() <= thisYear + 1,
                    DossierField.YEAR, "dossier.problem.badYear", String.valueOf(draft.achievementYear()),
                    String.valueOf(FIRST_YEAR), String.valueOf(thisYear + 1));
        }
        problems.require(repo.unitExists(dsl, draft.proposingUnitId()), DossierField.UNIT, "dossier.problem.noUnit");
        if (problems.requirePresent(draft.procedure(), DossierField.PROCEDURE, "dossier.problem.noProcedure")) {
            problems.require(draft.procedure() != Procedure.DON_GIAN || draft.simplifiedCase() != null, DossierField.CASE,
                    "dossier.problem.noCase");
        }
        String regime = regime(dsl, draft, existing, problems);
        String code = ProblemCollector.blankToNull(draft.code());
        if (code == null) {
            code = existing.map(Dossier::code).orElseGet(() -> nextCode(dsl, thisYear));
        } else {
            problems.require(!repo.codeTaken(dsl, code, draft.id()), DossierField.CODE, "dossier.problem.codeTaken", code);
        }
        return new Dossier(draft.id(), code, draft.awardCode(), draft.decidingLevel(), draft.achievementYear(),
                movement, draft.proposingUnitId(), regime, draft.procedure(),
                draft.procedure() == Procedure.DON_GIAN ? draft.simplifiedCase() : null, draft.deadline(),
                draft.noticeStart(), existing.map(Dossier::status).orElse(DossierStatus.DU_THAO),
                existing.map(Dossier::createdAt).orElse(now), now, movementId(dsl, draft, existing, movement, problems));
    }

    /**
     * The movement record the dossier names: the one chosen; else, when the text is unchanged, the one it had; a
     * movement deleted meanwhile is refused.
     */
    private Long movementId(DSLContext dsl, Dossier draft, Optional<Dossier> existing, String movement,
                            ProblemCollector problems) {
        Long id = draft.movementId();
        if (id == null && existing.isPresent() && java.util.Objects.equals(existing.get().movement(), movement)) {
            id = existing.get().movementId();
        }
        if (id != null && !repo.movementExists(dsl, id)) {
            problems.add(DossierField.MOVEMENT, "dossier.problem.unknownMovement");
            return null;
        }
        return id;
    }

    /** The regime chosen, else the dossier's own, else the one in force today. */
    private String regime(DSLContext dsl, Dossier draft, Optional<Dossier> existing, ProblemCollector problems) {
        List<LegalRegime> regimes = repo.regimes(dsl);
        if (draft.regimeCode() != null) {
            problems.require(regimes.stream().anyMatch(r -> r.code().equals(draft.regimeCode())), DossierField.REGIME,
                    "dossier.problem.unknownRegime", draft.regimeCode());
            return draft.regimeCode();
        }
        if (existing.isPresent()) {
            return existing.get().regimeCode();
        }
        LocalDate today = LocalDate.now(clock);
        Optional<LegalRegime> r = new RegimeCatalog(regimes).on(today);
        problems.require(r.isPresent(), DossierField.REGIME, "dossier.problem.noRegime", today);
        return r.map(LegalRegime::code).orElse(null);
    }

    private String nextCode(DSLContext dsl, int year) {
        return nextCode(dsl, year, Set.of());
    }

    /** The next free HS-yyyy-nnn, also free of the codes given (numbered in this transaction, not written yet). */
    private String nextCode(DSLContext dsl, int year, Set<String> taken) {
        String prefix = "HS-" + year + "-";
        int n = repo.countCodesStartingWith(dsl, prefix) + 1;
        while (repo.codeTaken(dsl, prefix + String.format("%03d", n), 0) || taken.contains(prefix + String.format("%03d", n))) {
            n++;
        }
        return prefix + String.format("%03d", n);
    }

    /** Subjects and stored files must still fit a dossier whose award, regime or procedure changed. */
    private List<Problem> stillFits(DSLContext dsl, Dossier d, AwardKind kind, Catalogue cat) {
        ProblemCollector problems = new ProblemCollector();
        for (SubjectView s : repo.subjects(dsl, d.id())) {
            problems.require(!s.exists() || s.subject().kind().suits(kind, cat), DossierField.AWARD,
                    "dossier.problem.subjectNoLongerFits", kind.name(), s.subject().kind().word(), s.name());
        }
        Set<String> codes = support.checklistItems(dsl, d).stream().map(i -> i.component().code()).collect(Collectors.toSet());
        Map<String, String> names = repo.components(dsl).stream().collect(Collectors.toMap(Component::code, Component::name));
        repo.attachments(dsl, d.id()).stream().map(Attachment::componentCode).distinct().filter(c -> !codes.contains(c))
                .forEach(c -> problems.add(DossierField.COMPONENT, "dossier.problem.fileNoLongerFits", names.get(c)));
        return problems.problems();
    }

    /** Deletes a dossier still in dự thảo, with its files. */
    public void delete(long dossierId) {
        Permission.require(Action.EDIT_DOSSIERS);
        db.transaction(dsl -> {
            Dossier d = support.requireDossier(dsl, dossierId);
            ProblemCollector.refuseUnless(d.status() == DossierStatus.DU_THAO, "dossier.problem.deleteDraftOnly",
                    DossierStatus.DU_THAO, d.code(), d.status());
            repo.delete(dsl, dossierId);
            return null;
        });
        store.deleteAll(dossierId);
        LOGGER.info("Dossier {} deleted", dossierId);
    }

    // ---- subjects

    /** Number of subjects per dossier id (dossiers without subjects are absent). */
    public Map<Long, Integer> subjectCounts() {
        return repo.subjectCounts(db.dsl());
    }

    public List<SubjectView> subjects(long dossierId) {
        return repo.subjects(db.dsl(), dossierId);
    }

    /** Adds a person, a unit or a household that exists, is not in the dossier yet and suits the award. */
    public DossierSubject addSubject(long dossierId, DossierSubject draft) {
        Permission.require(Action.EDIT_DOSSIERS);
        return db.transaction(dsl -> {
            Dossier d = support.requireDossier(dsl, dossierId);
            DossierSupport.requireEditable(d, "dossier.action.addSubject");
            Catalogue cat = catalogue.catalogue();
            ProblemCollector problems = new ProblemCollector();
            DossierSubject s = subject(dsl, dossierId, draft, 0, problems);
            suits(draft.kind(), cat.require(d.awardCode()), cat, 0, problems);
            problems.throwIfAny();
            return repo.insertSubject(dsl, dossierId, s);
        });
    }

    /**
     * The subject cleaned, with its problems: it must exist and (for a saved dossier, id > 0) not be in the dossier
     * yet. The row is the subject's position in a list being created (0 for a single subject).
     */
    private DossierSubject subject(DSLContext dsl, long dossierId, DossierSubject draft, int row, ProblemCollector problems) {
        return switch (draft.kind()) {
            case CA_NHAN -> {
                if (draft.personId() == null || !repo.personExists(dsl, draft.personId())) {
                    problems.add(subjectProblem(row, "dossier.problem.noPerson"));
                } else if (dossierId > 0 && repo.hasPerson(dsl, dossierId, draft.personId())) {
                    problems.add(subjectProblem(row, "dossier.problem.personTwice"));
                }
                yield DossierSubject.person(draft.personId() == null ? 0 : draft.personId());
            }
            case TAP_THE -> {
                if (draft.unitId() == null || !repo.unitExists(dsl, draft.unitId())) {
                    problems.add(subjectProblem(row, "dossier.problem.noSubjectUnit"));
                } else if (dossierId > 0 && repo.hasUnit(dsl, dossierId, draft.unitId())) {
                    problems.add(subjectProblem(row, "dossier.problem.unitTwice"));
                }
                yield DossierSubject.unit(draft.unitId() == null ? 0 : draft.unitId());
            }
            case HO_GIA_DINH -> {
                String name = ProblemCollector.blankToNull(draft.householdName());
                String address = ProblemCollector.blankToNull(draft.householdAddress());
                if (name == null) {
                    problems.add(subjectProblem(row, "dossier.problem.noHousehold"));
                } else if (dossierId > 0 && repo.hasHousehold(dsl, dossierId, name, address)) {
                    problems.add(subjectProblem(row, "dossier.problem.householdTwice", name));
                }
                yield DossierSubject.household(name, address);
            }
        };
    }

    private static void suits(SubjectKind subjectKind, AwardKind kind, Catalogue cat, int row, ProblemCollector problems) {
        if (!subjectKind.suits(kind, cat)) {
            problems.add(subjectProblem(row, "dossier.problem.notFor", kind.name(), subjectKind.word()));
        }
    }

    private static Problem subjectProblem(int row, String key, Object... args) {
        return new Problem(null, row, null, DossierField.SUBJECT, Msg.of(key, args));
    }

    /** What makes two subjects of one list the same: the person, the unit, or the household's folded name and address. */
    private static String identity(DossierSubject s) {
        return switch (s.kind()) {
            case CA_NHAN -> "P" + s.personId();
            case TAP_THE -> "U" + s.unitId();
            case HO_GIA_DINH -> "H" + VietnameseText.fold(s.householdName()) + "|" + VietnameseText.fold(s.householdAddress());
        };
    }

    public void removeSubject(long dossierId, long subjectId) {
        Permission.require(Action.EDIT_DOSSIERS);
        db.transaction(dsl -> {
            DossierSupport.requireEditable(support.requireDossier(dsl, dossierId), "dossier.action.removeSubject");
            ProblemCollector.refuseUnless(repo.deleteSubject(dsl, dossierId, subjectId) > 0, "dossier.problem.subjectGone");
            return null;
        });
    }

    // ---- checks and status

    /** Findings for the dossier's next step on the forward path; none once decided. */
    public List<Finding> checks(long dossierId) {
        DSLContext dsl = db.dsl();
        Dossier d = support.requireDossier(dsl, dossierId);
        return DossierWorkflow.next(d.status(), d.procedure()).map(t -> findings(dsl, d, t, null)).orElse(List.of());
    }

    /** Findings for a move to the target status (without a note: a late dossier shows as blocked). */
    public List<Finding> checks(long dossierId, DossierStatus target) {
        DSLContext dsl = db.dsl();
        return findings(dsl, support.requireDossier(dsl, dossierId), target, null);
    }

    /**
     * Moves the dossier to the target status when the status machine allows it and no check blocks it (a return
     * needs only its reason), and logs the change with the user and the note. Returns the warnings that remained.
     * {@code seen} is the dossier as the clerk's page read it: when someone else moved it (or changed its notice day)
     * since, the move is refused with what they changed and nothing is written (issue #14); null is not checked.
     */
    public List<Finding> move(long dossierId, DossierStatus target, String user, String note, Dossier seen) {
        Permission.require(Action.EDIT_DOSSIERS);
        String who = DossierSupport.who(user);
        String cleanNote = ProblemCollector.blankToNull(note);
        return db.transaction(dsl -> {
            Dossier d = support.lockedAsSeen(dsl, dossierId, seen);
            DossierWorkflow.requireAllowed(d.status(), target, d.procedure(), cleanNote);
            List<Finding> findings = findings(dsl, d, target, cleanNote);
            List<Problem> blocking = findings.stream().filter(Finding::isBlocking).map(f -> Problem.file(f.text()))
                    .toList();
            if (!blocking.isEmpty()) {
                throw new ValidationException(blocking);
            }
            LocalDateTime now = LocalDateTime.now(clock);
            repo.setStatus(dsl, dossierId, target, now);
            repo.insertLog(dsl, dossierId, d.status(), target, who, now, cleanNote);
            LOGGER.info("Dossier {} moved from {} to {} by {}", d.code(), d.status(), target, who);
            return findings;
        });
    }

    public List<LogEntry> log(long dossierId) {
        return repo.log(db.dsl(), dossierId);
    }

    private List<Finding> findings(DSLContext dsl, Dossier d, DossierStatus target, String note) {
        return support.findings(dsl, d, target, note, eligibility, LocalDate.now(clock));
    }
}
