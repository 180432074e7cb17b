package vn.tdkt.certificate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tdkt.certificate.CertificateFixture;
import vn.tdkt.certificate.domain.Align;
import vn.tdkt.certificate.domain.BlankLayout;
import vn.tdkt.certificate.domain.CertField;
import vn.tdkt.certificate.domain.FieldBox;
import vn.tdkt.certificate.domain.LayoutField;
import vn.tdkt.certificate.domain.PrintResult;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.decision.domain.Decision;

/**
 * Certificates read back with OpenPDF's PdfReader/PdfTextExtractor: one page per recipient with the decision's texts,
 * the page at the blank's size in millimetres, the font embedded; the plain A4 certificate; the calibration sheet;
 * layouts validated whole. Writes the samples of samples/forms/certificate.
 */
class CertificatePdfTest {

    private static final double MM = 72 / 25.4;
    private static CertificateFixture fx;
    private static Path out;

    @BeforeAll
    static void setUp() throws Exception {
        System.setProperty("tdkt.certificate.font", "bundled");
        fx = new CertificateFixture();
        out = CertificateFixture.out("certificate");
        Files.createDirectories(out);
    }

    @AfterAll
    static void tearDown() {
        fx.close();
        System.clearProperty("tdkt.certificate.font");
    }

    private static CertificateService service() {
        return fx.ctx.certificates();
    }

    @Test
    void printsEveryRecipientOfTheDecisionOnItsBlankInOnePdf() throws Exception {
        Decision d = fx.bangKhen();
        Path file = out.resolve("bang-khen-125-QD-UBND.pdf");
        PrintResult r = service().print("125/QĐ-UBND", null, null, file, Progress.NONE);
        assertEquals(5, r.pages());
        assertEquals(0, r.plain());
        assertEquals("Liberation Serif", r.fontName());
        PdfReader reader = new PdfReader(Files.readAllBytes(file));
        assertEquals(5, reader.getNumberOfPages());
        PdfTextExtractor text = new PdfTextExtractor(reader);
        List<String> names = List.of("Trường Trung học phổ thông Hưng Yên", "Trường Trung học phổ thông Kim Động",
                "Nguyễn Văn Hùng", "Phạm Thị Hồng Nhung", "Hoàng Quốc Khánh");
        for (int page = 1; page <= 5; page++) {
            Rectangle size = reader.getPageSize(page);
            assertEquals(420 * MM, size.getWidth(), 0.5, "A3 landscape blank, page " + page);
            assertEquals(297 * MM, size.getHeight(), 0.5);
            String t = norm(text.getTextFromPage(page));
            assertTrue(t.contains(names.get(page - 1)), t);
            assertTrue(t.contains("Quyết định số 125/QĐ-UBND ngày 15/01/2026"), t);
            assertTrue(t.contains("Hưng Yên, ngày 15 tháng 01 năm 2026"), t);
            assertTrue(t.contains("KT. CHỦ TỊCH") && t.contains("PHÓ CHỦ TỊCH") && t.contains("Nguyễn Hùng Nam"), t);
            assertTrue(t.contains("Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm học 2024 - 2025"), t);
            assertTrue(t.contains("Số sổ vàng:"), t);
            assertFalse(t.contains("CỘNG HÒA"), "the Quốc hiệu is pre-printed on the blank");
        }
        assertTrue(norm(text.getTextFromPage(3)).contains("Phó Giám đốc Sở, Sở Giáo dục và Đào tạo"));
        assertTrue(embedded(reader), "every font embedded");
        assertEquals(d.recipients().size(), r.pages() + r.revoked());
    }

    @Test
    void printsThePlainA4CertificateWhenTheAwardHasNoBlank() throws Exception {
        fx.titles();
        BlankLayout titles = service().blank("DANH_HIEU");
        service().save(new BlankLayout(titles.id(), titles.code(), titles.name(), titles.widthMm(), titles.heightMm(), 0, 0,
                titles.fields(), List.of("LDTT", "TTLDXS")));
        Path file = out.resolve("giay-chung-nhan-15-QD-SGDDT.pdf");
        PrintResult r = service().print("15/QĐ-SGDĐT", null, null, file, Progress.NONE);
        assertEquals(8, r.pages());
        assertEquals(4, r.plain(), "CSTĐCS and TTLĐTT were taken off the blank: plain A4");
        PdfReader reader = new PdfReader(Files.readAllBytes(file));
        PdfTextExtractor text = new PdfTextExtractor(reader);
        String first = norm(text.getTextFromPage(1));
        assertEquals(297 * MM, reader.getPageSize(1).getWidth(), 0.5);
        assertEquals(210 * MM, reader.getPageSize(1).getHeight(), 0.5);
        assertTrue(first.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") && first.contains("Độc lập - Tự do - Hạnh phúc"), first);
        assertTrue(first.contains("GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO") && first.contains("GIẤY CHỨNG NHẬN"), first);
        assertTrue(first.contains("Đã đạt danh hiệu “Tập thể lao động tiên tiến” năm 2025"), first);
        String ldtt = norm(text.getTextFromPage(5));
        assertTrue(ldtt.contains("Lê Minh Tuấn") && ldtt.contains("Lao động tiên tiến"), ldtt);
        assertFalse(ldtt.contains("CỘNG HÒA"), "LĐTT stays on its blank");
        assertTrue(embedded(reader));
        Path plain = out.resolve("giay-chung-nhan-A4-15-QD-SGDDT.pdf");
        PrintResult all = service().print("15/QĐ-SGDĐT", null, "A4", plain, Progress.NONE);
        assertEquals(8, all.plain());
    }

    @Test
    void theCalibrationSheetIsTheBlankAtFullSizeWithItsBoxes() throws Exception {
        Path file = out.resolve("can-chinh-BK_TINH.pdf");
        service().calibrate("BK_TINH", file);
        PdfReader reader = new PdfReader(Files.readAllBytes(file));
        assertEquals(1, reader.getNumberOfPages());
        assertEquals(420 * MM, reader.getPageSize(1).getWidth(), 0.5);
        String t = norm(new PdfTextExtractor(reader).getTextFromPage(1));
        assertTrue(t.contains("TRANG CĂN CHỈNH"), t);
        assertTrue(t.contains("RECIPIENT x 60 y 128 300 × 16 mm 26 pt"), t);
        assertTrue(t.contains("Bà Nguyễn Thị Phương Thảo"), t);
        assertTrue(t.contains("phải dài đúng 100 mm"), t);
        service().calibrate("A4", out.resolve("can-chinh-A4.pdf"));
        service().calibrate(service().blank("GIAY_KHEN"), Optional.empty(), out.resolve("can-chinh-GIAY_KHEN.pdf"));
    }

    @Test
    void aLayoutWithProblemsIsRefusedWholeAndNothingChanges() {
        BlankLayout gk = service().blank("GIAY_KHEN");
        List<FieldBox> boxes = new ArrayList<>(gk.fields());
        boxes.set(0, new FieldBox(boxes.get(0).field(), true, 250, 10, 100, 10, 14, false, false, Align.LEFT));
        boxes.set(1, new FieldBox(boxes.get(1).field(), true, 10, 10, 100, 10, 99, false, false, Align.LEFT));
        BlankLayout bad = new BlankLayout(gk.id(), "BK_TINH", " ", gk.widthMm(), gk.heightMm(), 45, 0, boxes, List.of("XYZ"));
        ValidationException e = assertThrows(ValidationException.class, () -> service().save(bad));
        List<Object> fields = e.problems().stream().map(Problem::field).map(Object.class::cast).toList();
        assertTrue(fields.containsAll(List.of(LayoutField.NAME, LayoutField.OFFSET, LayoutField.CODE, LayoutField.KINDS,
                boxes.get(0).field(), boxes.get(1).field())), fields.toString());
        assertEquals(gk, service().blank("GIAY_KHEN"));
    }

    @Test
    void aSavedLayoutKeepsEveryBoxAndTheOffset() {
        BlankLayout gk = service().blank("GIAY_KHEN");
        List<FieldBox> boxes = new ArrayList<>();
        for (FieldBox b : gk.fields()) {
            boxes.add(b.field() == CertField.RECIPIENT
                    ? new FieldBox(b.field(), true, 40.5, 90, 217, 14, 24, true, true, Align.LEFT) : b);
        }
        BlankLayout saved = service().save(gk.withFields(boxes).withOffset(1.5, -2));
        assertEquals(new FieldBox(CertField.RECIPIENT, true, 40.5, 90, 217, 14, 24, true, true, Align.LEFT),
                saved.box(CertField.RECIPIENT).orElseThrow());
        assertEquals(1.5, saved.offsetXMm());
        assertEquals(-2, saved.offsetYMm());
        service().save(gk);
        assertEquals(gk, service().blank("GIAY_KHEN"));
    }

    private static boolean embedded(PdfReader reader) {
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfDictionary fonts = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
            for (PdfName key : fonts.getKeys()) {
                PdfDictionary font = fonts.getAsDict(key);
                PdfDictionary descendant = (PdfDictionary) PdfReader.getPdfObject(
                        font.getAsArray(PdfName.DESCENDANTFONTS).getPdfObject(0));
                PdfDictionary descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
                if (descriptor == null || descriptor.get(PdfName.FONTFILE2) == null) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String norm(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
