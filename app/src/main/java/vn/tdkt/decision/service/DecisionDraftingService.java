package vn.tdkt.decision.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.common.domain.Action;
import vn.tdkt.common.domain.Permission;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.domain.Recipient;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.SinceOpened;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.decision.data.DecisionRepository;
import vn.tdkt.decision.data.DraftRepository;
import vn.tdkt.decision.domain.AwardFact;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionDraft;
import vn.tdkt.decision.domain.DecisionField;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.DecisionKeys;
import vn.tdkt.decision.domain.DecisionRef;
import vn.tdkt.decision.domain.DecisionRecipient;
import vn.tdkt.decision.domain.DecisionSummary;
import vn.tdkt.decision.domain.DraftSummary;
import vn.tdkt.decision.domain.Eligibility;
import vn.tdkt.decision.domain.HeaderDefault;
import vn.tdkt.decision.domain.LegalBasis;
import vn.tdkt.decision.domain.LineCheck;
import vn.tdkt.decision.domain.NewDraft;
import vn.tdkt.decision.domain.Payment;
import vn.tdkt.decision.domain.PrintedSubject;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.decision.domain.ReviewLookup;
import vn.tdkt.decision.domain.StoredDraft;
import vn.tdkt.record.domain.AwardFormType;

/**
 * Drawing up a quyết định khen thưởng: the check of a draft (every problem at once), the live money preview and
 * the recording of the decision with its list, its số sổ vàng, its money and its award history rows, in one
 * transaction.
 */
public final class DecisionDraftingService {

    private static final Logger LOGGER = LoggerFactory.getLogger(DecisionDraftingService.class);
    /** Số, ký hiệu of NĐ 30/2020: "125/QĐ-UBND", "15/QĐ-HĐTĐKT". */
    private static final Pattern NUMBER = Pattern.compile("\\d+/[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*");

    private final Database db;
    private final CatalogueService catalogue;
    private final ReviewLookup review;
    private final Clock clock;
    private final DecisionRepository repo = new DecisionRepository();
    private final DraftRepository drafts = new DraftRepository();
    private final DecisionPricing pricing = new DecisionPricing(repo);

    /** Drafting with no review behind it: every line is "not assessed" (tests of the decisions alone). */
    public DecisionDraftingService(Database db, CatalogueService catalogue) {
        this(db, catalogue, ReviewLookup.NONE, Clock.systemDefaultZone());
    }

    /** @param review the review's verdict and proposal stage of each line (the drafts and the issue refuse by it) */
    public DecisionDraftingService(Database db, CatalogueService catalogue, ReviewLookup review, Clock clock) {
        this.db = db;
        this.catalogue = catalogue;
        this.review = review;
        this.clock = clock;
    }

    /**
     * Records a decision in one transaction: the decision, its list with số sổ vàng and the computed money, and
     * one award history row per person or unit.
     *
     * @throws ValidationException with every problem found (nothing is written)
     */
    public Decision record(DecisionDraft draft) {
        Permission.require(Action.ISSUE_DECISIONS);
        Catalogue cat = catalogue.catalogue();
        ProblemCollector problems = new ProblemCollector();
        problems.addAll(check(draft.info()));
        int[] goldBook = goldBookNumbers(draft.recipients(), problems);
        problems.addAll(checkLines(cat, draft.recipients()));
        problems.throwIfAny();
        Decision saved = db.transaction(dsl -> write(dsl, cat, draft, goldBook, null));
        LOGGER.info("Recorded decision {} with {} recipients, total {}", saved.info().decisionNo(),
                saved.recipients().size(), saved.total());
        return saved;
    }

    /**
     * Writes a checked decision in the caller's transaction: the decision, its list with số sổ vàng and money, one
     * award history row per person or unit; checks the number, the movement, the subjects and repeated lines first.
     *
     * @param checks the review's check of each line (kept on the line), or null when recorded without it
     */
    private Decision write(DSLContext dsl, Catalogue cat, DecisionDraft draft, int[] goldBook, List<LineCheck> checks) {
        DecisionInfo info = clean(draft.info());
        List<RecipientDraft> lines = draft.recipients();
        ProblemCollector problems = new ProblemCollector();
        if (repo.decisionNoUsed(dsl, info.decisionNo(), info.decisionDate())) {
            throw new ValidationException(List.of(Problem.of(DecisionField.NUMBER,
                    Msg.of("decision.problem.numberUsed", info.decisionNo(), info.decisionDate()))));
        }
        if (draft.movementId() != null && !repo.movementExists(dsl, draft.movementId())) {
            throw new ValidationException(List.of(Problem.of(DecisionField.MOVEMENT,
                    Msg.of("decision.problem.unknownMovement"))));
        }
        Set<Long> personIds = lines.stream().map(RecipientDraft::personId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Set<Long> unitIds = lines.stream().map(RecipientDraft::unitId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<Long, PrintedSubject> people = repo.people(dsl, personIds);
        Map<Long, PrintedSubject> units = repo.units(dsl, unitIds);
        List<AwardFact> claims = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            RecipientDraft r = lines.get(i);
            if (r.personId() != null && !people.containsKey(r.personId())) {
                problems.add(line(i + 1, DecisionField.LINE_NAME, "decision.problem.noPerson", String.valueOf(r.personId())));
            }
            if (r.unitId() != null && !units.containsKey(r.unitId())) {
                problems.add(line(i + 1, DecisionField.LINE_UNIT, "decision.problem.noUnit", String.valueOf(r.unitId())));
            }
            AwardFact fact = DecisionPricing.fact(info, r);
            String key = (fact.subjectKey() == null ? "H" + VietnameseText.fold(r.householdName()) : fact.subjectKey())
                    + "|" + r.kindCode();
            if (!seen.add(key)) {
                problems.add(line(i + 1, DecisionField.LINE_KIND, "decision.problem.repeated",
                        cat.require(r.kindCode()).name()));
            }
            claims.add(fact);
        }
        problems.throwIfAny();
        List<Payment> payments = pricing.pay(dsl, cat, claims);
        long id = repo.insertDecision(dsl, info, draft.movementId());
        for (int i = 0; i < lines.size(); i++) {
            RecipientDraft r = lines.get(i);
            Recipient type = r.type();
            Long awardId = type == Recipient.HO_GIA_DINH ? null
                    : repo.insertAward(dsl, info, r.personId(), r.unitId(), r.kindCode());
            PrintedSubject printed = switch (type) {
                case CA_NHAN -> people.get(r.personId());
                case TAP_THE -> units.get(r.unitId());
                case HO_GIA_DINH -> new PrintedSubject(r.householdName(), "",
                        r.householdAddress() == null ? "" : r.householdAddress());
            };
            Eligibility eligibility = checks == null ? null : checks.get(i).eligibility();
            repo.insertRecipient(dsl, id, new DecisionRecipient(0, i + 1, type, r.personId(), r.unitId(),
                    printed.name(), printed.position(), printed.unit(), r.kindCode(), goldBook[i], payments.get(i),
                    awardId, null, eligibility, eligibility == Eligibility.KHONG_DU_DIEU_KIEN ? r.overrideReason() : null));
        }
        return repo.decision(dsl, id).orElseThrow();
    }

    /**
     * Every problem of a draft that needs no database: the particulars, the số sổ vàng and each line's recipient
     * and kind (the same checks {@link #record} makes first). For a form that shows them all before saving.
     */
    public List<Problem> check(DecisionDraft draft) {
        ProblemCollector problems = new ProblemCollector();
        problems.addAll(check(draft.info()));
        goldBookNumbers(draft.recipients(), problems);
        problems.addAll(checkLines(catalogue.catalogue(), draft.recipients()));
        return problems.problems();
    }

    private static List<Problem> check(DecisionInfo raw) {
        DecisionInfo d = clean(raw);
        ProblemCollector p = new ProblemCollector();
        if (p.requireText(d.decisionNo(), DecisionField.NUMBER, "decision.problem.noNumber")) {
            p.require(NUMBER.matcher(d.decisionNo()).matches(), DecisionField.NUMBER, "decision.problem.badNumber", d.decisionNo());
        }
        p.requirePresent(d.decisionDate(), DecisionField.DATE, "decision.problem.noDate");
        p.requireText(d.issuer(), DecisionField.ISSUER, "decision.problem.noIssuer");
        p.requireText(d.place(), DecisionField.PLACE, "decision.problem.noPlace");
        p.requireText(d.subject(), DecisionField.SUBJECT, "decision.problem.noSubject");
        p.requireText(d.authority(), DecisionField.AUTHORITY, "decision.problem.noAuthority");
        p.requireText(d.signerName(), DecisionField.SIGNER_NAME, "decision.problem.noSigner");
        p.requireText(d.executors(), DecisionField.EXECUTORS, "decision.problem.noExecutors");
        p.require(!d.signerTitle().isEmpty(), DecisionField.SIGNER_TITLE, "decision.problem.noSignerTitle");
        p.requirePresent(d.formType(), DecisionField.FORM_TYPE, "decision.problem.noFormType");
        if (d.yearFrom() > d.yearTo()) {
            p.add(DecisionField.YEARS, "decision.problem.yearsReversed", String.valueOf(d.yearFrom()), String.valueOf(d.yearTo()));
        } else if (d.decisionDate() != null && d.yearTo() > d.decisionDate().getYear()) {
            p.add(DecisionField.YEARS, "decision.problem.yearsAfter", d.period());
        }
        p.require(!d.legalBasis().isEmpty(), DecisionField.LEGAL_BASIS, "decision.problem.noLegalBasis");
        p.require(!d.copyTo().isEmpty() && VietnameseText.fold(d.copyTo().get(d.copyTo().size() - 1)).startsWith("luu"),
                DecisionField.COPY_TO, "decision.problem.copyToArchive");
        return p.problems();
    }

    private static DecisionInfo clean(DecisionInfo d) {
        return new DecisionInfo(VietnameseText.clean(d.decisionNo()), d.decisionDate(), linesOrNull(d.issuerParent()),
                cleanLines(d.issuer()), VietnameseText.clean(d.place()), VietnameseText.clean(d.subject()),
                VietnameseText.clean(d.authority()), d.signerTitle().stream().map(VietnameseText::clean).toList(),
                VietnameseText.clean(d.signerName()), d.formType(), d.yearFrom(), d.yearTo(),
                d.legalBasis().stream().map(VietnameseText::clean).filter(s -> !s.isEmpty()).toList(),
                VietnameseText.clean(d.citation()), VietnameseText.clean(d.executors()),
                d.copyTo().stream().map(VietnameseText::clean).filter(s -> !s.isEmpty()).toList());
    }

    /** Cleans each line of a multi-line text, keeping the line breaks. */
    private static String cleanLines(String s) {
        return s == null ? null : Arrays.stream(s.split("\n")).map(VietnameseText::clean)
                .filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }

    /** The cleaned lines, or null when nothing is left. */
    private static String linesOrNull(String s) {
        String c = cleanLines(s);
        return c == null || c.isEmpty() ? null : c;
    }

    private static Problem line(int row, DecisionField field, String key, Object... args) {
        return new Problem(null, row, null, field, Msg.of(key, args));
    }

    private static int[] goldBookNumbers(List<RecipientDraft> lines, ProblemCollector problems) {
        int[] numbers = new int[lines.size()];
        Map<Integer, Integer> used = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Integer given = lines.get(i).goldBookNo();
            numbers[i] = given == null ? i + 1 : given;
            if (numbers[i] <= 0) {
                problems.add(line(i + 1, DecisionField.LINE_GOLD_BOOK, "decision.problem.goldBookPositive"));
            }
            Integer other = used.putIfAbsent(numbers[i], i + 1);
            if (other != null) {
                problems.add(line(i + 1, DecisionField.LINE_GOLD_BOOK, "decision.problem.goldBookTwice",
                        String.valueOf(numbers[i]), String.valueOf(other)));
            }
        }
        return numbers;
    }

    private static List<Problem> checkLines(Catalogue cat, List<RecipientDraft> lines) {
        ProblemCollector problems = new ProblemCollector();
        if (lines.isEmpty()) {
            problems.add(DecisionField.RECIPIENTS, "decision.problem.noRecipients");
        }
        for (int i = 0; i < lines.size(); i++) {
            checkLine(cat, lines.get(i), i + 1, problems);
        }
        return problems.problems();
    }

    private static void checkLine(Catalogue cat, RecipientDraft r, int row, ProblemCollector problems) {
        Recipient type = r.type();
        if (type == null) {
            problems.add(line(row, DecisionField.LINE_NAME, "decision.problem.oneRecipient"));
        }
        Optional<AwardKind> kind = r.kindCode() == null ? Optional.empty() : cat.kind(r.kindCode());
        if (kind.isEmpty()) {
            problems.add(r.kindCode() == null ? line(row, DecisionField.LINE_KIND, "decision.problem.noKind")
                    : line(row, DecisionField.LINE_KIND, "decision.problem.unknownKind", r.kindCode()));
            return;
        }
        AwardKind k = kind.get();
        if (type == Recipient.CA_NHAN && !k.subject().allowsPerson()) {
            problems.add(line(row, DecisionField.LINE_KIND, "decision.problem.unitsOnly", k.name()));
        } else if (type == Recipient.TAP_THE && !k.subject().allowsUnit()) {
            problems.add(line(row, DecisionField.LINE_KIND, "decision.problem.peopleOnly", k.name()));
        } else if (type == Recipient.HO_GIA_DINH && k.category() != AwardCategory.HINH_THUC) {
            problems.add(line(row, DecisionField.LINE_KIND, "decision.problem.householdForm", k.name()));
        }
    }

    /**
     * The money each line would get if the draft were recorded now, computed exactly as {@link #record} does
     * (same rules, same history); nothing is written. For the live total while a decision is being drawn up.
     *
     * @throws IllegalArgumentException when the draft has no decision date, or a line has no single recipient or
     *                                  no known danh hiệu/hình thức
     */
    public List<Payment> preview(DecisionDraft draft) {
        DecisionInfo info = draft.info();
        if (info.decisionDate() == null) {
            throw new IllegalArgumentException("preview needs the decision date");
        }
        Catalogue cat = catalogue.catalogue();
        List<AwardFact> claims = new ArrayList<>(draft.recipients().size());
        for (RecipientDraft r : draft.recipients()) {
            if (r.type() == null || r.kindCode() == null || cat.kind(r.kindCode()).isEmpty()) {
                throw new IllegalArgumentException("preview line without a recipient or a known kind: " + r);
            }
            claims.add(DecisionPricing.fact(info, r));
        }
        return db.transaction(dsl -> pricing.pay(dsl, cat, claims));
    }

    /**
     * The recorded decision of that number and date (a decision is its number AND its date); a null date means the
     * only decision of that number.
     *
     * @throws vn.tdkt.decision.domain.AmbiguousDecisionException when no date is given and the number names several
     */
    public Optional<Decision> find(String decisionNo, LocalDate decisionDate) {
        String no = VietnameseText.clean(decisionNo);
        return db.transaction(dsl -> {
            List<DecisionRef> named = decisionDate == null ? repo.decisionsNamed(dsl, no) : List.of();
            if (decisionDate == null && named.isEmpty()) {
                return Optional.<Decision>empty();
            }
            return repo.decision(dsl, no, DecisionKeys.dateOf(named, no, decisionDate));
        });
    }

    public Optional<Decision> get(long id) {
        return db.transaction(dsl -> repo.decision(dsl, id));
    }

    /**
     * The header a new decision typed on the decisions screen starts with: the one remembered last for a deciding
     * level (kept per office when a draft is issued), else the particulars of the newest recorded decision.
     */
    public Optional<DecisionInfo> template() {
        return db.transaction(dsl -> drafts.latestHeader(dsl).map(DecisionDraftingService::start)
                .or(() -> repo.summaries(dsl).stream().findFirst().map(DecisionSummary::id)
                        .flatMap(id -> repo.decision(dsl, id)).map(Decision::info)));
    }

    /** A remembered header as the start of a decision: no number, date, trích yếu or period yet. */
    private static DecisionInfo start(HeaderDefault h) {
        return new DecisionInfo(null, null, h.issuerParent(), h.issuer(), h.place(), null, h.authority(), h.signerTitle(),
                h.signerName(), AwardFormType.CONG_TRANG, 0, 0, List.of(), null, h.executors(),
                h.copyTo().isEmpty() ? LegalBasis.copyTo() : h.copyTo());
    }

    // ---------------------------------------------------------------- drafts (a decision before it is issued)

    /** The review's check of each line for that achievement year: verdict, reason and the proposal's stage. */
    public List<LineCheck> checkLines(int year, List<RecipientDraft> lines) {
        return review.check(year, lines);
    }

    /**
     * Saves a draft (a new one when {@code id} is null) with no number and no date, in one transaction. Each line names
     * one subject with a kind that suits it, never twice; a line the review finds not eligible for that title and the
     * period's last year is refused unless it carries the clerk's reason (kept with the line). The particulars may
     * still be incomplete: they are checked at issue.
     *
     * An edit saves the draft as the clerk {@code loaded} it (null: a new draft): refused with what the other person
     * changed when someone else saved it since (issue #14), nothing written.
     *
     * @throws ValidationException with every problem of the lines (nothing is written)
     */
    public StoredDraft saveDraft(StoredDraft loaded, String decidingLevel, DecisionDraft draft, String user) {
        Long id = loaded == null ? null : loaded.id();
        Permission.require(Action.DRAFT_DECISIONS);
        DecisionDraft d = new DecisionDraft(clean(undated(draft.info())), draft.recipients(), draft.movementId());
        checkDraftLines(catalogue.catalogue(), d);
        String who = who(user);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        StoredDraft saved = db.transaction(dsl -> {
            if (id != null) {
                drafts.lock(dsl, id);
                StoredDraft stored = drafts.find(dsl, id).orElseThrow(() -> new AppException(Msg.of("decision.draft.gone")));
                draftFields(dsl).require(loaded, stored, Msg.of("edit.record.draft", stored.draft().info().subject()));
            }
            if (d.movementId() != null && !repo.movementExists(dsl, d.movementId())) {
                throw new ValidationException(List.of(Problem.of(DecisionField.MOVEMENT, Msg.of("decision.problem.unknownMovement"))));
            }
            return drafts.find(dsl, drafts.save(dsl, id, decidingLevel, d, who, now)).orElseThrow();
        });
        LOGGER.info("Draft decision {} saved by {} with {} lines", saved.id(), who, d.recipients().size());
        return saved;
    }

    /** A draft's fields as the decision dialog shows them (the lines by name), compared with what the clerk opened. */
    private SinceOpened<StoredDraft> draftFields(DSLContext dsl) {
        return SinceOpened.<StoredDraft>fields()
                .field("decision.drafts.level", StoredDraft::decidingLevel)
                .field(DecisionField.ISSUER, s -> java.util.Arrays.asList(s.draft().info().issuerParent(), s.draft().info().issuer()))
                .field(DecisionField.PLACE, s -> s.draft().info().place())
                .field(DecisionField.SUBJECT, s -> s.draft().info().subject())
                .field(DecisionField.AUTHORITY, s -> s.draft().info().authority())
                .field(DecisionField.SIGNER_TITLE, s -> s.draft().info().signerTitle())
                .field(DecisionField.SIGNER_NAME, s -> s.draft().info().signerName())
                .field(DecisionField.FORM_TYPE, s -> s.draft().info().formType())
                .field(DecisionField.YEARS, s -> s.draft().info().yearFrom() + "–" + s.draft().info().yearTo())
                .field(DecisionField.LEGAL_BASIS, s -> s.draft().info().legalBasis())
                .field("decision.field.citation", s -> s.draft().info().citation())
                .field(DecisionField.EXECUTORS, s -> s.draft().info().executors())
                .field(DecisionField.COPY_TO, s -> s.draft().info().copyTo())
                .field(DecisionField.MOVEMENT, s -> s.draft().movementId())
                .field(DecisionField.RECIPIENTS, s -> s.draft().recipients().stream().map(r -> drafts.lineText(dsl, r)).toList());
    }

    /**
     * Drafts from the review's ticked rows, one per deciding level and title, in one transaction: each starts with the
     * header remembered for its level, else the council's place name and addressee for that level (never the header of
     * another level), the căn cứ of the regime in force today, the
     * trích yếu and the citation of its title and year.
     */
    public List<StoredDraft> createDrafts(List<NewDraft> planned, String user) {
        Permission.require(Action.DRAFT_DECISIONS);
        Catalogue cat = catalogue.catalogue();
        LocalDate today = LocalDate.now(clock);
        List<String> basis = LegalBasis.defaults(catalogue.regimes().catalog(), today);
        List<DecisionDraft> built = new ArrayList<>();
        String who = who(user);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Optional<HeaderDefault>> headers = new HashMap<>();
        db.transaction(dsl -> {
            planned.stream().map(NewDraft::decidingLevel).filter(l -> l != null).distinct()
                    .forEach(l -> headers.put(l, drafts.header(dsl, l).or(() -> drafts.councilHeader(dsl, l))));
            return null;
        });
        for (NewDraft n : planned) {
            AwardKind kind = cat.require(n.kindCode());
            Optional<HeaderDefault> header = n.decidingLevel() == null ? Optional.empty() : headers.get(n.decidingLevel());
            DecisionInfo start = header.map(DecisionDraftingService::start).orElseGet(() -> new DecisionInfo(null, null, null,
                    null, null, null, null, List.of(), null, null, 0, 0, List.of(), null, null, LegalBasis.copyTo()));
            String subject = Msg.of(kind.category() == AwardCategory.DANH_HIEU ? "decision.draft.subjectTitle"
                    : "decision.draft.subjectForm", kind.name(), String.valueOf(n.year())).vi();
            DecisionInfo info = new DecisionInfo(null, null, start.issuerParent(), start.issuer(), start.place(), subject,
                    start.authority(), start.signerTitle(), start.signerName(), AwardFormType.CONG_TRANG, n.year(), n.year(),
                    basis, Msg.of("decision.draft.citation", String.valueOf(n.year())).vi(), start.executors(), start.copyTo());
            DecisionDraft d = new DecisionDraft(info, n.lines());
            checkDraftLines(cat, d);
            built.add(d);
        }
        List<StoredDraft> saved = db.transaction(dsl -> java.util.stream.IntStream.range(0, built.size())
                .mapToObj(i -> drafts.find(dsl, drafts.save(dsl, null, planned.get(i).decidingLevel(), built.get(i), who, now))
                        .orElseThrow()).toList());
        LOGGER.info("{} draft decisions created by {} from the review", saved.size(), who);
        return saved;
    }

    /** Every draft, the newest edit first, with its lines and overrides counted. */
    public List<DraftSummary> drafts() {
        Catalogue cat = catalogue.catalogue();
        return db.transaction(dsl -> drafts.all(dsl)).stream().map(d -> {
            DecisionInfo i = d.draft().info();
            List<String> kinds = DecisionPricing.names(cat, d.draft().recipients().stream().map(RecipientDraft::kindCode)
                    .distinct().toList());
            int overrides = (int) d.draft().recipients().stream().filter(r -> r.overrideReason() != null).count();
            return new DraftSummary(d.id(), d.decidingLevel(), i.subject(), i.authority(), i.period(), kinds,
                    d.draft().recipients().size(), overrides, d.updatedAt());
        }).toList();
    }

    public Optional<StoredDraft> draft(long id) {
        return db.transaction(dsl -> drafts.find(dsl, id));
    }

    /** Deletes a draft (an issued decision is never deleted: it is revoked). */
    public void deleteDraft(long id) {
        Permission.require(Action.DRAFT_DECISIONS);
        boolean gone = db.transaction(dsl -> drafts.delete(dsl, id));
        LOGGER.info("Draft decision {} deleted ({})", id, gone ? "removed" : "none");
    }

    /**
     * Issues a draft with its number and date, in one transaction: every check of {@link #record} plus the review's
     * (a line found not eligible needs its reason), the decision with its list, money and award history rows, the
     * review's verdict and the override kept on each line, the header remembered for the draft's deciding level, and
     * the draft removed. From then on the decision is never edited, only revoked.
     *
     * @throws ValidationException with every problem found (nothing is written, the draft stays)
     */
    public Decision issue(long draftId, String decisionNo, LocalDate decisionDate, String user) {
        Permission.require(Action.ISSUE_DECISIONS);
        StoredDraft stored = draft(draftId).orElseThrow(() -> new AppException(Msg.of("decision.draft.gone")));
        DecisionInfo i = stored.draft().info();
        DecisionDraft d = new DecisionDraft(new DecisionInfo(decisionNo, decisionDate, i.issuerParent(), i.issuer(), i.place(),
                i.subject(), i.authority(), i.signerTitle(), i.signerName(), i.formType(), i.yearFrom(), i.yearTo(),
                i.legalBasis(), i.citation(), i.executors(), i.copyTo()), stored.draft().recipients(), stored.draft().movementId());
        Catalogue cat = catalogue.catalogue();
        ProblemCollector problems = new ProblemCollector();
        problems.addAll(check(d.info()));
        int[] goldBook = goldBookNumbers(d.recipients(), problems);
        problems.addAll(checkLines(cat, d.recipients()));
        List<LineCheck> checks = review.check(i.yearTo(), i.formType(), d.recipients());
        overrides(d.recipients(), checks, cat, i.yearTo(), problems);
        problems.throwIfAny();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Decision saved = db.transaction(dsl -> {
            if (!drafts.find(dsl, draftId).map(x -> x.draft().equals(stored.draft())).orElse(false)) {
                throw new AppException(Msg.of("decision.draft.changed"));
            }
            Decision written = write(dsl, cat, d, goldBook, checks);
            if (stored.decidingLevel() != null) {
                DecisionInfo w = written.info();
                drafts.saveHeader(dsl, new HeaderDefault(stored.decidingLevel(), w.issuerParent(), w.issuer(), w.place(),
                        w.authority(), w.signerTitle(), w.signerName(), w.executors(), w.copyTo()), now);
            }
            drafts.delete(dsl, draftId);
            return written;
        });
        LOGGER.info("Draft {} issued by {} as decision {} of {} with {} recipients", draftId, who(user),
                saved.info().decisionNo(), saved.info().decisionDate(), saved.recipients().size());
        return saved;
    }

    /** The header remembered for a deciding level (issuing body, place, authority, signer), if a decision set it. */
    public Optional<HeaderDefault> headerDefault(String decidingLevel) {
        return db.transaction(dsl -> drafts.header(dsl, decidingLevel));
    }

    /** The checks of a draft's lines: one subject, a suitable kind, never twice, the review's verdict or a reason. */
    private void checkDraftLines(Catalogue cat, DecisionDraft d) {
        ProblemCollector problems = new ProblemCollector();
        List<RecipientDraft> lines = d.recipients();
        for (int n = 0; n < lines.size(); n++) {
            checkLine(cat, lines.get(n), n + 1, problems);
        }
        problems.throwIfAny();
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < lines.size(); n++) {
            RecipientDraft r = lines.get(n);
            String subject = r.personId() != null ? "P" + r.personId() : r.unitId() != null ? "U" + r.unitId()
                    : "H" + VietnameseText.fold(r.householdName());
            if (!seen.add(subject + "|" + r.kindCode())) {
                problems.add(line(n + 1, DecisionField.LINE_KIND, "decision.problem.repeated", cat.require(r.kindCode()).name()));
            }
        }
        overrides(lines, review.check(d.info().yearTo(), d.info().formType(), lines), cat, d.info().yearTo(), problems);
        problems.throwIfAny();
    }

    /** A line the review finds not eligible is refused unless the clerk gave a reason for keeping it. */
    private static void overrides(List<RecipientDraft> lines, List<LineCheck> checks, Catalogue cat, int year,
                                  ProblemCollector problems) {
        for (int n = 0; n < lines.size(); n++) {
            LineCheck c = checks.get(n);
            if (c.notEligible() && lines.get(n).overrideReason() == null) {
                problems.add(line(n + 1, DecisionField.LINE_OVERRIDE, "decision.problem.notEligible",
                        cat.require(lines.get(n).kindCode()).name(), String.valueOf(year), c.reason()));
            }
        }
    }

    private static DecisionInfo undated(DecisionInfo i) {
        return new DecisionInfo(null, null, i.issuerParent(), i.issuer(), i.place(), i.subject(), i.authority(),
                i.signerTitle(), i.signerName(), i.formType() == null ? AwardFormType.CONG_TRANG : i.formType(), i.yearFrom(),
                i.yearTo(), i.legalBasis(), i.citation(), i.executors(), i.copyTo());
    }

    private static String who(String user) {
        String who = VietnameseText.clean(user == null ? "" : user);
        return who.isEmpty() ? "?" : who;
    }
}
