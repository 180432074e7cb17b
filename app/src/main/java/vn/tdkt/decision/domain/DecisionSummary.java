package vn.tdkt.decision.domain;

import java.time.LocalDate;

/** One line of the decision register. */
public record DecisionSummary(long id, String decisionNo, LocalDate decisionDate, String subject, String authority,
                              int recipients, long total, int revoked, int overrides) {
}
