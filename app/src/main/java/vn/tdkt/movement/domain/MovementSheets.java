package vn.tdkt.movement.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The two optional sheets of the import workbook (a contract: names and headers exactly as written) and the rows
 * read from them. {@code row} is the Excel row number, for problems.
 */
public final class MovementSheets {

    public static final String MOVEMENTS = "Phong trào";
    public static final String MILESTONES = "Mốc thời gian";

    public static final String CODE = "Mã phong trào";
    public static final String NAME = "Tên phong trào";
    public static final String KIND = "Loại phong trào";
    public static final String LEVEL = "Cấp phát động";
    public static final String PLAN_NO = "Số kế hoạch";
    public static final String PLAN_DATE = "Ngày kế hoạch";
    public static final String PARENT = "Mã phong trào cấp trên";
    public static final String FROM = "Từ ngày";
    public static final String TO = "Đến ngày";
    public static final String LEAD_UNIT = "Mã đơn vị chủ trì";
    public static final String CONTENT = "Nội dung";
    public static final String DUE = "Hạn";
    public static final String UNIT = "Mã đơn vị";
    public static final String DONE = "Ngày hoàn thành";
    /** Optional columns of sheet Phong trào, after the ten: who issued and signed the plan (decision 160). */
    public static final String AUTHORITY_PARENT = "Cơ quan chủ quản";
    public static final String AUTHORITY = "Cơ quan ban hành";
    public static final String PLACE = "Địa danh";
    public static final String SIGNER_AUTHORITY = "Quyền hạn ký";
    public static final String SIGNER_TITLE = "Chức vụ người ký";
    public static final String SIGNER_NAME = "Người ký";

    public static final List<String> MOVEMENT_HEADERS = List.of(CODE, NAME, KIND, LEVEL, PLAN_NO, PLAN_DATE, PARENT, FROM,
            TO, LEAD_UNIT);
    public static final List<String> MILESTONE_HEADERS = List.of(CODE, CONTENT, DUE, UNIT, DONE);
    /** The optional columns of sheet Phong trào: a file without them keeps what is stored. */
    public static final List<String> MOVEMENT_OPTIONAL = List.of(AUTHORITY_PARENT, AUTHORITY, PLACE, SIGNER_AUTHORITY,
            SIGNER_TITLE, SIGNER_NAME);
    /** The cells that must be filled. */
    public static final List<String> MOVEMENT_REQUIRED = List.of(CODE, NAME, KIND, LEVEL);
    public static final List<String> MILESTONE_REQUIRED = List.of(CODE, CONTENT, DUE);

    private MovementSheets() {
    }

    /**
     * A row of sheet Phong trào.
     *
     * @param signed who issued and signed the plan, null when the sheet has none of those columns
     */
    public record MovementLine(int row, String code, String name, MovementKind kind, LaunchLevel level, String planNo,
                              LocalDate planDate, String parentCode, LocalDate from, LocalDate to, String leadUnitCode,
                              Signed signed) {

        /** A row of a sheet with only the ten columns. */
        public MovementLine(int row, String code, String name, MovementKind kind, LaunchLevel level, String planNo,
                            LocalDate planDate, String parentCode, LocalDate from, LocalDate to, String leadUnitCode) {
            this(row, code, name, kind, level, planNo, planDate, parentCode, from, to, leadUnitCode, null);
        }
    }

    /**
     * The optional columns of a row: cơ quan chủ quản, cơ quan ban hành, địa danh, quyền hạn ký (KT. / TM. …), chức vụ
     * and name of the signer; a value is null when its cell is empty.
     */
    public record Signed(String authorityParent, String authority, String place, String signerAuthority,
                         String signerTitle, String signerName) {
    }

    /** A row of sheet Mốc thời gian; {@code unitCode} null = every participating unit. */
    public record MilestoneLine(int row, String movementCode, String content, LocalDate due, String unitCode,
                               LocalDate done) {
    }

    /** What the two sheets hold (both empty when the file has neither). */
    public record Data(List<MovementLine> movements, List<MilestoneLine> milestones) {

        public static final Data EMPTY = new Data(List.of(), List.of());

        public Data {
            movements = List.copyOf(movements);
            milestones = List.copyOf(milestones);
        }
    }
}
