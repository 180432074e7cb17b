package vn.tdkt.dossier.domain;

import java.util.Optional;

/**
 * Whether a subject meets the criteria of an award for an achievement year — implemented by the review engine.
 * The dossier checks call it for every subject and block the dossier on the reason it gives.
 */
@FunctionalInterface
public interface EligibilityCheck {

    /** The Vietnamese reason the subject may not receive the award for that year, or empty when eligible. */
    Optional<String> blockingReason(DossierSubject subject, String awardKindCode, int year);
}
