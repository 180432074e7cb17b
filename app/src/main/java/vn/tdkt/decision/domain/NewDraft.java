package vn.tdkt.decision.domain;

import java.util.List;

/**
 * A draft to create from the review's ticked rows: one per deciding level and title.
 *
 * @param decidingLevel the level's code, or null when the award has no default level
 */
public record NewDraft(String decidingLevel, String kindCode, int year, List<RecipientDraft> lines) {

    public NewDraft {
        lines = List.copyOf(lines);
    }
}
