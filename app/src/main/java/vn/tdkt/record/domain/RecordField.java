package vn.tdkt.record.domain;

import vn.tdkt.common.domain.Field;

/** The fields of a history record (rating, discipline, initiative, award) problems point at. */
public enum RecordField implements Field {
    YEAR("record.field.year"),
    LEVEL("record.field.level"),
    DISCIPLINE_FORM("record.field.disciplineForm"),
    DECISION_NO("record.field.decisionNo"),
    DECISION_DATE("record.field.decisionDate"),
    EFFECTIVE_UNTIL("record.field.until"),
    INITIATIVE_KIND("record.field.initiativeKind"),
    TITLE("record.field.initiativeTitle"),
    SCOPE("record.field.scope"),
    AWARD_KIND("record.field.awardKind"),
    FORM_TYPE("record.field.formType"),
    YEAR_FROM("record.field.yearFrom"),
    YEAR_TO("record.field.yearTo"),
    AUTHORITY("record.field.authority");

    private final String labelKey;

    RecordField(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
