package vn.tdkt.registration.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One line of a registration's status log. */
public record LogEntry(RegistrationStatus status, String reason, LocalDate on, LocalDateTime at, String by) {
}
