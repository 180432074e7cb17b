package vn.tdkt.review.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.cli.Cli;
import vn.tdkt.review.domain.Title;

/**
 * {@code tdkt eligibility} on the committed sample workbook imported with {@code tdkt import}: the exact header,
 * concrete rows (HTTNV → LĐTT eligible, a khiển trách in force at 31/12/2025 → held, new hires under 6 months →
 * not eligible with the months), CSV with BOM and RFC 4180 quoting, the print-ready xlsx, and exit 2 on bad input.
 */
class EligibilityCommandTest {

    private static final List<String> HEADER = List.of("Mã", "Tên", "Danh hiệu/Hình thức", "Kết quả", "Lý do");

    @TempDir
    static Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static Run eligibility(String... args) {
        List<String> all = new ArrayList<>(List.of("--data", tmp.resolve("data").toString(), "eligibility"));
        all.addAll(Arrays.asList(args));
        return run(all.toArray(String[]::new));
    }

    @BeforeAll
    static void importTheSample() {
        Path sample = Path.of(System.getProperty("tdkt.samples", "../samples"), "data", "so-noi-vu-hung-yen.xlsx");
        Run imported = run("--data", tmp.resolve("data").toString(), "import", sample.toString());
        assertEquals(0, imported.code(), imported.err());
    }

    /** RFC 4180 reader: quoted fields with doubled quotes, commas and line breaks inside quotes, CRLF records. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertTrue(row.isEmpty() && field.length() == 0, "the CSV ends with CRLF");
        return rows;
    }

    private static List<String> find(List<List<String>> rows, String code, String title) {
        return rows.stream().filter(r -> r.get(0).equals(code) && r.get(2).equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + code + " / " + title));
    }

    @Test
    void csvOnStdoutHasTheExactHeaderAndTheExpectedVerdicts() {
        Run r = eligibility("--year", "2025");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().startsWith("\uFEFF"), "no BOM on the console");
        assertTrue(r.err().contains("Bình xét năm 2025, ngày xét 31/12/2025, theo Luật Thi đua, khen thưởng 2022 và "
                + "Nghị định 152/2025/NĐ-CP"), r.err());
        List<List<String>> rows = parseCsv(r.out());
        assertEquals(HEADER, rows.get(0));
        List<List<String>> body = rows.subList(1, rows.size());
        // 149 persons working in 2025 × 15 individual titles + 11 units × 12 collective titles (#8: HCLĐ hạng Nhất,
        // Bằng khen tỉnh theo đợt and đột xuất, HCLĐ hạng Ba, Nhì, Nhất cống hiến; Bằng khen Thủ tướng, HCLĐ hạng Ba,
        // Nhì, Nhất and Bằng khen tỉnh theo đợt, đột xuất tập thể)
        assertEquals(149 * 15 + 11 * 12, body.size());
        assertTrue(body.stream().allMatch(x -> x.size() == 5), "five fields on every line");
        Set<String> fullNames = Arrays.stream(Title.values()).map(Title::label).collect(Collectors.toSet());
        assertTrue(body.stream().allMatch(x -> fullNames.contains(x.get(2))), "titles by their full names");
        assertEquals(Set.of("Đủ điều kiện", "Không đủ điều kiện", "Tạm hoãn", "Chưa đánh giá được"),
                body.stream().map(x -> x.get(3)).collect(Collectors.toSet()));

        List<String> httnv = find(body, "CB00001", "Lao động tiên tiến");
        assertEquals(List.of("CB00001", "Tạ Phương Giang", "Lao động tiên tiến", "Đủ điều kiện"), httnv.subList(0, 4));
        assertTrue(httnv.get(4).contains("năm 2025: Hoàn thành tốt nhiệm vụ"), httnv.get(4));

        List<String> disciplined = find(body, "CB00075", "Lao động tiên tiến");
        assertEquals("Lê Anh Phong", disciplined.get(1));
        assertEquals("Tạm hoãn", disciplined.get(3));
        assertEquals("đang thi hành kỷ luật: Khiển trách theo QĐ số 139/QĐ-SNV ngày 03/06/2025, đến 03/06/2026; "
                + "tạm hoãn xét, không khen thưởng và không đề nghị", disciplined.get(4));

        List<String> newHire = find(body, "CB00011", "Lao động tiên tiến");
        assertEquals(List.of("Nguyễn Mạnh Vinh", "Không đủ điều kiện"), List.of(newHire.get(1), newHire.get(3)));
        assertTrue(newHire.get(4).startsWith("Công tác từ 6 tháng trở lên trong năm 2025: bắt đầu công tác 30/09/2025: "
                + "3 tháng trong năm 2025"), newHire.get(4));
        List<String> otherHire = find(body, "CB00122", "Lao động tiên tiến");
        assertEquals("Không đủ điều kiện", otherHire.get(3));
        assertTrue(otherHire.get(4).contains("4 tháng trong năm 2025"), otherHire.get(4));

        // a collective's row; CSTĐCS whose reasons carry commas and quotes come back intact through the quoting
        assertEquals("Tập thể lao động tiên tiến", find(body, "SNV", "Tập thể lao động tiên tiến").get(2));
        List<String> cstdcs = find(body, "CB00001", "Chiến sĩ thi đua cơ sở");
        assertEquals("Đủ điều kiện", cstdcs.get(3));
        assertTrue(cstdcs.get(4).contains("sáng kiến “Xây dựng ngân hàng câu hỏi thi tuyển công chức tại Sở Nội vụ tỉnh "
                + "Hưng Yên” (phạm vi cơ sở, công nhận năm 2025, QĐ số 306/QĐ-SNV)"), cstdcs.get(4));
    }

    @Test
    void csvFileStartsWithABomAndMatchesTheConsole() throws IOException {
        Path csv = tmp.resolve("binh-xet.csv");
        Run r = eligibility("--year", "2025", "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Đã ghi " + csv.toAbsolutePath()), r.out());
        byte[] bytes = Files.readAllBytes(csv);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Mã,Tên,Danh hiệu/Hình thức,Kết quả,Lý do\r\n"), text.substring(0, 60));
        assertEquals(eligibility("--year", "2025").out(), text, "the file holds the same CSV as the console");
    }

    @Test
    void xlsxIsPrintReadyAndHoldsTheSameRows() throws IOException {
        Path xlsx = tmp.resolve("binh-xet-2025.xlsx");
        Run r = eligibility("--year", "2025", "--date", "31/12/2025", "--out", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        List<List<String>> csv = parseCsv(eligibility("--year", "2025").out());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("Bình xét năm 2025");
            DataFormatter f = new DataFormatter();
            List<List<String>> cells = new ArrayList<>();
            for (Row row : s) {
                List<String> line = new ArrayList<>();
                for (int c = 0; c < 5; c++) {
                    line.add(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
                }
                cells.add(line);
            }
            assertEquals(csv, cells, "same header and rows as the CSV");
            assertTrue(wb.getFontAt(s.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold(), "bold header");
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition(), "header frozen");
            assertTrue(s.getPaneInformation().isFreezePane());
            assertEquals("1:1", s.getRepeatingRows().formatAsString().replace("$", ""), "header repeated on every page");
            assertTrue(s.getPrintSetup().getLandscape(), "landscape");
            assertEquals(PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize());
            assertTrue(s.getColumnWidth(4) > s.getColumnWidth(0) && s.getColumnWidth(2) > 30 * 256, "column widths");
            // print-ready (#13): Times New Roman, the sheet's name and the day on every page, page numbers, one page wide,
            // every row as tall as its longest wrapped cell (the Lý do overlapped the next rows)
            assertEquals("Times New Roman", wb.getFontAt(s.getRow(1).getCell(4).getCellStyle().getFontIndex()).getFontName());
            assertTrue(s.getHeader().getCenter().contains("Bình xét năm 2025"), s.getHeader().getCenter());
            assertTrue(s.getHeader().getRight().startsWith("Ngày lập: "), s.getHeader().getRight());
            assertEquals("Trang &P / &N", s.getFooter().getCenter());
            assertTrue(s.getFitToPage());
            assertEquals(1, s.getPrintSetup().getFitWidth());
            int tall = 0;
            for (Row row : s) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String reason = row.getCell(4).getStringCellValue();
                int lines = vn.tdkt.export.excel.TextFit.lines(reason, s.getColumnWidth(4) / 256.0);
                assertTrue(row.getCell(4).getCellStyle().getWrapText());
                assertTrue(row.getHeightInPoints() >= vn.tdkt.export.excel.TextFit.height(lines) - 0.01,
                        "row " + (row.getRowNum() + 1) + ": " + lines + " lines of Lý do");
                tall += lines > 1 ? 1 : 0;
            }
            assertTrue(tall > 10, "reasons of several lines: " + tall);
        }
    }

    @Test
    void anEarlierReviewDateChoosesTheEarlierRegime() {
        Run r = eligibility("--year", "2025", "--date", "30/06/2025");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("theo Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023/NĐ-CP"), r.err());
        // the khiển trách of 03/06/2025 is already decided on the review date
        assertEquals("Tạm hoãn", find(parseCsv(r.out()), "CB00075", "Lao động tiên tiến").get(3));
    }

    @Test
    void badInputExitsWithTwoAndAVietnameseMessage() {
        Run year = eligibility("--year", "hai-nghìn");
        assertEquals(2, year.code());
        assertTrue(year.err().contains("Tham số --year: năm \"hai-nghìn\" không hợp lệ"), year.err());
        Run date = eligibility("--year", "2025", "--date", "31/02/2025");
        assertEquals(2, date.code());
        assertTrue(date.err().contains("Tham số --date: ngày \"31/02/2025\" không hợp lệ, hãy ghi theo dạng dd/MM/yyyy"),
                date.err());
        Run before = eligibility("--year", "2025", "--date", "31/12/2024");
        assertEquals(2, before.code());
        assertTrue(before.err().contains("ngày xét 31/12/2024 phải từ năm thành tích 2025 trở đi"), before.err());
        Run ext = eligibility("--year", "2025", "--out", tmp.resolve("ket-qua.pdf").toString());
        assertEquals(2, ext.code());
        assertTrue(ext.err().contains("Tham số --out: tệp \"ket-qua.pdf\" phải có đuôi .xlsx hoặc .csv"), ext.err());
        assertFalse(Files.exists(tmp.resolve("ket-qua.pdf")));
        Run noRegime = eligibility("--year", "2009");
        assertEquals(2, noRegime.code());
        assertTrue(noRegime.err().contains("Không có chế độ pháp lý nào áp dụng cho ngày xét 31/12/2009"), noRegime.err());
        assertEquals(2, eligibility().code(), "--year is required");
    }
}
