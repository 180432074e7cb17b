package vn.tdkt.common.domain;

import java.util.Locale;

/**
 * One problem found in input, located as precisely as the input allows.
 *
 * @param sheet  sheet name (or null when the input is not a workbook)
 * @param row    1-based row number as Excel shows it (0 when not tied to a row)
 * @param column the column's header as the file's contract names it (never a letter; null or blank when none)
 * @param field  the typed field of a form or record the problem is on (or null)
 * @param text   the explanation, put into words in the user's language
 */
public record Problem(String sheet, int row, String column, Field field, Msg text) {

    /** A workbook problem whose explanation is a bundle text. */
    public Problem(String sheet, int row, String column, Msg text) {
        this(sheet, row, column, null, text);
    }

    /**
     * A workbook problem whose explanation is already in Vietnamese words; kept for code not yet moved to
     * bundle keys (English mode then shows it in Vietnamese). New code uses {@link Msg}.
     */
    public Problem(String sheet, int row, String column, String message) {
        this(sheet, row, column, null, Msg.of("common.literal", message));
    }

    /** A problem on a field of a form or record. */
    public static Problem of(Field field, Msg text) {
        return new Problem(null, 0, null, field, text);
    }

    public static Problem file(Msg text) {
        return new Problem(null, 0, null, null, text);
    }

    public static Problem file(String message) {
        return new Problem(null, 0, null, message);
    }

    /** The explanation in Vietnamese. */
    public String message() {
        return text.vi();
    }

    /** "Sheet 'Cán bộ', dòng 12, cột 'Ngày sinh': ..." in Vietnamese. */
    public String describe() {
        return describe(Texts.VIETNAMESE);
    }

    /**
     * The located explanation in the given language: sheet, row, the column by its header (else the field's label),
     * then the text.
     */
    public String describe(Locale locale) {
        StringBuilder b = new StringBuilder();
        if (sheet != null) {
            b.append(Texts.format(locale, "problem.sheet", sheet));
        }
        if (row > 0) {
            b.append(b.length() > 0 ? ", " : "").append(Texts.format(locale, "problem.row", String.valueOf(row)));
        }
        if (column != null && !column.isBlank()) {
            b.append(b.length() > 0 ? ", " : "").append(Texts.format(locale, "problem.column", column));
        } else if (field != null) {
            b.append(b.length() > 0 ? ", " : "").append(Texts.get(locale, field.labelKey()));
        }
        String words = text.in(locale);
        return b.length() == 0 ? words : b + ": " + words;
    }

    /**
     * The explanation as a form shows it: the field's label (or the column's name, never "cột") and the text; a
     * problem of a file keeps its sheet and row.
     */
    public String describeInForm(Locale locale) {
        if (sheet != null || row > 0) {
            return describe(locale);
        }
        String words = text.in(locale);
        if (field != null) {
            return Texts.get(locale, field.labelKey()) + ": " + words;
        }
        return column == null || column.isBlank() ? words : column + ": " + words;
    }
}
