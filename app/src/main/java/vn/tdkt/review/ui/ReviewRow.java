package vn.tdkt.review.ui;

import java.util.Arrays;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.Proposal;
import vn.tdkt.review.domain.ReviewLine;
import vn.tdkt.review.domain.Title;

/**
 * One line of the review screen: an assessment, the unit it is counted in (the person's unit, or the unit itself
 * for a collective) with the name shown, the folded search key, and the clerk's proposal (null when not proposed).
 */
public final class ReviewRow {

    private final Assessment assessment;
    private final long unitId;
    private final String unitName;
    private final String searchKey;
    private final String registered;
    private final ObjectProperty<Proposal> proposal = new SimpleObjectProperty<>(this, "proposal");

    ReviewRow(ReviewLine line) {
        this.assessment = line.assessment();
        this.unitId = line.unitId();
        this.unitName = line.unitName() == null ? "" : line.unitName();
        this.searchKey = VietnameseText.fold(assessment.subject().code() + " " + assessment.subject().name());
        this.proposal.set(line.proposal());
        this.registered = line.registered();
    }

    /** The title the subject registered for the year (a data value), null when none. */
    public String registered() {
        return registered;
    }

    /**
     * The review's title whose legal name the registration carries, for the subject's kind (a person's Lao động tiên
     * tiến, a unit's Tập thể lao động tiên tiến), so that the column names it in the user's language as the Title
     * column does; empty for a name the review does not check (the column then shows the name as recorded).
     */
    public Optional<Title> registeredTitle() {
        return titleNamed(registered, assessment.title().subject());
    }

    static Optional<Title> titleNamed(String name, AwardSubject subject) {
        if (name == null) {
            return Optional.empty();
        }
        return Arrays.stream(Title.values()).filter(t -> t.subject() == subject && t.label().equals(name)).findFirst();
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
