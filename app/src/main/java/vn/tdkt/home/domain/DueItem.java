package vn.tdkt.home.domain;

import java.time.LocalDate;

/**
 * One line of "overdue and due in the next days": the day that counts, what it is and the record it opens.
 *
 * @param targetId the movement (milestones), dossier (deadlines, notices, appraisals) or meeting id
 * @param days     days left (positive) or late (negative) from today
 * @param dueOnRest the day a milestone fell due when that day was a day off (its date is then the next working day),
 *                 or null
 * @param code     the movement's code of a milestone (its file names, decision 159), the time limit's code of a
 *                 ministry's date or an appraisal (THAM_DINH), null for the other kinds
 */
public record DueItem(DueKind kind, LocalDate date, String title, String detail, long targetId, int days,
        LocalDate dueOnRest, String code) {

    public DueItem(DueKind kind, LocalDate date, String title, String detail, long targetId, int days) {
        this(kind, date, title, detail, targetId, days, null, null);
    }

    public boolean overdue() {
        return days < 0;
    }
}
