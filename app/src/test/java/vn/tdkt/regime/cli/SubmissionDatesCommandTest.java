package vn.tdkt.regime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.cli.Cli;
import vn.tdkt.dossier.domain.Holiday;
import vn.tdkt.regime.service.SubmissionDateExport;

/**
 * {@code tdkt submission-dates}: the shipped legal_time_limit rows (NĐ 98/2023 Điều 32, 33; TT 02/2023/TT-BNV) for an
 * achievement year, each moved off a day off (BLDS 2015 Điều 148 khoản 5), with the days from --date.
 */
class SubmissionDatesCommandTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--data", tmp.resolve("data").toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void tt02Nd98TheYearsDatesAsXlsxMovedOffTheSundayPastOnesNegative() throws IOException {
        Path xlsx = tmp.resolve("han-nop.xlsx");
        Run r = run("submission-dates", "--year", "2024", "--date", "01/07/2025", "--out", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Thành tích năm 2024: 3 hạn nộp về Trung ương; đến ngày 01/07/2025 đã qua 2 hạn. Đã ghi "),
                r.out());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(SubmissionDateExport.SHEET);
            List<String> header = new java.util.ArrayList<>();
            s.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(List.of("Mã", "Nội dung", "Hạn", "Số ngày", "Căn cứ"), header);
            assertEquals(3, s.getLastRowNum());
            Row stats = s.getRow(1);
            assertEquals("BAO_CAO_THONG_KE", stats.getCell(0).getStringCellValue());
            assertTrue(stats.getCell(1).getStringCellValue().startsWith("Báo cáo thống kê thi đua, khen thưởng"));
            // 15/12/2024 is a Sunday: the day that counts is Monday 16/12/2024, 197 days before 01/07/2025
            assertEquals(LocalDate.of(2024, 12, 16), stats.getCell(2).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(-197, (int) stats.getCell(3).getNumericCellValue());
            assertTrue(stats.getCell(4).getStringCellValue().startsWith("Thông tư 02/2023/TT-BNV"));
            Row flag = s.getRow(2);
            assertEquals("NOP_CO_TD_CP", flag.getCell(0).getStringCellValue());
            assertEquals(LocalDate.of(2025, 6, 30), flag.getCell(2).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(-1, (int) flag.getCell(3).getNumericCellValue());
            assertTrue(flag.getCell(4).getStringCellValue().startsWith("Nghị định 98/2023/NĐ-CP, Điều 32"));
            Row cstd = s.getRow(3);
            assertEquals("NOP_CSTD_TQ", cstd.getCell(0).getStringCellValue());
            assertEquals(LocalDate.of(2025, 12, 31), cstd.getCell(2).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(183, (int) cstd.getCell(3).getNumericCellValue());
        }
    }

    @Test
    void theCsvFollowsTheOfficesHolidaysAndCountsFromToday() throws IOException {
        try (AppContext ctx = AppContext.open(tmp.resolve("data"))) {
            // the office declares 30/06/2027 (Wednesday) a day off: the Cờ thi đua date of 2026 moves to Thursday 01/07
            ctx.dossierCalendar().saveHoliday(new Holiday(LocalDate.of(2027, 6, 30), false, "Nghỉ bù",
                    "Thông báo của Bộ Nội vụ (thử)"));
        }
        Path csv = tmp.resolve("han-nop.csv");
        Run r = run("submission-dates", "--year", "2026", "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("\uFEFFMã,Nội dung,Hạn,Số ngày,Căn cứ", lines.get(0));
        assertEquals(4, lines.size());
        LocalDate today = LocalDate.now();
        assertEquals("BAO_CAO_THONG_KE,\"Báo cáo thống kê thi đua, khen thưởng (biểu 0601.N, 0602.N, 0603.N) gửi Bộ Nội vụ\","
                + "15/12/2026," + ChronoUnit.DAYS.between(today, LocalDate.of(2026, 12, 15))
                + ",Thông tư 02/2023/TT-BNV (chế độ báo cáo thống kê ngành Nội vụ)", lines.get(1));
        assertTrue(lines.get(2).startsWith("NOP_CO_TD_CP,\"Hồ sơ đề nghị \"\"Cờ thi đua của Chính phủ\"\" gửi Bộ Nội vụ\","
                + "01/07/2027," + ChronoUnit.DAYS.between(today, LocalDate.of(2027, 7, 1)) + ","), lines.get(2));
        assertTrue(lines.get(3).startsWith("NOP_CSTD_TQ,"), lines.get(3));
        assertTrue(lines.get(3).contains(",31/12/2027,"), lines.get(3));
        // the rows' research notes ("[V2]", "[chưa kiểm chứng điều khoản]") stay off the clerk's file; the texts remain
        assertTrue(lines.stream().noneMatch(l -> l.contains("[") || l.contains("kiểm chứng")), String.join("\n", lines));
        assertTrue(lines.get(2).contains("Nghị định 98/2023/NĐ-CP, Điều 32 (ngành giáo dục: 31/12); Nghị định 152/2025/NĐ-CP"),
                lines.get(2));
    }

    @Test
    void aYearBeforeTheRulesGivesAnEmptyListNotARefusal() throws IOException {
        Path csv = tmp.resolve("2020.csv");
        Run r = run("submission-dates", "--year", "2020", "--date", "01/01/2021", "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Thành tích năm 2020: 0 hạn nộp"), r.out());
        assertEquals(List.of("\uFEFFMã,Nội dung,Hạn,Số ngày,Căn cứ"), Files.readAllLines(csv, StandardCharsets.UTF_8));
    }

    @Test
    void badYearDateAndFileAreRefusedTogetherWithExit2() {
        Path pdf = tmp.resolve("x.pdf");
        Run r = run("submission-dates", "--year", "20x4", "--date", "31/02/2025", "--out", pdf.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("Tham số --year: năm \"20x4\" không hợp lệ, hãy ghi năm bốn chữ số từ 1990 đến 2100"), r.err());
        assertTrue(r.err().contains("Tham số --date: ngày \"31/02/2025\" không hợp lệ"), r.err());
        assertTrue(r.err().contains("Tham số --out: tệp \"x.pdf\" phải có đuôi .xlsx, .csv"), r.err());
        assertFalse(Files.exists(pdf));
        Run range = run("submission-dates", "--year", "1890", "--out", tmp.resolve("y.csv").toString());
        assertEquals(2, range.code());
        assertTrue(range.err().contains("năm \"1890\" không hợp lệ"), range.err());
        assertFalse(Files.exists(tmp.resolve("y.csv")));
    }

    @Test
    void inEnglishTheRefusalAndTheReportAreEnglish() throws IOException {
        Run bad = run("--lang", "en", "submission-dates", "--year", "3000", "--out", tmp.resolve("z.csv").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("Option --year: the year \"3000\" is not valid; write a four-digit year from 1990 to 2100"),
                bad.err());
        Path csv = tmp.resolve("en.csv");
        Run ok = run("--lang", "en", "submission-dates", "--year", "2025", "--date", "16/12/2025", "--out", csv.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("Achievements of 2025: 3 submission dates to the central government; by 16/12/2025, 1 have"
                + " passed. Written to "), ok.out());
        // the file's headers are a contract: the same in English
        assertEquals("\uFEFFMã,Nội dung,Hạn,Số ngày,Căn cứ", Files.readAllLines(csv, StandardCharsets.UTF_8).get(0));
        Run help = run("--lang", "en", "submission-dates", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Achievement year (required)."), help.out());
    }
}
