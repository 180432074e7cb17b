package vn.tdkt.export.word;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one "Kính gửi:" block every sent document writes (NĐ 30/2020 ô 9a). */
class Nd30DocumentTest {

    @TempDir
    Path dir;

    private List<XWPFParagraph> written(List<String> to) throws Exception {
        Path file = dir.resolve("k.docx");
        try (Nd30Document doc = new Nd30Document(Nd30Document.Page.PORTRAIT)) {
            doc.addressees(to);
            doc.write(file);
        }
        try (InputStream in = Files.newInputStream(file); XWPFDocument d = new XWPFDocument(in)) {
            return d.getParagraphs().stream().filter(p -> !p.getText().isEmpty()).toList();
        }
    }

    @Test
    void oneAddresseeIsOneCentredLine() throws Exception {
        List<XWPFParagraph> ps = written(List.of("Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên"));
        assertEquals(1, ps.size());
        assertEquals("Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên.", ps.get(0).getText());
        assertEquals(ParagraphAlignment.CENTER, ps.get(0).getAlignment());
    }

    @Test
    void severalAddresseesAreListedUnderTheHeadEachEndingRight() throws Exception {
        List<XWPFParagraph> ps = written(List.of("Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Tài chính"));
        assertEquals(List.of("Kính gửi:", "- Sở Giáo dục và Đào tạo;", "- Sở Y tế;", "- Sở Tài chính."),
                ps.stream().map(XWPFParagraph::getText).toList());
        assertEquals(Nd30Document.mm(25), ps.get(0).getIndentationLeft());
        for (XWPFParagraph p : ps.subList(1, ps.size())) {
            assertEquals(Nd30Document.mm(45), p.getIndentationLeft());
            assertEquals(ParagraphAlignment.LEFT, p.getAlignment());
        }
    }

    @Test
    void noAddresseeWritesNothing() throws Exception {
        assertEquals(List.of(), written(List.of()));
    }
}
