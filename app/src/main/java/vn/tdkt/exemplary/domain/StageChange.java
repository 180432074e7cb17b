package vn.tdkt.exemplary.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One line of a model's stage history: from (null at creation) → to, on a day, by whom, why. */
public record StageChange(long id, Stage from, Stage to, LocalDate on, String user, String note, LocalDateTime loggedAt) {

    /** A move back to an earlier stage (it needed a reason). */
    public boolean backwards() {
        return from != null && to.isBefore(from);
    }
}
