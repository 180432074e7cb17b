package vn.tdkt.movement.domain;

import java.time.LocalDate;

/**
 * A milestone (mốc thời gian) of a movement: what is due, when, from which unit (null = every participating unit),
 * and once done the day and the document that fulfilled it.
 */
public record Milestone(long id, long movementId, String content, LocalDate due, Long unitId, LocalDate doneDate,
                        String doneDocument) {

    public boolean done() {
        return doneDate != null;
    }

    public Milestone withDone(LocalDate day, String document) {
        return new Milestone(id, movementId, content, due, unitId, day, document);
    }
}
