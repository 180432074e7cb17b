package vn.tdkt.registration.service;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.export.AtomicWrite;
import vn.tdkt.export.excel.CellStyles;
import vn.tdkt.export.excel.SheetPrint;
import vn.tdkt.export.excel.TextFit;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.registration.domain.Member;
import vn.tdkt.registration.domain.UnitSheet;

/**
 * Writes a unit's sheet: the four label cells with their values (Danh hiệu tập thể empty, with a drop-down), the
 * header row, one row per member (Danh hiệu đăng ký empty, with a drop-down). The sheet is protected except the cells
 * to fill (Danh hiệu tập thể, Danh hiệu đăng ký, Ghi chú); the drop-down lists sit in two hidden columns of the same
 * sheet; A4 portrait, the header row repeated on every page.
 */
final class UnitSheetWriter {

    static final int LIST_PERSON = 8;
    static final int LIST_UNIT = 9;

    private UnitSheetWriter() {
    }

    static void write(Unit unit, int year, List<Member> members, List<AwardKind> personal, List<AwardKind> collective, Path out) {
        AtomicWrite.write(out, os -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                build(wb, unit, year, members, personal, collective);
                wb.write(os);
            }
        });
    }

    static void build(XSSFWorkbook wb, Unit unit, int year, List<Member> members, List<AwardKind> personal,
                      List<AwardKind> collective) {
        CellStyles styles = new CellStyles(wb);
        XSSFSheet sheet = wb.createSheet(UnitSheet.SHEET);
        CellStyle label = styles.get(CellStyles.Style.TOTAL_TEXT);
        CellStyle value = styles.get(CellStyles.Style.TEXT);
        CellStyle open = wb.createCellStyle();
        open.cloneStyleFrom(value);
        open.setLocked(false);
        String[][] labels = {{UnitSheet.UNIT_CODE, unit.code()}, {UnitSheet.UNIT_NAME, unit.name()},
            {UnitSheet.YEAR, String.valueOf(year)}, {UnitSheet.COLLECTIVE, null}};
        for (int i = 0; i < labels.length; i++) {
            Row r = sheet.createRow(i);
            cell(r, 1, labels[i][0], label);
            Cell v = r.createCell(2);
            if (labels[i][1] != null) {
                v.setCellValue(labels[i][1]);
                v.setCellStyle(value);
            } else {
                v.setCellStyle(open);
            }
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(i, i, 2, 4));
        }
        Row h = sheet.createRow(UnitSheet.HEADER_ROW);
        for (int c = 0; c < UnitSheet.COLUMNS.size(); c++) {
            cell(h, c, UnitSheet.COLUMNS.get(c), styles.get(CellStyles.Style.HEADER));
        }
        CellStyle center = styles.get(CellStyles.Style.CENTER);
        int r = UnitSheet.HEADER_ROW + 1;
        for (Member m : members) {
            Row row = sheet.createRow(r);
            Cell stt = row.createCell(0);
            stt.setCellValue(r - UnitSheet.HEADER_ROW);
            stt.setCellStyle(center);
            cell(row, 1, m.code(), center);
            cell(row, 2, m.fullName(), value);
            cell(row, 3, m.position() == null ? "" : m.position(), value);
            row.createCell(4).setCellStyle(open);
            row.createCell(5).setCellStyle(open);
            int lines = Math.max(TextFit.lines(m.fullName(), 28), TextFit.lines(m.position(), 24));
            row.setHeightInPoints(TextFit.height(lines));
            r++;
        }
        list(sheet, LIST_PERSON, personal);
        list(sheet, LIST_UNIT, collective);
        DataValidationHelper dv = sheet.getDataValidationHelper();
        if (!members.isEmpty()) {
            validation(sheet, dv, LIST_PERSON, personal.size(), new CellRangeAddressList(UnitSheet.HEADER_ROW + 1, r - 1, 4, 4));
        }
        validation(sheet, dv, LIST_UNIT, collective.size(), new CellRangeAddressList(3, 3, 2, 4));
        double[] widths = {6, 14, 28, 24, 30, 24};
        for (int i = 0; i < widths.length; i++) {
            SheetPrint.width(sheet, i, widths[i]);
        }
        sheet.setColumnHidden(LIST_PERSON, true);
        sheet.setColumnHidden(LIST_UNIT, true);
        SheetPrint.apply(sheet, false, UnitSheet.HEADER_ROW, UnitSheet.HEADER_ROW);
        sheet.getHeader().setCenter("ĐĂNG KÝ DANH HIỆU THI ĐUA NĂM " + year);
        sheet.protectSheet("");
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }

    private static void list(XSSFSheet sheet, int col, List<AwardKind> kinds) {
        for (int i = 0; i < kinds.size(); i++) {
            Row r = sheet.getRow(i) == null ? sheet.createRow(i) : sheet.getRow(i);
            r.createCell(col).setCellValue(kinds.get(i).name());
        }
    }

    private static void validation(XSSFSheet sheet, DataValidationHelper dv, int col, int size, CellRangeAddressList where) {
        String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(col);
        DataValidation v = dv.createValidation(dv.createFormulaListConstraint("$" + letter + "$1:$" + letter + "$" + Math.max(1, size)),
                where);
        v.setShowErrorBox(true);
        v.setSuppressDropDownArrow(true);
        v.createErrorBox("Danh hiệu", "Chọn danh hiệu trong danh sách.");
        sheet.addValidationData(v);
    }

    private static void cell(Row r, int col, String text, CellStyle style) {
        Cell c = r.createCell(col);
        c.setCellValue(text);
        c.setCellStyle(style);
    }
}
