package vn.tdkt.decision.service;

import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;

/**
 * The three decision services, built together by the composition root and handed to the decision screens as one
 * argument. A holder, not a façade: callers use the service of the aggregate they work on.
 */
public record DecisionServices(DecisionDraftingService drafting, DecisionRevocationService revocation,
                               DecisionReportService reports) {

    public static DecisionServices of(Database db, CatalogueService catalogue) {
        return new DecisionServices(new DecisionDraftingService(db, catalogue), new DecisionRevocationService(db, catalogue),
                new DecisionReportService(db, catalogue));
    }
}
