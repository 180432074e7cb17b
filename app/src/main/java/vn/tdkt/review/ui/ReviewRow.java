package vn.tdkt.review.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.Proposal;

/**
 * One line of the review screen: an assessment, the unit it is counted in (the person's unit, or the unit itself
 * for a collective) with the name shown, the folded search key, and the clerk's proposal (null when not proposed).
 */
public final class ReviewRow {

    private final Assessment assessment;
    private final long unitId;
    private final String unitName;
    private final String searchKey;
    private final ObjectProperty<Proposal> proposal = new SimpleObjectProperty<>(this, "proposal");

    ReviewRow(Assessment assessment, long unitId, String unitName, Proposal proposal) {
        this.assessment = assessment;
        this.unitId = unitId;
        this.unitName = unitName == null ? "" : unitName;
        this.searchKey = VietnameseText.fold(assessment.subject().code() + " " + assessment.subject().name());
        this.proposal.set(proposal);
    }

    public Assessment assessment() {
        return assessment;
    }

    public long unitId() {
        return unitId;
    }

    public String unitName() {
        return unitName;
    }

    String searchKey() {
        return searchKey;
    }

    public ObjectProperty<Proposal> proposalProperty() {
        return proposal;
    }

    public boolean proposed() {
        return proposal.get() != null;
    }
}
