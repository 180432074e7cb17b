package vn.tdkt.workbook.domain;

import java.util.Locale;
import vn.tdkt.common.domain.Texts;

/**
 * Rows of one sheet that an import adds, rows it changes and rows it finds already as they are (matched by code or
 * natural key). Before the write (the check) every row already in the data counts as {@code updated}: whether its
 * values differ is known only when it is written.
 */
public record SheetCount(String sheet, int inserted, int updated, int unchanged) {

    /** Counts of the check, or of a sheet that does not tell changed rows from unchanged ones. */
    public SheetCount(String sheet, int inserted, int updated) {
        this(sheet, inserted, updated, 0);
    }

    public int total() {
        return inserted + updated + unchanged;
    }

    /** "Cán bộ: 12 thêm mới, 3 cập nhật, 1.680 không đổi". */
    public String describe() {
        return describe(Texts.VIETNAMESE);
    }

    /** The counts in the given language; the sheet keeps its workbook name (a contract). */
    public String describe(Locale locale) {
        return unchanged == 0
                ? Texts.format(locale, "workbook.count", sheet, String.valueOf(inserted), String.valueOf(updated))
                : Texts.format(locale, "window.import.count", sheet, String.valueOf(inserted), String.valueOf(updated),
                        String.valueOf(unchanged));
    }
}
