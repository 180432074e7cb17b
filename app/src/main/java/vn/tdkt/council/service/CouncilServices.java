package vn.tdkt.council.service;

import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;

/** The council's three services, split by aggregate: the council and its members, its meetings, their ballots. */
public record CouncilServices(CouncilAdminService admin, MeetingService meetings, BallotService ballots) {

    public static CouncilServices of(Database db, CatalogueService catalogue) {
        return new CouncilServices(new CouncilAdminService(db), new MeetingService(db, catalogue),
                new BallotService(db, catalogue));
    }
}
