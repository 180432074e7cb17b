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
import vn.tdkt.export.TextWidth;

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

    /**
     * A signer with a two-line title and one with a single line (Báo cáo thành tích cá nhân: "THỦ TRƯỞNG ĐƠN VỊ / XÁC
     * NHẬN, ĐỀ NGHỊ" beside "NGƯỜI BÁO CÁO THÀNH TÍCH"): the rendering put the names a line apart; the shorter title
     * now gets the missing line as space before the name, so both names stand on one line.
     */
    @Test
    void signersNamesStandOnOneLineWhateverTheirTitles() throws Exception {
        Path file = dir.resolve("s.docx");
        try (Nd30Document doc = new Nd30Document(Nd30Document.Page.PORTRAIT)) {
            doc.signatures(List.of(new Nd30Document.Signer(List.of("THỦ TRƯỞNG ĐƠN VỊ", "XÁC NHẬN, ĐỀ NGHỊ"), "(Ký, đóng dấu)",
                            "Vũ Minh Tuấn"),
                    new Nd30Document.Signer(List.of("NGƯỜI BÁO CÁO THÀNH TÍCH"), "(Ký, ghi rõ họ và tên)", "Nguyễn Văn An")));
            doc.write(file);
        }
        try (InputStream in = Files.newInputStream(file); XWPFDocument d = new XWPFDocument(in)) {
            var cells = d.getTables().get(d.getTables().size() - 1).getRow(0).getTableCells();
            int lineTwips = Nd30Document.Page.PORTRAIT.bodyPt() * 23;
            java.util.Set<Integer> nameTops = new java.util.HashSet<>();
            for (var cell : cells) {
                List<XWPFParagraph> ps = cell.getParagraphs();
                XWPFParagraph name = ps.get(ps.size() - 1);
                nameTops.add((ps.size() - 1) * lineTwips + name.getSpacingBefore());
            }
            assertEquals(List.of("Vũ Minh Tuấn", "Nguyễn Văn An"), cells.stream()
                    .map(c -> c.getParagraphs().get(c.getParagraphs().size() - 1).getText()).toList());
            assertEquals(1, nameTops.size(), "the names' tops differ: " + nameTops);
        }
    }

    @Test
    void noAddresseeWritesNothing() throws Exception {
        assertEquals(List.of(), written(List.of()));
    }

    /** The header's agency cell, read back: a name too wide for the column in two balanced lines, one that fits kept. */
    @Test
    void anAgencyTooWideForItsColumnIsBrokenInTwoNotLeftWithItsLastWordAlone() throws Exception {
        Path file = dir.resolve("h.docx");
        try (Nd30Document doc = new Nd30Document(Nd30Document.Page.PORTRAIT)) {
            doc.header(List.of("UBND TỈNH HƯNG YÊN"), List.of("SỞ KHOA HỌC VÀ CÔNG NGHỆ"), "Số: 34/KH-SKHCN",
                    "Hưng Yên, ngày 16 tháng 9 năm 2021");
            doc.write(file);
        }
        try (InputStream in = Files.newInputStream(file); XWPFDocument d = new XWPFDocument(in)) {
            List<String> agency = d.getTables().get(0).getRow(0).getCell(0).getParagraphs().stream()
                    .map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
            assertEquals(List.of("UBND TỈNH HƯNG YÊN", "SỞ KHOA HỌC", "VÀ CÔNG NGHỆ"), agency);
        }
        assertEquals(List.of("SỞ NỘI VỤ", "UBND TỈNH HƯNG YÊN"),
                Nd30Document.balanced(List.of("SỞ NỘI VỤ", "UBND TỈNH HƯNG YÊN"), 13, true, 5000), "lines that fit are kept");
        int wide = TextWidth.twips("SỞ KHOA HỌC VÀ CÔNG", 13, true);
        assertEquals(List.of("SỞ KHOA HỌC", "VÀ CÔNG NGHỆ"),
                Nd30Document.balanced(List.of("SỞ KHOA HỌC VÀ CÔNG NGHỆ"), 13, true, wide), "its last word would be alone");
        assertEquals(List.of("SỞ KHOA HỌC VÀ CÔNG NGHỆ"),
                Nd30Document.balanced(List.of("SỞ KHOA HỌC VÀ CÔNG NGHỆ"), 13, true, wide - 1),
                "wrapping two words or more: left to the renderer, a name's words never split by a guess");
    }
}
