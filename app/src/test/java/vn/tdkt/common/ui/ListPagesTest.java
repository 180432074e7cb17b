package vn.tdkt.common.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a printed list falls onto A4 pages, without the toolkit: rows per page, the column titles on each, "Trang i / n". */
class ListPagesTest {

    private static final List<String> HEADER = List.of("Mã", "Họ và tên", "Đơn vị");
    private static final Messages VI = Messages.of("vi");

    private static List<List<String>> rows(int n) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(List.of(String.format("CB%03d", i), "Người " + i, "Văn phòng Sở"));
        }
        return out;
    }

    private static List<Double> same(int n, double h) {
        return new ArrayList<>(Collections.nCopies(n, h));
    }

    @Test
    void rowsFillEachPageBodyAndNoneIsSplitOrLost() {
        // a 20-point row, a body of 100 points: five rows a page
        ListPages.Frame frame = new ListPages.Frame(500, 180, 40, 20, 20);
        assertEquals(100, frame.body());
        List<ListPages.Page> pages = ListPages.pages("Danh sách cán bộ", "In ngày 03/12/2026, 12 dòng", HEADER, rows(12),
                same(12, 20), frame);
        assertEquals(List.of(5, 5, 2), pages.stream().map(p -> p.rows().size()).toList());
        assertEquals(List.of(0, 5, 10), pages.stream().map(ListPages.Page::from).toList());
        assertEquals(List.of("CB006", "CB007", "CB008", "CB009", "CB010"),
                pages.get(1).rows().stream().map(r -> r.get(0)).toList(), "the second page goes on from the first");
        assertEquals(12, pages.stream().mapToInt(p -> p.to() - p.from()).sum(), "every row once");
    }

    @Test
    void everyPageRepeatsTheTitleTheDayAndTheColumnTitlesAndSaysItsNumber() {
        ListPages.Frame frame = new ListPages.Frame(500, 180, 40, 20, 20);
        List<ListPages.Page> pages = ListPages.pages("Danh sách cán bộ", "In ngày 03/12/2026, 12 dòng", HEADER, rows(12),
                same(12, 20), frame);
        for (ListPages.Page p : pages) {
            assertEquals(HEADER, p.header(), "the column titles on page " + p.number());
            assertEquals("Danh sách cán bộ", p.title());
            assertEquals("In ngày 03/12/2026, 12 dòng", p.printed());
        }
        assertEquals(List.of("Trang 1 / 3", "Trang 2 / 3", "Trang 3 / 3"), pages.stream().map(p -> p.label(VI)).toList());
        assertEquals("Page 2 / 3", pages.get(1).label(Messages.of("en")));
    }

    @Test
    void aWrappedRowTakesItsHeightAndGoesWholeToTheNextPage() {
        // 30 + 30 + 30 = 90 ≤ 100; the fourth row (two lines: 40) does not fit and opens page 2
        List<int[]> ranges = ListPages.ranges(List.of(30.0, 30.0, 30.0, 40.0, 30.0, 30.0), 100);
        assertEquals(2, ranges.size());
        assertEquals(List.of(0, 3), List.of(ranges.get(0)[0], ranges.get(0)[1]));
        assertEquals(List.of(3, 6), List.of(ranges.get(1)[0], ranges.get(1)[1]));
        // a row exactly filling the body stays on its page
        assertEquals(1, ListPages.ranges(List.of(50.0, 50.0), 100).size());
    }

    @Test
    void aRowTallerThanAPageGetsAPageOfItsOwnAndAnEmptyListStillPrintsItsTitles() {
        List<int[]> ranges = ListPages.ranges(List.of(20.0, 250.0, 20.0), 100);
        assertEquals(3, ranges.size(), "the tall row alone, the rows before and after on their own pages");
        assertEquals(List.of(1, 2), List.of(ranges.get(1)[0], ranges.get(1)[1]));
        List<ListPages.Page> empty = ListPages.pages("Danh sách", "In ngày 03/12/2026, 0 dòng", HEADER, List.of(), List.of(),
                new ListPages.Frame(500, 180, 40, 20, 20));
        assertEquals(1, empty.size());
        assertEquals("Trang 1 / 1", empty.get(0).label(VI));
        assertEquals(HEADER, empty.get(0).header());
        assertThrows(IllegalArgumentException.class, () -> ListPages.ranges(List.of(10.0), 0));
    }

    @Test
    void landscapeHoldsFewerRowsButWiderColumnsThanPortrait() {
        ListPages.Frame portrait = ListPages.Frame.a4(ListPages.Orientation.PORTRAIT, 40, 20, 20);
        ListPages.Frame landscape = ListPages.Frame.a4(ListPages.Orientation.LANDSCAPE, 40, 20, 20);
        assertEquals(595.28 - 2 * ListPages.MARGIN, portrait.width(), 0.01);
        assertEquals(841.89 - 2 * ListPages.MARGIN, portrait.height(), 0.01);
        assertEquals(portrait.height(), landscape.width(), 0.01);
        int rows = 100;
        int portraitPages = ListPages.ranges(same(rows, 18), portrait.body()).size();
        int landscapePages = ListPages.ranges(same(rows, 18), landscape.body()).size();
        assertEquals(3, portraitPages, "37 rows of 18 points on a portrait page");
        assertEquals(5, landscapePages, "23 rows on a landscape page");
        assertTrue(landscapePages > portraitPages);
    }

    @Test
    void theColumnsKeepTheProportionsTheClerkSees() {
        List<Double> w = ListPages.widths(List.of(80.0, 240.0, 160.0), 480);
        assertEquals(List.of(80.0, 240.0, 160.0), w);
        List<Double> wide = ListPages.widths(List.of(100.0, 300.0), 200);
        assertEquals(List.of(50.0, 150.0), wide);
        assertEquals(List.of(100.0, 100.0), ListPages.widths(List.of(0.0, 0.0), 200), "unmeasured columns share the width");
    }
}
