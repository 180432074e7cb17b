package vn.tdkt.exemplary.data;

import static vn.tdkt.common.data.jooq.Tables.EXEMPLARY_LIST_RECEIVED;
import static vn.tdkt.common.data.jooq.Tables.EXEMPLARY_LIST_REQUEST;
import static vn.tdkt.common.data.jooq.Tables.MILESTONE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.tdkt.movement.domain.Milestone;

/** The list requests (milestones of a movement) and the lists received from units. */
public final class ListRepository {

    /** What a unit's received list holds. */
    public record Received(LocalDate on, String document) {
    }

    public void addRequest(DSLContext dsl, long milestoneId) {
        dsl.insertInto(EXEMPLARY_LIST_REQUEST).set(EXEMPLARY_LIST_REQUEST.MILESTONE_ID, milestoneId).onDuplicateKeyIgnore()
                .execute();
    }

    /** A milestone that is a list request. */
    public Optional<Milestone> request(DSLContext dsl, long milestoneId) {
        return dsl.select(MILESTONE.asterisk()).from(MILESTONE).join(EXEMPLARY_LIST_REQUEST)
                .on(EXEMPLARY_LIST_REQUEST.MILESTONE_ID.eq(MILESTONE.ID)).where(MILESTONE.ID.eq(milestoneId))
                .fetchOptional(r -> new Milestone(r.get(MILESTONE.ID), r.get(MILESTONE.MOVEMENT_ID), r.get(MILESTONE.CONTENT),
                        r.get(MILESTONE.DUE_DATE), r.get(MILESTONE.UNIT_ID), r.get(MILESTONE.DONE_DATE),
                        r.get(MILESTONE.DONE_DOCUMENT)));
    }

    public boolean isRequest(DSLContext dsl, long milestoneId) {
        return dsl.fetchExists(EXEMPLARY_LIST_REQUEST, EXEMPLARY_LIST_REQUEST.MILESTONE_ID.eq(milestoneId));
    }

    /** The milestones that are list requests, among those given. */
    public List<Long> requests(DSLContext dsl, List<Long> milestoneIds) {
        return dsl.select(EXEMPLARY_LIST_REQUEST.MILESTONE_ID).from(EXEMPLARY_LIST_REQUEST)
                .where(EXEMPLARY_LIST_REQUEST.MILESTONE_ID.in(milestoneIds)).fetch(EXEMPLARY_LIST_REQUEST.MILESTONE_ID);
    }

    /** Records (or corrects) the list a unit sent. */
    public void receive(DSLContext dsl, long milestoneId, long unitId, LocalDate on, String document) {
        dsl.deleteFrom(EXEMPLARY_LIST_RECEIVED).where(EXEMPLARY_LIST_RECEIVED.MILESTONE_ID.eq(milestoneId)
                .and(EXEMPLARY_LIST_RECEIVED.UNIT_ID.eq(unitId))).execute();
        dsl.insertInto(EXEMPLARY_LIST_RECEIVED).set(EXEMPLARY_LIST_RECEIVED.MILESTONE_ID, milestoneId)
                .set(EXEMPLARY_LIST_RECEIVED.UNIT_ID, unitId).set(EXEMPLARY_LIST_RECEIVED.RECEIVED_ON, on)
                .set(EXEMPLARY_LIST_RECEIVED.DOCUMENT, document).execute();
    }

    /** unit id → the list received, for a request. */
    public Map<Long, Received> received(DSLContext dsl, long milestoneId) {
        Map<Long, Received> out = new HashMap<>();
        dsl.selectFrom(EXEMPLARY_LIST_RECEIVED).where(EXEMPLARY_LIST_RECEIVED.MILESTONE_ID.eq(milestoneId))
                .forEach(r -> out.put(r.getUnitId(), new Received(r.getReceivedOn(), r.getDocument())));
        return out;
    }
}
