package vn.tdkt.registration.domain;

import java.util.List;

/**
 * The unit sheet's contract (names exactly as written): one sheet {@value #SHEET}; label cells {@link #UNIT_CODE},
 * {@link #UNIT_NAME}, {@link #YEAR}, {@link #COLLECTIVE} in the first rows with the value to the right of each; then
 * the header row {@link #COLUMNS} and one row per member.
 */
public final class UnitSheet {

    public static final String SHEET = "Đăng ký thi đua";
    public static final String UNIT_CODE = "Mã đơn vị";
    public static final String UNIT_NAME = "Tên đơn vị";
    public static final String YEAR = "Năm";
    public static final String COLLECTIVE = "Danh hiệu tập thể";
    public static final String STT = "STT";
    public static final String PERSON_CODE = "Mã cán bộ";
    public static final String FULL_NAME = "Họ và tên";
    public static final String POSITION = "Chức vụ";
    public static final String TITLE = "Danh hiệu đăng ký";
    public static final String NOTE = "Ghi chú";
    public static final List<String> COLUMNS = List.of(STT, PERSON_CODE, FULL_NAME, POSITION, TITLE, NOTE);
    public static final List<String> LABELS = List.of(UNIT_CODE, UNIT_NAME, YEAR, COLLECTIVE);
    /** 0-based row of the header row in the template (rows above: the four labels and an empty row). */
    public static final int HEADER_ROW = 5;

    private UnitSheet() {
    }
}
