package vn.tdkt.decision.domain;

import java.time.LocalDateTime;

/**
 * A saved draft decision (no number, no date until issued).
 *
 * @param decidingLevel the deciding level's code, or null
 * @param draft         its particulars (number and date empty) and lines, with its movement
 */
public record StoredDraft(long id, String decidingLevel, DecisionDraft draft, String createdBy, LocalDateTime updatedAt) {
}
