package vn.tdkt.review.domain;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;

/**
 * The collective title rules that differ in structure between legal texts, by the code stored in
 * {@code review_title_basis.rule_code} (like {@link PersonRules}); a regime without a code for a title takes the
 * nearest earlier regime's (see {@link RuleBook}), else the current law's rule.
 */
final class UnitRules {

    /** The criteria of one collective title under one legal text, read from the unit's case of this review. */
    interface UnitTitleRule {

        String code();

        Title title();

        Assessment assess(UnitCase unit);
    }

    private static final Map<String, UnitTitleRule> BY_CODE = Stream.<UnitTitleRule>of(new CoTdCpRule(), new CoTdCpNd91Rule(),
                    new BkTtgUnitRule(), new BkTtgUnitNd91Rule(), new HcldBaUnitRule(),
                    new HcldNhiUnitRule(), new HcldNhatUnitRule(), new BkTinhTheoDotUnitRule(), new BkTinhDotXuatUnitRule())
            .collect(Collectors.toUnmodifiableMap(UnitTitleRule::code, Function.identity()));

    private static final Map<Title, UnitTitleRule> CURRENT = Map.of(Title.CO_TD_CP, BY_CODE.get(CoTdCpRule.CODE),
            Title.BK_TTG_TAP_THE, BY_CODE.get(BkTtgUnitRule.CODE), Title.HCLD_BA_TAP_THE, BY_CODE.get(HcldBaUnitRule.CODE),
            Title.HCLD_NHI_TAP_THE, BY_CODE.get(HcldNhiUnitRule.CODE), Title.HCLD_NHAT_TAP_THE, BY_CODE.get(HcldNhatUnitRule.CODE),
            Title.BK_TINH_CHUYEN_DE_TAP_THE, BY_CODE.get(BkTinhTheoDotUnitRule.CODE),
            Title.BK_TINH_DOT_XUAT_TAP_THE, BY_CODE.get(BkTinhDotXuatUnitRule.CODE));

    private UnitRules() {
    }

    static boolean known(String code) {
        return BY_CODE.containsKey(code);
    }

    static UnitTitleRule of(RuleSet rules, Title title) {
        String code = rules.ruleCode(title);
        if (code == null) {
            return CURRENT.get(title);
        }
        UnitTitleRule r = BY_CODE.get(code);
        if (r == null || r.title() != title) {
            throw new AppException(Msg.of("review.ruleUnknown", rules.regime().name(), code, title));
        }
        return r;
    }
}
