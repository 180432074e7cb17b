package vn.tdkt.movement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.cli.Cli;
import vn.tdkt.movement.domain.LaunchLevel;
import vn.tdkt.movement.domain.Milestone;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.movement.service.DeadlineExport;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.org.domain.Unit;

class DeadlinesCommandTest {

    @TempDir
    Path tmp;

    @BeforeEach
    void data() {
        try (AppContext ctx = AppContext.open(tmp.resolve("data"))) {
            MovementService s = ctx.movements();
            Unit skhcn = ctx.org().saveUnit(new Unit(0, "SKHCN", "Sở Khoa học và Công nghệ", null, null));
            long id = s.save(MovementDetails.of(Movement.draft("KH34", "Tuyên truyền phong trào thi đua yêu nước, xây dựng "
                    + "điển hình tiên tiến, giai đoạn 2021-2025", MovementKind.CHUYEN_DE, LaunchLevel.CO_QUAN)
                    .withPlan("34/KH-SKHCN", LocalDate.of(2021, 9, 16))), "u").movement().id();
            s.move(id, MovementStatus.PHAT_DONG, LocalDate.of(2021, 9, 16), null, "u");
            s.saveMilestone(new Milestone(0, id, "Gửi danh sách điển hình tiên tiến, \"tiêu biểu\"", LocalDate.of(2023, 5, 20),
                    skhcn.id(), null, null), null);
            s.saveMilestone(new Milestone(0, id, "Báo cáo sơ kết", LocalDate.of(2023, 5, 10), null, null, null), null);
            s.saveMilestone(new Milestone(0, id, "Báo cáo tổng kết", LocalDate.of(2023, 6, 30), null, null, null), null);
        }
    }

    private int run(StringWriter out, StringWriter err, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--data", tmp.resolve("data").toString(), "deadlines"));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void writesTheOverdueAndTheDueSoonSortedByTheDayThatCounts() throws IOException {
        Path xlsx = tmp.resolve("han.xlsx");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, "--date", "15/05/2023", "--days", "7", "--out", xlsx.toString()), err.toString());
        assertTrue(out.toString().contains("1 quá hạn, 1 sắp đến hạn"), out.toString());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(DeadlineExport.SHEET);
            for (int i = 0; i < DeadlineExport.COLUMNS.size(); i++) {
                assertEquals(DeadlineExport.COLUMNS.get(i), s.getRow(0).getCell(i).getStringCellValue());
            }
            assertEquals(2, s.getLastRowNum());
            Row late = s.getRow(1);
            assertEquals("Báo cáo sơ kết", late.getCell(1).getStringCellValue());
            assertEquals("Quá hạn", late.getCell(4).getStringCellValue());
            assertEquals(-5, (int) late.getCell(5).getNumericCellValue());
            Row soon = s.getRow(2);
            // 20/05/2023 is a Saturday: the day that counts is Monday 22/05
            assertEquals(LocalDate.of(2023, 5, 22), soon.getCell(2).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("SKHCN", soon.getCell(3).getStringCellValue());
            assertEquals("Sắp đến hạn", soon.getCell(4).getStringCellValue());
            assertEquals(7, (int) soon.getCell(5).getNumericCellValue());
            assertEquals("Phong trào", soon.getCell(6).getStringCellValue());
        }
        Path csv = tmp.resolve("han.csv");
        assertEquals(0, run(new StringWriter(), err, "--date", "15/05/2023", "--out", csv.toString()));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("\uFEFFMã phong trào,Nội dung,Hạn,Mã đơn vị,Trạng thái,Số ngày,Loại", lines.get(0));
        assertEquals("KH34,Báo cáo sơ kết,10/05/2023,,Quá hạn,-5,Phong trào", lines.get(1));
        assertEquals("KH34,\"Gửi danh sách điển hình tiên tiến, \"\"tiêu biểu\"\"\",22/05/2023,SKHCN,Sắp đến hạn,7,Phong trào",
                lines.get(2));
        assertEquals(3, lines.size());
    }

    @Test
    void badOptionsAreRefusedTogetherWithExitCode2() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "--date", "31/02/2023", "--days", "-1", "--out", tmp.resolve("x.pdf").toString()));
        String e = err.toString();
        assertTrue(e.contains("Tham số --date: ngày \"31/02/2023\" không hợp lệ"), e);
        assertTrue(e.contains("Tham số --days: \"-1\" không hợp lệ"), e);
        assertTrue(e.contains("phải có đuôi .xlsx, .csv"), e);
    }

    /** The ministry's yearly dates (TT 02/2023/TT-BNV; NĐ 98/2023 Điều 32) beside the movements', Loại saying which. */
    @Test
    void tt02TheMinistrysDatesAreLinesOfTheirOwnKindWithinTheDaysBeforeAndAfter() throws IOException {
        Path csv = tmp.resolve("tw.csv");
        StringWriter out = new StringWriter();
        // 15/12/2024 is a Sunday: the statistics report counts on Monday 16/12/2024, 4 days after 12/12
        assertEquals(0, run(out, new StringWriter(), "--date", "12/12/2024", "--out", csv.toString()));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("\uFEFFMã phong trào,Nội dung,Hạn,Mã đơn vị,Trạng thái,Số ngày,Loại", lines.get(0));
        // the three 2023 milestones not done, still overdue, come first (by day), then the ministry's date
        assertEquals(5, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).startsWith("KH34,Báo cáo sơ kết,10/05/2023,,Quá hạn,"), lines.get(1));
        assertEquals(",\"Báo cáo thống kê thi đua, khen thưởng (biểu 0601.N, 0602.N, 0603.N) gửi Bộ Nội vụ\",16/12/2024,,"
                + "Sắp đến hạn,4,Hạn của Trung ương", lines.get(4));
        assertTrue(out.toString().contains("3 quá hạn, 1 sắp đến hạn"), out.toString());
        // 7 days after the day that counts it is still listed, overdue; 8 days after, no longer
        assertEquals(0, run(new StringWriter(), new StringWriter(), "--date", "23/12/2024", "--out", csv.toString()));
        assertEquals(",\"Báo cáo thống kê thi đua, khen thưởng (biểu 0601.N, 0602.N, 0603.N) gửi Bộ Nội vụ\",16/12/2024,,"
                + "Quá hạn,-7,Hạn của Trung ương", Files.readAllLines(csv, StandardCharsets.UTF_8).get(4));
        assertEquals(0, run(new StringWriter(), new StringWriter(), "--date", "24/12/2024", "--out", csv.toString()));
        List<String> after = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(after.stream().noneMatch(l -> l.contains("16/12/2024")), String.join("\n", after));
        // … while the Chiến sĩ thi đua toàn quốc date of the achievements of 2023, 31/12/2024, is now within the 7 days
        assertEquals(",\"Hồ sơ đề nghị \"\"Chiến sĩ thi đua toàn quốc\"\" gửi Bộ Nội vụ\",31/12/2024,,Sắp đến hạn,7,"
                + "Hạn của Trung ương", after.get(4));
        assertEquals(5, after.size());
        // --days widens both sides: 31/12/2024 (Chiến sĩ thi đua toàn quốc, achievements of 2023) within 20 days
        Path xlsx = tmp.resolve("tw.xlsx");
        assertEquals(0, run(new StringWriter(), new StringWriter(), "--date", "12/12/2024", "--days", "20", "--out",
                xlsx.toString()));
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(DeadlineExport.SHEET);
            assertEquals("Loại", s.getRow(0).getCell(6).getStringCellValue());
            Row stats = s.getRow(4);
            assertEquals("", stats.getCell(0).getStringCellValue());
            assertEquals(LocalDate.of(2024, 12, 16), stats.getCell(2).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Hạn của Trung ương", stats.getCell(6).getStringCellValue());
            Row cstd = s.getRow(5);
            assertEquals("Hồ sơ đề nghị \"Chiến sĩ thi đua toàn quốc\" gửi Bộ Nội vụ", cstd.getCell(1).getStringCellValue());
            assertEquals(LocalDate.of(2024, 12, 31), cstd.getCell(2).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(19, (int) cstd.getCell(5).getNumericCellValue());
            assertEquals("Sắp đến hạn", cstd.getCell(4).getStringCellValue());
            assertEquals(5, s.getLastRowNum());
        }
    }

    /**
     * A dossier complete (Đủ hồ sơ) on Friday 24/04/2026 is appraised within 20 ngày làm việc (THAM_DINH, QĐ 638/QĐ-BNV
     * 2025) from the next day, the holidays of 27/04, 30/04 and 01/05 not counted: Wednesday 27/05/2026, a line of Loại
     * "Hạn thẩm định" while it is not past the council (README decision 187).
     */
    @Test
    void anAppraisalTimeLimitIsALineOfItsOwnKind() throws IOException {
        vn.tdkt.common.data.Database db = vn.tdkt.common.data.Database.open(tmp.resolve("data"));
        try (AppContext ctx = new AppContext(db)) { // closes the store
            Unit so = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
            long id = ctx.dossiers().save(vn.tdkt.dossier.domain.Dossier.draft("CSTDCS", "GIAM_DOC_SO", 2025, null, so.id(),
                    vn.tdkt.dossier.domain.Procedure.THUONG, null, null).withCode("HS-01"), "u").id();
            db.dsl().connection(c -> {
                try (var ps = c.prepareStatement("INSERT INTO dossier_log (dossier_id, from_status, to_status, changed_by, "
                        + "changed_at) VALUES (?, 'DU_THAO', 'DU_HO_SO', 'u', TIMESTAMP '2026-04-24 16:30:00')")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
                try (var ps = c.prepareStatement("UPDATE dossier SET status = 'DU_HO_SO' WHERE id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
            });
        }
        Path csv = tmp.resolve("td.csv");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, "--date", "22/05/2026", "--out", csv.toString()), err.toString());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("\uFEFFMã phong trào,Nội dung,Hạn,Mã đơn vị,Trạng thái,Số ngày,Loại", lines.get(0));
        assertTrue(lines.contains(",HS-01 — Chiến sĩ thi đua cơ sở,27/05/2026,,Sắp đến hạn,5,Hạn thẩm định"),
                String.join("\n", lines));
        // 5 days after its day it is still listed, overdue
        assertEquals(0, run(new StringWriter(), err, "--date", "01/06/2026", "--out", csv.toString()), err.toString());
        assertTrue(Files.readAllLines(csv, StandardCharsets.UTF_8)
                .contains(",HS-01 — Chiến sĩ thi đua cơ sở,27/05/2026,,Quá hạn,-5,Hạn thẩm định"));
        // ten days before its day, beyond the 7 days, not yet
        assertEquals(0, run(new StringWriter(), err, "--date", "15/05/2026", "--out", csv.toString()), err.toString());
        assertTrue(Files.readAllLines(csv, StandardCharsets.UTF_8).stream().noneMatch(l -> l.contains("HS-01")));
    }
}
