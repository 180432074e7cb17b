package vn.tdkt.exemplary.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.exemplary.Fixture;
import vn.tdkt.exemplary.domain.DelegateResult;
import vn.tdkt.exemplary.domain.ExemplaryField;
import vn.tdkt.exemplary.domain.ModelKind;
import vn.tdkt.exemplary.domain.Scope;
import vn.tdkt.exemplary.domain.Stage;
import vn.tdkt.exemplary.domain.StageChange;

/** The exemplary page and the delegate screen driven without the toolkit, on real services and H2. */
class ExemplaryViewModelTest {

    private AppContext ctx;
    private Fixture f;
    private ExemplaryViewModel vm;

    @BeforeEach
    void open() {
        ctx = new AppContext(Database.inMemory());
        f = new Fixture(ctx);
        vm = new ExemplaryViewModel(ctx.exemplary(), ctx.exemplaryRecords(), ctx.org(), new DirectTaskExecutor(),
                Messages.of("vi"), "vanthu");
        vm.load(0);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private void fillHoa() {
        vm.newModel();
        vm.code.set("DH01");
        vm.name.set("Nguyễn Thị Hoa");
        vm.kind.set(ModelKind.CA_NHAN);
        vm.personCode.set("cb001");
        vm.field.set("Giảm nghèo");
        vm.movement.set(vm.movements.stream().filter(m -> m.code().equals("KH90-08")).findFirst().orElseThrow());
        vm.proposer.set(f.hoiPn);
    }

    @Test
    void aNewModelIsSavedAndMovedThroughTheStages() {
        fillHoa();
        vm.save();
        assertEquals(List.of(), vm.problems);
        assertEquals(1, vm.models.size());
        assertEquals("DH01", vm.selected.get().model().code());
        assertEquals(f.hoa.id(), vm.selected.get().model().personId());
        assertEquals(Stage.PHAT_HIEN, vm.stage.get());
        assertEquals(Stage.BOI_DUONG, vm.target.get(), "the next stage is proposed");
        assertEquals(vn.tdkt.common.domain.VnFormat.date(ctx.exemplary().today()), vm.moveDate.get(), "today by default");
        vm.move();
        assertEquals(Stage.BOI_DUONG, vm.stage.get());
        assertEquals("Đã chuyển sang giai đoạn Bồi dưỡng.", vm.message.get());
        vm.target.set(Stage.PHAT_HIEN);
        vm.move();
        assertEquals(List.of(ExemplaryField.NOTE), vm.problems.stream().map(Problem::field).toList());
        vm.moveNote.set("Thẩm định lại");
        vm.move();
        assertEquals(Stage.PHAT_HIEN, vm.stage.get());
        assertEquals(List.of(Stage.PHAT_HIEN, Stage.BOI_DUONG, Stage.PHAT_HIEN), vm.stages.stream().map(StageChange::to).toList());
        vm.moveDate.set("31/02/2022");
        vm.move();
        assertTrue(vm.problemText().contains("31/02/2022"), vm.problemText());
    }

    @Test
    void recordsAreAddedOnTheModelsPage() {
        fillHoa();
        vm.save();
        vm.recYear.set("2023");
        vm.recNo.set("15/QĐ-UBND");
        vm.recDate.set("15/01/2024");
        vm.recognise();
        assertEquals(1, vm.recognitions.size());
        assertEquals("", vm.recYear.get(), "the fields are cleared");
        vm.recYear.set("hai");
        vm.recognise();
        assertEquals(List.of(ExemplaryField.YEAR), vm.problems.stream().map(Problem::field).toList());
        vm.mediaTitle.set("Người phụ nữ giúp 30 hộ thoát nghèo");
        vm.mediaDate.set("11/06/2023");
        vm.mediaLink.set("https://baohungyen.vn/a");
        vm.addMedia();
        vm.learner.set("Hội Phụ nữ xã Tân Hưng");
        vm.replicationDate.set("08/03/2024");
        vm.addReplication();
        vm.supportContent.set("Tập huấn kỹ thuật chăn nuôi");
        vm.supportDate.set("03/05/2022");
        vm.addSupport();
        assertEquals(List.of(), vm.problems);
        assertEquals(1, vm.media.size());
        assertEquals(1, vm.replications.size());
        assertEquals(1, vm.supports.size());
    }

    @Test
    void aPersonModelAsksTheReviewForItsNextTitle() {
        fillHoa();
        vm.save();
        vm.loadNextTitles();
        assertEquals(List.of(), vm.problems);
        assertTrue(!vm.nextTitles.isEmpty(), vm.nextTitleState.get());
        assertTrue(vm.nextTitles.get(0).text().vi().contains(": cần "), vm.nextTitles.get(0).text().vi());
        vm.newModel();
        assertEquals("Chỉ điển hình cá nhân có trong cơ sở dữ liệu mới có lộ trình danh hiệu.", vm.nextTitleState.get());
    }

    @Test
    void anUnknownPersonCodeIsRefusedOnItsField() {
        fillHoa();
        vm.personCode.set("KHONGCO");
        vm.save();
        assertEquals(List.of(ExemplaryField.PERSON), vm.problems.stream().map(Problem::field).toList());
        assertTrue(vm.models.isEmpty());
    }

    @Test
    void theDelegateScreenRanksAnAllocation() {
        Fixture.recognise(ctx, f.model(ctx, "DH01", "Nguyễn Thị Hoa", ModelKind.CA_NHAN, f.hoa.id(), null, null, f.ngheoXa,
                f.hoiPn.id()), 2021, 2022);
        Fixture.recognise(ctx, f.model(ctx, "DH02", "Hộ ông Đỗ Văn Tùng", ModelKind.HO_GIA_DINH, null, null, null, f.ngheo,
                f.snv.id()), 2022, 2023);
        Fixture.recognise(ctx, f.model(ctx, "DH03", "Trần Văn Nam", ModelKind.CA_NHAN, f.nam.id(), null, null, f.yte,
                f.syt.id()), 2021, 2022, 2023);
        DelegateViewModel d = new DelegateViewModel(ctx.delegates(), ctx.exemplary(), ctx.org(), new DirectTaskExecutor(),
                Messages.of("vi"));
        d.load();
        d.run();
        assertEquals(List.of(ExemplaryField.QUOTA), d.problems.stream().map(Problem::field).toList());
        d.quota.set("2");
        d.scope.set(Scope.Kind.MOVEMENT);
        d.run();
        assertEquals(List.of(ExemplaryField.MOVEMENT), d.problems.stream().map(Problem::field).toList());
        d.movement.set(d.movements.stream().filter(m -> m.code().equals("KH90")).findFirst().orElseThrow());
        d.run();
        assertEquals(List.of(), d.problems);
        assertEquals(List.of(DelegateResult.DUOC_CHON, DelegateResult.DONG_HANG, DelegateResult.DONG_HANG),
                d.lines.stream().map(l -> l.result()).toList());
        assertEquals("3 điển hình: 1 được chọn, 2 đồng hạng tại điểm cắt cho 1 chỗ còn lại.", d.summary.get());
        d.from.set("2023");
        d.run();
        assertEquals(List.of("DH02", "DH03", "DH01"), d.lines.stream().map(l -> l.candidate().code()).toList());
        assertEquals(DelegateResult.KHONG_DUOC_CHON, d.lines.get(2).result());
        d.to.set("2021");
        d.run();
        assertEquals(List.of(ExemplaryField.PERIOD), d.problems.stream().map(Problem::field).toList());
    }
}
