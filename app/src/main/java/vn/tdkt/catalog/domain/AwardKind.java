package vn.tdkt.catalog.domain;

/**
 * A title or form of the catalogue.
 *
 * @param rank orders awards from lowest to highest
 */
public record AwardKind(String code, String name, AwardCategory category, AwardSubject subject, int rank,
                        String legalBasis) {
}
