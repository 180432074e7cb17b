package vn.tdkt.registration.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.cli.Cli;
import vn.tdkt.common.domain.LegacyEncoding;
import vn.tdkt.registration.service.Fixture;
import vn.tdkt.registration.service.RegistrationExports;

/** The five registration commands on a data folder: files out, a folder in (exit 0/2), coverage and the list. */
class RegistrationCommandTest {

    @TempDir
    Path tmp;

    @BeforeEach
    void data() {
        try (AppContext ctx = AppContext.open(tmp.resolve("data"))) {
            new Fixture(ctx);
        }
    }

    private int run(StringWriter out, StringWriter err, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--data", tmp.resolve("data").toString(), "registration"));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void templatesOutSheetsInCoverageAndTheList() throws Exception {
        Path in = Files.createDirectory(tmp.resolve("nhan-ve"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, "template", "--unit", "SNV", "--year", "2026", "--out", in.resolve("snv.xlsx").toString()),
                err.toString());
        assertEquals(0, run(out, err, "template", "--unit", "SYT", "--year", "2026", "--out", in.resolve("syt.xlsx").toString()));
        Fixture.fill(in.resolve("snv.xlsx"), "Tập thể lao động tiên tiến", Map.of("CB01", "Lao động tiên tiến",
                "CB02", LegacyEncoding.TCVN3.encode("Chiến sĩ thi đua cơ sở")));
        Fixture.fill(in.resolve("syt.xlsx"), null, Map.of("CB06", "Tập thể lao động xuất sắc"));

        StringWriter o1 = new StringWriter();
        StringWriter e1 = new StringWriter();
        assertEquals(2, run(o1, e1, "import", in.toString()));
        assertTrue(e1.toString().contains("snv.xlsx: bị từ chối"), e1.toString());
        assertTrue(e1.toString().contains("--accept-conversions"), e1.toString());
        assertTrue(e1.toString().contains("Chuyển mã TCVN3 (ABC): Sheet 'Đăng ký thi đua', dòng 8, cột 'Danh hiệu đăng ký': "
                + "\"ChiÕn sÜ thi ®ua c¬ së\" → \"Chiến sĩ thi đua cơ sở\""), e1.toString());
        assertTrue(e1.toString().contains("syt.xlsx: bị từ chối"), e1.toString());
        assertTrue(o1.toString().contains("Đã nhập 0 tệp, từ chối 2 tệp."), o1.toString());

        StringWriter o2 = new StringWriter();
        StringWriter e2 = new StringWriter();
        assertEquals(2, run(o2, e2, "import", "--accept-conversions", in.resolve("snv.xlsx").toString(),
                in.resolve("syt.xlsx").toString()));
        assertTrue(o2.toString().contains("snv.xlsx: đã nhập 7 dòng (2 người đăng ký danh hiệu)."), o2.toString());
        assertTrue(e2.toString().contains("Sheet 'Đăng ký thi đua', dòng 7, cột 'Danh hiệu đăng ký': "
                + "\"Tập thể lao động xuất sắc\" là danh hiệu tập thể"), e2.toString());

        Path csv = tmp.resolve("tien-do.csv");
        assertEquals(0, run(new StringWriter(), err, "coverage", "--year", "2026", "--out", csv.toString()), err.toString());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("\uFEFFMã đơn vị,Tên đơn vị,Số cán bộ,Số đã đăng ký,Tỷ lệ (%),Tập thể đã đăng ký,Trạng thái,"
                + "Người chưa đăng ký", lines.get(0));
        // no deadline: 31/12; SNV expects an, binh, em (chi, dung left; giang, hoa moved)
        assertEquals("SNV,Sở Nội vụ,3,2,\"66,67\",Có,Đã gửi,Hoàng Văn Em", lines.get(1));
        assertEquals("SYT,Sở Y tế,2,0,\"0,00\",Không,Chưa gửi,\"Vũ Thị Giang, Đỗ Văn Hòa\"", lines.get(2));
        assertEquals("Tổng cộng,,5,2,\"40,00\",1/2,,", lines.get(3));

        Path xlsx = tmp.resolve("tien-do.xlsx");
        assertEquals(0, run(new StringWriter(), err, "coverage", "--year", "2026", "--out", xlsx.toString()));
        try (InputStream s = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            Sheet sh = wb.getSheet(RegistrationExports.COVERAGE_SHEET);
            assertEquals(66.67, sh.getRow(1).getCell(4).getNumericCellValue(), 1e-9);
            assertEquals("0.00", sh.getRow(1).getCell(4).getCellStyle().getDataFormatString());
            assertEquals("Tổng cộng", sh.getRow(3).getCell(0).getStringCellValue());
        }

        Path list = tmp.resolve("danh-sach.xlsx");
        assertEquals(0, run(new StringWriter(), err, "export", "--year", "2026", "--out", list.toString()), err.toString());
        try (InputStream s = Files.newInputStream(list); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            Sheet sh = wb.getSheet(RegistrationExports.LIST_SHEET);
            assertEquals("DANH SÁCH ĐĂNG KÝ DANH HIỆU THI ĐUA NĂM 2026", sh.getRow(0).getCell(0).getStringCellValue());
            Row first = sh.getRow(4);
            assertEquals("SNV", first.getCell(1).getStringCellValue());
            assertEquals("Nguyễn Văn An", first.getCell(4).getStringCellValue());
            assertEquals("Lao động tiên tiến", first.getCell(6).getStringCellValue());
            assertEquals("Chiến sĩ thi đua cơ sở", sh.getRow(5).getCell(6).getStringCellValue());
            boolean counted = false;
            for (Row r : sh) {
                if (r.getCell(1) != null && "Lao động tiên tiến".equals(r.getCell(1).getStringCellValue())) {
                    counted = r.getCell(6).getNumericCellValue() == 1;
                }
            }
            assertTrue(counted, "count per title");
        }
        assertEquals(2, run(new StringWriter(), new StringWriter(), "coverage", "--year", "2026", "--out", "x.pdf"));

        // the unit's Bản đăng ký thi đua from what was imported; a unit that sent nothing is refused in words
        Path form = tmp.resolve("ban-dang-ky-snv.docx");
        StringWriter o3 = new StringWriter();
        assertEquals(0, run(o3, err, "form", "--unit", "SNV", "--year", "2026", "--out", form.toString()), err.toString());
        assertTrue(o3.toString().startsWith("Đã ghi bản đăng ký thi đua của đơn vị SNV năm 2026: "), o3.toString());
        try (InputStream s = Files.newInputStream(form); XWPFDocument doc = new XWPFDocument(s)) {
            String text = doc.getParagraphs().stream().map(p -> p.getText()).collect(java.util.stream.Collectors.joining("\n"));
            assertTrue(text.contains("BẢN ĐĂNG KÝ THI ĐUA"), text);
            assertTrue(text.contains("- Danh hiệu thi đua: “Tập thể lao động tiên tiến”."), text);
            assertTrue(text.contains("- Chiến sĩ thi đua cơ sở: 1 người;"), text);
        }
        StringWriter e3 = new StringWriter();
        assertEquals(2, run(new StringWriter(), e3, "form", "--unit", "SYT", "--year", "2026", "--out",
                tmp.resolve("syt.docx").toString()));
        assertTrue(e3.toString().contains("Đơn vị SYT chưa có đăng ký thi đua năm 2026"), e3.toString());
        StringWriter e4 = new StringWriter();
        assertEquals(2, run(new StringWriter(), e4, "form", "--unit", "SNV", "--year", "2026", "--out", "x.xlsx"));
        assertTrue(e4.toString().contains("chỉ ghi được .docx"), e4.toString());
    }
}
