package vn.tdkt.council.domain;

import vn.tdkt.common.domain.Field;

/** The fields of the council's forms and records a refusal can point at; labels are bundle texts. */
public enum CouncilField implements Field {
    COUNCIL_NAME("council.field.name"),
    DECISION_NO("council.field.decisionNo"),
    DECISION_DATE("council.field.decisionDate"),
    AUTHORITY("council.field.authority"),
    COUNCIL_PLACE("council.field.councilPlace"),
    ADDRESSEE("council.field.addressee"),
    MEMBER_NAME("council.field.memberName"),
    ROLE("council.field.role"),
    TERM_FROM("council.field.termFrom"),
    TERM_TO("council.field.termTo"),
    MEETING_DATE("council.field.meetingDate"),
    PLACE("council.field.place"),
    KIND("council.field.kind"),
    CHAIR("council.field.chair"),
    SECRETARY("council.field.secretary"),
    ATTENDANCE("council.field.attendance"),
    TITLE("council.field.title"),
    SUBJECT("council.field.subjectCode"),
    QUOTA("council.field.quota"),
    VOTES("council.field.votes"),
    ROUND("council.field.round"),
    COUNT_TOTAL("council.count.total"),
    COUNT_PRESENT("council.count.present"),
    COUNT_ISSUED("council.count.issued"),
    COUNT_RETURNED("council.count.returned"),
    COUNT_VALID("council.count.valid"),
    COUNT_INVALID("council.count.invalid");

    private final String labelKey;

    CouncilField(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** The field of a ballot count. */
    public static CouncilField of(CountField count) {
        return switch (count) {
            case TOTAL -> COUNT_TOTAL;
            case PRESENT -> COUNT_PRESENT;
            case ISSUED -> COUNT_ISSUED;
            case RETURNED -> COUNT_RETURNED;
            case VALID -> COUNT_VALID;
            case INVALID -> COUNT_INVALID;
        };
    }
}
