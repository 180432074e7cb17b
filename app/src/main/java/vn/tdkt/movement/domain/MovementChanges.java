package vn.tdkt.movement.domain;

import java.util.function.Function;
import vn.tdkt.common.domain.SinceOpened;
import vn.tdkt.common.domain.VnFormat;

/**
 * The fields of a movement and of a milestone compared when a save checks that nobody else saved it since the clerk
 * opened it (issue #14): what the movement form shows, with its phases, contents, participants, planned rewards and
 * plan texts as lists, units and the parent movement by name. The status is not compared: it changes only by "Chuyển
 * trạng thái", and a save keeps the stored one.
 */
public final class MovementChanges {

    private MovementChanges() {
    }

    /** A movement's fields; {@code unitName} and {@code movementCode} name the references. */
    public static SinceOpened<MovementDetails> movement(Function<Long, String> unitName, Function<Long, String> movementCode) {
        Function<Long, String> unit = id -> id == null ? null : unitName.apply(id);
        SinceOpened<MovementDetails> f = SinceOpened.<MovementDetails>fields()
                .field(MovementField.CODE, d -> d.movement().code()).field(MovementField.NAME, d -> d.movement().name())
                .field(MovementField.KIND, d -> d.movement().kind()).field(MovementField.LEVEL, d -> d.movement().level())
                .field(MovementField.SCOPE, d -> d.movement().scope())
                .field("movement.label.authorityParent", d -> d.movement().authorityParent())
                .field("movement.label.authority", d -> d.movement().authority())
                .field("movement.label.place", d -> d.movement().place())
                .field(MovementField.PLAN_NO, d -> d.movement().planNo())
                .field(MovementField.PLAN_DATE, d -> d.movement().planDate())
                .field("movement.label.signerAuthority", d -> d.movement().signerAuthority())
                .field("movement.label.signerTitle", d -> d.movement().signerTitle())
                .field("movement.label.signerName", d -> d.movement().signerName())
                .field(MovementField.PARENT, d -> d.movement().parentId() == null ? null
                        : movementCode.apply(d.movement().parentId()))
                .field(MovementField.START, d -> d.movement().startDate())
                .field(MovementField.END, d -> d.movement().endDate())
                .field("movement.label.theme", d -> d.movement().theme())
                .field("movement.label.slogan", d -> d.movement().slogan())
                .field("movement.label.lead", d -> unit.apply(d.movement().leadUnitId()))
                .field("movement.label.targets", d -> d.movement().targets())
                .field("movement.label.criteriaCollective", d -> d.movement().criteriaCollective())
                .field("movement.label.criteriaIndividual", d -> d.movement().criteriaIndividual())
                .field("movement.label.criteriaHousehold", d -> d.movement().criteriaHousehold())
                .field(MovementField.PHASES, d -> d.phases().stream()
                        .map(p -> p.name() + (p.date() == null ? "" : " " + VnFormat.date(p.date()))).toList())
                .field(MovementField.ITEMS, d -> d.items().stream().map(i -> i.content()
                        + (i.leadUnitId() == null ? "" : " (" + unit.apply(i.leadUnitId()) + ")")).toList())
                .field("movement.label.participants", d -> d.unitIds().stream().map(unit).toList())
                .field(MovementField.REWARDS, d -> d.rewards().stream().map(PlannedReward::kindCode).toList());
        for (PlanPart part : PlanPart.values()) {
            f.field(part.labelKey(), d -> d.texts().get(part));
        }
        return f;
    }

    /** A milestone's fields ({@code unitName} names its unit; none: every participating unit). */
    public static SinceOpened<Milestone> milestone(Function<Long, String> unitName) {
        return SinceOpened.<Milestone>fields()
                .field(MovementField.MILESTONE_CONTENT, Milestone::content).field(MovementField.MILESTONE_DUE, Milestone::due)
                .field("movement.col.unit", m -> m.unitId() == null ? null : unitName.apply(m.unitId()))
                .field(MovementField.MILESTONE_DONE, Milestone::doneDate)
                .field("movement.col.document", Milestone::doneDocument);
    }
}
