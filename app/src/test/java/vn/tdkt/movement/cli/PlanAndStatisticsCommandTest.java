package vn.tdkt.movement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.cli.Cli;
import vn.tdkt.movement.domain.LaunchLevel;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.movement.service.Statistics0601;

class PlanAndStatisticsCommandTest {

    @TempDir
    Path tmp;

    @BeforeEach
    void data() {
        try (AppContext ctx = AppContext.open(tmp.resolve("data"))) {
            MovementService s = ctx.movements();
            long id = s.save(MovementDetails.of(Movement.draft("HT-411", "Phát động đợt thi đua lập thành tích chào mừng kỷ "
                    + "niệm 190 năm thành lập tỉnh", MovementKind.THEO_DOT, LaunchLevel.CO_QUAN)
                    .withPlan("411/KH-SKHCN", LocalDate.of(2021, 3, 30))
                    .withPeriod(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 9, 30))), "u").movement().id();
            s.move(id, MovementStatus.PHAT_DONG, LocalDate.of(2021, 3, 30), null, "u");
        }
    }

    private int run(StringWriter err, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--data", tmp.resolve("data").toString()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
    }

    @Test
    void planWritesTheKeHoachOfTheMovement() throws IOException {
        Path out = tmp.resolve("kh.docx");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "plan", "--movement", "HT-411", "--out", out.toString()), err.toString());
        try (InputStream in = Files.newInputStream(out); XWPFDocument d = new XWPFDocument(in)) {
            assertEquals("Số: 411/KH-SKHCN", d.getTables().get(0).getRow(1).getCell(0).getText().strip());
            assertTrue(d.getParagraphs().stream().anyMatch(p -> p.getText().equals("KẾ HOẠCH")));
        }
        StringWriter bad = new StringWriter();
        assertEquals(1, run(bad, "plan", "--movement", "KHONG-CO", "--out", out.toString()));
        assertTrue(bad.toString().contains("Không có phong trào mã KHONG-CO."), bad.toString());
    }

    @Test
    void statisticsWritesBieu0601() throws IOException {
        Path out = tmp.resolve("0601.xlsx");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "statistics", "--form", "0601", "--year", "2021", "--out", out.toString()), err.toString());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(Statistics0601.SHEET);
            assertEquals("Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023", s.getRow(1).getCell(0).getStringCellValue());
            assertEquals("SỐ PHONG TRÀO THI ĐUA", s.getRow(2).getCell(0).getStringCellValue());
            assertTrue(s.getRow(4).getHeightInPoints() >= 3 * 13, "the header row holds the three-line column title");
            assertEquals("THỦ TRƯỞNG ĐƠN VỊ", s.getRow(s.getLastRowNum() - 1).getCell(2).getStringCellValue(),
                    "the signatures under the table");
            assertEquals("$A$1:$F$" + (s.getLastRowNum() + 1),
                    wb.getPrintArea(wb.getSheetIndex(s)).replaceAll(".*!", ""), "the print area is the biểu");
            assertEquals("01", s.getRow(6).getCell(1).getStringCellValue());
            assertEquals(1, (int) s.getRow(6).getCell(2).getNumericCellValue());
            assertEquals(1, (int) s.getRow(6).getCell(5).getNumericCellValue(), "launched by an agency");
            assertEquals("06", s.getRow(13).getCell(1).getStringCellValue());
            assertEquals(1, (int) s.getRow(13).getCell(2).getNumericCellValue(), "under a year");
        }
        StringWriter bad = new StringWriter();
        assertEquals(2, run(bad, "statistics", "--form", "0699", "--year", "20x1", "--out", out.toString()));
        assertTrue(bad.toString().contains("biểu \"0699\" chưa có") && bad.toString().contains("năm \"20x1\""), bad.toString());
    }
}
