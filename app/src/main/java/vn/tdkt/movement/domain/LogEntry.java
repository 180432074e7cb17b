package vn.tdkt.movement.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One dated status change of a movement, with who recorded it and when. */
public record LogEntry(MovementStatus from, MovementStatus to, LocalDate on, String note, String user, LocalDateTime at) {
}
