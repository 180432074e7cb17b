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
    private final Map<Title, String> ruleCodes;
    private final Map<RuleKey, String> refs;
    private final Map<Title, String> clerkBasis;

    RuleSet(LegalRegime regime, Map<RuleKey, RuleParam> params, Map<Title, String> basis, Map<Title, String> ruleCodes) {
        this.regime = regime;
        this.params = new EnumMap<>(params);
        this.basis = new EnumMap<>(basis);
        this.ruleCodes = ruleCodes.isEmpty() ? new EnumMap<>(Title.class) : new EnumMap<>(ruleCodes);
        this.refs = new EnumMap<>(RuleKey.class);
        this.params.forEach((k, p) -> refs.put(k, LegalRefs.forClerk(p.reference())));
        this.clerkBasis = new EnumMap<>(Title.class);
        this.basis.forEach((t, b) -> clerkBasis.put(t, LegalRefs.forClerk(b)));
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

    /**
     * Legal reference of a parameter as a clerk reads it next to a criterion (with the province override when there
     * is one; without the "[chưa kiểm chứng …]" research markers, which stay on the parameters screen and in the log).
     */
    public String ref(RuleKey key) {
        return refs.get(key);
    }

    /** Legal basis of a title's criteria under this regime, as a clerk reads it (see {@link #ref}). */
    public String basis(Title title) {
        return clerkBasis.get(title);
    }

    /**
     * The stored references (parameters and title bases) that still carry a "[chưa kiểm chứng …]" marker: shown on
     * the parameters screen and logged with each review, never in a clerk's reasons.
     */
    public List<String> unverifiedReferences() {
        List<String> out = new ArrayList<>();
        params.forEach((k, p) -> {
            if (!p.reference().equals(refs.get(k))) {
                out.add(k.name() + ": " + p.reference());
            }
        });
        basis.forEach((t, b) -> {
            if (b != null && !b.equals(clerkBasis.get(t))) {
                out.add(t.name() + ": " + b);
            }
        });
        return out;
    }

    /** The code of the title rule this regime applies (review_title_basis.rule_code), null for the current law's rule. */
    public String ruleCode(Title title) {
        return ruleCodes.get(title);
    }
}
