package vn.tdkt.movement.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Giao ước thi đua of a bloc (khối thi đua) for a year: signed by member units, with the criteria the bloc scores its
 * members by at the year's end; confirmed once the clerk confirms the ranking (its first unit then leads the bloc).
 *
 * @param movementId  the movement the covenant implements, or null
 * @param confirmedOn the day the ranking was confirmed, null while it is not
 */
public record Covenant(long id, long blocId, int year, Long movementId, LocalDate signedOn, String place, String content,
                       List<CovenantSigner> signers, List<BlocCriterion> criteria, LocalDate confirmedOn,
                       String confirmedBy) {

    public Covenant {
        signers = signers == null ? List.of() : List.copyOf(signers);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /** A new covenant of a bloc for a year, nothing signed yet. */
    public static Covenant draft(long blocId, int year) {
        return new Covenant(0, blocId, year, null, null, null, null, List.of(), List.of(), null, null);
    }

    public Covenant withCriteria(List<BlocCriterion> newCriteria) {
        return new Covenant(id, blocId, year, movementId, signedOn, place, content, signers, newCriteria, confirmedOn,
                confirmedBy);
    }

    public boolean signedBy(long unitId) {
        return signers.stream().anyMatch(s -> s.unitId() == unitId);
    }

    /** A member unit that signed the covenant, on a day (null: the covenant's day). */
    public record CovenantSigner(long unitId, LocalDate signedOn) {
    }
}
