package vn.tdkt.workbook.service;

import static vn.tdkt.workbook.service.SheetCells.choices;
import static vn.tdkt.workbook.service.SheetCells.put;
import static vn.tdkt.workbook.service.SheetCells.sheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.movement.domain.MovementSheets;
import vn.tdkt.workbook.domain.ExemplarySheets;
import vn.tdkt.workbook.domain.ExemplarySheets.ModelLine;
import vn.tdkt.workbook.domain.ExemplarySheets.RecognitionLine;
import vn.tdkt.workbook.domain.WorkbookLayout;

/**
 * The two optional sheets of exemplary models ({@link ExemplarySheets}): reading them cell by cell with their own
 * problems (missing columns, empty required cells, values outside Loại / Giai đoạn / Giới tính, bad years and dates),
 * and writing them in the template and the export with drop-downs and the rows of the instructions sheet. The checks
 * against the data are the exemplary package's ({@link ExemplarySheetStore}).
 */
final class ExemplarySheetsIO {

    private static final int MIN_YEAR = 1945;

    private ExemplarySheetsIO() {
    }

    static boolean handles(String sheetName) {
        String k = WorkbookLayout.matchKey(sheetName);
        return k.equals(WorkbookLayout.matchKey(ExemplarySheets.MODELS))
                || k.equals(WorkbookLayout.matchKey(ExemplarySheets.RECOGNITIONS));
    }

    /** Reads the two sheets; problems go to the import's collector. */
    static final class Reader {
        private final Problems problems;
        private final List<ModelLine> models = new ArrayList<>();
        private final List<RecognitionLine> recognitions = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private final Set<String> modelCodes = new HashSet<>();

        Reader(Problems problems) {
            this.problems = problems;
        }

        /** The rows of one of the two sheets, or null when the sheet was already read (a second copy). */
        XlsxReader.RowHandler sheet(String name) {
            boolean isModels = WorkbookLayout.matchKey(name).equals(WorkbookLayout.matchKey(ExemplarySheets.MODELS));
            String canonical = isModels ? ExemplarySheets.MODELS : ExemplarySheets.RECOGNITIONS;
            if (!seen.add(canonical)) {
                return null;
            }
            return isModels
                    ? new SheetRows(problems, canonical, ExemplarySheets.MODEL_HEADERS, ExemplarySheets.MODEL_REQUIRED, MIN_YEAR,
                            this::model, this::modelCode)
                    : new SheetRows(problems, canonical, ExemplarySheets.RECOGNITION_HEADERS,
                            ExemplarySheets.RECOGNITION_REQUIRED, MIN_YEAR, this::recognition, null);
        }

        /** Every code of the models sheet, even on a row with problems: the recognitions sheet is checked against them. */
        private void modelCode(SheetRows rows, XlsxCell[] cells) {
            Integer codeColumn = rows.column(ExemplarySheets.CODE);
            if (codeColumn != null && codeColumn < cells.length && cells[codeColumn] != null) {
                modelCodes.add(cells[codeColumn].text().toUpperCase(java.util.Locale.ROOT));
            }
        }

        ExemplarySheets.Data finish() {
            return new ExemplarySheets.Data(models, recognitions, modelCodes);
        }

        private void model(SheetRows.Line l) {
            String code = l.text(ExemplarySheets.CODE, 50);
            String name = l.text(ExemplarySheets.NAME, 500);
            String kind = l.choice(ExemplarySheets.KIND, ExemplarySheets.KINDS);
            String person = l.text(ExemplarySheets.PERSON, 50);
            String unit = l.text(ExemplarySheets.UNIT, 50);
            String field = l.text(ExemplarySheets.FIELD, 300);
            String movement = l.text(ExemplarySheets.MOVEMENT, 50);
            String stage = l.choice(ExemplarySheets.STAGE, ExemplarySheets.STAGES);
            Gender gender = l.gender(ExemplarySheets.GENDER);
            if (l.ok) {
                models.add(new ModelLine(l.row, code, name, kind, person, unit, field, movement, stage, gender));
            }
        }

        private void recognition(SheetRows.Line l) {
            String code = l.text(ExemplarySheets.CODE, 50);
            Integer year = l.year(ExemplarySheets.YEAR);
            String no = l.text(ExemplarySheets.DECISION_NO, 100);
            LocalDate date = l.date(ExemplarySheets.DECISION_DATE);
            if (l.ok) {
                recognitions.add(new RecognitionLine(l.row, code, year, no, date));
            }
        }
    }

    // ---- writing ----

    /** Writes the two sheets (template: empty; export: every model and recognition) after the existing ones. */
    static void write(SXSSFWorkbook wb, ExemplarySheets.Data data) {
        CellStyle header = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setWrapText(true);
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        CellStyle text = wb.createCellStyle();
        text.setDataFormat(wb.createDataFormat().getFormat("@"));
        sheet(wb, ExemplarySheets.MODELS, ExemplarySheets.MODEL_HEADERS, new int[] {16, 50, 14, 14, 14, 24, 16, 14, 10},
                header, data.models(), (row, m) -> {
                    put(row, 0, m.code(), text, date);
                    put(row, 1, m.name(), null, date);
                    put(row, 2, m.kind(), null, date);
                    put(row, 3, m.personCode(), text, date);
                    put(row, 4, m.unitCode(), text, date);
                    put(row, 5, m.field(), null, date);
                    put(row, 6, m.movementCode(), text, date);
                    put(row, 7, m.stage(), null, date);
                    put(row, 8, m.gender() == null ? null : m.gender().label(), null, date);
                });
        SXSSFSheet models = wb.getSheet(ExemplarySheets.MODELS);
        choices(models, 2, ExemplarySheets.KINDS);
        choices(models, 7, ExemplarySheets.STAGES);
        choices(models, 8, Arrays.stream(Gender.values()).map(Gender::label).toList());
        sheet(wb, ExemplarySheets.RECOGNITIONS, ExemplarySheets.RECOGNITION_HEADERS, new int[] {16, 8, 20, 16}, header,
                data.recognitions(), (row, r) -> {
                    put(row, 0, r.modelCode(), text, date);
                    row.createCell(1).setCellValue(r.year());
                    put(row, 2, r.decisionNo(), text, date);
                    put(row, 3, r.decisionDate(), null, date);
                });
    }

    /** The rows of the instructions sheet for the two sheets; returns the next free row. */
    static int guide(Sheet sheet, int r, CellStyle wrap) {
        String m = ExemplarySheets.MODELS;
        String c = ExemplarySheets.RECOGNITIONS;
        String[][] rows = {
                {m, "", "Sheet không bắt buộc", "Điển hình tiên tiến (phát hiện, bồi dưỡng, tổng kết, nhân rộng) của các "
                        + "phong trào thi đua."},
                {m, ExemplarySheets.CODE, "Bắt buộc", "Mã duy nhất; nhập lại cùng mã sẽ cập nhật."},
                {m, ExemplarySheets.NAME, "Bắt buộc", "Chữ."},
                {m, ExemplarySheets.KIND, "Bắt buộc", String.join(" / ", ExemplarySheets.KINDS) + "."},
                {m, ExemplarySheets.PERSON, "Không bắt buộc", "Với điển hình cá nhân là cán bộ có trong dữ liệu: mã cán bộ "
                        + "(ở sheet '" + WorkbookLayout.PEOPLE + "' hoặc đã có trong dữ liệu); giới tính lấy theo cán bộ."},
                {m, ExemplarySheets.UNIT, "Không bắt buộc", "Với điển hình tập thể, doanh nghiệp là đơn vị có trong dữ liệu: "
                        + "mã đơn vị (ở sheet '" + WorkbookLayout.UNITS + "' hoặc đã có trong dữ liệu)."},
                {m, ExemplarySheets.FIELD, "Không bắt buộc", "Lĩnh vực, ví dụ Nông nghiệp, Giáo dục."},
                {m, ExemplarySheets.MOVEMENT, "Không bắt buộc", "Mã phong trào ở sheet '" + MovementSheets.MOVEMENTS
                        + "' hoặc đã có trong dữ liệu."},
                {m, ExemplarySheets.STAGE, "Bắt buộc", String.join(" / ", ExemplarySheets.STAGES) + ". Nhập lại có thể "
                        + "chuyển điển hình sang giai đoạn sau, không chuyển lùi (chuyển lùi cần lý do, làm trên màn hình)."},
                {m, ExemplarySheets.GENDER, "Không bắt buộc", "Nam / Nữ, chỉ cho cá nhân không có trong dữ liệu; "
                        + "để trống khi đã ghi Mã cán bộ."},
                {c, "", "Sheet không bắt buộc", "Các lần công nhận điển hình tiên tiến hằng năm, mỗi điển hình một lần một năm."},
                {c, ExemplarySheets.CODE, "Bắt buộc", "Mã điển hình ở sheet '" + m + "' hoặc đã có trong dữ liệu."},
                {c, ExemplarySheets.YEAR, "Bắt buộc", "Năm được công nhận, ví dụ 2024."},
                {c, ExemplarySheets.DECISION_NO, "Bắt buộc", "Số, ký hiệu quyết định công nhận."},
                {c, ExemplarySheets.DECISION_DATE, "Bắt buộc", "Ngày dd/MM/yyyy, không trước năm được công nhận."}};
        for (String[] v : rows) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < v.length; i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(v[i]);
                if (i == 3) {
                    cell.setCellStyle(wrap);
                }
            }
        }
        return r;
    }
}
