package vn.tdkt.registration.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.common.domain.LegacyConverter;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.registration.domain.FileProblem;
import vn.tdkt.registration.domain.Registration;
import vn.tdkt.registration.domain.RegistrationStatus;
import vn.tdkt.registration.service.Fixture;

/**
 * "Nhập cả thư mục bản đăng ký…" without the toolkit, on real files through the real service: a folder of good sheets
 * written in one call with its summary (sheets, units, people), a folder with one bad file refused whole (every problem
 * with its file, sheet, row and column; the good files not written either), the TCVN3 / VNI cells of all the files in
 * one preview (declined: nothing; accepted: all written), two sheets of one unit refused, a cancel during the write
 * rolling the whole folder back, an empty folder.
 */
class FolderImportModelTest {

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

    private Optional<Registration> of(long unitId) {
        return f.ctx.registrations().find(unitId, 2026);
    }

    private Path folder(String name) throws Exception {
        return Files.createDirectory(dir.resolve(name));
    }

    @Test
    void aFolderOfGoodSheetsIsWrittenInOneCallAndSummarised() throws Exception {
        Path folder = folder("dot-1");
        UnitSheets.clean(f.ctx, folder.resolve("1-snv.xlsx"), "SNV", "Tập thể lao động tiên tiến",
                Map.of("CB01", "Lao động tiên tiến", "CB02", "Chiến sĩ thi đua cơ sở"));
        UnitSheets.clean(f.ctx, folder.resolve("2-syt.xlsx"), "SYT", null, Map.of("CB06", "Lao động tiên tiến"));
        Files.writeString(folder.resolve("ghi-chu.txt"), "không phải bản đăng ký");
        Files.writeString(folder.resolve("~$1-snv.xlsx"), "tệp khóa của Excel");

        model.importFolder(folder);
        assertEquals("", model.error.get());
        assertTrue(model.folderProblems.isEmpty());
        assertEquals("Đã nhập 2 bản đăng ký từ thư mục dot-1: 2 đơn vị, 9 dòng cán bộ, 3 người đăng ký danh hiệu.",
                model.message.get());
        assertEquals(2026, model.folderImported.get().lastYear());
        Registration snv = of(f.snv.id()).orElseThrow();
        assertEquals(RegistrationStatus.DA_GUI, snv.status());
        assertEquals("TTLDTT", snv.collectiveKind());
        assertEquals("1-snv.xlsx", snv.source());
        assertEquals(Map.of(f.id("CB06"), "LDTT"), of(f.syt.id()).orElseThrow().entries().stream()
                .collect(Collectors.toMap(e -> e.personId(), e -> e.kindCode())));
        assertEquals("Nhập từ tệp 2-syt.xlsx", f.ctx.registrations().log(f.syt.id(), 2026).get(0).reason());
        List<String> steps = tasks.messages();
        assertTrue(steps.contains("Đang nhập các bản đăng ký trong thư mục dot-1…"), steps.toString());
        assertTrue(steps.contains("Đang đọc và kiểm tra tệp 2-syt.xlsx (2/2)…"), steps.toString());
        assertTrue(steps.contains("Đang ghi bản đăng ký từ tệp 1-snv.xlsx (1/2)…"), steps.toString());
        assertTrue(!model.busy.get());

        SheetImportModel english = new SheetImportModel(f.ctx.registrationSheets(), new DirectTaskExecutor(),
                Messages.of("en"), "clerk");
        english.importFolder(folder);
        assertEquals("Imported 2 registration sheets from folder dot-1: 2 units, 9 staff rows, 3 people registered for a "
                + "title.", english.message.get());
    }

    @Test
    void oneBadFileRefusesTheWholeFolderWithEveryProblemLocated() throws Exception {
        model.importSheet(UnitSheets.clean(f.ctx, dir.resolve("truoc.xlsx"), "SNV", null, Map.of("CB01", "Lao động tiên tiến")));
        Registration before = of(f.snv.id()).orElseThrow();
        Path folder = folder("dot-2");
        UnitSheets.clean(f.ctx, folder.resolve("1-snv.xlsx"), "SNV", "Tập thể lao động tiên tiến",
                Map.of("CB01", "Chiến sĩ thi đua cơ sở", "CB02", "Lao động tiên tiến"));
        UnitSheets.broken(f.ctx, folder.resolve("2-syt-hong.xlsx"), "SYT", "CB06", "CB08");
        Files.writeString(folder.resolve("3-khong-phai-bang-tinh.xlsx"), "không phải bảng tính");

        model.importFolder(folder);
        assertEquals("Thư mục dot-2: 2 trong 3 tệp có lỗi (4 lỗi), không ghi tệp nào, dữ liệu không đổi.", model.message.get());
        assertEquals("Thư mục dot-2: 2 trong 3 tệp có lỗi (4 lỗi) nên không tệp nào được nhập; dữ liệu không đổi. Sửa các tệp "
                + "dưới đây (hoặc bỏ chúng khỏi thư mục) rồi nhập lại.", model.folderRefusal.get());
        List<FileProblem> p = List.copyOf(model.folderProblems);
        assertEquals(List.of("2-syt-hong.xlsx", "2-syt-hong.xlsx", "2-syt-hong.xlsx", "3-khong-phai-bang-tinh.xlsx"),
                p.stream().map(FileProblem::file).toList());
        assertEquals(List.of("Danh hiệu tập thể", "Danh hiệu đăng ký", "Mã cán bộ"),
                p.subList(0, 3).stream().map(x -> x.problem().column()).toList());
        assertEquals(4, p.get(0).problem().row());
        assertEquals("Đăng ký thi đua", p.get(0).problem().sheet());
        assertEquals(before, of(f.snv.id()).orElseThrow(), "the good file of the folder is not written either");
        assertTrue(of(f.syt.id()).isEmpty());
        assertTrue(model.conversions.cells().isEmpty());
        assertEquals("truoc.xlsx", model.imported.get().fileName(), "the page still shows the last sheet written");
        assertNull(model.folderImported.get());
    }

    @Test
    void theLegacyCellsOfAllTheFilesArePreviewedTogetherAndWrittenOnlyOnceAccepted() throws Exception {
        Path folder = folder("dot-3");
        UnitSheets.legacy(f.ctx, folder.resolve("snv-tcvn3.xlsx"), "SNV", "Tập thể lao động xuất sắc",
                "CB01", "Lao động tiên tiến", "CB02", "Chiến sĩ thi đua cơ sở");
        UnitSheets.legacy(f.ctx, folder.resolve("syt-tcvn3.xlsx"), "SYT", "Tập thể lao động tiên tiến",
                "CB06", "Lao động tiên tiến", "CB07", "Chiến sĩ thi đua cơ sở");

        model.importFolder(folder);
        List<LegacyConverter.Conversion> cells = List.copyOf(model.conversions.cells());
        assertTrue(of(f.snv.id()).isEmpty() && of(f.syt.id()).isEmpty(), "nothing written before the acceptance");
        // SNV: 3 titles + 7 members × (name, position); SYT: 3 titles + 2 members × 2
        assertEquals(17 + 7, cells.size(), cells.toString());
        assertEquals(Map.of("snv-tcvn3.xlsx", 17L, "syt-tcvn3.xlsx", 7L), cells.stream()
                .collect(Collectors.groupingBy(LegacyConverter.Conversion::file, Collectors.counting())));
        assertTrue(cells.stream().anyMatch(c -> c.file().equals("syt-tcvn3.xlsx") && c.column().equals("Họ và tên")
                && c.after().equals("Vũ Thị Giang")), cells.toString());

        model.conversions.decline();
        assertEquals("Chưa nhập thư mục dot-3: không chấp nhận chuyển mã, dữ liệu không đổi.", model.message.get());
        assertTrue(of(f.snv.id()).isEmpty() && of(f.syt.id()).isEmpty(), "declined: nothing written");

        model.importFolder(folder);
        model.conversions.accept();
        assertEquals("Đã nhập 2 bản đăng ký từ thư mục dot-3: 2 đơn vị, 9 dòng cán bộ, 4 người đăng ký danh hiệu. 24 ô đã "
                + "chuyển mã từ TCVN3/VNI sang Unicode.", model.message.get());
        assertEquals("TTLDXS", of(f.snv.id()).orElseThrow().collectiveKind());
        assertEquals(Map.of(f.id("CB06"), "LDTT", f.id("CB07"), "CSTDCS"), of(f.syt.id()).orElseThrow().entries().stream()
                .collect(Collectors.toMap(e -> e.personId(), e -> e.kindCode())));
    }

    @Test
    void twoSheetsOfOneUnitAreRefusedRatherThanOneSilentlyReplacingTheOther() throws Exception {
        Path folder = folder("dot-4");
        UnitSheets.clean(f.ctx, folder.resolve("snv.xlsx"), "SNV", null, Map.of("CB01", "Lao động tiên tiến"));
        UnitSheets.clean(f.ctx, folder.resolve("snv-sua.xlsx"), "SNV", null, Map.of("CB02", "Lao động tiên tiến"));
        model.importFolder(folder);
        List<FileProblem> p = List.copyOf(model.folderProblems);
        assertEquals(1, p.size(), p.toString());
        assertEquals("snv.xlsx", p.get(0).file(), "name order: snv-sua.xlsx is read first");
        assertEquals("Bản đăng ký năm 2026 của đơn vị SNV đã có trong tệp snv-sua.xlsx của cùng thư mục: để lại một tệp rồi "
                + "nhập lại.", p.get(0).problem().describe(java.util.Locale.forLanguageTag("vi")));
        assertTrue(of(f.snv.id()).isEmpty());
    }

    @Test
    void aCancelDuringTheWriteRollsTheWholeFolderBack() throws Exception {
        Path folder = folder("dot-5");
        UnitSheets.clean(f.ctx, folder.resolve("1-snv.xlsx"), "SNV", null, Map.of("CB01", "Lao động tiên tiến"));
        UnitSheets.clean(f.ctx, folder.resolve("2-syt.xlsx"), "SYT", null, Map.of("CB06", "Lao động tiên tiến"));
        SheetImportModel cancelling = new SheetImportModel(f.ctx.registrationSheets(), new SheetImportModelTest.CancelWhenWriting(),
                Messages.of("vi"), "văn thư");
        cancelling.importFolder(folder);
        assertEquals("Đã hủy nhập thư mục dot-5: dữ liệu không đổi.", cancelling.message.get());
        assertTrue(of(f.snv.id()).isEmpty(), "the first sheet was written inside the transaction, then rolled back");
        assertTrue(of(f.syt.id()).isEmpty());
        assertTrue(f.ctx.registrations().log(f.snv.id(), 2026).isEmpty());
        assertTrue(!cancelling.busy.get());
    }

    @Test
    void aFolderWithoutAnyWorkbookSaysSo() throws Exception {
        Path folder = folder("trong");
        Files.writeString(folder.resolve("doc-truoc.txt"), "");
        model.importFolder(folder);
        assertTrue(model.error.get().contains("Thư mục trong không có tệp .xlsx nào để nhập."), model.error.get());
        assertTrue(model.folderProblems.isEmpty());
    }

    /** The "on the start screen until it reaches 100 %": the card is there at 3/5 and gone once all are in. */
    @Test
    void theStartScreensCardGoesOnceEveryUnitAndPersonIsRegistered() throws Exception {
        Path first = folder("dot-6");
        UnitSheets.clean(f.ctx, first.resolve("snv.xlsx"), "SNV", "Tập thể lao động tiên tiến",
                Map.of("CB01", "Lao động tiên tiến", "CB02", "Lao động tiên tiến", "CB05", "Lao động tiên tiến"));
        model.importFolder(first);
        vn.tdkt.home.domain.RegistrationProgress card = f.ctx.home().registrations(2026);
        assertEquals(3, card.registered(), "SYT has not answered");
        assertEquals(5, card.members());
        Path second = folder("dot-7");
        UnitSheets.clean(f.ctx, second.resolve("syt.xlsx"), "SYT", "Tập thể lao động tiên tiến",
                Map.of("CB06", "Lao động tiên tiến", "CB07", "Chiến sĩ thi đua cơ sở"));
        model.importFolder(second);
        assertEquals("", model.error.get());
        assertNull(f.ctx.home().registrations(2026), "100 %: no card on Tổng quan");
    }
}
