package vn.tdkt.review.domain;

import vn.tdkt.common.domain.VnFormat;

/**
 * One parameter value in force: the regime's default with its legal reference, or a province override.
 *
 * @param override the province override giving the value, null for the regime default
 */
public record RuleParam(RuleKey key, String value, String legalRef, ParamOverride override) {

    /** The legal reference as shown next to a criterion, naming the province override when there is one. */
    public String reference() {
        if (override == null) {
            return legalRef;
        }
        return legalRef + "; điều chỉnh của tỉnh từ " + VnFormat.date(override.validFrom()) + ": " + override.reason();
    }
}
