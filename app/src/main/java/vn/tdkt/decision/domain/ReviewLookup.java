package vn.tdkt.decision.domain;

import java.util.List;

/**
 * The review as the decisions see it (implemented by the review feature, handed in by the composition root): for
 * each line, the engine's verdict for that title and achievement year and the stage of its proposal.
 */
public interface ReviewLookup {

    /** No review behind the decisions: every line is "not assessed" (tests of the decisions alone). */
    ReviewLookup NONE = (year, lines) -> lines.stream().map(l -> LineCheck.NOT_ASSESSED).toList();

    /** One check per line, in the order of the lines; households are never assessed. */
    List<LineCheck> check(int year, List<RecipientDraft> lines);
}
