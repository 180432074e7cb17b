package vn.tdkt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.common.data.jooq.Tables.PERSON;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.common.data.Database;
import vn.tdkt.workbook.TestWorkbooks;

class CliTest {

    @TempDir
    Path tmp;

    /** Exit code, stdout and stderr of one run. */
    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private String data() {
        return tmp.resolve("data").toString();
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Cách dùng: tdkt"), help.out());
        for (String c : List.of("template", "import", "export", "backup", "restore", "--data")) {
            assertTrue(help.out().contains(c), c);
        }
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("TĐKT "), version.out());
        Run bad = run("khong-co-lenh");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("Tham số không hợp lệ"), bad.err());
    }

    @Test
    void tallyTemplateThenTallyThroughTheMainCommandLine() throws IOException {
        Path tally = tmp.resolve("kiem-phieu.xlsx");
        assertEquals(0, run("template", "--tally", tally.toString()).code());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(tally))) {
            Sheet s = wb.getSheet("Kiểm phiếu");
            assertEquals("Tổng số thành viên Hội đồng", s.getRow(0).getCell(0).getStringCellValue());
            s.getRow(0).createCell(1).setCellValue(15);
            s.getRow(1).createCell(1).setCellValue(15);
            s.getRow(2).createCell(1).setCellValue(15);
            s.getRow(3).createCell(1).setCellValue(15);
            s.getRow(4).createCell(1).setCellValue(15);
            Row r = s.createRow(7);
            r.createCell(0).setCellValue(1);
            r.createCell(1).setCellValue("CB001");
            r.createCell(2).setCellValue("Nguyễn Văn An");
            r.createCell(3).setCellValue("Chiến sĩ thi đua cơ sở");
            r.createCell(5).setCellValue(12);
            try (OutputStream o = Files.newOutputStream(tally)) {
                wb.write(o);
            }
        }
        Path result = tmp.resolve("ket-qua.xlsx");
        Run tallied = run("tally", tally.toString(), "--out", result.toString());
        assertEquals(0, tallied.code(), tallied.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(result))) {
            Row r = wb.getSheet("Kiểm phiếu").getRow(7);
            assertEquals(80.0, r.getCell(6).getNumericCellValue(), 1e-9);
            assertEquals("Đạt", r.getCell(7).getStringCellValue());
        }
        assertTrue(Files.notExists(tmp.resolve("data")), "tally needs no data folder");
        assertEquals(2, run("--data", data(), "export", "--tally", tmp.resolve("x.xlsx").toString()).code(),
                "--tally belongs to template only");
    }

    @Test
    void templateFilledImportedAndExported() throws IOException {
        Path template = tmp.resolve("mau.xlsx");
        Run t = run("--data", data(), "template", template.toString());
        assertEquals(0, t.code(), t.err());
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet units = wb.getSheet("Đơn vị");
            Row u = units.createRow(1);
            u.createCell(0).setCellValue("SO");
            u.createCell(1).setCellValue("Sở Thử nghiệm");
            Sheet people = wb.getSheet("Cán bộ");
            Row p = people.createRow(1);
            p.createCell(0).setCellValue("CB1");
            p.createCell(1).setCellValue("Đinh Thị Hoa");
            p.createCell(2).setCellValue("Nữ");
            p.createCell(4).setCellValue(TestWorkbooks.pid("001", true, 1990, 5));
            p.createCell(6).setCellValue("SO");
            p.createCell(7).setCellValue("02/01/2020");
            try (OutputStream out = Files.newOutputStream(template)) {
                wb.write(out);
            }
        }
        Run imp = run("--data", data(), "import", template.toString());
        assertEquals(0, imp.code(), imp.err());
        assertTrue(imp.out().contains("Cán bộ: 1 thêm mới, 0 cập nhật"), imp.out());
        assertTrue(imp.err().contains("Đang ghi dữ liệu"), imp.err());
        Path export = tmp.resolve("xuat.xlsx");
        Run exp = run("--data", data(), "export", export.toString());
        assertEquals(0, exp.code(), exp.err());
        assertEquals(List.of("STRING:CB1", "STRING:Đinh Thị Hoa", "STRING:Nữ", "", "STRING:001190000005", "",
                "STRING:SO", "NUMERIC:02/01/2020"), TestWorkbooks.cells(export).get("Cán bộ").get(1));
        Run again = run("--data", data(), "import", export.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("Cán bộ: 0 thêm mới, 0 cập nhật, 1 không đổi"), again.out());
    }

    @Test
    void invalidFileGivesEveryLocatedProblemAndExitTwo() throws Exception {
        Path bad = Path.of(CliTest.class.getResource("/workbook/bad/bad-dates.xlsx").toURI());
        Run r = run("--data", data(), "import", bad.toString());
        assertEquals(2, r.code());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.contains("Sheet 'Cán bộ', dòng 2, cột 'Ngày sinh': '31/02/1980' không phải ngày hợp lệ; "
                + "hãy nhập ngày Excel hoặc chữ dạng dd/MM/yyyy (ví dụ 05/09/2024)"), r.err());
        assertEquals(6, lines.size(), r.err());
        assertEquals("Có 5 lỗi; không ghi dữ liệu nào.", lines.get(5));
        Run missing = run("--data", data(), "import", tmp.resolve("khong-co.xlsx").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("Không tìm thấy tệp"), missing.err());
    }

    /** The lock of the data folder's H2 file (not run on PostgreSQL). */
    @Test
    @Tag("h2-file")
    void folderInUseIsExitOne() throws IOException {
        Path file = TestWorkbooks.base().write(tmp.resolve("base.xlsx"));
        try (Database open = Database.open(Path.of(data()))) {
            Run r = run("--data", data(), "import", file.toString());
            assertEquals(1, r.code());
            assertTrue(r.err().contains("đang được một cửa sổ hoặc lệnh TĐKT khác sử dụng"), r.err());
            assertEquals(0, open.dsl().fetchCount(PERSON));
        }
    }

    /** The backup and restore of the data folder's H2 file (not run on PostgreSQL). */
    @Test
    @Tag("h2-file")
    void backupAndRestore() throws IOException {
        Path base = TestWorkbooks.base().write(tmp.resolve("base.xlsx"));
        assertEquals(0, run("--data", data(), "import", base.toString()).code());
        Path zip = tmp.resolve("saoluu.zip");
        Run b = run("--data", data(), "backup", zip.toString());
        assertEquals(0, b.code(), b.err());
        Path more = TestWorkbooks.base().add("Cán bộ", "CB009", "Mai Văn Tư", "Nam", LocalDate.of(1970, 1, 1), null,
                null, "VP", null, null).write(tmp.resolve("more.xlsx"));
        assertEquals(0, run("--data", data(), "import", more.toString()).code());
        Run r = run("--data", data(), "restore", zip.toString());
        assertEquals(0, r.code(), r.err());
        try (Database db = Database.open(Path.of(data()))) {
            assertEquals(4, db.dsl().fetchCount(PERSON));
        }
        Run notBackup = run("--data", data(), "restore", base.toString());
        assertEquals(1, notBackup.code());
        assertTrue(notBackup.err().contains("không phải tệp sao lưu TĐKT"), notBackup.err());
    }
}
