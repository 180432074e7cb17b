package vn.tdkt.home.ui;

import vn.tdkt.home.domain.DueItem;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.record.domain.AwardQuery;

/**
 * What an item of Tổng quan opens: a request the main window carries out by showing the screen it names with that
 * filter.
 */
public sealed interface HomeLink {

    /** A line of the due list: the movement of a milestone, the dossier of a deadline, notice or appraisal, the meeting. */
    record Due(DueItem item) implements HomeLink {
    }

    /** The movement list filtered to a status (the movement itself when it is the only one). */
    record Movements(MovementStatus status) implements HomeLink {
    }

    /** Đăng ký thi đua on the year the registration card names. */
    record Registrations(int year) implements HomeLink {
    }

    /** The decisions register on the year of the decisions card. */
    record Decisions(int year) implements HomeLink {
    }

    /** The award register filtered as a bar (unit and year) or a slice (title over the chart's years) counts. */
    record Awards(AwardQuery query) implements HomeLink {
    }
}
