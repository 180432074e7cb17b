package vn.tdkt.workbook.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.workbook.domain.WorkbookLayout;

/** Collects the problems of one analysis: all are counted, the first {@value #MAX_LISTED} are kept. */
final class Problems {

    static final int MAX_LISTED = 500;

    private final List<Problem> listed = new ArrayList<>();
    private int count;

    void add(String sheet, int row, String column, Msg text) {
        add(new Problem(sheet, row, column, text));
    }

    void add(Problem p) {
        count++;
        if (listed.size() < MAX_LISTED) {
            listed.add(p);
        }
    }

    int count() {
        return count;
    }

    /** Problems in file order (file-level, then by sheet of the contract, then by row), plus a line for the rest. */
    List<Problem> listed() {
        List<Problem> out = new ArrayList<>(listed);
        out.sort(Comparator.comparingInt((Problem p) -> sheetOrder(p.sheet())).thenComparingInt(Problem::row));
        if (count > listed.size()) {
            out.add(Problem.file(Msg.of("workbook.problem.more", String.valueOf(count - listed.size()))));
        }
        return out;
    }

    private static int sheetOrder(String sheet) {
        if (sheet == null) {
            return -1;
        }
        for (int i = 0; i < WorkbookLayout.SHEETS.size(); i++) {
            if (WorkbookLayout.SHEETS.get(i).name().equals(sheet)) {
                return i;
            }
        }
        return WorkbookLayout.SHEETS.size();
    }
}
