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
 */
public record ProposalProgress(ProposalStage stage, Long dossierId, String dossierCode, Long meetingId, Long decisionId,
                               String decisionNo, LocalDate decisionDate) {

    /** Proposed, nothing further yet. */
    public static final ProposalProgress PROPOSED = new ProposalProgress(ProposalStage.DE_XUAT, null, null, null, null,
            null, null);

    /** True once a dossier holds the proposal (it is not put in another one). */
    public boolean inDossier() {
        return dossierId != null || decisionId != null;
    }
}
