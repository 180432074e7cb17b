package vn.tdkt.decision.service;

import java.time.Clock;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.decision.domain.ReviewLookup;

/**
 * The three decision services, built together by the composition root and handed to the decision screens as one
 * argument. A holder, not a façade: callers use the service of the aggregate they work on.
 */
public record DecisionServices(DecisionDraftingService drafting, DecisionRevocationService revocation,
                               DecisionReportService reports) {

    /** The services with no review behind the drafts (tests of the decisions alone). */
    public static DecisionServices of(Database db, CatalogueService catalogue) {
        return of(db, catalogue, ReviewLookup.NONE, Clock.systemDefaultZone());
    }

    /** @param review the review's verdict and proposal stage of a draft's lines */
    public static DecisionServices of(Database db, CatalogueService catalogue, ReviewLookup review, Clock clock) {
        return new DecisionServices(new DecisionDraftingService(db, catalogue, review, clock),
                new DecisionRevocationService(db, catalogue), new DecisionReportService(db, catalogue));
    }
}
