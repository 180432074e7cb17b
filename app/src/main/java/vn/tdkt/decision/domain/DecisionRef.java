package vn.tdkt.decision.domain;

import java.time.LocalDate;

/**
 * One decision a number names (numbers restart every year: a decision is its number AND its date), with what tells
 * it apart in a list: who decided and how many lines it has.
 */
public record DecisionRef(String decisionNo, LocalDate decisionDate, String authority, int lines) {
}
