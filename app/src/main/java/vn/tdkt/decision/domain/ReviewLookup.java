package vn.tdkt.decision.domain;

import java.util.List;
import vn.tdkt.record.domain.AwardFormType;

/**
 * The review as the decisions see it (implemented by the review feature, handed in by the composition root): for
 * each line, the engine's verdict for that title and achievement year and the stage of its proposal.
 */
public interface ReviewLookup {

    /** No review behind the decisions: every line is "not assessed" (tests of the decisions alone). */
    ReviewLookup NONE = (year, lines) -> lines.stream().map(l -> LineCheck.NOT_ASSESSED).toList();

    /** One check per line, in the order of the lines; households are never assessed. */
    List<LineCheck> check(int year, List<RecipientDraft> lines);

    /**
     * As {@link #check(int, List)} for the lines of a decision of one loại hình: a đột xuất or theo chuyên đề decision is
     * checked against the review's title of that loại hình, not the công trạng one (issue #8). By default the same check.
     */
    default List<LineCheck> check(int year, AwardFormType formType, List<RecipientDraft> lines) {
        return check(year, lines);
    }
}
