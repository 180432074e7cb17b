package vn.tdkt.council.service;

import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.council.domain.WomenAtTies;
import vn.tdkt.dossier.service.DossierCouncilService;

/** The council's three services, split by aggregate: the council and its members, its meetings, their ballots. */
public record CouncilServices(CouncilAdminService admin, MeetingService meetings, BallotService ballots) {

    /**
     * Services whose agenda admits dossiers without eligibility findings (tests of the council alone).
     *
     * @param womenPreference the preference for women at equal achievements in force on a day, for ties
     */
    public static CouncilServices of(Database db, CatalogueService catalogue, WomenAtTies.Rule womenPreference) {
        return of(db, catalogue, womenPreference, new DossierCouncilService(catalogue, (s, k, y) -> java.util.Optional.empty(),
                java.time.Clock.systemDefaultZone()));
    }

    /**
     * @param womenPreference the preference for women at equal achievements in force on a day, for ties
     * @param dossiers        the dossiers' side of the agenda and the tally, in the council's transactions
     */
    public static CouncilServices of(Database db, CatalogueService catalogue, WomenAtTies.Rule womenPreference,
                                     DossierCouncilService dossiers) {
        return new CouncilServices(new CouncilAdminService(db), new MeetingService(db, catalogue, dossiers),
                new BallotService(db, catalogue, womenPreference, dossiers));
    }
}
