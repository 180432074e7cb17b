package vn.tdkt.decision.domain;

import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.VnFormat;

/** No decision with that number, neither recorded nor in the imported award history. */
public class DecisionNotFoundException extends AppException {
    private static final long serialVersionUID = 1L;

    public DecisionNotFoundException(String decisionNo) {
        super("Không tìm thấy quyết định số \"" + decisionNo + "\" trong quá trình khen thưởng.");
    }

    /** No decision with that number on that date (a decision is its number and its date). */
    public DecisionNotFoundException(String decisionNo, java.time.LocalDate date) {
        super(Msg.of("decision.problem.notFoundOn", decisionNo, VnFormat.date(date)));
    }
}
