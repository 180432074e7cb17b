package vn.tdkt.movement.domain;

/** A title or form from the catalogue the movement plans to award, with an optional number and a note. */
public record PlannedReward(String kindCode, Integer quota, String note) {
}
