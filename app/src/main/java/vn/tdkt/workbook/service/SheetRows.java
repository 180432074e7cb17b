package vn.tdkt.workbook.service;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Labelled;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.workbook.domain.WorkbookLayout;

/**
 * The rows of an optional sheet read by header (the movements' and the exemplary models' sheets): the header row must be
 * row 1 and hold every column (but the optional ones, read as empty cells when absent), found case- and
 * accent-insensitively; every other non-empty row is handed over as a {@link Line} of typed cells that lists every
 * problem of the row by sheet, row and column.
 */
final class SheetRows implements XlsxReader.RowHandler {
    private final Problems problems;
    private final String sheet;
    private final List<String> headers;
    private final List<String> required;
    private final List<String> optional;
    private final int minYear;
    private final Consumer<Line> parse;
    private final BiConsumer<SheetRows, XlsxCell[]> everyRow;
    private Map<String, Integer> found = Map.of();
    private Map<String, Integer> columns;
    private boolean headerSeen;

    /** @param everyRow sees every row under the header, even one the header problems make unreadable (may be null) */
    SheetRows(Problems problems, String sheet, List<String> headers, List<String> required, int minYear,
              Consumer<Line> parse, BiConsumer<SheetRows, XlsxCell[]> everyRow) {
        this(problems, sheet, headers, required, List.of(), minYear, parse, everyRow);
    }

    /** @param optional columns, besides {@code headers}, that the header row may lack */
    SheetRows(Problems problems, String sheet, List<String> headers, List<String> required, List<String> optional,
              int minYear, Consumer<Line> parse, BiConsumer<SheetRows, XlsxCell[]> everyRow) {
        this.problems = problems;
        this.sheet = sheet;
        this.headers = headers;
        this.required = required;
        this.optional = optional;
        this.minYear = minYear;
        this.parse = parse;
        this.everyRow = everyRow;
    }

    /** The index of a header in the header row as it was typed, whether or not every column was there; null if absent. */
    Integer column(String header) {
        return found.get(WorkbookLayout.matchKey(header));
    }

    @Override
    public void row(int rowNumber, XlsxCell[] cells) {
        if (!headerSeen) {
            headerSeen = true;
            columns = header(rowNumber, cells);
            return;
        }
        if (everyRow != null) {
            everyRow.accept(this, cells);
        }
        if (columns == null || Arrays.stream(cells).allMatch(c -> c == null)) {
            return;
        }
        parse.accept(new Line(rowNumber, cells));
    }

    @Override
    public void end() {
        if (!headerSeen) {
            problems.add(new Problem(sheet, 1, null, Msg.of("movement.import.noHeader", String.join(", ", headers))));
        }
    }

    private Map<String, Integer> header(int rowNumber, XlsxCell[] cells) {
        if (rowNumber != 1) {
            problems.add(new Problem(sheet, 1, null, Msg.of("movement.import.noHeader", String.join(", ", headers))));
            return null;
        }
        Map<String, Integer> typed = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                typed.putIfAbsent(WorkbookLayout.matchKey(cells[i].text()), i);
            }
        }
        found = typed;
        Map<String, Integer> index = new HashMap<>();
        boolean ok = true;
        for (String h : headers) {
            Integer i = typed.get(WorkbookLayout.matchKey(h));
            if (i == null) {
                ok = false;
                problems.add(new Problem(sheet, 1, h, Msg.of("movement.import.missingColumn", h)));
            } else {
                index.put(h, i);
            }
        }
        for (String h : optional) {
            Integer i = typed.get(WorkbookLayout.matchKey(h));
            if (i != null) {
                index.put(h, i);
            }
        }
        return ok ? index : null;
    }

    /** One row: typed cells; {@code ok} turns false at the first problem, every problem of the row is listed. */
    final class Line {
        final int row;
        private final XlsxCell[] cells;
        boolean ok = true;

        private Line(int row, XlsxCell[] cells) {
            this.row = row;
            this.cells = cells;
        }

        /** Whether the sheet has that column (an optional one may be absent). */
        boolean has(String header) {
            return columns.containsKey(header);
        }

        void problem(String header, Msg text) {
            ok = false;
            problems.add(new Problem(sheet, row, header, text));
        }

        private XlsxCell cell(String header) {
            Integer i = columns.get(header);
            XlsxCell c = i != null && i < cells.length ? cells[i] : null;
            if (c == null && required.contains(header)) {
                problem(header, Msg.of("movement.import.required", header));
            }
            if (c != null && c.kind() == XlsxCell.Kind.ERROR) {
                problem(header, Msg.of("movement.import.errorCell", c.text()));
                return null;
            }
            return c;
        }

        String text(String header, int max) {
            XlsxCell c = cell(header);
            if (c == null) {
                return null;
            }
            String t = VietnameseText.clean(c.text());
            if (t.length() > max) {
                problem(header, Msg.of("movement.import.tooLong", String.valueOf(max)));
                return null;
            }
            return t;
        }

        LocalDate date(String header) {
            XlsxCell c = cell(header);
            if (c == null) {
                return null;
            }
            LocalDate d = switch (c.kind()) {
                case DATE -> c.date();
                case TEXT -> VnFormat.parseDate(c.text()).orElse(null);
                default -> null;
            };
            if (d == null || d.getYear() < minYear || d.getYear() > WorkbookLayout.MAX_YEAR) {
                problem(header, Msg.of("movement.import.badDate", c.text()));
                return null;
            }
            return d;
        }

        Integer year(String header) {
            XlsxCell c = cell(header);
            if (c == null) {
                return null;
            }
            Integer y = c.isWholeNumber() ? Integer.valueOf((int) c.number())
                    : c.kind() == XlsxCell.Kind.TEXT && c.text().matches("\\d{4}") ? Integer.valueOf(c.text()) : null;
            if (y == null || y < minYear || y > WorkbookLayout.MAX_YEAR) {
                problem(header, Msg.of("exemplary.import.badYear", c.text(), String.valueOf(minYear),
                        String.valueOf(WorkbookLayout.MAX_YEAR)));
                return null;
            }
            return y;
        }

        /** One of the values, as spelled in the contract (case and accents of the cell ignored). */
        String choice(String header, List<String> values) {
            String t = text(header, 200);
            if (t == null) {
                return null;
            }
            String key = VietnameseText.fold(t);
            for (String v : values) {
                if (VietnameseText.fold(v).equals(key)) {
                    return v;
                }
            }
            problem(header, Msg.of("movement.import.badChoice", t, String.join(" / ", values)));
            return null;
        }

        <E extends Enum<E> & Labelled> E choice(String header, Class<E> type) {
            String t = text(header, 200);
            if (t == null) {
                return null;
            }
            Optional<E> e = Labelled.parse(type, t);
            if (e.isEmpty()) {
                problem(header, Msg.of("movement.import.badChoice", t, String.join(" / ",
                        Arrays.stream(type.getEnumConstants()).map(Labelled::label).toList())));
                return null;
            }
            return e.get();
        }

        Gender gender(String header) {
            String t = text(header, 20);
            if (t == null) {
                return null;
            }
            return Gender.parse(t).orElseGet(() -> {
                problem(header, Msg.of("exemplary.problem.badGender", t));
                return null;
            });
        }
    }
}
