package vn.tdkt.common.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * How a printed list falls onto pages, without the toolkit: every page carries the list's title with the day it is
 * printed, the column titles again, as many whole rows as its body holds (a row is never split; a row taller than a
 * page's body is given a page of its own) and "Trang i / n". The heights are those of the printed cells, in points,
 * measured by the caller ({@link ListPrint} measures the wrapped text); the page sizes are A4's less its margins.
 */
public final class ListPages {

    /** A4 in points (1/72 inch): 210 × 297 mm. */
    public static final double A4_SHORT = 595.28;
    public static final double A4_LONG = 841.89;
    /** The margin used when no printer tells its own: 15 mm on every side. */
    public static final double MARGIN = 42.52;

    /** The paper's direction. */
    public enum Orientation {
        PORTRAIT, LANDSCAPE
    }

    /** Where rows may go on a page: the printable width and height, and the parts every page repeats. */
    public record Frame(double width, double height, double titleHeight, double headerHeight, double footerHeight) {

        /** A4 in the orientation, less the default margins, with the repeated parts' heights. */
        public static Frame a4(Orientation o, double titleHeight, double headerHeight, double footerHeight) {
            double w = (o == Orientation.PORTRAIT ? A4_SHORT : A4_LONG) - 2 * MARGIN;
            double h = (o == Orientation.PORTRAIT ? A4_LONG : A4_SHORT) - 2 * MARGIN;
            return new Frame(w, h, titleHeight, headerHeight, footerHeight);
        }

        /** The height left for rows on every page. */
        public double body() {
            return height - titleHeight - headerHeight - footerHeight;
        }
    }

    /** One printed page: its title line, the column titles, its rows (indices into the list, from inclusive, to exclusive). */
    public record Page(int number, int total, String title, String printed, List<String> header, List<List<String>> rows,
                       int from, int to) {

        /** "Trang 2 / 5" in the language of the texts. */
        public String label(Messages messages) {
            return messages.format("window.print.page", number, total);
        }
    }

    private ListPages() {
    }

    /**
     * The row ranges of each page: rows go on a page while they fit its body; a list without rows still prints one
     * page (title and column titles). Each range is {from, to}.
     */
    public static List<int[]> ranges(List<Double> rowHeights, double body) {
        if (body <= 0) {
            throw new IllegalArgumentException("no room for rows: " + body);
        }
        List<int[]> out = new ArrayList<>();
        int from = 0;
        double used = 0;
        for (int i = 0; i < rowHeights.size(); i++) {
            double h = rowHeights.get(i);
            if (i > from && used + h > body) {
                out.add(new int[] {from, i});
                from = i;
                used = 0;
            }
            used += h;
        }
        if (out.isEmpty() || from < rowHeights.size()) {
            out.add(new int[] {from, rowHeights.size()});
        }
        return out;
    }

    /** The pages of a list: every page with the title, the printing day's line and the column titles. */
    public static List<Page> pages(String title, String printed, List<String> header, List<List<String>> rows,
                                   List<Double> rowHeights, Frame frame) {
        if (rows.size() != rowHeights.size()) {
            throw new IllegalArgumentException(rows.size() + " rows, " + rowHeights.size() + " heights");
        }
        List<int[]> ranges = ranges(rowHeights, frame.body());
        List<Page> out = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            int[] r = ranges.get(i);
            out.add(new Page(i + 1, ranges.size(), title, printed, List.copyOf(header),
                    List.copyOf(rows.subList(r[0], r[1])), r[0], r[1]));
        }
        return out;
    }

    /**
     * The printed widths of the columns: the table's widths scaled to the printable width, so the columns keep the
     * proportions the clerk sees.
     */
    public static List<Double> widths(List<Double> shown, double printable) {
        double sum = shown.stream().mapToDouble(Double::doubleValue).sum();
        if (shown.isEmpty()) {
            return List.of();
        }
        if (sum <= 0) {
            return shown.stream().map(w -> printable / shown.size()).toList();
        }
        return shown.stream().map(w -> w * printable / sum).toList();
    }
}
