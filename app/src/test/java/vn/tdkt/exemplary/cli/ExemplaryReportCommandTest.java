package vn.tdkt.exemplary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.cli.Cli;
import vn.tdkt.exemplary.Fixture;
import vn.tdkt.exemplary.domain.ModelKind;

/** {@code tdkt exemplary-report}: the Word report on a movement's models, its options refused with exit 2. */
class ExemplaryReportCommandTest {

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
        List<String> all = new ArrayList<>(List.of("--data", tmp.resolve("data").toString(), "exemplary-report"));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    }

    private static String text(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        }
    }

    @Test
    void theReportOfAMovementWithItsSubMovementsInThePeriod() throws Exception {
        Path file = tmp.resolve("bao-cao.docx");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, "--movement", "KH90-08", "--kind", "so-ket", "--from", "2021", "--to", "2024",
                "--out", file.toString()), err.toString());
        assertTrue(out.toString().startsWith("Báo cáo Sơ kết điển hình tiên tiến của phong trào KH90-08. Đã ghi "), out.toString());
        String t = text(file);
        assertTrue(t.contains("BÁO CÁO"), t);
        assertTrue(t.contains("điển hình tiên tiến, sơ kết phong trào vì một Hưng Yên không còn đói nghèo"), t);
        assertTrue(t.contains("từ năm 2021 đến ngày 31/12/2024"), t);
        assertTrue(t.contains("Có 3 điển hình tiên tiến thuộc phong trào"), t);
        // recognitions decided by 31/12/2024: those of 2021-2023 (each year's decision is of 15/01 the next year)
        assertTrue(t.contains("- Năm 2022: 2 điển hình được công nhận"), t);
        assertFalse(t.contains("- Năm 2024:"), t);
        assertFalse(t.contains("Trần Văn Nam"), "a model of another movement is not in the report");
    }

    @Test
    void theDefaultIsTheTongKetFromTheMovementsFirstYear() throws Exception {
        Path file = tmp.resolve("bao-cao.DOCX");
        StringWriter err = new StringWriter();
        assertEquals(0, run(new StringWriter(), err, "--movement", "KH90", "--out", file.toString()), err.toString());
        String t = text(file);
        assertTrue(t.contains("điển hình tiên tiến, tổng kết phong trào"), t);
        assertTrue(t.contains("Có 4 điển hình tiên tiến thuộc phong trào"), t);
    }

    @Test
    void anUnknownMovementAndBadOptionsAreRefusedWithExitTwo() {
        StringWriter err = new StringWriter();
        Path file = tmp.resolve("x.docx");
        assertEquals(2, run(new StringWriter(), err, "--movement", "KH99", "--out", file.toString()));
        assertTrue(err.toString().contains("Không có phong trào mã \"KH99\""), err.toString());
        assertFalse(Files.exists(file));
        StringWriter err2 = new StringWriter();
        assertEquals(2, run(new StringWriter(), err2, "--movement", "KH90", "--kind", "giua-ky", "--from", "2025", "--to",
                "2021x", "--out", tmp.resolve("x.pdf").toString()));
        String e = err2.toString();
        assertTrue(e.contains("Tham số --kind: \"giua-ky\" không hợp lệ, hãy ghi so-ket hoặc tong-ket."), e);
        assertTrue(e.contains("Tham số --to: \"2021x\" không phải số nguyên."), e);
        assertTrue(e.contains("chỉ ghi được tệp .docx"), e);
        StringWriter err3 = new StringWriter();
        assertEquals(2, run(new StringWriter(), err3, "--movement", "KH90", "--from", "2025", "--to", "2021", "--out",
                file.toString()));
        assertTrue(err3.toString().contains("từ năm 2025 sau đến năm 2021"), err3.toString());
    }

    @Test
    void helpInBothLanguages() {
        StringWriter out = new StringWriter();
        assertEquals(0, Cli.run(new String[] {"exemplary-report", "--help"}, new PrintWriter(out),
                new PrintWriter(new StringWriter())));
        assertTrue(out.toString().contains("Mã phong trào (bắt buộc)."), out.toString());
        StringWriter en = new StringWriter();
        assertEquals(0, Cli.run(new String[] {"--lang", "en", "exemplary-report", "--help"}, new PrintWriter(en),
                new PrintWriter(new StringWriter())));
        assertTrue(en.toString().contains("for the movement's mid-term or final review"), en.toString());
    }
}
