package vn.tdkt.workbook.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.tdkt.common.domain.VietnameseText;

/**
 * The import workbook contract: sheet names and column headers, exactly as other tools fill them. Header row is
 * row 1; columns may come in any order; headers and sheet names match after {@link VietnameseText#clean} ignoring case.
 */
public final class WorkbookLayout {

    public static final String GUIDE = "Hướng dẫn";
    /** Hidden sheet holding the drop-down lists of the template and the export (ignored on import). */
    public static final String LISTS = "Danh mục";

    public static final String UNITS = "Đơn vị";
    public static final String PEOPLE = "Cán bộ";
    public static final String RATINGS = "Kết quả đánh giá";
    public static final String DISCIPLINE = "Kỷ luật";
    public static final String INITIATIVES = "Sáng kiến";
    public static final String AWARDS = "Khen thưởng";
    public static final String LEADERS = "Trưởng khối";

    public static final String UNIT_CODE = "Mã đơn vị";
    public static final String UNIT_NAME = "Tên đơn vị";
    public static final String PARENT_CODE = "Mã đơn vị cấp trên";
    public static final String BLOC = "Khối thi đua";
    /** The unit's loại hình: an optional column added at the end of sheet Đơn vị (decision 140). */
    public static final String UNIT_TYPE = "Loại hình đơn vị";
    public static final String PERSON_CODE = "Mã cán bộ";
    public static final String FULL_NAME = "Họ và tên";
    public static final String GENDER = "Giới tính";
    public static final String BIRTH_DATE = "Ngày sinh";
    public static final String PERSONAL_ID = "Số định danh cá nhân";
    public static final String POSITION = "Chức vụ";
    public static final String START_DATE = "Ngày bắt đầu công tác";
    public static final String END_DATE = "Ngày thôi công tác";
    public static final String HOMETOWN = "Quê quán";
    public static final String RESIDENCE = "Trú quán";
    public static final String PROFESSIONAL = "Trình độ chuyên môn";
    public static final String POLITICAL = "Lý luận chính trị";
    public static final String ACADEMIC = "Học hàm, học vị";
    /** The columns of the Báo cáo thành tích's lý lịch at the end of sheet Cán bộ (a sheet without them keeps the stored values). */
    public static final List<String> PROFILE_COLUMNS = List.of(HOMETOWN, RESIDENCE, PROFESSIONAL, POLITICAL, ACADEMIC);
    public static final String YEAR = "Năm";
    public static final String RATING = "Mức độ hoàn thành nhiệm vụ";
    public static final String FORM = "Hình thức";
    public static final String DECISION_NO = "Số quyết định";
    public static final String DECISION_DATE = "Ngày quyết định";
    public static final String EFFECTIVE_UNTIL = "Ngày hết hiệu lực";
    public static final String TITLE = "Tên sáng kiến";
    public static final String SCOPE = "Phạm vi ảnh hưởng";
    public static final String RECOGNIZED_YEAR = "Năm công nhận";
    public static final String KIND = "Loại";
    public static final String AWARD_KIND = "Danh hiệu/Hình thức";
    public static final String FORM_TYPE = "Loại hình";
    public static final String AUTHORITY = "Cấp quyết định";

    /** What a column holds; drives parsing, the instructions and the drop-downs. */
    public enum ValueType {
        TEXT, CODE, DATE, YEAR, PERIOD, GENDER, PERSONAL_ID, RATING, DISCIPLINE_FORM, SCOPE, INITIATIVE_KIND,
        AWARD_KIND, FORM_TYPE, UNIT_TYPE
    }

    /** Whether a cell must be filled. */
    public enum Need {
        REQUIRED("Bắt buộc"), OPTIONAL("Không bắt buộc"), ONE_OF_CODES("Điền đúng một trong hai mã");

        private final String label;

        Need(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A column of a sheet.
     *
     * @param headerRequired false for an extra column a file may leave out (the sheet then uses the default)
     */
    public record Column(String header, ValueType type, Need need, boolean headerRequired, int width) {
    }

    /** A sheet of the contract; only the required ones must be present in a file. */
    public record SheetSpec(String name, boolean required, String purpose, List<Column> columns) {
    }

    private static Column req(String header, ValueType type, int width) {
        return new Column(header, type, Need.REQUIRED, true, width);
    }

    private static Column opt(String header, ValueType type, int width) {
        return new Column(header, type, Need.OPTIONAL, true, width);
    }

    /** Optional text a file may leave out entirely. */
    private static Column extra(String header, int width) {
        return new Column(header, ValueType.TEXT, Need.OPTIONAL, false, width);
    }

    private static Column either(String header) {
        return new Column(header, ValueType.CODE, Need.ONE_OF_CODES, true, 14);
    }

    public static final SheetSpec UNIT_SHEET = new SheetSpec(UNITS, true,
            "Cây đơn vị: cơ quan và các phòng, đơn vị trực thuộc; khối thi đua của từng đơn vị.", List.of(
            req(UNIT_CODE, ValueType.CODE, 14), req(UNIT_NAME, ValueType.TEXT, 45),
            opt(PARENT_CODE, ValueType.CODE, 18), opt(BLOC, ValueType.TEXT, 30),
            new Column(UNIT_TYPE, ValueType.UNIT_TYPE, Need.OPTIONAL, false, 26)));
    public static final SheetSpec PEOPLE_SHEET = new SheetSpec(PEOPLE, true,
            "Cán bộ, công chức, viên chức, người lao động; đơn vị và chức vụ hiện tại.", List.of(
            req(PERSON_CODE, ValueType.CODE, 14), req(FULL_NAME, ValueType.TEXT, 28), req(GENDER, ValueType.GENDER, 10),
            opt(BIRTH_DATE, ValueType.DATE, 13), opt(PERSONAL_ID, ValueType.PERSONAL_ID, 18),
            opt(POSITION, ValueType.TEXT, 24), req(UNIT_CODE, ValueType.CODE, 12), opt(START_DATE, ValueType.DATE, 14),
            opt(END_DATE, ValueType.DATE, 14), extra(HOMETOWN, 30), extra(RESIDENCE, 30), extra(PROFESSIONAL, 28),
            extra(POLITICAL, 16), extra(ACADEMIC, 18)));
    public static final SheetSpec RATING_SHEET = new SheetSpec(RATINGS, false,
            "Mức độ hoàn thành nhiệm vụ hằng năm của cá nhân (Mã cán bộ) hoặc tập thể (Mã đơn vị).", List.of(
            either(PERSON_CODE), either(UNIT_CODE), req(YEAR, ValueType.YEAR, 8), req(RATING, ValueType.RATING, 32)));
    public static final SheetSpec DISCIPLINE_SHEET = new SheetSpec(DISCIPLINE, false,
            "Kỷ luật của cán bộ: hình thức, quyết định, thời gian thi hành.", List.of(
            req(PERSON_CODE, ValueType.CODE, 14), req(FORM, ValueType.DISCIPLINE_FORM, 18),
            req(DECISION_NO, ValueType.TEXT, 18), req(DECISION_DATE, ValueType.DATE, 15),
            opt(EFFECTIVE_UNTIL, ValueType.DATE, 16)));
    public static final SheetSpec INITIATIVE_SHEET = new SheetSpec(INITIATIVES, false,
            "Sáng kiến, đề tài khoa học được công nhận và phạm vi ảnh hưởng.", List.of(
            req(PERSON_CODE, ValueType.CODE, 14), req(TITLE, ValueType.TEXT, 50), req(SCOPE, ValueType.SCOPE, 18),
            req(RECOGNIZED_YEAR, ValueType.YEAR, 14), opt(DECISION_NO, ValueType.TEXT, 18),
            opt(DECISION_DATE, ValueType.DATE, 15),
            new Column(KIND, ValueType.INITIATIVE_KIND, Need.OPTIONAL, false, 18)));
    public static final SheetSpec AWARD_SHEET = new SheetSpec(AWARDS, false,
            "Quá trình khen thưởng của cá nhân (Mã cán bộ) hoặc tập thể (Mã đơn vị).", List.of(
            either(PERSON_CODE), either(UNIT_CODE), req(AWARD_KIND, ValueType.AWARD_KIND, 40),
            req(FORM_TYPE, ValueType.FORM_TYPE, 14), req(YEAR, ValueType.PERIOD, 11),
            req(DECISION_NO, ValueType.TEXT, 18), req(DECISION_DATE, ValueType.DATE, 15),
            req(AUTHORITY, ValueType.TEXT, 32)));
    public static final SheetSpec LEADER_SHEET = new SheetSpec(LEADERS, false,
            "Đơn vị trưởng khối thi đua theo từng năm.", List.of(
            req(BLOC, ValueType.TEXT, 30), req(YEAR, ValueType.YEAR, 8), req(UNIT_CODE, ValueType.CODE, 14)));

    /** The data sheets in file order (after {@link #GUIDE}). */
    public static final List<SheetSpec> SHEETS = List.of(UNIT_SHEET, PEOPLE_SHEET, RATING_SHEET, DISCIPLINE_SHEET,
            INITIATIVE_SHEET, AWARD_SHEET, LEADER_SHEET);

    /** Years accepted in Năm columns and dates. */
    public static final int MIN_YEAR = 1945;
    public static final int MAX_YEAR = 2100;

    private WorkbookLayout() {
    }

    /** How sheet names and headers are compared: cleaned, case ignored (diacritics count). */
    public static String matchKey(String s) {
        return VietnameseText.clean(s == null ? "" : s).toLowerCase(Locale.ROOT);
    }

    public static Optional<SheetSpec> sheet(String name) {
        String k = matchKey(name);
        return SHEETS.stream().filter(s -> matchKey(s.name()).equals(k)).findFirst();
    }
}
