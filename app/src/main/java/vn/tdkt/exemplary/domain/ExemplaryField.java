package vn.tdkt.exemplary.domain;

import vn.tdkt.common.domain.Field;

/** The fields of an exemplary model and of its records that problems point at. */
public enum ExemplaryField implements Field {
    CODE("exemplary.field.CODE"),
    NAME("exemplary.field.NAME"),
    KIND("exemplary.field.KIND"),
    PERSON("exemplary.field.PERSON"),
    UNIT("exemplary.field.UNIT"),
    GENDER("exemplary.field.GENDER"),
    FIELD("exemplary.field.FIELD"),
    MOVEMENT("exemplary.field.MOVEMENT"),
    PROPOSER("exemplary.field.PROPOSER"),
    STAGE("exemplary.field.STAGE"),
    STAGE_DATE("exemplary.field.STAGE_DATE"),
    NOTE("exemplary.field.NOTE"),
    DATE("exemplary.field.DATE"),
    CONTENT("exemplary.field.CONTENT"),
    AMOUNT("exemplary.field.AMOUNT"),
    TITLE("exemplary.field.TITLE"),
    LINK("exemplary.field.LINK"),
    LEARNER("exemplary.field.LEARNER"),
    YEAR("exemplary.field.YEAR"),
    DECISION_NO("exemplary.field.DECISION_NO"),
    DECISION_DATE("exemplary.field.DECISION_DATE"),
    FILE("exemplary.field.FILE"),
    QUOTA("exemplary.field.QUOTA"),
    PERIOD("exemplary.field.PERIOD");

    private final String key;

    ExemplaryField(String key) {
        this.key = key;
    }

    @Override
    public String labelKey() {
        return key;
    }
}
