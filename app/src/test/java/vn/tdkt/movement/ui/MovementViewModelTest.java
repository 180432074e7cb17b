package vn.tdkt.movement.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.home.domain.DueItem;
import vn.tdkt.home.domain.DueKind;
import vn.tdkt.home.ui.HomeViewModel;
import vn.tdkt.movement.domain.LaunchLevel;
import vn.tdkt.movement.domain.MovementField;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.domain.MovementScope;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.movement.domain.PlanPart;
import vn.tdkt.org.domain.Unit;

/** The movements screen's model and the start screen's model on a real database, without the JavaFX toolkit. */
class MovementViewModelTest {

    private AppContext ctx;
    private MovementViewModel vm;
    private Unit snv;

    @BeforeEach
    void open() {
        ctx = new AppContext(Database.inMemory());
        snv = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
        vm = new MovementViewModel(ctx.movements(), ctx.org(), ctx.catalogue(), ctx.movementDocuments(), ctx.movementReports(),
                ctx.movementLinks(), new DirectTaskExecutor(), Messages.of("vi"), "vanthu");
        vm.load(0);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private void fill(String code, String name) {
        vm.newMovement();
        vm.code.set(code);
        vm.name.set(name);
        vm.kind.set(MovementKind.CHUYEN_DE);
        vm.level.set(LaunchLevel.BO_TINH);
    }

    @Test
    void theScopeFollowsTheLevelUntilChosenAndEveryDateProblemIsShownAtOnce() {
        fill("KH90", "Tuyên truyền phong trào thi đua yêu nước");
        assertEquals(MovementScope.BO_NGANH_DIA_PHUONG, vm.scope.get());
        vm.scope.set(MovementScope.CUM_KHOI);
        vm.level.set(LaunchLevel.CO_QUAN);
        assertEquals(MovementScope.CUM_KHOI, vm.scope.get(), "a scope chosen by hand stays");
        vm.planDate.set("31/02/2021");
        vm.end.set("hôm qua");
        vm.save();
        assertEquals(List.of(MovementField.PLAN_DATE, MovementField.END), vm.problems.stream().map(Problem::field).toList());
        assertTrue(vm.problemText().contains("Ngày kế hoạch: \"31/02/2021\" không phải ngày dạng dd/MM/yyyy."), vm.problemText());
        assertTrue(vm.movements.isEmpty(), "nothing saved");
    }

    @Test
    void savesAPlanUnderItsParentMovesItAndAddsAMilestoneTheStartScreenShows() throws Exception {
        fill("KH90", "Tuyên truyền phong trào thi đua yêu nước, xây dựng điển hình tiên tiến giai đoạn 2021-2025");
        vm.planNo.set("90/KH-UBND");
        vm.planDate.set("11/06/2021");
        vm.save();
        assertEquals(List.of(), vm.problems);
        long parentId = vm.selected.get().id();

        fill("KH34", "Tuyên truyền phong trào thi đua yêu nước của Sở");
        vm.parent.set(vm.movements.stream().filter(m -> m.id() == parentId).findFirst().orElseThrow());
        vm.planNo.set("34/KH-SKHCN");
        vm.planDate.set("16/09/2021");
        vm.start.set("16/09/2021");
        vm.end.set("31/12/2025");
        vm.items.add(new MovementViewModel.ItemRow("Lựa chọn gương điển hình tiên tiến", snv));
        vm.participants.setAll(snv);
        vm.texts.get(PlanPart.PURPOSE).set("Đẩy mạnh phong trào thi đua yêu nước.");
        vm.save();
        assertEquals(List.of(), vm.problems);
        assertEquals("Đã lưu phong trào KH34.", vm.message.get());
        assertEquals(parentId, vm.parent.get().id());
        assertEquals(1, vm.items.size());
        assertEquals(snv.id(), vm.items.get(0).lead.get().id());

        vm.move(MovementStatus.PHAT_DONG, "16/09/2021", null);
        assertEquals(MovementStatus.PHAT_DONG, vm.status.get());
        assertEquals(List.of(MovementStatus.DANG_TRIEN_KHAI), vm.nextStatuses);
        vm.move(MovementStatus.TONG_KET, "17/09/2021", null);
        assertEquals(1, vm.problems.size(), "tổng kết is not the next step");

        java.nio.file.Path report = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
                "bao-cao-so-ket-KH34-" + System.nanoTime() + ".docx");
        vm.writeReport(vn.tdkt.movement.domain.MovementReport.Kind.SO_KET, LocalDate.of(2023, 6, 30), report);
        assertEquals("Đã ghi " + report, vm.message.get(), "the báo cáo of the movement shown, written from the page");
        assertTrue(java.nio.file.Files.size(report) > 0);
        java.nio.file.Files.delete(report);

        LocalDate today = LocalDate.now();
        vm.addMilestone("Gửi danh sách điển hình tiên tiến", vn.tdkt.common.domain.VnFormat.date(today.plusDays(2)), snv);
        assertEquals(1, vm.milestones.size());

        List<vn.tdkt.home.ui.HomeLink> opened = new java.util.ArrayList<>();
        HomeViewModel home = new HomeViewModel(ctx.home(), ctx.movementReports(), new DirectTaskExecutor(), Messages.of("vi"),
                () -> today,
                opened::add);
        home.load();
        DueItem item = home.due.stream().filter(d -> d.kind() == DueKind.MILESTONE).findFirst().orElseThrow();
        assertEquals("Gửi danh sách điển hình tiên tiến", item.title());
        assertTrue(item.detail().startsWith("KH34 — Sở Nội vụ"), item.detail());
        assertTrue(home.movements.get().contains("Phát động: 1"), home.movements.get());
        assertTrue(home.movements.get().contains("Dự thảo: 1"), home.movements.get());
        home.open(item);
        assertEquals(vm.selected.get().id(), ((vn.tdkt.home.ui.HomeLink.Due) opened.get(0)).item().targetId(),
                "the line opens its movement");

        vm.markDone(vm.milestones.get(0), "", "CV 12/SKHCN");
        assertEquals(List.of(MovementField.MILESTONE_DONE), vm.problems.stream().map(Problem::field).toList());
        vm.markDone(vm.milestones.get(0), vn.tdkt.common.domain.VnFormat.date(today), "CV 12/SKHCN");
        assertNotNull(vm.milestones.get(0).milestone().doneDate());
        home.load();
        assertTrue(home.due.stream().noneMatch(d -> d.kind() == DueKind.MILESTONE), "a done milestone leaves the list");
    }

    @Test
    void thePlanAndTheRemindersAreOfferedToOpenOrPrint(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        fill("KH91", "Thi đua thực hiện chuyển đổi số");
        vm.planNo.set("91/KH-UBND");
        vm.planDate.set("11/06/2021");
        vm.start.set("11/06/2021");
        vm.end.set("31/12/2030");
        vm.participants.setAll(snv);
        vm.save();
        assertEquals(List.of(), vm.problems);
        java.nio.file.Path plan = dir.resolve("ke-hoach-KH91.docx");
        vm.writePlan(plan);
        assertEquals(plan, vm.written.get(), "the Kế hoạch is offered: Mở tệp / Mở thư mục / In");
        assertTrue(java.nio.file.Files.size(plan) > 0);
        vm.writePlan(plan);
        assertEquals(plan, vm.written.get(), "written again, offered again");

        LocalDate today = LocalDate.now();
        vm.move(MovementStatus.PHAT_DONG, "11/06/2021", null);
        vm.addMilestone("Gửi báo cáo sơ kết", vn.tdkt.common.domain.VnFormat.date(today.minusDays(10)), snv);
        assertEquals(List.of(), vm.problems);
        HomeViewModel home = new HomeViewModel(ctx.home(), ctx.movementReports(), new DirectTaskExecutor(), Messages.of("vi"),
                () -> today, link -> { });
        home.load();
        DueItem late = home.due.stream().filter(home::canRemind).findFirst().orElseThrow();
        java.nio.file.Path reminder = dir.resolve("cong-van-don-doc.docx");
        home.writeReminder(late, reminder);
        assertEquals(reminder, home.written.get(), "the công văn đôn đốc is offered to open or print: " + home.error.get());
        assertTrue(java.nio.file.Files.size(reminder) > 0);
    }
}
