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
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.movement.domain.MovementSheets;
import vn.tdkt.workbook.domain.ExemplarySheets;
import vn.tdkt.workbook.domain.ExemplarySheets.HistoryLine;
import vn.tdkt.workbook.domain.ExemplarySheets.ModelLine;
import vn.tdkt.workbook.domain.ExemplarySheets.RecognitionLine;
import vn.tdkt.workbook.domain.WorkbookLayout;

/**
 * The optional sheets of exemplary models ({@link ExemplarySheets}): reading them cell by cell with their own
 * problems (missing columns, empty required cells, values outside Loại / Giai đoạn / Giới tính, bad years and dates),
 * and writing them in the template and the export with drop-downs and the rows of the instructions sheet. The checks
 * against the data are the exemplary package's ({@link ExemplarySheetStore}).
 */
final class ExemplarySheetsIO {

    private static final int MIN_YEAR = 1945;

    private ExemplarySheetsIO() {
    }

    static boolean handles(String sheetName) {
        return canonical(sheetName) != null;
    }

    /** The exemplary sheet {@code sheetName} names (as the workbook matches sheet names), or null. */
    private static String canonical(String sheetName) {
        return SheetCells.canonical(sheetName, ExemplarySheets.MODELS, ExemplarySheets.RECOGNITIONS,
                ExemplarySheets.HISTORY);
    }

    /** Reads the sheets; problems go to the import's collector. */
    static final class Reader {
        private final Problems problems;
        private final List<ModelLine> models = new ArrayList<>();
        private final List<RecognitionLine> recognitions = new ArrayList<>();
        private final List<HistoryLine> history = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private final Set<String> modelCodes = new HashSet<>();

        Reader(Problems problems) {
            this.problems = problems;
        }

        /** The rows of one of the sheets, or null when the sheet was already read (a second copy). */
        XlsxReader.RowHandler sheet(String name) {
            String canonical = canonical(name);
            if (!seen.add(canonical)) {
                return null;
            }
            return switch (canonical) {
                case ExemplarySheets.MODELS -> new SheetRows(problems, canonical, ExemplarySheets.MODEL_HEADERS,
                        ExemplarySheets.MODEL_REQUIRED, ExemplarySheets.MODEL_OPTIONAL, MIN_YEAR, this::model,
                        this::modelCode);
                case ExemplarySheets.HISTORY -> new SheetRows(problems, canonical, ExemplarySheets.HISTORY_HEADERS,
                        ExemplarySheets.HISTORY_REQUIRED, MIN_YEAR, this::history, null);
                default -> new SheetRows(problems, canonical, ExemplarySheets.RECOGNITION_HEADERS,
                        ExemplarySheets.RECOGNITION_REQUIRED, MIN_YEAR, this::recognition, null);
            };
        }

        /** Every code of the models sheet, even on a row with problems: the recognitions sheet is checked against them. */
        private void modelCode(SheetRows rows, XlsxCell[] cells) {
            Integer codeColumn = rows.column(ExemplarySheets.CODE);
            if (codeColumn != null && codeColumn < cells.length && cells[codeColumn] != null) {
                modelCodes.add(cells[codeColumn].text().toUpperCase(java.util.Locale.ROOT));
            }
        }

        ExemplarySheets.Data finish() {
            return new ExemplarySheets.Data(models, recognitions, history, modelCodes);
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
            LocalDate on = l.date(ExemplarySheets.STAGE_DATE);
            if (l.ok) {
                models.add(new ModelLine(l.row, code, name, kind, person, unit, field, movement, stage, gender, on));
            }
        }

        private void history(SheetRows.Line l) {
            String code = l.text(ExemplarySheets.CODE, 50);
            String stage = l.choice(ExemplarySheets.STAGE, ExemplarySheets.STAGES);
            LocalDate on = l.date(ExemplarySheets.STAGE_DATE);
            String by = l.text(ExemplarySheets.BY, 100);
            String note = l.text(ExemplarySheets.NOTE, 1000);
            if (l.ok) {
                history.add(new HistoryLine(l.row, code, stage, on, by, note));
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

    /**
     * Writes the sheets (template: empty; export: every model, recognition and line of the stage history) after the
     * existing ones; the models sheet with its optional Ngày giai đoạn.
     */
    static void write(SXSSFWorkbook wb, ExemplarySheets.Data data) {
        SheetCells.Styles styles = SheetCells.Styles.of(wb);
        CellStyle header = styles.header();
        CellStyle date = styles.date();
        CellStyle text = styles.text();
        List<String> modelHeaders = new ArrayList<>(ExemplarySheets.MODEL_HEADERS);
        modelHeaders.addAll(ExemplarySheets.MODEL_OPTIONAL);
        sheet(wb, ExemplarySheets.MODELS, modelHeaders, new int[] {16, 50, 14, 14, 14, 24, 16, 14, 10, 14},
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
                    put(row, 9, m.stageDate(), null, date);
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
        sheet(wb, ExemplarySheets.HISTORY, ExemplarySheets.HISTORY_HEADERS, new int[] {16, 14, 14, 20, 50}, header,
                data.history(), (row, h) -> {
                    put(row, 0, h.modelCode(), text, date);
                    put(row, 1, h.stage(), null, date);
                    put(row, 2, h.on(), null, date);
                    put(row, 3, h.by(), null, date);
                    put(row, 4, h.note(), null, date);
                });
        choices(wb.getSheet(ExemplarySheets.HISTORY), 1, ExemplarySheets.STAGES);
    }

    /** The rows of the instructions sheet for the exemplary sheets; returns the next free row. */
    static int guide(Sheet sheet, int r, CellStyle wrap) {
        String m = ExemplarySheets.MODELS;
        String c = ExemplarySheets.RECOGNITIONS;
        String h = ExemplarySheets.HISTORY;
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
                        + "chuyển điển hình sang giai đoạn sau, không chuyển lùi (chuyển lùi cần lý do: trên màn hình hoặc ở "
                        + "sheet '" + h + "')."},
                {m, ExemplarySheets.GENDER, "Không bắt buộc", "Nam / Nữ, chỉ cho cá nhân không có trong dữ liệu; "
                        + "để trống khi đã ghi Mã cán bộ."},
                {m, ExemplarySheets.STAGE_DATE, "Không bắt buộc (cột có thể không có)", "Ngày dd/MM/yyyy điển hình vào "
                        + "giai đoạn đang ghi, không sau hôm nay, không trước ngày của giai đoạn trước; để trống thì lấy "
                        + "ngày nhập (điển hình mới, chuyển giai đoạn) hoặc giữ ngày đã có."},
                {c, "", "Sheet không bắt buộc", "Các lần công nhận điển hình tiên tiến hằng năm, mỗi điển hình một lần một năm."},
                {c, ExemplarySheets.CODE, "Bắt buộc", "Mã điển hình ở sheet '" + m + "' hoặc đã có trong dữ liệu."},
                {c, ExemplarySheets.YEAR, "Bắt buộc", "Năm được công nhận, ví dụ 2024."},
                {c, ExemplarySheets.DECISION_NO, "Bắt buộc", "Số, ký hiệu quyết định công nhận."},
                {c, ExemplarySheets.DECISION_DATE, "Bắt buộc", "Ngày dd/MM/yyyy, không trước năm được công nhận."},
                {h, "", "Sheet không bắt buộc", "Lịch sử giai đoạn của điển hình: mỗi dòng một lần vào giai đoạn, theo "
                        + "thứ tự thời gian. Các dòng của một điển hình là toàn bộ lịch sử của điển hình ấy (thay lịch sử "
                        + "đã có); điển hình không có dòng nào giữ lịch sử đã có."},
                {h, ExemplarySheets.CODE, "Bắt buộc", "Mã điển hình ở sheet '" + m + "' hoặc đã có trong dữ liệu."},
                {h, ExemplarySheets.STAGE, "Bắt buộc", String.join(" / ", ExemplarySheets.STAGES) + ". Dòng sau chỉ "
                        + "chuyển tiếp một giai đoạn, hoặc chuyển lùi khi có Ghi chú (lý do); dòng cuối là giai đoạn của "
                        + "điển hình."},
                {h, ExemplarySheets.STAGE_DATE, "Bắt buộc", "Ngày dd/MM/yyyy, không trước ngày của dòng trước, không "
                        + "sau hôm nay; dòng cuối trùng Ngày giai đoạn ở sheet '" + m + "' khi cột ấy có ngày."},
                {h, ExemplarySheets.BY, "Không bắt buộc", "Người ghi nhận; để trống thì lấy người nhập."},
                {h, ExemplarySheets.NOTE, "Không bắt buộc", "Ghi chú; bắt buộc khi chuyển lùi (lý do)."}};
        return SheetCells.guide(sheet, r, wrap, rows);
    }
}
