package vn.tdkt.review.domain;

import java.util.List;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.org.domain.BlocLeader;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.Rating;

/**
 * A unit's stored history for the review of one year.
 *
 * @param blocName  name of the unit's emulation bloc, null when it belongs to none
 * @param blocLeads the years the unit led its bloc
 * @param members   persons assigned to the unit or one of its sub-units at some time of the review year
 * @param movementLeads the chuyên đề movements the unit led (input fact of Cờ thi đua k2; empty until the movements
 *                      feature feeds it)
 */
public record UnitHistory(Unit unit, String blocName, List<Rating> ratings, List<Award> awards,
                          List<BlocLeader> blocLeads, List<PersonHistory> members, List<MovementLead> movementLeads)
        implements SubjectHistory {

    public UnitHistory {
        ratings = List.copyOf(ratings);
        awards = List.copyOf(awards);
        blocLeads = List.copyOf(blocLeads);
        members = List.copyOf(members);
        movementLeads = List.copyOf(movementLeads);
    }

    /** A unit history without movement data. */
    public UnitHistory(Unit unit, String blocName, List<Rating> ratings, List<Award> awards, List<BlocLeader> blocLeads,
                       List<PersonHistory> members) {
        this(unit, blocName, ratings, awards, blocLeads, members, List.of());
    }

    @Override
    public SubjectRef ref() {
        return new SubjectRef(AwardSubject.TAP_THE, unit.id(), unit.code(), unit.name());
    }
}
