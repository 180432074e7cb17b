package vn.tdkt.registration.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.common.domain.LegacyConverter;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskExecutor;
import vn.tdkt.registration.domain.Registration;
import vn.tdkt.registration.domain.RegistrationStatus;
import vn.tdkt.registration.domain.SheetImport;
import vn.tdkt.registration.service.Fixture;

/**
 * "Nhập bản đăng ký của đơn vị…" without the toolkit, on real files: a clean sheet written with its summary, a sheet
 * typed in TCVN3 / VNI waiting for the clerk (declined: nothing written; accepted: written), a broken sheet refused
 * with every problem located and the data unchanged, a cancel in the middle of the write rolled back.
 */
class SheetImportModelTest {

    @TempDir
    Path dir;
    private Fixture f;
    private DirectTaskExecutor tasks;
    private SheetImportModel model;

    @BeforeEach
    void open() {
        f = new Fixture();
        tasks = new DirectTaskExecutor();
        model = new SheetImportModel(f.ctx.registrationSheets(), tasks, Messages.of("vi"), "văn thư");
    }

    @AfterEach
    void close() {
        f.ctx.close();
    }

    private Optional<Registration> snv() {
        return f.ctx.registrations().find(f.snv.id(), 2026);
    }

    @Test
    void aCleanSheetIsWrittenInOneCallAndSummarised() throws Exception {
        Path file = UnitSheets.clean(f.ctx, dir.resolve("snv.xlsx"), "SNV", "Tập thể lao động tiên tiến",
                Map.of("CB01", "Lao động tiên tiến", "CB02", "Chiến sĩ thi đua cơ sở"));
        model.importSheet(file);
        assertEquals("", model.error.get());
        assertTrue(model.problems.isEmpty());
        assertEquals("Đã nhập bản đăng ký năm 2026 của đơn vị SNV — Sở Nội vụ từ tệp snv.xlsx: 7 dòng cán bộ, 2 người đăng "
                + "ký danh hiệu; danh hiệu tập thể \"Tập thể lao động tiên tiến\".", model.message.get());
        SheetImport done = model.imported.get();
        assertEquals(f.snv.id(), done.unitId());
        assertEquals(2026, done.year());
        Registration r = snv().orElseThrow();
        assertEquals(RegistrationStatus.DA_GUI, r.status());
        assertEquals("TTLDTT", r.collectiveKind());
        assertEquals(2, r.entries().size());
        assertEquals("snv.xlsx", r.source());
        assertTrue(tasks.messages().contains("Đang đọc và kiểm tra tệp snv.xlsx…"), tasks.messages().toString());
        assertTrue(tasks.messages().contains("Đang ghi bản đăng ký từ tệp snv.xlsx…"), tasks.messages().toString());
        assertTrue(!model.busy.get());
    }

    @Test
    void legacyEncodedCellsWaitForTheClerkAndAreWrittenOnlyOnceAccepted() throws Exception {
        Path file = UnitSheets.legacy(f.ctx, dir.resolve("snv-tcvn3.xlsx"), "SNV", "Tập thể lao động xuất sắc",
                "CB01", "Lao động tiên tiến", "CB02", "Chiến sĩ thi đua cơ sở");
        model.importSheet(file);
        List<LegacyConverter.Conversion> cells = List.copyOf(model.conversions.cells());
        assertTrue(snv().isEmpty(), "nothing written before the acceptance");
        assertTrue(model.problems.isEmpty(), model.problemLines().toString());
        // the collective title, the two titles, and every member's name and position (7 members, 2 cells each)
        assertEquals(3 + 14, cells.size(), cells.toString());
        LegacyConverter.Conversion name = cells.stream().filter(c -> c.column().equals("Họ và tên")).findFirst().orElseThrow();
        assertEquals("Đăng ký thi đua", name.sheet());
        assertEquals(7, name.row());
        assertEquals("Nguyễn Văn An", name.after());
        assertEquals(vn.tdkt.common.domain.LegacyEncoding.TCVN3.encode("Nguyễn Văn An"), name.before());
        assertTrue(cells.stream().anyMatch(c -> c.column().equals("Danh hiệu đăng ký")
                && c.encoding() == vn.tdkt.common.domain.LegacyEncoding.VNI && c.after().equals("Chiến sĩ thi đua cơ sở")));

        model.conversions.decline();
        assertEquals("Chưa nhập tệp snv-tcvn3.xlsx: không chấp nhận chuyển mã, dữ liệu không đổi.", model.message.get());
        assertTrue(snv().isEmpty(), "declined: nothing written");
        assertNull(model.imported.get());

        model.importSheet(file);
        model.conversions.accept();
        assertTrue(model.conversions.cells().isEmpty());
        assertTrue(model.message.get().startsWith("Đã nhập bản đăng ký năm 2026 của đơn vị SNV"), model.message.get());
        assertTrue(model.message.get().endsWith("17 ô đã chuyển mã từ TCVN3/VNI sang Unicode."), model.message.get());
        Registration r = snv().orElseThrow();
        assertEquals("TTLDXS", r.collectiveKind());
        assertEquals(Map.of(f.id("CB01"), "LDTT", f.id("CB02"), "CSTDCS"), r.entries().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.personId(), e -> e.kindCode())));
    }

    @Test
    void aBrokenSheetIsRefusedWithEveryProblemLocatedAndTheDataUnchanged() throws Exception {
        model.importSheet(UnitSheets.clean(f.ctx, dir.resolve("truoc.xlsx"), "SNV", null, Map.of("CB01", "Lao động tiên tiến")));
        Registration before = snv().orElseThrow();
        model.importSheet(UnitSheets.broken(f.ctx, dir.resolve("snv-hong.xlsx"), "SNV", "CB02", "CB08"));
        assertEquals("snv-hong.xlsx", model.refusedFile.get());
        assertEquals("Tệp snv-hong.xlsx bị từ chối (3 lỗi): không ghi gì, dữ liệu không đổi.", model.message.get());
        List<Problem> p = List.copyOf(model.problems);
        assertEquals(3, p.size(), model.problemLines().toString());
        assertEquals(List.of("Đăng ký thi đua"), p.stream().map(Problem::sheet).distinct().toList());
        assertEquals(List.of("Danh hiệu tập thể", "Danh hiệu đăng ký", "Mã cán bộ"), p.stream().map(Problem::column).toList());
        assertEquals(4, p.get(0).row());
        String lines = String.join("\n", model.problemLines());
        assertTrue(lines.contains("Sheet 'Đăng ký thi đua', dòng 4, cột 'Danh hiệu tập thể': \"Lao động tiên tiến\" là danh "
                + "hiệu cá nhân"), lines);
        assertTrue(lines.contains("Không có danh hiệu thi đua \"Danh hiệu không có\""), lines);
        assertTrue(lines.contains("cột 'Mã cán bộ': Không có cán bộ mã \"CB08\" làm việc trong năm 2026"), lines);
        assertEquals(before, snv().orElseThrow(), "the refused sheet changed nothing");
        assertEquals("truoc.xlsx", model.imported.get().fileName(), "the page still shows the last sheet written");
    }

    @Test
    void aCancelDuringTheWriteRollsItBack() throws Exception {
        Path file = UnitSheets.clean(f.ctx, dir.resolve("snv.xlsx"), "SNV", null, Map.of("CB01", "Lao động tiên tiến"));
        SheetImportModel cancelling = new SheetImportModel(f.ctx.registrationSheets(), new CancelWhenWriting(),
                Messages.of("vi"), "văn thư");
        cancelling.importSheet(file);
        assertEquals("Đã hủy nhập tệp snv.xlsx: dữ liệu không đổi.", cancelling.message.get());
        assertTrue(snv().isEmpty(), "cancelled inside the transaction: rolled back");
        assertTrue(f.ctx.registrations().log(f.snv.id(), 2026).isEmpty());
        assertTrue(!cancelling.busy.get());
    }

    @Test
    void theUnitsBlankSheetIsWrittenForTheChosenYearAndAUnitIsAskedFirst() throws Exception {
        Path none = dir.resolve("none.xlsx");
        model.writeTemplate(null, 2026, none);
        assertEquals("Chọn một đơn vị trong bảng tiến độ.", model.error.get());
        assertTrue(!java.nio.file.Files.exists(none), "nothing written without a unit");

        Path file = dir.resolve("dang-ky-thi-dua-SNV-2026.xlsx");
        model.writeTemplate(f.snv, 2026, file);
        assertEquals("", model.error.get());
        assertEquals("Đã ghi mẫu đăng ký năm 2026 của đơn vị SNV: " + file, model.message.get());
        assertEquals(file, model.written.get(), "offered to open or print");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                org.apache.poi.openxml4j.opc.OPCPackage.open(file.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ))) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheet("Đăng ký thi đua");
            assertTrue(sheet != null, "the contract's sheet");
            assertEquals("SNV", rightOf(sheet, "Mã đơn vị"));
            assertEquals("2026", rightOf(sheet, "Năm"));
        }
        // what the unit sends back unchanged imports: the sheet round-trips through the page's import
        model.importSheet(file);
        assertTrue(model.problems.isEmpty(), () -> String.join("; ", model.problemLines()));
        assertEquals(f.snv.id(), model.imported.get().unitId());
    }

    private static String rightOf(org.apache.poi.ss.usermodel.Sheet sheet, String label) {
        org.apache.poi.ss.usermodel.DataFormatter fmt = new org.apache.poi.ss.usermodel.DataFormatter();
        for (org.apache.poi.ss.usermodel.Row r : sheet) {
            for (org.apache.poi.ss.usermodel.Cell c : r) {
                if (label.equals(fmt.formatCellValue(c).trim())) {
                    return fmt.formatCellValue(r.getCell(c.getColumnIndex() + 1)).trim();
                }
            }
        }
        return null;
    }

    /** Runs on the calling thread and answers "cancelled" once the service says it is writing. */
    static final class CancelWhenWriting implements TaskExecutor {
        @Override
        public <T> Running run(String title, Function<Progress, T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            boolean[] writing = {false};
            ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
            try {
                onSuccess.accept(work.apply(new Progress() {
                    @Override
                    public void update(String message, long done, long total) {
                        writing[0] |= message != null && message.startsWith("Đang ghi");
                    }

                    @Override
                    public boolean isCancelled() {
                        return writing[0];
                    }
                }));
            } catch (RuntimeException e) {
                onFailure.accept(e);
            }
            return new Running() {
                @Override
                public boolean cancel() {
                    return false;
                }

                @Override
                public ReadOnlyDoubleProperty progressProperty() {
                    return progress.getReadOnlyProperty();
                }
            };
        }
    }
}
