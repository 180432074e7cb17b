package vn.tdkt.export.domain;

/**
 * "Đơn vị báo cáo" and "Đơn vị nhận báo cáo" of a biểu of TT 02/2023/TT-BNV (README decision 148): the reporting unit
 * is the authority of the council configured on the council screen (e.g. "Ủy ban nhân dân tỉnh Bắc Ninh"), the
 * receiving unit the Bộ Nội vụ, which collects the statistics of the ngành Nội vụ. A unit not known prints the dotted
 * line the clerk writes on.
 */
public record ReportingUnits(String reporting, String receiving) {

    /** Who receives every biểu of the chế độ báo cáo thống kê ngành Nội vụ. */
    public static final String MINISTRY = "Bộ Nội vụ";
    /** Nothing configured: both lines dotted. */
    public static final ReportingUnits UNKNOWN = new ReportingUnits(null, null);

    public ReportingUnits {
        reporting = blankToNull(reporting);
        receiving = blankToNull(receiving);
    }

    /** The units of a province whose council is established by {@code authority} (null: not configured). */
    public static ReportingUnits ofAuthority(String authority) {
        return new ReportingUnits(authority, MINISTRY);
    }

    public String reportingLine() {
        return "Đơn vị báo cáo: " + (reporting == null ? "……" : reporting);
    }

    public String receivingLine() {
        return "Đơn vị nhận báo cáo: " + (receiving == null ? "……" : receiving);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
