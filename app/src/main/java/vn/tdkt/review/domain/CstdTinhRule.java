package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;
import static vn.tdkt.review.domain.Texts.n;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.InitiativeScope;

/**
 * Chiến sĩ thi đua cấp tỉnh (Luật 2022 Điều 22 điểm a; Luật 2003 Điều 22): 03 lần liên tục Chiến sĩ thi đua cơ sở, and
 * in that time a sáng kiến or đề tài with provincial effect, not used before.
 */
final class CstdTinhRule implements TitleRule {

    static final String CODE = "CSTD_TINH_D22";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Title title() {
        return Title.CSTD_TINH;
    }

    @Override
    public Assessment assess(PersonFacts f, RuleSet rules) {
        int n = rules.integer(RuleKey.CSTD_TINH_CSTDCS_YEARS);
        int lastSame = f.lastEarlier(Title.CSTD_TINH.kindCode());
        List<Criterion> out = new ArrayList<>();
        out.add(CstdcsChain.criterion(f, n, f.floorAfter(lastSame), rules.ref(RuleKey.CSTD_TINH_CSTDCS_YEARS),
                Title.CSTD_TINH, lastSame));
        out.add(InitiativeCriterion.of(f, Title.CSTD_TINH, InitiativeLedger.inYears(f.year, n, InitiativeScope.TINH), 1,
                msg("review.rule.cstdTinhInitiative", n(n), n(f.year)), msg("review.reason.scope.tinh"),
                rules.basis(Title.CSTD_TINH)));
        out.add(PersonCriteria.discipline(f, rules));
        out.add(PersonCriteria.hold(f, rules));
        return f.shared.assessment(f.ref, Title.CSTD_TINH, out, rules.basis(Title.CSTD_TINH));
    }

    /** Marks the initiative this review's CSTĐ tỉnh uses. */
    static void useInitiative(PersonFacts f, RuleSet rules) {
        if (f.recorded(Title.CSTD_TINH.kindCode()) != null || !f.assessment(Title.CSTD_TINH).eligible()) {
            return;
        }
        int n = rules.integer(RuleKey.CSTD_TINH_CSTDCS_YEARS);
        for (Initiative i : f.ledger().pick(Title.CSTD_TINH, f.year, InitiativeLedger.inYears(f.year, n, InitiativeScope.TINH), 1)) {
            f.use(new InitiativeLedger.Use(i, Title.CSTD_TINH, f.year, null));
        }
    }
}
