package vn.tdkt.exemplary.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.exemplary.data.ListRepository;
import vn.tdkt.exemplary.domain.ExemplaryField;
import vn.tdkt.exemplary.domain.ListStatus;
import vn.tdkt.movement.domain.Milestone;
import vn.tdkt.movement.domain.MilestoneRow;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.service.MilestoneWriter;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;

/**
 * Lists of models due by a date (seed 002: "Danh sách giới thiệu điển hình tiên tiến … trước ngày 20/5/2023"): the
 * request is a milestone of the movement (through the movement service, so it shows among the deadlines and on the
 * start screen), asked of one unit or of every participating unit; each unit's list is recorded when it arrives, and
 * the status names who has not sent one. The milestone is done when every unit has sent its list.
 */
public final class ListRequestService {

    private final Database db;
    private final MovementService movements;
    private final OrgService org;
    private final ListRepository repo = new ListRepository();
    private final MilestoneWriter milestones = new MilestoneWriter();

    public ListRequestService(Database db, MovementService movements, OrgService org) {
        this.db = db;
        this.movements = movements;
        this.org = org;
    }

    /**
     * Asks for lists by a date: a milestone of the movement (unit null = every participating unit), written with its
     * mark as a list request in one transaction.
     */
    public Milestone request(long movementId, String content, LocalDate due, Long unitId) {
        Milestone draft = milestones.checked(new Milestone(0, movementId, content, due, unitId, null, null));
        return db.transaction(tx -> {
            Milestone m = milestones.write(tx, draft, null);
            repo.addRequest(tx, m.id());
            return m;
        });
    }

    /** The list requests of a movement (its milestones recorded as such), by due date. */
    public List<MilestoneRow> requests(long movementId) {
        List<MilestoneRow> all = movements.milestones(movementId);
        List<Long> ids = repo.requests(db.dsl(), all.stream().map(r -> r.milestone().id()).toList());
        return all.stream().filter(r -> ids.contains(r.milestone().id())).toList();
    }

    /** The movement's other milestones, which may be followed as list requests (a plan's "gửi danh sách … trước"). */
    public List<MilestoneRow> others(long movementId) {
        List<MilestoneRow> all = movements.milestones(movementId);
        List<Long> ids = repo.requests(db.dsl(), all.stream().map(r -> r.milestone().id()).toList());
        return all.stream().filter(r -> !ids.contains(r.milestone().id())).toList();
    }

    /** Follows an existing milestone (typed on the movement or imported) as a list request, from now on. */
    public void track(long milestoneId) {
        db.transaction(tx -> {
            repo.addRequest(tx, milestoneId);
            return null;
        });
    }

    /** Each unit asked by a request, with the day its list arrived (null: not sent), by unit code. */
    public List<ListStatus> status(long milestoneId) {
        Milestone m = requestOf(milestoneId);
        Map<Long, Unit> units = org.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        List<Long> asked = m.unitId() != null ? List.of(m.unitId()) : movements.find(m.movementId())
                .map(MovementDetails::unitIds).orElse(List.of());
        Map<Long, ListRepository.Received> got = repo.received(db.dsl(), milestoneId);
        LocalDate due = movements.effectiveDue(m.due());
        List<ListStatus> out = new ArrayList<>();
        for (long id : asked) {
            Unit u = units.get(id);
            ListRepository.Received r = got.get(id);
            out.add(new ListStatus(milestoneId, id, u == null ? "" : u.code(), u == null ? "" : u.name(), due,
                    r == null ? null : r.on(), r == null ? null : r.document()));
        }
        out.sort(java.util.Comparator.comparing(ListStatus::unitCode));
        return out;
    }

    /** The units of a request that have not sent their list. */
    public List<ListStatus> missing(long milestoneId) {
        return status(milestoneId).stream().filter(s -> !s.sent()).toList();
    }

    /**
     * Records the list a unit sent on a day (with its document number); when the last unit's list arrives the
     * milestone is marked done on that day, in the same transaction.
     */
    public List<ListStatus> receive(long milestoneId, long unitId, LocalDate on, String document) {
        ProblemCollector p = new ProblemCollector();
        p.requirePresent(on, ExemplaryField.DATE, "exemplary.problem.noDate");
        p.throwIfAny();
        List<Long> asked = status(milestoneId).stream().map(ListStatus::unitId).toList();
        if (!asked.contains(unitId)) {
            new ProblemCollector().add(ExemplaryField.UNIT, "exemplary.problem.notAsked").throwIfAny();
        }
        db.transaction(tx -> {
            repo.receive(tx, milestoneId, unitId, on, ExemplaryService.text(document));
            Milestone m = repo.request(tx, milestoneId)
                    .orElseThrow(() -> new AppException(Msg.of("exemplary.problem.notARequest")));
            Map<Long, ListRepository.Received> got = repo.received(tx, milestoneId);
            if (!m.done() && got.keySet().containsAll(asked)) {
                LocalDate last = asked.stream().map(id -> got.get(id).on()).max(LocalDate::compareTo).orElse(on);
                milestones.write(tx, milestones.checked(m.withDone(last, null)), null);
            }
            return null;
        });
        return status(milestoneId);
    }

    private Milestone requestOf(long milestoneId) {
        return repo.request(db.dsl(), milestoneId).orElseThrow(() -> new AppException(Msg.of("exemplary.problem.notARequest")));
    }
}
