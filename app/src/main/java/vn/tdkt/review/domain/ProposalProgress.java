package vn.tdkt.review.domain;

import java.time.LocalDate;

/**
 * The stage of a proposal and the records it opens.
 *
 * @param dossierId    the dossier holding the proposal, or null
 * @param dossierCode  its số hồ sơ, or null
 * @param meetingId    the council meeting whose agenda lists it, or null
 * @param decisionId   the decision that awarded it, or null
 * @param decisionNo   the decision's number, or null
 * @param decisionDate the decision's date, or null
 * @param draftId      the draft decision holding the proposal (not issued yet), or null
 */
public record ProposalProgress(ProposalStage stage, Long dossierId, String dossierCode, Long meetingId, Long decisionId,
                               String decisionNo, LocalDate decisionDate, Long draftId) {

    /** Proposed, nothing further yet. */
    public static final ProposalProgress PROPOSED = new ProposalProgress(ProposalStage.DE_XUAT, null, null, null, null,
            null, null, null);

    /** A stage with no draft decision. */
    public ProposalProgress(ProposalStage stage, Long dossierId, String dossierCode, Long meetingId, Long decisionId,
                            String decisionNo, LocalDate decisionDate) {
        this(stage, dossierId, dossierCode, meetingId, decisionId, decisionNo, decisionDate, null);
    }

    /** True once a draft decision or a decision holds the proposal (it is not put in another one). */
    public boolean inDecision() {
        return draftId != null || decisionId != null;
    }

    /** The same progress with the draft decision that now holds it. */
    public ProposalProgress inDraft(long draft) {
        return new ProposalProgress(ProposalStage.DU_THAO_QD, dossierId, dossierCode, meetingId, null, null, null, draft);
    }

    /** True once a dossier holds the proposal (it is not put in another one). */
    public boolean inDossier() {
        return dossierId != null || decisionId != null || draftId != null;
    }
}
