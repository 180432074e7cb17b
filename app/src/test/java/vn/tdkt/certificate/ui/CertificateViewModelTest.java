package vn.tdkt.certificate.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.certificate.CertificateFixture;
import vn.tdkt.certificate.domain.CertField;
import vn.tdkt.certificate.domain.LayoutField;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;

/** The certificate screen's model without the toolkit: choose, edit field by field, save, calibrate, print. */
class CertificateViewModelTest {

    private CertificateFixture fx;
    private CertificateViewModel vm;
    private DirectTaskExecutor tasks;

    @BeforeEach
    void setUp() {
        System.setProperty("tdkt.certificate.font", "bundled");
        fx = new CertificateFixture();
        fx.bangKhen();
        tasks = new DirectTaskExecutor();
        vm = new CertificateViewModel(fx.ctx.certificates(), fx.ctx.decisionForms(), tasks, Messages.of("vi"));
        vm.load();
    }

    @AfterEach
    void tearDown() {
        fx.close();
        System.clearProperty("tdkt.certificate.font");
    }

    @Test
    void loadsTheDecisionsAndTheBlanksWithThePlainCertificateLast() {
        assertEquals("125/QĐ-UBND", vm.decision.get().decisionNo());
        assertEquals(4, vm.blanks.size());
        assertTrue(vm.blanks.get(3).plain());
        assertEquals("BK_TINH", vm.blank.get().code());
        assertEquals(9, vm.rows.size());
        assertEquals("420", vm.width.get());
        assertEquals("BK_TINH", vm.kinds.get());
    }

    @Test
    void everyBadNumberIsShownAtOnceOnItsFieldAndNothingIsSaved() {
        vm.rows.get(0).x.set("abc");
        vm.rows.get(1).size.set("99");
        vm.offsetX.set("x");
        vm.name.set("");
        vm.save();
        assertTrue(vm.hasProblem(vm.rows.get(0).field));
        assertTrue(vm.hasProblem(LayoutField.OFFSET));
        vm.offsetX.set("0");
        vm.rows.get(0).x.set("60");
        vm.save();
        assertTrue(vm.hasProblem(vm.rows.get(1).field), vm.problemText());
        assertTrue(vm.hasProblem(LayoutField.NAME), vm.problemText());
        assertTrue(vm.problemText().contains("Cỡ chữ phải từ 6 đến 72 pt."), vm.problemText());
        assertEquals(16.0, fx.ctx.certificates().blank("BK_TINH").box(vm.rows.get(1).field).orElseThrow().fontPt());
    }

    @Test
    void aFieldMovedInTheTableIsSavedAndPrinted(@TempDir Path dir) throws Exception {
        FieldRow recipient = vm.rows.stream().filter(r -> r.field == CertField.RECIPIENT).findFirst().orElseThrow();
        recipient.y.set("120,5");
        vm.offsetY.set("-1,5");
        vm.save();
        assertEquals("", vm.problemText());
        assertEquals(120.5, fx.ctx.certificates().blank("BK_TINH").box(CertField.RECIPIENT).orElseThrow().yMm());
        assertEquals(-1.5, fx.ctx.certificates().blank("BK_TINH").offsetYMm());
        assertEquals("Đã lưu bố cục phôi BK_TINH.", vm.status.get());
        vm.calibrate(dir.resolve("cc.pdf"));
        assertTrue(Files.size(dir.resolve("cc.pdf")) > 1000);
        assertEquals(dir.resolve("cc.pdf"), vm.written.get(), "the calibration sheet is offered to open or print");
        vm.print(dir.resolve("gk.pdf"));
        assertEquals(dir.resolve("gk.pdf"), vm.written.get(), "the certificates' PDF is offered to open or print");
        assertTrue(vm.status.get().startsWith("Đã in giấy khen theo Quyết định số 125/QĐ-UBND: 5 trang (0 trang trên khổ A4 trắng)"),
                vm.status.get());
        assertTrue(tasks.messages().contains("Đang in trang 5/5…"), tasks.messages().toString());
        vm.recognition(dir.resolve("qd.docx"));
        assertTrue(vm.problemText().contains("là hình thức khen thưởng"), vm.problemText());
        assertTrue(Files.notExists(dir.resolve("qd.docx")));
        assertEquals(dir.resolve("gk.pdf"), vm.written.get(), "a refused document is not offered");
    }

    @Test
    void thePlainCertificateIsNotSavedButCanBePrintedForEveryPage(@TempDir Path dir) {
        vm.blank.set(vm.blanks.get(3));
        vm.save();
        assertTrue(vm.problemText().contains("bố cục cố định"), vm.problemText());
        vm.forceBlank.set(true);
        vm.print(dir.resolve("a4.pdf"));
        assertTrue(vm.status.get().contains("5 trang (5 trang trên khổ A4 trắng)"), vm.status.get());
    }
}
