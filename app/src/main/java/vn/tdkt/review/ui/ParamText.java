package vn.tdkt.review.ui;

import java.math.BigDecimal;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.review.domain.RuleKey;

/** A parameter value as the clerk reads it: Có / Không, "15 %", "6". */
final class ParamText {

    private ParamText() {
    }

    static String value(Ui ui, RuleKey key, String stored) {
        return switch (key.type()) {
            case BOOLEAN -> ui.text(Boolean.parseBoolean(stored) ? "review.value.yes" : "review.value.no");
            case PERCENT -> VnFormat.decimal(new BigDecimal(stored)) + " %";
            case INTEGER -> stored;
        };
    }
}
