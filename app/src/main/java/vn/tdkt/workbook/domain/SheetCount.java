package vn.tdkt.workbook.domain;

/** Rows of one sheet that an import adds and rows it updates (matched by code or natural key). */
public record SheetCount(String sheet, int inserted, int updated) {

    public int total() {
        return inserted + updated;
    }

    /** "Cán bộ: 12 thêm mới, 3 cập nhật". */
    public String describe() {
        return sheet + ": " + inserted + " thêm mới, " + updated + " cập nhật";
    }
}
