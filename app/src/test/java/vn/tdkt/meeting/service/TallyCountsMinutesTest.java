package vn.tdkt.meeting.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.council.domain.TallyOutcome;
import vn.tdkt.council.domain.TallyResult;
import vn.tdkt.council.service.TallyWorkbook;

/**
 * The counts the new tally template asks (#13), from the meeting's workbook to the Biên bản kiểm phiếu: Số phiếu không
 * hợp lệ checked, Số phiếu không đồng ý of each candidate recorded and printed as written.
 */
class TallyCountsMinutesTest {

    /** Per candidate code: votes in favour, votes against (the rest of the 14 valid ballots left blank). */
    private static final Map<String, int[]> VOTES = Map.of("CB001", new int[] {14, 0}, "CB002", new int[] {12, 1},
            "CB003", new int[] {13, 0}, "CB004", new int[] {12, 1}, "CB005", new int[] {10, 3}, "THPT-HY", new int[] {13, 1});

    /** Fills the meeting's workbook: 15, 14, 14, 14, 14 valid, {@code invalid} invalid, the votes of {@link #VOTES}. */
    static void fill(Path file, int invalid, String overValidCode) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(TallyWorkbook.SHEET);
            int[] counts = {15, 14, 14, 14, 14};
            for (int i = 0; i < counts.length; i++) {
                s.getRow(i).getCell(1).setCellValue(counts[i]);
            }
            assertEquals("Số phiếu không hợp lệ", s.getRow(5).getCell(0).getStringCellValue());
            s.getRow(5).getCell(1).setCellValue(invalid);
            assertEquals("Số phiếu không đồng ý", s.getRow(6).getCell(6).getStringCellValue());
            for (int r = 7; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                String code = row.getCell(1).getStringCellValue();
                int[] v = VOTES.get(code);
                row.getCell(5).setCellValue(v[0]);
                row.getCell(6).setCellValue(code.equals(overValidCode) ? 15 - v[0] : v[1]);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    @Test
    void theVotesAgainstTheBoardWroteReachTheBienBanKiemPhieu(@TempDir Path dir) throws Exception {
        try (MeetingFixture f = new MeetingFixture()) {
            Path book = dir.resolve("kiem-phieu.xlsx");
            f.council.ballots().writeTallyWorkbook(f.meeting.id(), book);
            fill(book, 0, null);
            List<TallyResult> results = f.council.ballots().importTallyWorkbook(f.meeting.id(), book, false);
            assertEquals(3, results.size());
            // stored with the round: read back, the same
            assertEquals(results, f.council.ballots().results(f.meeting.id()));
            TallyResult cstdcs = results.stream().filter(r -> r.titleCode().equals("CSTDCS")).findFirst().orElseThrow();
            assertEquals(List.of(0, 1, 3), cstdcs.outcomes().stream().map(TallyOutcome::against).toList());

            Path pack = dir.resolve("pack");
            f.pack.writePack(f.meeting.id(), pack, Progress.NONE);
            try (XWPFDocument doc = Docx.open(pack.resolve("04-02-bien-ban-kiem-phieu-cstdcs.docx"))) {
                XWPFTable t = doc.getTables().get(1);
                assertEquals("Số phiếu không đồng ý", Docx.row(t, 0).get(5));
                // as written (0, 1, 3), not the other valid ballots (1, 2, 4): a blank ballot is no vote against
                assertEquals(List.of("1", "Lê Văn Cường", "13", "0", "Đạt"), pick(Docx.row(t, 1)));
                assertEquals(List.of("2", "Phạm Thị Dung", "12", "1", "Đạt"), pick(Docx.row(t, 2)));
                assertEquals(List.of("3", "Hoàng Văn Giang", "10", "3", "Không đạt"), pick(Docx.row(t, 3)));
                assertTrue(Docx.paragraphs(doc).contains(
                        "- Số phiếu phát ra: 14; số phiếu thu về: 14; số phiếu hợp lệ: 14; số phiếu không hợp lệ: 0;"));
            }
        }
    }

    @Test
    void countsThatDoNotAddUpAreRefusedAndNothingIsRecorded(@TempDir Path dir) throws Exception {
        try (MeetingFixture f = new MeetingFixture()) {
            Path book = dir.resolve("kiem-phieu.xlsx");
            f.council.ballots().writeTallyWorkbook(f.meeting.id(), book);
            fill(book, 1, "CB004");
            ValidationException e = assertThrows(ValidationException.class,
                    () -> f.council.ballots().importTallyWorkbook(f.meeting.id(), book, false));
            assertEquals(List.of("Sheet 'Kiểm phiếu', dòng 6, cột 'Số phiếu không hợp lệ': số phiếu hợp lệ (14) cộng số phiếu "
                            + "không hợp lệ (1) phải bằng số phiếu thu về (14)",
                    "Sheet 'Kiểm phiếu', dòng 11, cột 'Số phiếu không đồng ý': số phiếu đồng ý (12) cộng số phiếu không đồng ý (3) "
                            + "nhiều hơn số phiếu hợp lệ (14)"),
                    e.problems().stream().map(Problem::describe).toList());
            assertTrue(f.council.ballots().results(f.meeting.id()).isEmpty(), "nothing recorded");
        }
    }

    /** STT, name, votes in favour, votes against, result of a row of the Biên bản's table. */
    private static List<String> pick(List<String> row) {
        return List.of(row.get(0), row.get(1), row.get(3), row.get(5), row.get(6));
    }
}
