package vn.tdkt.movement.domain;

/**
 * The figures of a báo cáo sơ kết / tổng kết that other features keep, read for the units taking part: the year's
 * registrations (đăng ký thi đua) and the exemplary models (điển hình tiên tiến) that name the movement.
 *
 * @param year            the registration year reported (the year of the report's last day)
 * @param units           units taking part that the registration round expects
 * @param unitsSent       of those, the units whose registration was sent (Đã gửi, Đã duyệt or Trả lại)
 * @param collective      of those, the units that registered a collective title
 * @param members         people expected to register in those units
 * @param registered      of those, the people registered for a state title
 * @param models          exemplary models naming the movement or one of its sub-movements
 * @param recognised      yearly recognitions of those models in the years reported
 */
public record ReportFigures(int year, int units, int unitsSent, int collective, int members, int registered, int models,
                            int recognised) {

    /** The figures of the two features when neither has anything for the movement. */
    public static ReportFigures none(int year) {
        return new ReportFigures(year, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The same with the exemplary models counted. */
    public ReportFigures withModels(int modelCount, int recognitions) {
        return new ReportFigures(year, units, unitsSent, collective, members, registered, modelCount, recognitions);
    }
}
