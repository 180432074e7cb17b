package vn.tdkt.export.word;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.tdkt.export.TextWidth;

/**
 * The number of pages of a generated .docx, laid out the way Word and LibreOffice do it closely enough for the Mục lục
 * (decision 0051): each section starts a page; a paragraph takes its lines (Times metrics, the paragraph's width, its
 * indents) at 1,15 × its size plus its spacing; a table row takes its tallest cell and moves whole to the next page
 * when it cannot split. {@code SampleRenderingTest} compares the estimate with LibreOffice's rendering of the samples.
 */
public final class PageEstimate {

    private static final double LINE = 1.15;

    private PageEstimate() {
    }

    /** Pages of the document. */
    public static int pages(XWPFDocument doc) {
        Layout l = new Layout(doc.getDocument().getBody().getSectPr());
        CTSectPr[] sections = sectionsInOrder(doc);
        int section = 0;
        l.start(sections[0]);
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                l.add(paragraphHeight(p, l.width));
                if (p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr()) {
                    section++;
                    l.newPage();
                    l.start(sections[Math.min(section, sections.length - 1)]);
                } else if (p.isPageBreak()) {
                    l.newPage();
                }
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    double h = 0;
                    for (XWPFTableCell cell : row.getTableCells()) {
                        double cellWidth = cellWidth(cell);
                        double ch = 0;
                        for (XWPFParagraph p : cell.getParagraphs()) {
                            ch += paragraphHeight(p, cellWidth - 216);
                        }
                        h = Math.max(h, ch);
                    }
                    l.addRow(h, row.isCantSplitRow());
                }
            }
        }
        return l.pages;
    }

    private static CTSectPr[] sectionsInOrder(XWPFDocument doc) {
        java.util.List<CTSectPr> out = new java.util.ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr()) {
                out.add(p.getCTP().getPPr().getSectPr());
            }
        }
        out.add(doc.getDocument().getBody().getSectPr());
        return out.toArray(new CTSectPr[0]);
    }

    private static double cellWidth(XWPFTableCell cell) {
        var tc = cell.getCTTc().getTcPr();
        if (tc != null && tc.isSetTcW()) {
            return twips(tc.getTcW().getW());
        }
        return 3000;
    }

    /** Height in twips of a paragraph in a column of that width. */
    static double paragraphHeight(XWPFParagraph p, double width) {
        double pt = 14;
        boolean bold = false;
        for (XWPFRun r : p.getRuns()) {
            Double size = r.getFontSizeAsDouble();
            if (size != null) {
                pt = size;
            }
            bold |= r.isBold();
        }
        String text = p.getText();
        double usable = Math.max(1000, width - Math.max(0, p.getIndentationLeft()) - Math.max(0, p.getIndentationRight()));
        double first = Math.max(0, p.getIndentationFirstLine());
        int lines = text.isEmpty() ? 1 : (int) Math.ceil((TextWidth.twips(text, pt, bold) + first) / usable);
        double spacing = Math.max(0, p.getSpacingBefore()) + Math.max(0, p.getSpacingAfter());
        var ppr = p.getCTP().getPPr();
        if (ppr != null && ppr.isSetSpacing() && ppr.getSpacing().getLineRule() != null
                && "exact".equals(ppr.getSpacing().getLineRule().toString())) {
            return twips(ppr.getSpacing().getLine()) + spacing;
        }
        return lines * pt * 20 * LINE + spacing;
    }

    private static double twips(Object value) {
        return value instanceof BigInteger b ? b.doubleValue() : Double.parseDouble(String.valueOf(value));
    }

    /** The running layout: the page's text height and width, what the current page holds. */
    private static final class Layout {
        private double height;
        private double width;
        private double used;
        private int pages = 1;

        Layout(CTSectPr last) {
            start(last);
        }

        void start(CTSectPr s) {
            height = twips(s.getPgSz().getH()) - twips(s.getPgMar().getTop()) - twips(s.getPgMar().getBottom());
            width = twips(s.getPgSz().getW()) - twips(s.getPgMar().getLeft()) - twips(s.getPgMar().getRight());
        }

        void newPage() {
            pages++;
            used = 0;
        }

        void add(double h) {
            used += h;
            while (used > height) {
                pages++;
                used -= height;
            }
        }

        void addRow(double h, boolean whole) {
            if (whole && used + h > height && used > 0) {
                newPage();
            }
            add(h);
        }
    }
}
