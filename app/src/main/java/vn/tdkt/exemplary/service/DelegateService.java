package vn.tdkt.exemplary.service;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.exemplary.data.ExemplaryRepository;
import vn.tdkt.exemplary.domain.Candidate;
import vn.tdkt.exemplary.domain.DelegateSelection;
import vn.tdkt.exemplary.domain.ExemplaryField;
import vn.tdkt.exemplary.domain.ModelKind;
import vn.tdkt.exemplary.domain.ModelRow;
import vn.tdkt.exemplary.domain.Period;
import vn.tdkt.exemplary.domain.Scope;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.review.domain.WomenPreference;

/**
 * The 11/6 list and the congress delegates (seed 004 §V): the models of an allocation (the whole province, a movement
 * with every movement below it, a proposing unit with the units below it) ranked by their recognitions in a period,
 * chosen down to the quota without ever splitting a group of equal count (see {@link DelegateSelection}).
 */
public final class DelegateService {

    /** The largest quota accepted (a congress seats hundreds, not more). */
    public static final int MAX_QUOTA = 10_000;

    private final Database db;
    private final MovementService movements;
    private final ExemplaryRepository repo = new ExemplaryRepository();

    public DelegateService(Database db, MovementService movements) {
        this.db = db;
        this.movements = movements;
    }

    /** The ranked list of an allocation; problems (quota, period, unknown movement or unit) all at once. */
    public DelegateSelection select(Scope scope, Period period, int quota) {
        ProblemCollector p = new ProblemCollector();
        p.require(quota >= 1 && quota <= MAX_QUOTA, ExemplaryField.QUOTA, "exemplary.problem.badQuota",
                String.valueOf(quota), String.valueOf(MAX_QUOTA));
        p.require(!period.reversed(), ExemplaryField.PERIOD, "exemplary.problem.reversedPeriod",
                String.valueOf(period.from()), String.valueOf(period.to()));
        Map<Long, Long> movementParents = new HashMap<>();
        for (Movement m : movements.list()) {
            movementParents.put(m.id(), m.parentId());
        }
        DSLContext dsl = db.dsl();
        Map<Long, Long> unitParents = repo.unitParents(dsl);
        if (scope.kind() == Scope.Kind.MOVEMENT) {
            p.require(movementParents.containsKey(scope.id()), ExemplaryField.MOVEMENT, "exemplary.problem.movementUnknown");
        } else if (scope.kind() == Scope.Kind.UNIT) {
            p.require(unitParents.containsKey(scope.id()), ExemplaryField.PROPOSER, "exemplary.problem.unitUnknown");
        }
        p.throwIfAny();
        Map<Long, Integer> counts = period.count(repo.allRecognitions(dsl));
        List<Candidate> candidates = repo.rows(dsl).stream()
                .filter(r -> scope.contains(r.model(), movementParents, unitParents))
                .map(r -> candidate(r, counts.getOrDefault(r.model().id(), 0))).toList();
        return DelegateSelection.select(candidates, quota);
    }

    /** The ranked list of a movement's allocation, the movement named by its code (null: the whole province). */
    public DelegateSelection select(String movementCode, Period period, int quota) {
        if (movementCode == null) {
            return select(Scope.PROVINCE, period, quota);
        }
        Movement m = movements.byCode(movementCode.strip()).orElseThrow(() -> new ValidationException(List.of(
                Problem.of(ExemplaryField.MOVEMENT, Msg.of("exemplary.problem.movementCode", movementCode)))));
        return select(Scope.movement(m.id()), period, quota);
    }

    static Candidate candidate(ModelRow r, int count) {
        boolean collective = r.model().kind() == ModelKind.TAP_THE || r.model().kind() == ModelKind.DOANH_NGHIEP;
        return new Candidate(r.model().id(), r.model().code(), r.model().name(), count, r.woman(),
                collective && WomenPreference.womenCollective(r.womenMembers(), r.members()));
    }

    /** Writes the ranked list as .xlsx (print-ready) or .csv (UTF-8 with BOM). */
    public void write(DelegateSelection selection, Path file) {
        DelegateExport.write(selection, file);
    }
}
