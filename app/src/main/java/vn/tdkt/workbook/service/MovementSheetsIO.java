package vn.tdkt.workbook.service;

import static vn.tdkt.workbook.service.SheetCells.choices;
import static vn.tdkt.workbook.service.SheetCells.put;
import static vn.tdkt.workbook.service.SheetCells.sheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.movement.domain.LaunchLevel;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.domain.MovementSheets;
import vn.tdkt.movement.domain.MovementSheets.MilestoneLine;
import vn.tdkt.movement.domain.MovementSheets.MovementLine;
import vn.tdkt.workbook.domain.WorkbookLayout;

/**
 * The two optional movement sheets of the workbook ({@link MovementSheets}): reading them cell by cell with their
 * own problems (missing columns, empty required cells, unknown kinds and levels, bad dates), and writing them in the
 * template and the export with drop-downs and the rows of the instructions sheet.
 */
final class MovementSheetsIO {

    private static final int MIN_YEAR = 1900;

    private MovementSheetsIO() {
    }

    static boolean handles(String sheetName) {
        return SheetCells.canonical(sheetName, MovementSheets.MOVEMENTS, MovementSheets.MILESTONES) != null;
    }

    /** Reads the two sheets; problems go to the import's collector. */
    static final class Reader {
        private final Problems problems;
        private final List<MovementLine> movements = new ArrayList<>();
        private final List<MilestoneLine> milestones = new ArrayList<>();
        private final java.util.Set<String> seen = new java.util.HashSet<>();

        Reader(Problems problems) {
            this.problems = problems;
        }

        /** The rows of one of the two sheets, or null when the sheet was already read (a second copy). */
        XlsxReader.RowHandler sheet(String name) {
            String canonical = SheetCells.canonical(name, MovementSheets.MOVEMENTS, MovementSheets.MILESTONES);
            boolean isMovements = MovementSheets.MOVEMENTS.equals(canonical);
            if (!seen.add(canonical)) {
                return null;
            }
            return isMovements
                    ? new SheetRows(problems, canonical, MovementSheets.MOVEMENT_HEADERS, MovementSheets.MOVEMENT_REQUIRED,
                            MovementSheets.MOVEMENT_OPTIONAL, MIN_YEAR, this::movement, null)
                    : new SheetRows(problems, canonical, MovementSheets.MILESTONE_HEADERS, MovementSheets.MILESTONE_REQUIRED,
                            MIN_YEAR, this::milestone, null);
        }

        MovementSheets.Data finish() {
            return new MovementSheets.Data(movements, milestones);
        }

        boolean present(String sheet) {
            return seen.contains(sheet);
        }

        private void movement(SheetRows.Line l) {
            String code = l.text(MovementSheets.CODE, 50);
            String name = l.text(MovementSheets.NAME, 1000);
            MovementKind kind = l.choice(MovementSheets.KIND, MovementKind.class);
            LaunchLevel level = l.choice(MovementSheets.LEVEL, LaunchLevel.class);
            String planNo = l.text(MovementSheets.PLAN_NO, 100);
            LocalDate planDate = l.date(MovementSheets.PLAN_DATE);
            String parent = l.text(MovementSheets.PARENT, 50);
            LocalDate from = l.date(MovementSheets.FROM);
            LocalDate to = l.date(MovementSheets.TO);
            String lead = l.text(MovementSheets.LEAD_UNIT, 50);
            if (code != null && code.equalsIgnoreCase(parent == null ? "" : parent)) {
                l.problem(MovementSheets.PARENT, Msg.of("movement.import.parentSelf", code));
                return;
            }
            MovementSheets.Signed signed = null;
            if (MovementSheets.MOVEMENT_OPTIONAL.stream().anyMatch(l::has)) {
                signed = new MovementSheets.Signed(l.text(MovementSheets.AUTHORITY_PARENT, 300),
                        l.text(MovementSheets.AUTHORITY, 300), l.text(MovementSheets.PLACE, 100),
                        l.text(MovementSheets.SIGNER_AUTHORITY, 200), l.text(MovementSheets.SIGNER_TITLE, 200),
                        l.text(MovementSheets.SIGNER_NAME, 200));
            }
            if (l.ok) {
                movements.add(new MovementLine(l.row, code, name, kind, level, planNo, planDate, parent, from, to, lead,
                        signed));
            }
        }

        private void milestone(SheetRows.Line l) {
            String code = l.text(MovementSheets.CODE, 50);
            String content = l.text(MovementSheets.CONTENT, 1000);
            LocalDate due = l.date(MovementSheets.DUE);
            String unit = l.text(MovementSheets.UNIT, 50);
            LocalDate done = l.date(MovementSheets.DONE);
            if (l.ok) {
                milestones.add(new MilestoneLine(l.row, code, content, due, unit, done));
            }
        }
    }

    // ---- writing ----

    /** Writes the two sheets (template: empty; export: every movement and milestone) after the existing ones. */
    static void write(SXSSFWorkbook wb, MovementSheets.Data data) {
        SheetCells.Styles styles = SheetCells.Styles.of(wb);
        CellStyle header = styles.header();
        CellStyle date = styles.date();
        CellStyle text = styles.text();
        List<String> headers = new ArrayList<>(MovementSheets.MOVEMENT_HEADERS);
        headers.addAll(MovementSheets.MOVEMENT_OPTIONAL);
        sheet(wb, MovementSheets.MOVEMENTS, headers, new int[] {16, 60, 16, 18, 16, 14, 20, 12, 12, 18, 28, 32, 14, 18, 20, 22},
                header, data.movements(), (row, m) -> {
                    put(row, 0, m.code(), text, date);
                    put(row, 1, m.name(), null, date);
                    put(row, 2, m.kind().label(), null, date);
                    put(row, 3, m.level().label(), null, date);
                    put(row, 4, m.planNo(), text, date);
                    put(row, 5, m.planDate(), null, date);
                    put(row, 6, m.parentCode(), text, date);
                    put(row, 7, m.from(), null, date);
                    put(row, 8, m.to(), null, date);
                    put(row, 9, m.leadUnitCode(), text, date);
                    MovementSheets.Signed g = m.signed();
                    if (g != null) {
                        put(row, 10, g.authorityParent(), null, date);
                        put(row, 11, g.authority(), null, date);
                        put(row, 12, g.place(), null, date);
                        put(row, 13, g.signerAuthority(), null, date);
                        put(row, 14, g.signerTitle(), null, date);
                        put(row, 15, g.signerName(), null, date);
                    }
                });
        SXSSFSheet movements = wb.getSheet(MovementSheets.MOVEMENTS);
        choices(movements, 2, Arrays.stream(MovementKind.values()).map(MovementKind::label).toList());
        choices(movements, 3, Arrays.stream(LaunchLevel.values()).map(LaunchLevel::label).toList());
        sheet(wb, MovementSheets.MILESTONES, MovementSheets.MILESTONE_HEADERS, new int[] {16, 60, 12, 14, 16}, header,
                data.milestones(), (row, m) -> {
                    put(row, 0, m.movementCode(), text, date);
                    put(row, 1, m.content(), null, date);
                    put(row, 2, m.due(), null, date);
                    put(row, 3, m.unitCode(), text, date);
                    put(row, 4, m.done(), null, date);
                });
    }

    /** The rows of the instructions sheet for the two sheets; returns the next free row. */
    static int guide(Sheet sheet, int r, CellStyle wrap) {
        String[][] rows = {
                {MovementSheets.MOVEMENTS, "", "Sheet không bắt buộc",
                        "Phong trào thi đua và kế hoạch phát động; kế hoạch cấp dưới ghi mã phong trào cấp trên."},
                {MovementSheets.MOVEMENTS, MovementSheets.CODE, "Bắt buộc", "Mã duy nhất; nhập lại cùng mã sẽ cập nhật."},
                {MovementSheets.MOVEMENTS, MovementSheets.NAME, "Bắt buộc", "Chữ."},
                {MovementSheets.MOVEMENTS, MovementSheets.KIND, "Bắt buộc", "Thường xuyên / Theo đợt / Chuyên đề."},
                {MovementSheets.MOVEMENTS, MovementSheets.LEVEL, "Bắt buộc",
                        String.join(" / ", Arrays.stream(LaunchLevel.values()).map(LaunchLevel::label).toList()) + "."},
                {MovementSheets.MOVEMENTS, MovementSheets.PLAN_NO, "Không bắt buộc", "Số, ký hiệu kế hoạch, ví dụ 90/KH-UBND."},
                {MovementSheets.MOVEMENTS, MovementSheets.PLAN_DATE, "Không bắt buộc", "Ngày dd/MM/yyyy."},
                {MovementSheets.MOVEMENTS, MovementSheets.PARENT, "Không bắt buộc",
                        "Mã phong trào (kế hoạch) cấp trên mà kế hoạch này thực hiện; ở sheet này hoặc đã có trong dữ liệu; "
                                + "không được tạo vòng lặp."},
                {MovementSheets.MOVEMENTS, MovementSheets.FROM, "Không bắt buộc", "Ngày bắt đầu, dd/MM/yyyy."},
                {MovementSheets.MOVEMENTS, MovementSheets.TO, "Không bắt buộc", "Ngày kết thúc, không trước Từ ngày."},
                {MovementSheets.MOVEMENTS, MovementSheets.LEAD_UNIT, "Không bắt buộc",
                        "Mã đơn vị chủ trì (ở sheet '" + WorkbookLayout.UNITS + "' hoặc đã có trong dữ liệu)."},
                {MovementSheets.MOVEMENTS, MovementSheets.AUTHORITY_PARENT, "Không bắt buộc",
                        "Cơ quan chủ quản của cơ quan ban hành kế hoạch, ví dụ UBND tỉnh Hưng Yên. Tệp không có các cột "
                                + "từ cột này đến cột Người ký thì giữ nguyên thông tin đã có."},
                {MovementSheets.MOVEMENTS, MovementSheets.AUTHORITY, "Không bắt buộc", "Cơ quan ban hành kế hoạch, "
                        + "ví dụ Sở Nội vụ; để trống thì báo cáo dùng cơ quan của Hội đồng Thi đua - Khen thưởng."},
                {MovementSheets.MOVEMENTS, MovementSheets.PLACE, "Không bắt buộc", "Địa danh ghi ở dòng ngày tháng, ví dụ Hưng Yên."},
                {MovementSheets.MOVEMENTS, MovementSheets.SIGNER_AUTHORITY, "Không bắt buộc",
                        "Quyền hạn ký: KT. Giám đốc, TM. Ủy ban nhân dân…; để trống khi thủ trưởng ký."},
                {MovementSheets.MOVEMENTS, MovementSheets.SIGNER_TITLE, "Không bắt buộc", "Chức vụ người ký, ví dụ Giám đốc."},
                {MovementSheets.MOVEMENTS, MovementSheets.SIGNER_NAME, "Không bắt buộc", "Họ và tên người ký; để trống "
                        + "thì báo cáo dùng Chủ tịch Hội đồng Thi đua - Khen thưởng đương nhiệm."},
                {MovementSheets.MILESTONES, "", "Sheet không bắt buộc", "Các mốc thời gian của phong trào."},
                {MovementSheets.MILESTONES, MovementSheets.CODE, "Bắt buộc", "Mã phong trào ở sheet '"
                        + MovementSheets.MOVEMENTS + "' hoặc đã có trong dữ liệu."},
                {MovementSheets.MILESTONES, MovementSheets.CONTENT, "Bắt buộc", "Việc phải làm, ví dụ gửi báo cáo sơ kết."},
                {MovementSheets.MILESTONES, MovementSheets.DUE, "Bắt buộc",
                        "Ngày dd/MM/yyyy; hạn rơi vào ngày nghỉ được tính sang ngày làm việc kế tiếp."},
                {MovementSheets.MILESTONES, MovementSheets.UNIT, "Không bắt buộc",
                        "Mã đơn vị phải thực hiện; để trống là mọi đơn vị tham gia."},
                {MovementSheets.MILESTONES, MovementSheets.DONE, "Không bắt buộc", "Ngày hoàn thành, dd/MM/yyyy."}};
        return SheetCells.guide(sheet, r, wrap, rows);
    }
}
