package vn.tdkt.registration.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.common.domain.Action;
import vn.tdkt.common.domain.Permission;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.SinceOpened;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.registration.data.RegistrationRepository;
import vn.tdkt.registration.domain.Coverage;
import vn.tdkt.registration.domain.LogEntry;
import vn.tdkt.registration.domain.Member;
import vn.tdkt.registration.domain.PersonEntry;
import vn.tdkt.registration.domain.RegisteredTitles;
import vn.tdkt.registration.domain.Registration;
import vn.tdkt.registration.domain.RegistrationField;
import vn.tdkt.registration.domain.RegistrationRound;
import vn.tdkt.registration.domain.RegistrationStatus;
import vn.tdkt.registration.domain.UnionTitle;

/**
 * Title registrations (đăng ký thi đua) per unit and year: the round (movement, deadline milestone), a unit's
 * registration saved whole in one transaction, status changes with their dated log, the coverage, the union titles.
 */
public final class RegistrationService {

    private static final Logger LOGGER = LoggerFactory.getLogger(RegistrationService.class);

    private final Database db;
    private final CatalogueService catalogue;
    private final Clock clock;
    private final RegistrationRepository repo = new RegistrationRepository();

    public RegistrationService(Database db, CatalogueService catalogue, Clock clock) {
        this.db = db;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public List<Unit> units() {
        return repo.units(db.dsl());
    }

    public RegistrationRound round(int year) {
        return repo.round(db.dsl(), year);
    }

    /**
     * Sets the year's round in one transaction: its movement and its registration deadline, a milestone of that
     * movement (the round's own milestone moved to the new date, else the movement's "Gửi bản đăng ký thi đua"
     * milestone, else a new one). Both optional; a deadline needs a movement and must fall within the year.
     */
    public RegistrationRound setRound(int year, Long movementId, LocalDate deadline) {
        Permission.require(Action.EDIT_REGISTRATIONS);
        return db.transaction(dsl -> {
            ProblemCollector p = new ProblemCollector();
            if (movementId != null && !repo.movementExists(dsl, movementId)) {
                p.add(RegistrationField.MOVEMENT, "registration.problem.noMovement");
            }
            p.addAll(RegistrationRound.rules(year, movementId, deadline));
            p.throwIfAny();
            Long milestoneId = deadline == null ? null : repo.deadlineMilestone(dsl, year, movementId, deadline);
            repo.saveRound(dsl, year, movementId, milestoneId);
            LOGGER.info("Registration round {}: movement {}, deadline {}", year, movementId, deadline);
            return repo.round(dsl, year);
        });
    }

    /** The persons working in the unit during the year (each once, the latest time there), in name order. */
    public List<Member> members(long unitId, int year) {
        return membersOf(repo.members(db.dsl(), year), unitId);
    }

    /** Every (person, unit) of the year: one entry per person and unit they worked in that year. */
    public List<Member> membersOfYear(int year) {
        return repo.members(db.dsl(), year);
    }

    static List<Member> membersOf(List<Member> all, long unitId) {
        Map<Long, Member> byPerson = new LinkedHashMap<>();
        for (Member m : all) {
            if (m.unitId() == unitId) {
                byPerson.merge(m.personId(), m, (a, b) -> b.to() == null || a.to() != null && b.to().isAfter(a.to()) ? b : a);
            }
        }
        List<Member> out = new ArrayList<>(byPerson.values());
        out.sort((a, b) -> VietnameseText.nameSortKey(a.fullName()).compareTo(VietnameseText.nameSortKey(b.fullName())));
        return out;
    }

    public Optional<Registration> find(long unitId, int year) {
        return repo.find(db.dsl(), unitId, year);
    }

    public List<Registration> ofYear(int year) {
        return repo.ofYear(db.dsl(), year);
    }

    /**
     * Saves a unit's registration of a year in place of the earlier one, in one transaction: the collective titles
     * and every member's entry (empty entries dropped). The status is kept (a new registration starts as Chưa gửi,
     * the first line of its log). Every problem at once: an unknown or wrong-kind title, a person not working in the
     * unit that year. A save of the registration as the clerk {@code loaded} it (none yet: {@link Registration#none};
     * null: not checked) is refused with what changed when someone else saved it since (issue #14).
     */
    public Registration save(Registration draft, Registration loaded, String user) {
        Permission.require(Action.EDIT_REGISTRATIONS);
        Catalogue cat = catalogue.catalogue();
        Map<String, UnionTitle> unions = unionMap();
        return db.transaction(dsl -> {
            if (loaded != null && loaded.unitId() == draft.unitId() && loaded.year() == draft.year()) {
                repo.lock(dsl, draft.unitId(), draft.year());
                unchanged(dsl, loaded, repo.find(dsl, draft.unitId(), draft.year())
                        .orElse(Registration.none(draft.unitId(), draft.year())));
            }
            ProblemCollector p = new ProblemCollector();
            checkTitle(cat, draft.collectiveKind(), AwardSubject.TAP_THE, p);
            if (draft.unionCollective() != null) {
                UnionTitle u = unions.get(draft.unionCollective());
                p.require(u != null && u.subject().allowsUnit(), RegistrationField.COLLECTIVE,
                        "registration.problem.unionKind", draft.unionCollective());
            }
            Set<Long> members = new HashSet<>();
            membersOf(repo.members(dsl, draft.year()), draft.unitId()).forEach(m -> members.add(m.personId()));
            Set<Long> seen = new HashSet<>();
            List<PersonEntry> entries = new ArrayList<>();
            for (PersonEntry e : draft.entries()) {
                if (e.empty()) {
                    continue;
                }
                p.require(members.contains(e.personId()) && seen.add(e.personId()), RegistrationField.MEMBERS,
                        "registration.problem.notMember", String.valueOf(e.personId()));
                checkTitle(cat, e.kindCode(), AwardSubject.CA_NHAN, p);
                if (e.unionCode() != null) {
                    UnionTitle u = unions.get(e.unionCode());
                    p.require(u != null && u.subject().allowsPerson(), RegistrationField.MEMBERS,
                            "registration.problem.unionKind", e.unionCode());
                }
                entries.add(new PersonEntry(e.personId(), e.kindCode(), e.unionCode(), ProblemCollector.blankToNull(
                        e.note() == null ? null : VietnameseText.clean(e.note()))));
            }
            p.throwIfAny();
            Optional<Registration> old = repo.find(dsl, draft.unitId(), draft.year());
            RegistrationStatus status = old.map(Registration::status).orElse(RegistrationStatus.CHUA_GUI);
            Registration r = new Registration(0, draft.unitId(), draft.year(), draft.collectiveKind(), draft.unionCollective(),
                    status, old.map(Registration::reason).orElse(null), old.map(Registration::statusDate).orElse(null),
                    old.map(Registration::source).orElse(null), entries);
            long id = store(dsl, r, old.isEmpty(), user);
            return repo.find(dsl, draft.unitId(), draft.year()).orElseThrow(() -> new IllegalStateException("saved " + id));
        });
    }

    /**
     * Refuses the save when the registration is no longer as the clerk {@code loaded} it (none yet: {@link
     * Registration#none}): its collective titles and each member's row (title, union title, note), named.
     */
    private void unchanged(DSLContext dsl, Registration loaded, Registration stored) {
        Map<Long, String> names = new HashMap<>();
        repo.members(dsl, stored.year()).forEach(m -> names.putIfAbsent(m.personId(), m.fullName()));
        SinceOpened<Registration> fields = SinceOpened.<Registration>fields()
                .field(RegistrationField.COLLECTIVE, Registration::collectiveKind)
                .field(RegistrationField.UNION_TITLE, Registration::unionCollective);
        Set<Long> people = new java.util.TreeSet<>();
        Stream.of(loaded, stored).forEach(r -> r.entries().forEach(e -> people.add(e.personId())));
        for (long id : people) {
            fields.field(Msg.of("edit.item", names.getOrDefault(id, String.valueOf(id))), r -> r.entries().stream()
                    .filter(e -> e.personId() == id).findFirst().map(RegistrationService::entryText).orElse(null));
        }
        String unit = repo.units(dsl).stream().filter(u -> u.id() == stored.unitId()).map(Unit::code).findFirst().orElse("");
        fields.require(loaded, stored, Msg.of("edit.record.registration", unit, String.valueOf(stored.year())));
    }

    private static String entryText(PersonEntry e) {
        return Stream.of(e.kindCode(), e.unionCode(), e.note()).filter(x -> x != null && !x.isBlank())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Stores inside the caller's transaction; a new registration gets its first log line. */
    long store(DSLContext dsl, Registration r, boolean created, String user) {
        LocalDateTime now = LocalDateTime.now(clock);
        long id = repo.replace(dsl, r, now);
        if (created) {
            repo.log(dsl, id, r.status(), null, r.statusDate() != null ? r.statusDate() : now.toLocalDate(), now, user);
        }
        return id;
    }

    /** The state title's problem when it is unknown, not a danh hiệu thi đua, or not for that subject. */
    static void checkTitle(Catalogue cat, String code, AwardSubject subject, ProblemCollector p) {
        if (code == null) {
            return;
        }
        AwardKind k = cat.kind(code).orElse(null);
        if (k == null || k.category() != AwardCategory.DANH_HIEU) {
            p.add(subject == AwardSubject.TAP_THE ? RegistrationField.COLLECTIVE : RegistrationField.MEMBERS,
                    "registration.problem.unknownTitle", code);
        } else if (subject == AwardSubject.TAP_THE ? !k.subject().allowsUnit() : !k.subject().allowsPerson()) {
            p.add(subject == AwardSubject.TAP_THE ? RegistrationField.COLLECTIVE : RegistrationField.MEMBERS,
                    subject == AwardSubject.TAP_THE ? "registration.problem.personalTitleOnUnit"
                            : "registration.problem.collectiveTitleOnPerson", k.name());
        }
    }

    /**
     * Moves a unit's registration of the year to another status on a day, logged with who and why; Trả lại needs its
     * reason. A unit without a registration yet gets one (Chưa gửi) first.
     */
    public Registration changeStatus(long unitId, int year, RegistrationStatus to, String reason, LocalDate on, String user) {
        Permission.require(Action.APPROVE_REGISTRATIONS);
        String why = reason == null ? null : ProblemCollector.blankToNull(VietnameseText.clean(reason));
        return db.transaction(dsl -> {
            Registration r = repo.find(dsl, unitId, year).orElse(null);
            if (r == null) {
                r = new Registration(0, unitId, year, null, null, RegistrationStatus.CHUA_GUI, null, null, null, List.of());
                store(dsl, r, true, user);
                r = repo.find(dsl, unitId, year).orElseThrow();
            }
            ProblemCollector p = new ProblemCollector();
            p.require(r.status().canMoveTo(to), RegistrationField.UNIT, "registration.problem.transition",
                    r.status().label(), to.label());
            p.require(to != RegistrationStatus.TRA_LAI || why != null, RegistrationField.REASON, "registration.problem.reason");
            p.throwIfAny();
            LocalDateTime now = LocalDateTime.now(clock);
            LocalDate day = on == null ? now.toLocalDate() : on;
            repo.setStatus(dsl, r.id(), to, why, day, now);
            repo.log(dsl, r.id(), to, why, day, now, user);
            LOGGER.info("Registration of unit {} for {}: {} → {} by {}", unitId, year, r.status(), to, user);
            return repo.find(dsl, unitId, year).orElseThrow();
        });
    }

    public List<LogEntry> log(long unitId, int year) {
        return repo.find(db.dsl(), unitId, year).map(r -> repo.logOf(db.dsl(), r.id())).orElse(List.of());
    }

    /** The year's coverage: per unit, who is expected and who is missing (deadline: the round's milestone). */
    public Coverage coverage(int year) {
        DSLContext dsl = db.dsl();
        return Coverage.compute(repo.round(dsl, year), repo.units(dsl), repo.members(dsl, year), repo.ofYear(dsl, year));
    }

    /** The state titles (danh hiệu thi đua) a person or a unit may register, lowest first. */
    public List<AwardKind> titles(AwardSubject subject) {
        return catalogue.catalogue().kinds().stream().filter(k -> k.category() == AwardCategory.DANH_HIEU)
                .filter(k -> subject == AwardSubject.TAP_THE ? k.subject().allowsUnit() : k.subject().allowsPerson())
                .sorted(java.util.Comparator.comparingInt(AwardKind::rank)).toList();
    }

    public List<UnionTitle> unionTitles() {
        return repo.unionTitles(db.dsl());
    }

    /** Adds or changes a union title of the catalogue (name required and unique, code letters/digits/_). */
    public UnionTitle saveUnionTitle(UnionTitle t) {
        Permission.require(Action.EDIT_REGISTRATIONS);
        String code = t.code() == null ? "" : t.code().trim().toUpperCase(java.util.Locale.ROOT);
        String name = t.name() == null ? "" : VietnameseText.clean(t.name());
        ProblemCollector p = new ProblemCollector();
        p.require(code.matches("[A-Z0-9_]{1,30}"), RegistrationField.UNION_TITLE, "registration.problem.unionCode", code);
        p.requireText(name, RegistrationField.UNION_TITLE, "registration.problem.unionName");
        for (UnionTitle other : unionTitles()) {
            p.require(other.code().equals(code) || !VietnameseText.fold(other.name()).equals(VietnameseText.fold(name)),
                    RegistrationField.UNION_TITLE, "registration.problem.unionDuplicate", name);
        }
        p.throwIfAny();
        UnionTitle clean = new UnionTitle(code, name, t.subject(), t.rank(), t.active());
        db.transaction(dsl -> {
            repo.saveUnionTitle(dsl, clean);
            return null;
        });
        return clean;
    }

    /** The state titles registered in the year (the review's column and option). */
    public RegisteredTitles registeredTitles(int year) {
        return new RegisteredTitles(year, repo.personTitles(db.dsl(), year), repo.unitTitles(db.dsl(), year));
    }

    Map<String, UnionTitle> unionMap() {
        Map<String, UnionTitle> out = new LinkedHashMap<>();
        unionTitles().forEach(u -> out.put(u.code(), u));
        return out;
    }

    static AppException unknownUnit(String code) {
        return new AppException(Msg.of("registration.problem.unknownUnit", code));
    }
}
