package vn.tdkt.meeting.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** Reading helpers for the golden-content tests of the meeting documents. */
final class Docx {

    private Docx() {
    }

    static XWPFDocument open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    /** Non-blank body paragraphs (outside tables), in order. */
    static List<String> paragraphs(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
    }

    static List<String> row(XWPFTable t, int row) {
        return t.getRow(row).getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    /** Non-blank paragraphs of a cell. */
    static List<String> cell(XWPFTable t, int row, int col) {
        return t.getRow(row).getCell(col).getParagraphs().stream().map(XWPFParagraph::getText).filter(s -> !s.isBlank()).toList();
    }

    static List<XWPFRun> runs(XWPFDocument doc) {
        List<XWPFRun> runs = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                runs.addAll(p.getRuns());
            } else if (e instanceof XWPFTable t) {
                t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns()))));
            }
        }
        return runs;
    }

    /** A4 portrait with the 20/20/30/15 mm margins, every run Times New Roman 11–14 pt, the NĐ 30 header block. */
    static void assertNd30(XWPFDocument doc) {
        CTSectPr sect = firstSection(doc);
        assertEquals(BigInteger.valueOf(11906), sect.getPgSz().getW(), "A4 width");
        assertEquals(BigInteger.valueOf(16838), sect.getPgSz().getH(), "A4 height");
        CTPageMar m = sect.getPgMar();
        assertEquals(1134, ((BigInteger) m.getTop()).intValue(), "top 20 mm");
        assertEquals(1134, ((BigInteger) m.getBottom()).intValue(), "bottom 20 mm");
        assertEquals(1701, ((BigInteger) m.getLeft()).intValue(), "left 30 mm");
        assertEquals(850, ((BigInteger) m.getRight()).intValue(), "right 15 mm");
        for (XWPFRun r : runs(doc)) {
            CTFonts f = r.getCTR().getRPr().getRFontsArray(0);
            assertEquals("Times New Roman", f.getAscii(), r.text());
            assertEquals("Times New Roman", f.getHAnsi(), r.text());
            double size = r.getFontSizeAsDouble();
            assertTrue(size >= 11 && size <= 14, r.text() + " " + size);
        }
        XWPFTable header = doc.getTables().get(0);
        assertEquals(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"), cell(header, 0, 1));
    }

    /** The section of the first page: the first section break in a paragraph, else the body's. */
    static CTSectPr firstSection(XWPFDocument doc) {
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr()) {
                return p.getCTP().getPPr().getSectPr();
            }
        }
        return doc.getDocument().getBody().getSectPr();
    }
}
