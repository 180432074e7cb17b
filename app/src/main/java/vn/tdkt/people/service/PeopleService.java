package vn.tdkt.people.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.common.domain.Action;
import vn.tdkt.common.domain.Permission;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.people.data.PeopleRepository;
import vn.tdkt.people.domain.Assignment;
import vn.tdkt.people.domain.AssignmentRules;
import vn.tdkt.people.domain.PeopleIndex;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.domain.PersonHistory;
import vn.tdkt.people.domain.PersonField;
import vn.tdkt.people.domain.PersonChanges;
import vn.tdkt.people.domain.PersonRow;
import vn.tdkt.people.domain.PersonRules;
import vn.tdkt.people.domain.UnitPeriod;
import vn.tdkt.record.service.RecordService;

/** Use cases of people: list, page with history, create and edit with validation and assignment history. */
public final class PeopleService {

    private final Database db;
    private final RecordService records;
    private final Clock clock;
    private final PeopleRepository repo = new PeopleRepository();

    public PeopleService(Database db, RecordService records, Clock clock) {
        this.db = db;
        this.records = records;
        this.clock = clock;
    }

    /** Everyone, in Vietnamese order, ready for in-memory search. */
    public PeopleIndex index() {
        return new PeopleIndex(repo.rows(db.dsl()));
    }

    public Optional<Person> find(long id) {
        return repo.find(db.dsl(), id);
    }

    /**
     * Everyone with the periods spent at each unit ({@link UnitPeriod#of}: the earlier assignments, then the current
     * one), read in one transaction: the staff counted by biểu 0605.N.
     */
    public Map<Person, List<UnitPeriod>> periods() {
        return db.transaction(dsl -> {
            Map<Long, List<Assignment>> earlier = new HashMap<>();
            repo.allAssignments(dsl).forEach(a -> earlier.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(a));
            Map<Person, List<UnitPeriod>> out = new LinkedHashMap<>();
            for (PersonRow r : repo.rows(dsl)) {
                out.put(r.person(), UnitPeriod.of(r.person(), earlier.getOrDefault(r.person().id(), List.of())));
            }
            return out;
        });
    }

    public PersonHistory history(long personId) {
        Person p = repo.find(db.dsl(), personId)
                .orElseThrow(() -> new ValidationException(List.of(Problem.file(Msg.of("person.problem.gone")))));
        return new PersonHistory(p, repo.unitName(db.dsl(), p.unitId()).orElse(""), repo.assignments(db.dsl(), personId),
                records.ofPerson(personId));
    }

    /**
     * Creates (id 0) or updates a person. Refuses invalid fields, a taken code or a personal ID owned by
     * someone else. A change of unit or position closes the open assignment and opens a new one.
     */
    public Person save(Person draft) {
        return save(draft, null);
    }

    /**
     * Saves an edit of the person as it was {@code loaded} when the clerk opened it (null: a new person, or no
     * check). When someone else saved the same person in the meantime (another window, another workstation, an
     * import), the save is refused with what they changed, and nothing is written: the clerk reopens and edits again,
     * so no change is lost silently. The row is read with a lock, so two saves at once are checked one after the other.
     */
    public Person save(Person draft, Person loaded) {
        Permission.require(Action.EDIT_PEOPLE);
        Person p = new Person(draft.id(), VietnameseText.clean(draft.code()), VietnameseText.clean(draft.fullName()),
                draft.gender(), draft.birthDate(), ProblemCollector.blankToNull(draft.personalId()),
                ProblemCollector.blankToNull(draft.position()), draft.unitId(), draft.startDate(), draft.endDate(),
                draft.profile().normalized(VietnameseText::clean));
        List<Problem> problems = new ArrayList<>();
        PersonRules.check(p).forEach(f -> problems.add(onField(f.field(), f.message())));
        return db.transaction(dsl -> {
            if (p.code() != null && !p.code().isEmpty() && repo.codeTaken(dsl, p.code(), p.id())) {
                problems.add(onField(PersonRules.F_CODE, Msg.of("person.problem.codeTaken", p.code())));
            }
            if (p.personalId() != null) {
                repo.personalIdOwner(dsl, p.personalId(), p.id()).ifPresent(owner -> problems.add(onField(
                        PersonRules.F_PERSONAL_ID, Msg.of("person.problem.personalIdTaken", owner))));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            if (p.id() == 0) {
                long id = repo.insert(dsl, p);
                repo.insertAssignment(dsl, new Assignment(0, id, p.unitId(), p.position(), p.startDate(), p.endDate()));
                return p.withId(id);
            }
            Person before = repo.findForUpdate(dsl, p.id()).orElseThrow(() -> new ValidationException(
                    List.of(Problem.file(Msg.of("person.problem.gone")))));
            if (loaded != null && loaded.id() == p.id()) {
                PersonChanges.compared(u -> repo.unitName(dsl, u).orElse(""))
                        .require(loaded, before, Msg.of("edit.record.person", before.code()));
            }
            repo.update(dsl, p);
            LocalDate today = LocalDate.now(clock);
            if (AssignmentRules.opensNewAssignment(before, p)) {
                repo.closeOpenAssignments(dsl, p.id(), AssignmentRules.closingDate(before, p, today));
                repo.insertAssignment(dsl, new Assignment(0, p.id(), p.unitId(), p.position(),
                        AssignmentRules.newStart(before, p, today), p.endDate()));
            } else if (!java.util.Objects.equals(before.endDate(), p.endDate())) {
                repo.setOpenAssignmentEnd(dsl, p.id(), p.endDate());
            }
            return p;
        });
    }

    /** What removing a person did. */
    public enum Removal { DELETED, MARKED_LEFT }

    /**
     * Removes a person from the list, keeping their history: a person nothing else names (no rating, award, decision,
     * dossier, registration, transfer…) is deleted; anyone else is kept and marked as having left on that day (ngày
     * thôi công tác, their open assignment closed), so every record that names them stays whole.
     */
    public Removal remove(long personId, LocalDate leftOn) {
        Permission.require(Action.EDIT_PEOPLE);
        return db.transaction(dsl -> {
            Person p = repo.findForUpdate(dsl, personId).orElseThrow(() -> new ValidationException(
                    List.of(Problem.file(Msg.of("person.problem.gone")))));
            if (repo.references(dsl, personId) == 0) {
                repo.delete(dsl, personId);
                return Removal.DELETED;
            }
            if (p.endDate() == null || p.endDate().isAfter(leftOn)) {
                repo.update(dsl, new Person(p.id(), p.code(), p.fullName(), p.gender(), p.birthDate(), p.personalId(),
                        p.position(), p.unitId(), p.startDate(), leftOn, p.profile()));
                repo.setOpenAssignmentEnd(dsl, personId, leftOn);
            }
            return Removal.MARKED_LEFT;
        });
    }

    /** A problem on a field of the person's form, naming its column of sheet Cán bộ too. */
    private static Problem onField(String column, Msg text) {
        return new Problem(null, 0, column, PersonField.ofColumn(column), text);
    }
}
