package vn.tdkt.home.domain;

import java.time.LocalDate;

/**
 * One line of "overdue and due in the next days": the day that counts, what it is and the record it opens.
 *
 * @param targetId the movement (milestones), dossier (deadlines, notices) or meeting id
 * @param days     days left (positive) or late (negative) from today
 */
public record DueItem(DueKind kind, LocalDate date, String title, String detail, long targetId, int days) {

    public boolean overdue() {
        return days < 0;
    }
}
