package vn.tdkt.decision.domain;

import vn.tdkt.common.domain.AppException;

/** No decision with that number, neither recorded nor in the imported award history. */
public class DecisionNotFoundException extends AppException {
    private static final long serialVersionUID = 1L;

    public DecisionNotFoundException(String decisionNo) {
        super("Không tìm thấy quyết định số \"" + decisionNo + "\" trong quá trình khen thưởng.");
    }
}
