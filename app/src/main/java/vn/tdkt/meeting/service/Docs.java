package vn.tdkt.meeting.service;

import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.tdkt.export.word.Nd30Document;

/** Pieces shared by the meeting documents: report headings, bordered tables, Vietnamese enumerations. */
final class Docs {

    static final int TABLE_PT = 12;
    /** Dotted leader for what the app does not store and the signer writes by hand (quê quán, trú quán …). */
    static final String DOTS = "…………………………………";
    /** Điểm letters in Vietnamese alphabet order (NĐ 30: a, b, c, d, đ, e, g, h, i, k …). */
    private static final String[] LETTERS = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p",
        "q", "r", "s", "t", "u", "v", "x", "y"};

    private Docs() {
    }

    /** A bold heading of a report ("I. SƠ LƯỢC LÝ LỊCH", "1. Danh hiệu thi đua:"), justified with the body indent. */
    static XWPFParagraph heading(Nd30Document doc, String text) {
        XWPFParagraph p = doc.line(text, ParagraphAlignment.BOTH, true, false);
        p.setIndentationFirstLine(720);
        p.setSpacingBefore(120);
        p.setKeepNext(true);
        return p;
    }

    /** A body paragraph kept on the page of what follows it (the lead-in of a table). */
    static XWPFParagraph lead(Nd30Document doc, String text) {
        XWPFParagraph p = doc.paragraph(text);
        p.setKeepNext(true);
        return p;
    }

    /**
     * A bordered fixed table: a bold header row repeated on every page, rows that never split; a 6 pt paragraph after
     * it keeps the next text (or table) apart.
     *
     * @param mm     column widths in millimetres
     * @param align  one letter per column: C centred, L left, R right
     */
    static XWPFTable grid(Nd30Document doc, double[] mm, List<String> head, List<List<String>> rows, String align) {
        int[] widths = Arrays.stream(mm).mapToInt(Nd30Document::mm).toArray();
        XWPFTable t = doc.table(widths, 1, true);
        XWPFTableRow h = t.getRow(0);
        h.setRepeatHeader(true);
        h.setCantSplitRow(true);
        for (int c = 0; c < head.size(); c++) {
            Nd30Document.cellText(h.getCell(c), head.get(c), TABLE_PT, true, ParagraphAlignment.CENTER);
        }
        for (List<String> r : rows) {
            XWPFTableRow row = doc.addRow(t, widths);
            row.setCantSplitRow(true);
            for (int c = 0; c < r.size(); c++) {
                Nd30Document.cellText(row.getCell(c), r.get(c), TABLE_PT, false, alignment(align.charAt(c)));
            }
        }
        XWPFParagraph gap = doc.line("", ParagraphAlignment.LEFT, false, false);
        Nd30Document.spacing(gap, 0, 0);
        return t;
    }

    private static ParagraphAlignment alignment(char c) {
        return switch (c) {
            case 'C' -> ParagraphAlignment.CENTER;
            case 'R' -> ParagraphAlignment.RIGHT;
            default -> ParagraphAlignment.LEFT;
        };
    }

    /** "a", "b", … "đ", "e" for the i-th point (0-based). */
    static String letter(int i) {
        return LETTERS[i % LETTERS.length];
    }

    /** "A", "A và B", "A, B và C". */
    static String joinAnd(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " và " + items.get(items.size() - 1);
    }

    /** A list item ending ";" or, for the last one, ".". */
    static String item(String text, boolean last) {
        return text + (last ? "." : ";");
    }
}
