package vn.tdkt.exemplary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.cli.Cli;
import vn.tdkt.exemplary.Fixture;
import vn.tdkt.exemplary.domain.ModelKind;

class DelegatesCommandTest {

    @TempDir
    Path tmp;

    @BeforeEach
    void data() {
        try (AppContext ctx = AppContext.open(tmp.resolve("data"))) {
            Fixture f = new Fixture(ctx);
            Fixture.recognise(ctx, f.model(ctx, "DH01", "Nguyễn Thị Hoa", ModelKind.CA_NHAN, f.hoa.id(), null, null, f.ngheoXa,
                    f.hoiPn.id()), 2021, 2022, 2023);
            Fixture.recognise(ctx, f.model(ctx, "DH02", "Hộ ông Đỗ Văn Tùng, thôn An Tảo", ModelKind.HO_GIA_DINH, null, null,
                    null, f.ngheo, f.snv.id()), 2022, 2023, 2024);
            Fixture.recognise(ctx, f.model(ctx, "DH03", "Trần Văn Nam", ModelKind.CA_NHAN, f.nam.id(), null, null, f.yte,
                    f.syt.id()), 2021, 2022, 2023, 2024, 2025);
            f.model(ctx, "DH04", "Tổ hợp tác May Phố Hiến", ModelKind.TAP_THE, null, null, null, f.ngheo, f.snv.id());
        }
    }

    private int run(StringWriter out, StringWriter err, String... args) {
        List<String> all = new ArrayList<>(List.of("--data", tmp.resolve("data").toString(), "delegates"));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void theRankedListAsXlsxWithTheTieAtTheCut() throws Exception {
        Path file = tmp.resolve("dai-bieu.xlsx");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, "--quota", "2", "--from", "2021", "--to", "2025", "--out", file.toString()), err.toString());
        assertTrue(out.toString().contains("4 điển hình: 1 được chọn, 2 đồng hạng tại điểm cắt (1 chỗ còn lại), 1 không được chọn"),
                out.toString());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertEquals(List.of("Thứ hạng", "Mã điển hình", "Tên điển hình", "Số lần công nhận", "Kết quả", "Ghi chú"), row(s.getRow(0)));
            assertEquals(List.of("1", "DH03", "Trần Văn Nam", "5", "Được chọn", ""), row(s.getRow(1)));
            assertEquals(List.of("2", "DH01", "Nguyễn Thị Hoa", "3", "Đồng hạng tại điểm cắt",
                    "2 điển hình cùng 3 lần công nhận cho 1 chỗ còn lại: Hội đồng quyết định; "
                            + "Nữ: được ưu tiên khi thành tích ngang nhau (khoản 6 Điều 4 Nghị định số 152/2025/NĐ-CP)"), row(s.getRow(2)));
            assertEquals(List.of("2", "DH02", "Hộ ông Đỗ Văn Tùng, thôn An Tảo", "3", "Đồng hạng tại điểm cắt",
                    "2 điển hình cùng 3 lần công nhận cho 1 chỗ còn lại: Hội đồng quyết định"), row(s.getRow(3)));
            assertEquals(List.of("4", "DH04", "Tổ hợp tác May Phố Hiến", "0", "Không được chọn", "Chưa được công nhận trong kỳ"),
                    row(s.getRow(4)));
            assertEquals(5, s.getPhysicalNumberOfRows());
            // no program sizes the rows of a written sheet: each is as high as its longest cell wrapped, or the
            // wrapped Ghi chú and "Số lần công nhận" overlap the rows below when the sheet is opened or printed
            assertEquals(2 * 15.75f, s.getRow(0).getHeightInPoints(), 0.01, "the titles on two lines");
            assertEquals(3 * 15.75f, s.getRow(2).getHeightInPoints(), 0.01, "the tie's Ghi chú on three lines");
            assertEquals(2 * 15.75f, s.getRow(3).getHeightInPoints(), 0.01);
            assertEquals(15.75f, s.getRow(1).getHeightInPoints(), 0.01, "a line that fits stays one line high");
        }
    }

    @Test
    void aMovementTakesItsSubMovementsAndCsvQuotesCommas() throws Exception {
        Path file = tmp.resolve("dai-bieu.csv");
        StringWriter err = new StringWriter();
        assertEquals(0, run(new StringWriter(), err, "--quota", "5", "--movement", "KH90-08", "--out", file.toString()),
                err.toString());
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals("\uFEFFThứ hạng,Mã điển hình,Tên điển hình,Số lần công nhận,Kết quả,Ghi chú\r\n"
                + "1,DH01,Nguyễn Thị Hoa,3,Được chọn,Nữ\r\n"
                + "1,DH02,\"Hộ ông Đỗ Văn Tùng, thôn An Tảo\",3,Được chọn,\r\n"
                + "3,DH04,Tổ hợp tác May Phố Hiến,0,Không được chọn,Chưa được công nhận trong kỳ\r\n", csv);
    }

    @Test
    void badOptionsAreEveryOneRefusedWithExitTwo() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "--quota", "hai", "--from", "2021x", "--out", tmp.resolve("a.pdf").toString()));
        String e = err.toString();
        assertTrue(e.contains("Tham số --quota: \"hai\" không phải số nguyên."), e);
        assertTrue(e.contains("Tham số --from: \"2021x\" không phải số nguyên."), e);
        assertTrue(e.contains("chỉ ghi được tệp .xlsx, .csv"), e);
        StringWriter err2 = new StringWriter();
        assertEquals(2, run(new StringWriter(), err2, "--quota", "0", "--from", "2025", "--to", "2021", "--out",
                tmp.resolve("a.csv").toString()));
        assertTrue(err2.toString().contains("Số đại biểu \"0\" không hợp lệ"), err2.toString());
        assertTrue(err2.toString().contains("từ năm 2025 sau đến năm 2021"), err2.toString());
        StringWriter err3 = new StringWriter();
        assertEquals(2, run(new StringWriter(), err3, "--quota", "3", "--movement", "KH99", "--out", tmp.resolve("a.csv").toString()));
        assertTrue(err3.toString().contains("Không có phong trào mã \"KH99\""), err3.toString());
    }

    @Test
    void helpInBothLanguages() {
        StringWriter out = new StringWriter();
        assertEquals(0, Cli.run(new String[] {"delegates", "--help"}, new PrintWriter(out), new PrintWriter(new StringWriter())));
        assertTrue(out.toString().contains("Số đại biểu được phân bổ"), out.toString());
        StringWriter en = new StringWriter();
        assertEquals(0, Cli.run(new String[] {"--lang", "en", "delegates", "--help"}, new PrintWriter(en),
                new PrintWriter(new StringWriter())));
        assertTrue(en.toString().contains("The number of delegates allocated"), en.toString());
    }

    private static List<String> row(Row r) {
        DataFormatter fmt = new DataFormatter();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            out.add(r.getCell(i) == null ? "" : fmt.formatCellValue(r.getCell(i)));
        }
        return out;
    }
}
