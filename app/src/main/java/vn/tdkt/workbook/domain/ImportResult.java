package vn.tdkt.workbook.domain;

import java.util.List;

/** What an import wrote, per sheet, and how long the write took. */
public record ImportResult(List<SheetCount> counts, long millis) {

    public ImportResult {
        counts = List.copyOf(counts);
    }
}
