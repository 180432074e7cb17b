package vn.tdkt.review.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A province's dated change of one parameter, with who changed it, when and why (append-only audit). */
public record ParamOverride(long id, RuleKey key, String value, LocalDate validFrom, String reason, String changedBy,
                            LocalDateTime changedAt) {
}
