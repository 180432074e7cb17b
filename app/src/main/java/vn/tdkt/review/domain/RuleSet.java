package vn.tdkt.review.domain;

import java.math.BigDecimal;
import vn.tdkt.regime.domain.LegalRegime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The parameters in force for one review: a regime's defaults with the province's overrides applied. Immutable. */
public final class RuleSet {

    private final LegalRegime regime;
    private final Map<RuleKey, RuleParam> params;
    private final Map<Title, String> basis;

    RuleSet(LegalRegime regime, Map<RuleKey, RuleParam> params, Map<Title, String> basis) {
        this.regime = regime;
        this.params = new EnumMap<>(params);
        this.basis = new EnumMap<>(basis);
    }

    public LegalRegime regime() {
        return regime;
    }

    /** All parameters in key order. */
    public List<RuleParam> params() {
        return new ArrayList<>(params.values());
    }

    public RuleParam param(RuleKey key) {
        return params.get(key);
    }

    public int integer(RuleKey key) {
        return Integer.parseInt(params.get(key).value());
    }

    public boolean flag(RuleKey key) {
        return Boolean.parseBoolean(params.get(key).value());
    }

    public BigDecimal percent(RuleKey key) {
        return new BigDecimal(params.get(key).value());
    }

    /** Legal reference of a parameter (with the province override when there is one). */
    public String ref(RuleKey key) {
        return params.get(key).reference();
    }

    /** Legal basis of a title's criteria under this regime. */
    public String basis(Title title) {
        return basis.get(title);
    }
}
