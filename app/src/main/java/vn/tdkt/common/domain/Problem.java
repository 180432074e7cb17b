package vn.tdkt.common.domain;

/**
 * One problem found in input, located as precisely as the input allows.
 *
 * @param sheet  sheet name (or null for a whole-file problem)
 * @param row    1-based row number as Excel shows it (0 when not tied to a row)
 * @param column column header (or null)
 * @param message Vietnamese explanation
 */
public record Problem(String sheet, int row, String column, String message) {

    public static Problem file(String message) {
        return new Problem(null, 0, null, message);
    }

    /** "Sheet 'Cán bộ', dòng 12, cột 'Ngày sinh': ..." */
    public String describe() {
        StringBuilder b = new StringBuilder();
        if (sheet != null) {
            b.append("Sheet '").append(sheet).append('\'');
        }
        if (row > 0) {
            b.append(b.length() > 0 ? ", " : "").append("dòng ").append(row);
        }
        if (column != null) {
            b.append(b.length() > 0 ? ", " : "").append("cột '").append(column).append('\'');
        }
        return b.length() == 0 ? message : b + ": " + message;
    }
}
