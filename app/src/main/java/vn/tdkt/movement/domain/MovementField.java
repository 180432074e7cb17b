package vn.tdkt.movement.domain;

import vn.tdkt.common.domain.Field;

/** The fields of a movement and of a milestone that problems point at. */
public enum MovementField implements Field {
    CODE("movement.field.CODE"),
    NAME("movement.field.NAME"),
    KIND("movement.field.KIND"),
    LEVEL("movement.field.LEVEL"),
    SCOPE("movement.field.SCOPE"),
    PLAN_NO("movement.field.PLAN_NO"),
    PLAN_DATE("movement.field.PLAN_DATE"),
    PARENT("movement.field.PARENT"),
    START("movement.field.START"),
    END("movement.field.END"),
    PHASES("movement.field.PHASES"),
    ITEMS("movement.field.ITEMS"),
    REWARDS("movement.field.REWARDS"),
    STATUS("movement.field.STATUS"),
    STATUS_DATE("movement.field.STATUS_DATE"),
    MILESTONE_CONTENT("movement.field.MILESTONE_CONTENT"),
    MILESTONE_DUE("movement.field.MILESTONE_DUE"),
    MILESTONE_DONE("movement.field.MILESTONE_DONE");

    private final String key;

    MovementField(String key) {
        this.key = key;
    }

    @Override
    public String labelKey() {
        return key;
    }
}
