package vn.tdkt.review.domain;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;

/**
 * Every person title rule, by the code stored in {@code review_title_basis.rule_code}, and the rules a regime applies.
 * A title whose rule code is not stored for a regime takes the rule of the nearest earlier regime that names one
 * (see {@link RuleBook}), else the current law's rule.
 */
final class PersonRules {

    private static final Map<String, TitleRule> BY_CODE = Stream.of(new LdttRule(), new CstdcsRule(), new GiayKhenRule(),
                    new BkTinhRule(), new BkTinhNd91Rule(), new CstdTinhRule(), new CstdTqRule(), new BkTtgRule(),
                    new BkTtgNd91Rule(), new HcldBaRule(), new HcldBaNd91Rule(), new HcldNhiRule(), new HcldNhiNd91Rule(),
                    new HcldNhatRule(), new HcldNhatNd91Rule(), new BkTinhTheoDotRule(), new BkTinhDotXuatRule(),
                    new CongHienRule(), new CongHienPendingRule(CongHienPendingRule.CODE, Title.HCLD_BA_CONG_HIEN),
                    new CongHienPendingRule(CongHienPendingRule.CODE_NHI, Title.HCLD_NHI_CONG_HIEN),
                    new CongHienPendingRule(CongHienPendingRule.CODE_NHAT, Title.HCLD_NHAT_CONG_HIEN),
                    new CongHienHigherRule(CongHienHigherRule.CODE_NHI, Title.HCLD_NHI_CONG_HIEN, 20),
                    new CongHienHigherRule(CongHienHigherRule.CODE_NHAT, Title.HCLD_NHAT_CONG_HIEN, 19))
            .collect(Collectors.toUnmodifiableMap(TitleRule::code, Function.identity()));

    private static final Map<Title, TitleRule> CURRENT = Map.ofEntries(Map.entry(Title.LDTT, BY_CODE.get(LdttRule.CODE)),
            Map.entry(Title.CSTDCS, BY_CODE.get(CstdcsRule.CODE)), Map.entry(Title.GIAY_KHEN, BY_CODE.get(GiayKhenRule.CODE)),
            Map.entry(Title.BK_TINH, BY_CODE.get(BkTinhRule.CODE)), Map.entry(Title.CSTD_TINH, BY_CODE.get(CstdTinhRule.CODE)),
            Map.entry(Title.CSTD_TQ, BY_CODE.get(CstdTqRule.CODE)), Map.entry(Title.BK_TTG, BY_CODE.get(BkTtgRule.CODE)),
            Map.entry(Title.HCLD_BA, BY_CODE.get(HcldBaRule.CODE)), Map.entry(Title.HCLD_NHI, BY_CODE.get(HcldNhiRule.CODE)),
            Map.entry(Title.HCLD_NHAT, BY_CODE.get(HcldNhatRule.CODE)),
            Map.entry(Title.BK_TINH_CHUYEN_DE, BY_CODE.get(BkTinhTheoDotRule.CODE)),
            Map.entry(Title.BK_TINH_DOT_XUAT, BY_CODE.get(BkTinhDotXuatRule.CODE)),
            Map.entry(Title.HCLD_BA_CONG_HIEN, BY_CODE.get(CongHienRule.CODE)),
            Map.entry(Title.HCLD_NHI_CONG_HIEN, BY_CODE.get(CongHienHigherRule.CODE_NHI)),
            Map.entry(Title.HCLD_NHAT_CONG_HIEN, BY_CODE.get(CongHienHigherRule.CODE_NHAT)));

    final TitleRule ldtt;
    final TitleRule cstdcs;
    final TitleRule giayKhen;
    final TitleRule bkTinh;
    final TitleRule cstdTinh;
    final TitleRule cstdTq;
    final TitleRule bkTtg;
    final TitleRule hcldBa;
    final TitleRule hcldNhi;
    final TitleRule hcldNhat;
    final TitleRule bkTinhTheoDot;
    final TitleRule bkTinhDotXuat;
    final TitleRule congHien;
    final TitleRule congHienNhi;
    final TitleRule congHienNhat;

    private PersonRules(RuleSet rules) {
        ldtt = of(rules, Title.LDTT);
        cstdcs = of(rules, Title.CSTDCS);
        giayKhen = of(rules, Title.GIAY_KHEN);
        bkTinh = of(rules, Title.BK_TINH);
        cstdTinh = of(rules, Title.CSTD_TINH);
        cstdTq = of(rules, Title.CSTD_TQ);
        bkTtg = of(rules, Title.BK_TTG);
        hcldBa = of(rules, Title.HCLD_BA);
        hcldNhi = of(rules, Title.HCLD_NHI);
        hcldNhat = of(rules, Title.HCLD_NHAT);
        bkTinhTheoDot = of(rules, Title.BK_TINH_CHUYEN_DE);
        bkTinhDotXuat = of(rules, Title.BK_TINH_DOT_XUAT);
        congHien = of(rules, Title.HCLD_BA_CONG_HIEN);
        congHienNhi = of(rules, Title.HCLD_NHI_CONG_HIEN);
        congHienNhat = of(rules, Title.HCLD_NHAT_CONG_HIEN);
    }

    static PersonRules of(RuleSet rules) {
        return new PersonRules(rules);
    }

    /** True when a rule code names a rule of the engine (checked when the rule book is built). */
    static boolean known(String code) {
        return BY_CODE.containsKey(code);
    }

    /** The code of the rule a regime applies to a title (for the ledger and the parameters screen). */
    static String codeOf(RuleSet rules, Title title) {
        return of(rules, title).code();
    }

    private static TitleRule of(RuleSet rules, Title title) {
        String code = rules.ruleCode(title);
        if (code == null) {
            return CURRENT.get(title);
        }
        TitleRule r = BY_CODE.get(code);
        if (r == null || r.title() != title) {
            throw new AppException(Msg.of("review.ruleUnknown", rules.regime().name(), code, title));
        }
        return r;
    }
}
