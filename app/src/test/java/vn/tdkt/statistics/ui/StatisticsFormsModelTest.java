package vn.tdkt.statistics.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.CancelledException;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.statistics.domain.StatisticsForm;

/** The "Biểu thống kê" dialog's model without the toolkit: every biểu 0601–0605, the file name, problems, cancel. */
class StatisticsFormsModelTest {

    @TempDir
    Path dir;

    @Test
    void everyFormIsWrittenToTheFileNamedAfterItAndTheYear() throws Exception {
        try (AppContext ctx = new AppContext(Database.inMemory())) {
            Unit snv = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ tỉnh Hưng Yên", null, null));
            ctx.org().saveUnit(new Unit(0, "TDKT", "Phòng Thi đua - Khen thưởng", snv.id(), null));
            DirectTaskExecutor tasks = new DirectTaskExecutor();
            StatisticsFormsModel vm = new StatisticsFormsModel(ctx.statistics()::write, tasks, Messages.of("vi"), dir, 2025);
            assertEquals(List.of(StatisticsForm.values()), vm.forms);
            assertEquals(11, vm.years.size(), "this year and the ten before");
            assertEquals(dir.resolve("bieu-0601N-2025.xlsx"), vm.file.get());
            List<Path> written = new ArrayList<>();
            vm.written.addListener((o, a, f) -> {
                if (f != null) {
                    written.add(f);
                }
            });
            for (StatisticsForm f : StatisticsForm.values()) {
                vm.form.set(f);
                vm.write();
                assertTrue(vm.problems.isEmpty(), vm.problemText());
                assertFalse(vm.busy.get());
                assertEquals(1.0, vm.progress.get());
                Path file = dir.resolve("bieu-" + f.number() + "N-2025.xlsx");
                assertEquals(file, vm.written.get());
                assertEquals("Đã ghi biểu " + f.number() + ".N năm 2025: " + file.toAbsolutePath(), vm.status.get());
                try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
                    assertTrue(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue().contains(f.number() + ".N"),
                            "the biểu chosen");
                }
            }
            assertEquals(5, written.size(), "each written file is offered to open (Mở tệp / Mở thư mục)");
            assertTrue(tasks.messages().contains("Đang thống kê biểu 0604.N năm 2025"), tasks.messages().toString());
            try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("bieu-0604N-2025.xlsx").toFile())) {
                assertEquals(1, (int) wb.getSheetAt(0).getRow(8).getCell(3).getNumericCellValue(), "the Phòng counted");
            }
        }
    }

    @Test
    void aChosenFileKeepsItsNameAndABadYearOrFileWritesNothing() {
        List<String> calls = new ArrayList<>();
        StatisticsFormsModel vm = new StatisticsFormsModel((f, y, file, p) -> {
            calls.add(f.number() + " " + y + " " + file.getFileName());
            return file;
        }, new DirectTaskExecutor(), Messages.of("vi"), dir, 2026);
        vm.year.set("2024");
        vm.form.set(StatisticsForm.F0605);
        assertEquals(dir.resolve("bieu-0605N-2024.xlsx"), vm.file.get(), "the name follows the biểu and the year");
        assertEquals("bieu-0605N-2024.xlsx", vm.suggestedName());
        vm.choose(dir.resolve("thong-ke.xlsx"));
        vm.form.set(StatisticsForm.F0602);
        assertEquals(dir.resolve("thong-ke.xlsx"), vm.file.get(), "a name the clerk chose stays");
        vm.year.set("năm ngoái");
        vm.write();
        assertEquals("Năm thống kê phải từ 1990 đến 2100.", vm.problemText());
        vm.year.set("2024");
        vm.choose(dir.resolve("thong-ke.pdf"));
        vm.write();
        assertEquals("Tệp ghi ra phải là tệp .xlsx.", vm.problemText());
        assertTrue(calls.isEmpty(), "nothing written on a problem");
        assertNull(vm.written.get());
        vm.choose(dir.resolve("thong-ke.xlsx"));
        vm.write();
        assertEquals(List.of("0602 2024 thong-ke.xlsx"), calls);
    }

    @Test
    void aCancelledFormSaysSoAndOffersNoFile() {
        StatisticsFormsModel vm = new StatisticsFormsModel((f, y, file, p) -> {
            throw new CancelledException();
        }, new DirectTaskExecutor(), Messages.of("en"), dir, 2025);
        vm.write();
        assertFalse(vm.busy.get());
        assertEquals("Cancelled; no file was written.", vm.status.get());
        assertNull(vm.written.get());
        assertTrue(Files.notExists(dir.resolve("bieu-0601N-2025.xlsx")));
    }
}
