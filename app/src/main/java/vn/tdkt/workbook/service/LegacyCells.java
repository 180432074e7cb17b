package vn.tdkt.workbook.service;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.poi.ss.util.CellReference;
import vn.tdkt.common.domain.LegacyConverter;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.VietnameseText;

/**
 * Puts every text cell of the sheets read through the {@link LegacyConverter} before the sheet's reader sees it, so
 * each import of the workbook (people, history, movements, models…) gets Unicode and the converter keeps the list of
 * converted cells (sheet, row, column header, before → after) for the clerk to accept. The first row a sheet gives is
 * its header row: it names the columns and is not converted. A cell that still looks legacy-encoded but that no
 * encoding turns into Vietnamese is reported (the converter reports the ambiguous ones).
 */
final class LegacyCells implements XlsxReader.Visitor {

    private final XlsxReader.Visitor inner;
    private final LegacyConverter converter;
    private final Consumer<Problem> problems;

    LegacyCells(XlsxReader.Visitor inner, LegacyConverter converter, Consumer<Problem> problems) {
        this.inner = inner;
        this.converter = converter;
        this.problems = problems;
    }

    /** Reads every text cell below the header of the sheets {@code read} accepts as evidence of the file's encoding. */
    static void observe(Path file, Predicate<String> read, LegacyConverter converter) {
        XlsxReader.read(file, name -> !read.test(name) ? null : new XlsxReader.RowHandler() {
            private boolean header = true;

            @Override
            public void row(int rowNumber, XlsxCell[] cells) {
                if (header) {
                    header = false;
                    return;
                }
                for (XlsxCell c : cells) {
                    if (c != null && c.kind() == XlsxCell.Kind.TEXT) {
                        converter.observe(c.text());
                    }
                }
            }
        });
    }

    @Override
    public XlsxReader.RowHandler sheet(String name) {
        XlsxReader.RowHandler h = inner.sheet(name);
        return h == null ? null : new Converting(name, h);
    }

    private final class Converting implements XlsxReader.RowHandler {
        private final String sheet;
        private final XlsxReader.RowHandler handler;
        private XlsxCell[] headers;

        Converting(String sheet, XlsxReader.RowHandler handler) {
            this.sheet = sheet;
            this.handler = handler;
        }

        @Override
        public void row(int rowNumber, XlsxCell[] cells) {
            if (headers == null) {
                headers = cells.clone();
                handler.row(rowNumber, cells);
                return;
            }
            XlsxCell[] out = cells;
            for (int i = 0; i < cells.length; i++) {
                XlsxCell c = cells[i];
                if (c == null || c.kind() != XlsxCell.Kind.TEXT || ascii(c.text())) {
                    continue;
                }
                int before = converter.problems().size();
                String t = converter.convert(sheet, rowNumber, column(i), c.text());
                if (!t.equals(c.text())) {
                    if (out == cells) {
                        out = cells.clone();
                    }
                    out[i] = XlsxCell.ofText(t);
                } else if (converter.problems().size() == before && VietnameseText.looksLegacyEncoded(t)) {
                    problems.accept(new Problem(sheet, rowNumber, column(i), Msg.of("legacy.invalid", t)));
                }
            }
            handler.row(rowNumber, out);
        }

        private static boolean ascii(String t) {
            for (int k = 0; k < t.length(); k++) {
                if (t.charAt(k) >= 0x80) {
                    return false;
                }
            }
            return true;
        }

        private String column(int i) {
            XlsxCell h = i < headers.length ? headers[i] : null;
            return h == null ? CellReference.convertNumToColString(i) : h.text();
        }

        @Override
        public void end() {
            handler.end();
        }
    }
}
