package vn.tdkt.registration.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's registration of a year: its collective titles (state and union), its status with the reason of a return,
 * where it came from (the file of an imported sheet), and each member's entry.
 *
 * @param id 0 when not stored
 */
public record Registration(long id, long unitId, int year, String collectiveKind, String unionCollective,
                           RegistrationStatus status, String reason, LocalDate statusDate, String source,
                           List<PersonEntry> entries) {

    public Registration {
        entries = List.copyOf(entries);
    }

    /** No registration of the unit that year yet (what a form opened before the first save shows). */
    public static Registration none(long unitId, int year) {
        return new Registration(0, unitId, year, null, null, RegistrationStatus.CHUA_GUI, null, null, null, List.of());
    }

    public boolean collectiveRegistered() {
        return collectiveKind != null;
    }
}
