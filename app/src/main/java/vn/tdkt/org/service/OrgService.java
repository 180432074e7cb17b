package vn.tdkt.org.service;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tdkt.common.domain.Action;
import vn.tdkt.common.domain.Permission;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.SinceOpened;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.org.data.OrgRepository;
import vn.tdkt.org.domain.Bloc;
import vn.tdkt.org.domain.BlocLeader;
import vn.tdkt.org.domain.OrgField;
import vn.tdkt.org.domain.Unit;

/** Use cases of the organisation: the unit tree, blocs and their yearly leaders. */
public final class OrgService {


    private final Database db;
    private final OrgRepository repo = new OrgRepository();

    public OrgService(Database db) {
        this.db = db;
    }

    /** All units in Vietnamese name order. */
    public List<Unit> units() {
        return repo.units(db.dsl());
    }

    public List<Bloc> blocs() {
        return repo.blocs(db.dsl());
    }

    public List<BlocLeader> blocLeaders() {
        return repo.blocLeaders(db.dsl());
    }

    /** Current headcount per unit id. */
    public Map<Long, Integer> headcounts() {
        return repo.headcounts(db.dsl());
    }

    /** Creates or updates a unit; refuses a taken code, an empty name or a parent that would make a cycle. */
    public Unit saveUnit(Unit draft) {
        return saveUnit(draft, null);
    }

    /**
     * Saves an edit of the unit as it was {@code loaded} when the clerk opened it (null: not checked): refused with what
     * the other person changed when someone else saved the unit meanwhile (issue #14), nothing written.
     */
    public Unit saveUnit(Unit draft, Unit loaded) {
        Permission.require(Action.EDIT_PEOPLE);
        Unit u = new Unit(draft.id(), VietnameseText.clean(draft.code()), VietnameseText.clean(draft.name()),
                draft.parentId(), draft.blocId(), draft.type());
        return db.transaction(dsl -> {
            if (loaded != null && u.id() != 0 && repo.lockUnit(dsl, u.id())) {
                List<Unit> all = repo.units(dsl);
                List<Bloc> blocs = repo.blocs(dsl);
                all.stream().filter(x -> x.id() == u.id()).findFirst().ifPresent(stored -> unitFields(all, blocs)
                        .require(loaded, stored, Msg.of("edit.record.unit", stored.code())));
            }
            ProblemCollector problems = new ProblemCollector();
            if (problems.requireText(u.code(), OrgField.CODE, "units.problem.noCode")) {
                problems.require(!repo.codeTaken(dsl, u.code(), u.id()), OrgField.CODE, "units.problem.codeTaken", u.code());
            }
            if (problems.requireText(u.name(), OrgField.NAME, "units.problem.noName")) {
                problems.require(!VietnameseText.looksLegacyEncoded(u.name()), OrgField.NAME, "units.problem.legacyEncoding");
            }
            problems.require(u.parentId() == null || u.id() == 0 || !createsCycle(repo.units(dsl), u.id(), u.parentId()),
                    OrgField.PARENT, "units.problem.parentCycle");
            problems.throwIfAny();
            return repo.insertOrUpdate(dsl, u);
        });
    }

    /** A unit's fields as its dialog shows them: the parent and the bloc by name. */
    private static SinceOpened<Unit> unitFields(List<Unit> units, List<Bloc> blocs) {
        return SinceOpened.<Unit>fields().field("units.field.code", Unit::code).field("units.field.name", Unit::name)
                .field("units.field.parent", x -> units.stream().filter(p -> x.parentId() != null && p.id() == x.parentId())
                        .map(Unit::name).findFirst().orElse(null))
                .field("units.field.bloc", x -> blocs.stream().filter(b -> x.blocId() != null && b.id() == x.blocId())
                        .map(Bloc::name).findFirst().orElse(null))
                .field("units.field.type", x -> x.type() == null ? null : x.type().label());
    }

    /** Deletes a unit that has no sub-units and no people. */
    public void deleteUnit(long unitId) {
        Permission.require(Action.EDIT_PEOPLE);
        db.transaction(dsl -> {
            if (repo.hasChildrenOrPeople(dsl, unitId)) {
                throw new ValidationException(List.of(Problem.file(Msg.of("units.problem.notEmpty"))));
            }
            repo.deleteUnit(dsl, unitId);
            return null;
        });
    }

    public Bloc saveBloc(Bloc draft) {
        return saveBloc(draft, null);
    }

    /** Renames the bloc as it was {@code loaded} in the dialog: refused when someone else saved it since (issue #14). */
    public Bloc saveBloc(Bloc draft, Bloc loaded) {
        Permission.require(Action.EDIT_PEOPLE);
        Bloc b = new Bloc(draft.id(), VietnameseText.clean(draft.name()));
        return db.transaction(dsl -> {
            if (loaded != null && b.id() != 0 && repo.lockBloc(dsl, b.id())) {
                repo.blocs(dsl).stream().filter(x -> x.id() == b.id()).findFirst().ifPresent(stored -> SinceOpened.<Bloc>fields()
                        .field(OrgField.BLOC_NAME, Bloc::name).require(loaded, stored, Msg.of("edit.record.bloc", stored.name())));
            }
            ProblemCollector problems = new ProblemCollector();
            if (problems.requireText(b.name(), OrgField.BLOC_NAME, "blocs.problem.noName")) {
                problems.require(!repo.blocNameTaken(dsl, b.name(), b.id()), OrgField.BLOC_NAME, "blocs.problem.nameTaken",
                        b.name());
            }
            problems.throwIfAny();
            return repo.insertOrUpdate(dsl, b);
        });
    }

    public void setBlocLeader(BlocLeader leader) {
        Permission.require(Action.EDIT_PEOPLE);
        db.transaction(dsl -> {
            repo.setBlocLeader(dsl, leader);
            return null;
        });
    }

    /** True when making parentId the parent of unitId would close a loop. */
    static boolean createsCycle(List<Unit> units, long unitId, long parentId) {
        Map<Long, Long> parents = new HashMap<>();
        units.forEach(x -> parents.put(x.id(), x.parentId()));
        Set<Long> seen = new HashSet<>();
        Long cur = parentId;
        while (cur != null && seen.add(cur)) {
            if (cur == unitId) {
                return true;
            }
            cur = parents.get(cur);
        }
        return false;
    }
}
