package vn.tdkt.decision.domain;

import vn.tdkt.common.domain.Field;

/**
 * The fields of a decision and of a revocation a problem can point at. The header fields name a control of the
 * drafting dialog; the {@code LINE_*} fields are columns of the list (the problem's row is the line number).
 */
public enum DecisionField implements Field {
    NUMBER("decision.f.number"),
    DATE("decision.f.date"),
    ISSUER("decision.f.issuer"),
    PLACE("decision.f.place"),
    SUBJECT("decision.f.subject"),
    AUTHORITY("decision.f.authority"),
    SIGNER_NAME("decision.f.signerName"),
    SIGNER_TITLE("decision.f.signerTitle"),
    EXECUTORS("decision.f.executors"),
    FORM_TYPE("decision.f.formType"),
    YEARS("decision.f.years"),
    LEGAL_BASIS("decision.f.legalBasis"),
    COPY_TO("decision.f.copyTo"),
    RECIPIENTS("decision.f.recipients"),
    MOVEMENT("decision.f.movement"),
    LINE_NAME("decision.f.lineName"),
    LINE_UNIT("decision.f.lineUnit"),
    LINE_KIND("decision.f.lineKind"),
    LINE_GOLD_BOOK("decision.f.lineGoldBook"),
    LINE_OVERRIDE("decision.f.lineOverride"),
    REVOCATION_NUMBER("decision.f.revocationNumber"),
    REVOCATION_DATE("decision.f.revocationDate"),
    REVOCATION_REASON("decision.f.revocationReason"),
    REVOKED("decision.f.revoked");

    private final String labelKey;

    DecisionField(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
