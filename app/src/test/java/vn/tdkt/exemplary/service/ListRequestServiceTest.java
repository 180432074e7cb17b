package vn.tdkt.exemplary.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.exemplary.domain.ListStatus;
import vn.tdkt.movement.domain.LaunchLevel;
import vn.tdkt.movement.domain.Milestone;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.org.domain.Unit;

/** Seed 002: the units send their lists of models before 20/5/2023; who has not sent one. */
class ListRequestServiceTest {

    private Database db;
    private AppContext ctx;
    private Unit vp;
    private Unit ttr;
    private Unit qlkh;
    private long movement;

    @BeforeEach
    void open() {
        db = Database.inMemory();
        ctx = new AppContext(db);
        vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, null));
        ttr = ctx.org().saveUnit(new Unit(0, "TTR", "Thanh tra Sở", null, null));
        qlkh = ctx.org().saveUnit(new Unit(0, "QLKH", "Phòng Quản lý khoa học", null, null));
        Movement m = Movement.draft("KH41", "Bồi dưỡng, nhân rộng gương điển hình tiên tiến", MovementKind.CHUYEN_DE,
                LaunchLevel.CO_QUAN).withPlan("41/KH-SKHCN", LocalDate.of(2022, 4, 25));
        MovementDetails d = MovementDetails.of(m);
        movement = ctx.movements().save(new MovementDetails(m, d.phases(), d.items(), List.of(vp.id(), ttr.id(), qlkh.id()),
                d.blocIds(), d.rewards(), d.texts()), "u").movement().id();
        ctx.movements().move(movement, MovementStatus.PHAT_DONG, LocalDate.of(2022, 4, 25), null, "u");
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void everyParticipantIsAskedAndTheMilestoneIsDoneWhenTheLastListArrives() {
        ListRequestService s = ctx.listRequests();
        Milestone m = s.request(movement, "Danh sách giới thiệu điển hình tiên tiến năm 2023", LocalDate.of(2023, 5, 20), null);
        ctx.movements().saveMilestone(new Milestone(0, movement, "Báo cáo sơ kết", LocalDate.of(2023, 6, 30), null, null, null), null);
        assertEquals(List.of(m.id()), s.requests(movement).stream().map(r -> r.milestone().id()).toList(),
                "only the list requests, not the movement's other milestones");
        List<ListStatus> st = s.status(m.id());
        assertEquals(List.of("QLKH", "TTR", "VP"), st.stream().map(ListStatus::unitCode).toList());
        assertEquals(LocalDate.of(2023, 5, 22), st.get(0).due(), "20/5/2023 is a Saturday: the Monday counts");
        assertEquals(3, s.missing(m.id()).size());

        s.receive(m.id(), vp.id(), LocalDate.of(2023, 5, 15), "12/VP");
        s.receive(m.id(), ttr.id(), LocalDate.of(2023, 5, 25), null);
        List<ListStatus> missing = s.missing(m.id());
        assertEquals(List.of("QLKH"), missing.stream().map(ListStatus::unitCode).toList());
        assertTrue(missing.get(0).late(LocalDate.of(2023, 5, 23)));
        assertFalse(missing.get(0).late(LocalDate.of(2023, 5, 22)));
        assertTrue(s.status(m.id()).stream().filter(x -> x.unitCode().equals("TTR")).findFirst().orElseThrow()
                .late(LocalDate.of(2023, 6, 1)), "sent after the due day");
        assertEquals(1, ctx.movements().deadlines(LocalDate.of(2023, 5, 26), 0).stream()
                .filter(d -> d.row().milestone().id() == m.id()).count(), "still open among the deadlines");

        s.receive(m.id(), qlkh.id(), LocalDate.of(2023, 5, 29), "5/QLKH");
        assertTrue(s.missing(m.id()).isEmpty());
        assertEquals(LocalDate.of(2023, 5, 29), ctx.movements().milestones(movement).stream()
                .filter(r -> r.milestone().id() == m.id()).findFirst().orElseThrow().milestone().doneDate());
    }

    @Test
    void aRequestOfOneUnitAsksOnlyItAndOtherUnitsAreRefused() {
        ListRequestService s = ctx.listRequests();
        Milestone m = s.request(movement, "Danh sách điển hình của Văn phòng", LocalDate.of(2023, 5, 19), vp.id());
        assertEquals(List.of("VP"), s.status(m.id()).stream().map(ListStatus::unitCode).toList());
        assertThrows(ValidationException.class, () -> s.receive(m.id(), ttr.id(), LocalDate.of(2023, 5, 1), null));
        assertThrows(ValidationException.class, () -> s.receive(m.id(), vp.id(), null, null));
        Milestone other = ctx.movements().saveMilestone(new Milestone(0, movement, "Báo cáo", LocalDate.of(2023, 6, 1), null,
                null, null), null);
        assertThrows(AppException.class, () -> s.status(other.id()), "not a list request");
    }

    /**
     * A request is one call and one transaction: when marking the milestone as a list request fails, the milestone
     * is not left behind among the movement's (nor on the deadlines, nor on Tổng quan).
     */
    @Test
    void aRequestWhoseMarkFailsLeavesNoMilestone() {
        db.dsl().execute("ALTER TABLE exemplary_list_request ADD CONSTRAINT test_refuse_request CHECK (milestone_id < 0)");
        ListRequestService s = ctx.listRequests();
        assertThrows(RuntimeException.class,
                () -> s.request(movement, "Danh sách điển hình năm 2023", LocalDate.of(2023, 5, 20), null));
        assertEquals(List.of(), ctx.movements().milestones(movement), "no milestone written");
        assertEquals(List.of(), s.requests(movement));
        db.dsl().execute("ALTER TABLE exemplary_list_request DROP CONSTRAINT test_refuse_request");
        Milestone m = s.request(movement, "Danh sách điển hình năm 2023", LocalDate.of(2023, 5, 20), null);
        assertEquals(List.of(m.id()), ctx.movements().milestones(movement).stream().map(r -> r.milestone().id()).toList());
    }

    /** The last list and the milestone done are one transaction: when the milestone cannot be written, the list is not. */
    @Test
    void theLastListIsNotRecordedWhenItsMilestoneCannotBeMarkedDone() {
        ListRequestService s = ctx.listRequests();
        Milestone m = s.request(movement, "Danh sách điển hình của Văn phòng", LocalDate.of(2023, 5, 19), vp.id());
        db.dsl().execute("ALTER TABLE milestone ADD CONSTRAINT test_refuse_done CHECK (done_date IS NULL)");
        assertThrows(RuntimeException.class, () -> s.receive(m.id(), vp.id(), LocalDate.of(2023, 5, 15), "12/VP"));
        db.dsl().execute("ALTER TABLE milestone DROP CONSTRAINT test_refuse_done");
        assertEquals(List.of("VP"), s.missing(m.id()).stream().map(ListStatus::unitCode).toList(), "the list is not recorded");
        assertEquals(null, ctx.movements().milestones(movement).get(0).milestone().doneDate());
        s.receive(m.id(), vp.id(), LocalDate.of(2023, 5, 15), "12/VP");
        assertTrue(s.missing(m.id()).isEmpty());
        assertEquals(LocalDate.of(2023, 5, 15), ctx.movements().milestones(movement).get(0).milestone().doneDate());
    }
}
