package vn.tdkt.movement.domain;

/** A milestone with the codes and names that show it: its movement's and its unit's (null = every participant). */
public record MilestoneRow(Milestone milestone, String movementCode, String movementName, MovementStatus movementStatus,
                           String unitCode, String unitName) {
}
