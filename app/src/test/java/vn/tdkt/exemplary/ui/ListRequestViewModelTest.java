package vn.tdkt.exemplary.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.exemplary.domain.ListStatus;
import vn.tdkt.movement.domain.LaunchLevel;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.org.domain.Unit;

/** The tab Danh sách theo hạn driven without the toolkit (seed 002: the units' lists before 20/5/2023). */
class ListRequestViewModelTest {

    private AppContext ctx;
    private ListRequestViewModel vm;

    @BeforeEach
    void open() {
        ctx = new AppContext(Database.inMemory());
        Unit vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, null));
        Unit ttr = ctx.org().saveUnit(new Unit(0, "TTR", "Thanh tra Sở", null, null));
        Unit qlkh = ctx.org().saveUnit(new Unit(0, "QLKH", "Phòng Quản lý khoa học", null, null));
        Movement m = Movement.draft("KH41", "Bồi dưỡng, nhân rộng gương điển hình tiên tiến", MovementKind.CHUYEN_DE,
                LaunchLevel.CO_QUAN).withPlan("41/KH-SKHCN", LocalDate.of(2022, 4, 25));
        MovementDetails d = MovementDetails.of(m);
        ctx.movements().save(new MovementDetails(m, d.phases(), d.items(), List.of(vp.id(), ttr.id(), qlkh.id()),
                d.blocIds(), d.rewards(), d.texts()), "u");
        vm = new ListRequestViewModel(ctx.listRequests(), ctx.exemplary(), ctx.org(), new DirectTaskExecutor(),
                Messages.of("vi"));
        vm.load();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void listsAreAskedOfEveryParticipantAndWhoHasNotSentOneIsNamed() {
        vm.ask();
        assertEquals("Chưa chọn phong trào.", vm.problemText());
        vm.movement.set(vm.movements.stream().filter(m -> m.code().equals("KH41")).findFirst().orElseThrow());
        vm.content.set("Danh sách giới thiệu điển hình tiên tiến năm 2023");
        vm.due.set("20/5/2023x");
        vm.ask();
        assertTrue(vm.problemText().contains("20/5/2023x"), vm.problemText());
        assertTrue(vm.requests.isEmpty(), "nothing written");
        vm.due.set("20/05/2023");
        vm.ask();
        assertEquals("", vm.problemText());
        assertEquals(1, vm.requests.size());
        assertNotNull(vm.request.get(), "the new request is shown");
        assertNull(vm.request.get().unitName(), "asked of every participating unit");
        assertEquals(List.of("QLKH", "TTR", "VP"), vm.statuses.stream().map(ListStatus::unitCode).toList());
        assertEquals("Chưa gửi (3/3): Phòng Quản lý khoa học, Thanh tra Sở, Văn phòng Sở", vm.missing.get());

        vm.receive();
        assertEquals("Chưa chọn đơn vị trong bảng.", vm.problemText());
        vm.status.set(vm.statuses.get(2));
        vm.receivedOn.set("18/05/2023");
        vm.document.set("35/VP");
        vm.receive();
        assertEquals("Đã ghi nhận danh sách của Văn phòng Sở.", vm.message.get());
        assertEquals("Chưa gửi (2/3): Phòng Quản lý khoa học, Thanh tra Sở", vm.missing.get());
        assertEquals("Đã gửi", vm.state(vm.statuses.get(2), LocalDate.of(2023, 6, 1)));
        assertEquals("Quá hạn, chưa gửi", vm.state(vm.statuses.get(0), LocalDate.of(2023, 6, 1)));
        assertEquals("Chưa gửi", vm.state(vm.statuses.get(0), LocalDate.of(2023, 5, 10)));
        for (int i = 0; i < 2; i++) {
            vm.status.set(vm.statuses.get(i));
            vm.receivedOn.set("25/05/2023");
            vm.receive();
        }
        assertEquals("Mọi đơn vị đã gửi danh sách.", vm.missing.get());
        assertEquals("Gửi muộn", vm.state(vm.statuses.get(0), LocalDate.of(2023, 6, 1)));
        assertEquals(LocalDate.of(2023, 5, 25), vm.requests.get(0).milestone().doneDate(),
                "the milestone is done on the day the last list arrived");
    }

    @Test
    void aMilestoneOfThePlanIsFollowedAsAListRequest() {
        long id = vm.movements.isEmpty() ? -1 : vm.movements.get(0).id();
        ctx.movements().saveMilestone(new vn.tdkt.movement.domain.Milestone(0, id,
                "Gửi danh sách giới thiệu điển hình tiên tiến về Ban Thi đua - Khen thưởng", LocalDate.of(2023, 5, 20), null,
                null, null), null);
        vm.track();
        assertEquals("Chưa chọn mốc thời gian.", vm.problemText());
        vm.movement.set(vm.movements.get(0));
        assertTrue(vm.requests.isEmpty());
        assertEquals(1, vm.others.size(), "the plan's milestone, not yet followed");
        vm.other.set(vm.others.get(0));
        vm.track();
        assertEquals("", vm.problemText());
        assertEquals(1, vm.requests.size());
        assertTrue(vm.others.isEmpty());
        assertEquals("Chưa gửi (3/3): Phòng Quản lý khoa học, Thanh tra Sở, Văn phòng Sở", vm.missing.get());
    }
}
