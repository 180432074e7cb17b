package vn.tdkt.council.service;

import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.council.domain.WomenAtTies;

/** The council's three services, split by aggregate: the council and its members, its meetings, their ballots. */
public record CouncilServices(CouncilAdminService admin, MeetingService meetings, BallotService ballots) {

    /** @param womenPreference the preference for women at equal achievements in force on a day, for ties */
    public static CouncilServices of(Database db, CatalogueService catalogue, WomenAtTies.Rule womenPreference) {
        return new CouncilServices(new CouncilAdminService(db), new MeetingService(db, catalogue),
                new BallotService(db, catalogue, womenPreference));
    }
}
