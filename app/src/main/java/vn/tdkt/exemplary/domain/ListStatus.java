package vn.tdkt.exemplary.domain;

import java.time.LocalDate;

/**
 * One unit of a list request: the list it was asked for by a date (the movement's milestone, moved to the next working
 * day when it falls on a day off) and the day it arrived, or null when the unit has not sent it.
 */
public record ListStatus(long milestoneId, long unitId, String unitCode, String unitName, LocalDate due,
                         LocalDate receivedOn, String document) {

    public boolean sent() {
        return receivedOn != null;
    }

    /** Not sent and the due day is past, or sent after it. */
    public boolean late(LocalDate today) {
        return receivedOn == null ? today.isAfter(due) : receivedOn.isAfter(due);
    }
}
