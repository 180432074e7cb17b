package vn.tdkt.decision.domain;

import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;

/** No decision with that number, neither recorded nor in the imported award history. */
public class DecisionNotFoundException extends AppException {
    private static final long serialVersionUID = 1L;

    public DecisionNotFoundException(String decisionNo) {
        super(Msg.of("decision.problem.notFound", decisionNo));
    }

    /** No decision with that number on that date (a decision is its number and its date). */
    public DecisionNotFoundException(String decisionNo, java.time.LocalDate date) {
        super(Msg.of("decision.problem.notFoundOn", decisionNo, date));
    }
}
