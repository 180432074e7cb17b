package vn.tdkt.movement.domain;

import java.time.LocalDate;
import java.util.List;

/** The dossiers and decisions that name a movement (their {@code movement_id}), shown on the movement's page. */
public record MovementLinks(List<LinkedDossier> dossiers, List<LinkedDecision> decisions) {

    public MovementLinks {
        dossiers = List.copyOf(dossiers);
        decisions = List.copyOf(decisions);
    }

    /** A dossier of the movement: số hồ sơ, the award proposed, the proposing unit, the deadline. */
    public record LinkedDossier(long id, String code, String awardName, String unitName, LocalDate deadline) {
    }

    /** A decision of the movement: number, date, subject, how many lines and the money. */
    public record LinkedDecision(long id, String decisionNo, LocalDate decisionDate, String subject, int lines, long total) {
    }
}
