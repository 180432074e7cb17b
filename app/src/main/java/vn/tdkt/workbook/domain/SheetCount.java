package vn.tdkt.workbook.domain;

import java.util.Locale;
import vn.tdkt.common.domain.Texts;

/** Rows of one sheet that an import adds and rows it updates (matched by code or natural key). */
public record SheetCount(String sheet, int inserted, int updated) {

    public int total() {
        return inserted + updated;
    }

    /** "Cán bộ: 12 thêm mới, 3 cập nhật". */
    public String describe() {
        return describe(Texts.VIETNAMESE);
    }

    /** The counts in the given language; the sheet keeps its workbook name (a contract). */
    public String describe(Locale locale) {
        return Texts.format(locale, "workbook.count", sheet, String.valueOf(inserted), String.valueOf(updated));
    }
}
