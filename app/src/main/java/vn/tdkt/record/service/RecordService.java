package vn.tdkt.record.service;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.common.domain.Action;
import vn.tdkt.common.domain.Permission;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.record.data.RecordRepository;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.AwardEntry;
import vn.tdkt.record.domain.AwardQuery;
import vn.tdkt.record.domain.Discipline;
import vn.tdkt.record.domain.HoldField;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.PersonHold;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RecordField;
import vn.tdkt.record.domain.RecordRules;
import vn.tdkt.record.domain.SubjectRecord;

/** Reads and edits the history of a person or a unit; every write in its own transaction. */
public final class RecordService {

    private final Database db;
    private final CatalogueService catalogue;
    private final RecordRepository repo = new RecordRepository();

    public RecordService(Database db, CatalogueService catalogue) {
        this.db = db;
        this.catalogue = catalogue;
    }

    public SubjectRecord ofPerson(long personId) {
        return db.transaction(dsl -> new SubjectRecord(repo.ratings(dsl, personId, null), repo.disciplines(dsl, personId),
                repo.initiatives(dsl, personId), repo.awards(dsl, personId, null)));
    }

    public SubjectRecord ofUnit(long unitId) {
        return db.transaction(dsl -> new SubjectRecord(repo.ratings(dsl, null, unitId), List.of(), List.of(),
                repo.awards(dsl, null, unitId)));
    }

    /** The award register: the awards a query names (the start screen's bar or slice), newest first. */
    public List<AwardEntry> register(AwardQuery query) {
        return db.transaction(dsl -> repo.register(dsl, query));
    }

    public void saveRating(Rating r) {
        Permission.require(Action.EDIT_PEOPLE);
        ProblemCollector problems = new ProblemCollector();
        problems.addAll(RecordRules.rating(r.year(), LocalDate.now()));
        problems.throwIfAny();
        db.transaction(dsl -> {
            repo.upsertRating(dsl, r);
            return null;
        });
    }

    public Discipline addDiscipline(Discipline d) {
        Permission.require(Action.EDIT_PEOPLE);
        ProblemCollector problems = new ProblemCollector();
        problems.requirePresent(d.form(), RecordField.DISCIPLINE_FORM, "record.problem.noDisciplineForm");
        problems.requireText(d.decisionNo(), RecordField.DECISION_NO, "record.problem.noDecisionNo");
        problems.requirePresent(d.decisionDate(), RecordField.DECISION_DATE, "record.problem.noDecisionDate");
        problems.addAll(RecordRules.discipline(d.decisionDate(), d.effectiveUntil(), LocalDate.now()));
        problems.throwIfAny();
        return db.transaction(dsl -> {
            if (repo.disciplineExists(dsl, d.personId(), d.decisionNo(), d.decisionDate())) {
                new ProblemCollector().add(RecordField.DECISION_NO, "record.problem.disciplineExists", d.decisionNo(),
                        d.decisionDate()).throwIfAny();
            }
            long id = repo.insertDiscipline(dsl, d);
            return new Discipline(id, d.personId(), d.form(), d.decisionNo(), d.decisionDate(), d.effectiveUntil());
        });
    }

    public Initiative addInitiative(Initiative i) {
        Permission.require(Action.EDIT_PEOPLE);
        ProblemCollector problems = new ProblemCollector();
        String title = ProblemCollector.blankToNull(i.title());
        problems.requireText(title, RecordField.TITLE, "record.problem.noTitle");
        problems.requirePresent(i.scope(), RecordField.SCOPE, "record.problem.noScope");
        problems.addAll(RecordRules.initiative(i.year(), i.decisionDate(), LocalDate.now()));
        problems.throwIfAny();
        Initiative clean = new Initiative(0, i.personId(), i.kind(), title, i.scope(), i.year(), i.decisionNo(), i.decisionDate());
        return db.transaction(dsl -> {
            if (repo.initiativeExists(dsl, i.personId(), title)) {
                new ProblemCollector().add(RecordField.TITLE, "record.problem.initiativeExists").throwIfAny();
            }
            long id = repo.insertInitiative(dsl, clean);
            return new Initiative(id, clean.personId(), clean.kind(), clean.title(), clean.scope(), clean.year(),
                    clean.decisionNo(), clean.decisionDate());
        });
    }

    /** Records an award; the catalogue kind must suit the subject (a unit cannot be Lao động tiên tiến). */
    public Award addAward(Award a) {
        Permission.require(Action.EDIT_PEOPLE);
        ProblemCollector problems = new ProblemCollector();
        AwardKind kind = catalogue.catalogue().kind(a.kindCode()).orElse(null);
        if (problems.requirePresent(kind, RecordField.AWARD_KIND, "record.problem.noAwardKind")) {
            problems.require(a.personId() == null || kind.subject().allowsPerson(), RecordField.AWARD_KIND,
                    "record.problem.collectivesOnly", kind.name());
            problems.require(a.unitId() == null || kind.subject().allowsUnit(), RecordField.AWARD_KIND,
                    "record.problem.individualsOnly", kind.name());
        }
        problems.addAll(RecordRules.award(a.yearFrom(), a.yearTo(), a.decisionDate(), LocalDate.now()));
        problems.requireText(a.decisionNo(), RecordField.DECISION_NO, "record.problem.noDecisionNo");
        problems.requirePresent(a.decisionDate(), RecordField.DECISION_DATE, "record.problem.noDecisionDate");
        problems.requireText(a.authority(), RecordField.AUTHORITY, "record.problem.noAuthority");
        problems.throwIfAny();
        return db.transaction(dsl -> {
            if (repo.awardExists(dsl, a.personId(), a.unitId(), a.kindCode(), a.decisionNo(), a.decisionDate())) {
                new ProblemCollector().add(RecordField.DECISION_NO, "record.problem.awardExists", a.decisionNo()).throwIfAny();
            }
            long id = repo.insertAward(dsl, a);
            return new Award(id, a.personId(), a.unitId(), a.kindCode(), a.formType(), a.yearFrom(), a.yearTo(),
                    a.decisionNo(), a.decisionDate(), a.authority());
        });
    }

    /**
     * Enters a pending investigation, inspection, complaint or discipline procedure on a person: the review holds the
     * person's commendation (Tạm hoãn) while it is open (NĐ 152/2025/NĐ-CP, Điều 4 khoản 4).
     *
     * @throws ValidationException naming every missing or inconsistent field
     */
    public PersonHold addHold(PersonHold h) {
        Permission.require(Action.EDIT_PEOPLE);
        ProblemCollector problems = new ProblemCollector();
        String document = ProblemCollector.blankToNull(h.document());
        problems.requirePresent(h.reason(), HoldField.REASON, "record.hold.problem.reason");
        problems.requireText(document, HoldField.DOCUMENT, "record.hold.problem.document");
        problems.requirePresent(h.from(), HoldField.FROM, "record.hold.problem.from");
        problems.require(h.until() == null || h.from() == null || !h.until().isBefore(h.from()), HoldField.UNTIL,
                "record.hold.problem.until");
        problems.throwIfAny();
        PersonHold clean = new PersonHold(0, h.personId(), h.reason(), document, h.from(), h.until(),
                ProblemCollector.blankToNull(h.note()));
        return db.transaction(dsl -> {
            long id = repo.insertHold(dsl, clean);
            return new PersonHold(id, clean.personId(), clean.reason(), clean.document(), clean.from(), clean.until(),
                    clean.note());
        });
    }

    /** Records the day a pending procedure was concluded (the hold ends that day). */
    public PersonHold closeHold(long holdId, LocalDate until) {
        Permission.require(Action.EDIT_PEOPLE);
        return db.transaction(dsl -> {
            PersonHold h = repo.hold(dsl, holdId).orElseThrow(() -> new vn.tdkt.common.domain.AppException(
                    vn.tdkt.common.domain.Msg.of("record.hold.problem.missing")));
            ProblemCollector problems = new ProblemCollector();
            problems.requirePresent(until, HoldField.UNTIL, "record.hold.problem.untilMissing");
            problems.require(until == null || !until.isBefore(h.from()), HoldField.UNTIL, "record.hold.problem.until");
            problems.throwIfAny();
            repo.closeHold(dsl, holdId, until);
            return new PersonHold(h.id(), h.personId(), h.reason(), h.document(), h.from(), until, h.note());
        });
    }

    /** A person's pending procedures, oldest first. */
    public List<PersonHold> holds(long personId) {
        return db.transaction(dsl -> repo.holds(dsl, personId));
    }

    public void deleteRating(long id) {
        Permission.require(Action.EDIT_PEOPLE);
        db.transaction(dsl -> {
            repo.deleteRating(dsl, id);
            return null;
        });
    }

    public void deleteDiscipline(long id) {
        Permission.require(Action.EDIT_PEOPLE);
        db.transaction(dsl -> {
            repo.deleteDiscipline(dsl, id);
            return null;
        });
    }

    public void deleteInitiative(long id) {
        Permission.require(Action.EDIT_PEOPLE);
        db.transaction(dsl -> {
            repo.deleteInitiative(dsl, id);
            return null;
        });
    }

    public void deleteAward(long id) {
        Permission.require(Action.EDIT_PEOPLE);
        db.transaction(dsl -> {
            repo.deleteAward(dsl, id);
            return null;
        });
    }
}
