package vn.tdkt.decision.domain;

import java.time.LocalDate;
import java.util.List;

/** A decision is its number AND its date: choosing the one decision a lookup means. */
public final class DecisionKeys {

    private DecisionKeys() {
    }

    /**
     * The date of the decision meant: the given date, else the date of the only decision of that number.
     *
     * @param named every decision of that number (any date)
     * @throws DecisionNotFoundException   when no date is given and the number names no decision
     * @throws AmbiguousDecisionException when no date is given and the number names several decisions
     */
    public static LocalDate dateOf(List<DecisionRef> named, String decisionNo, LocalDate date) {
        if (date != null) {
            return date;
        }
        if (named.isEmpty()) {
            throw new DecisionNotFoundException(decisionNo);
        }
        if (named.size() > 1) {
            throw new AmbiguousDecisionException(decisionNo, named);
        }
        return named.get(0).decisionDate();
    }
}
