package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;
import static vn.tdkt.review.domain.Texts.n;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.InitiativeScope;

/**
 * Chiến sĩ thi đua toàn quốc (Luật 2022 Điều 21 điểm a; Luật 2003 Điều 21): 02 lần liên tục Chiến sĩ thi đua cấp tỉnh
 * (two are consecutive when at most the CSTĐ tỉnh period apart), and a sáng kiến or đề tài with national effect in
 * that time.
 */
final class CstdTqRule implements TitleRule {

    static final String CODE = "CSTD_TQ_D21";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Title title() {
        return Title.CSTD_TQ;
    }

    private record NoneKey(int year, int times, int gap, String legalRef) {
    }

    @Override
    public Assessment assess(PersonFacts f, RuleSet rules) {
        int n = rules.integer(RuleKey.CSTD_TINH_CSTDCS_YEARS);
        int m = rules.integer(RuleKey.CSTD_TQ_CSTD_TINH_TIMES);
        int lastSame = f.lastEarlier(Title.CSTD_TQ.kindCode());
        NavigableMap<Integer, Award> tinh = f.merit(Title.CSTD_TINH.kindCode());
        List<Msg> chain = new ArrayList<>();
        int y = f.year;
        boolean has = f.hasTitle(Title.CSTD_TINH, f.year);
        while (has && y >= f.firstCountable && y > lastSame) {
            chain.add(0, f.titleEvidence(Title.CSTD_TINH, y));
            Integer prev = tinh.lowerKey(y);
            has = prev != null && y - prev <= n;
            y = prev == null ? Integer.MIN_VALUE : prev;
        }
        String legalRef = rules.ref(RuleKey.CSTD_TQ_CSTD_TINH_TIMES);
        List<Criterion> out = new ArrayList<>();
        out.add(chain.isEmpty() ? f.shared.memo(new NoneKey(f.year, m, n, legalRef),
                k -> build(k.year(), List.of(), k.times(), k.gap(), k.legalRef())) : build(f.year, chain, m, n, legalRef));
        out.add(InitiativeCriterion.of(f, Title.CSTD_TQ, InitiativeLedger.inYears(f.year, n * m, InitiativeScope.TOAN_QUOC), 1,
                msg("review.rule.cstdTqInitiative", n(n * m), n(f.year)), msg("review.reason.scope.toanQuoc"),
                rules.basis(Title.CSTD_TQ)));
        out.add(PersonCriteria.discipline(f, rules));
        out.add(PersonCriteria.hold(f, rules));
        return f.shared.assessment(f.ref, Title.CSTD_TQ, out, rules.basis(Title.CSTD_TQ));
    }

    private static Criterion build(int year, List<Msg> chain, int m, int gap, String legalRef) {
        boolean met = chain.size() >= m;
        Msg evidence = chain.isEmpty() ? msg("review.reason.cstdTinh.none", n(year), n(gap))
                : msg("review.reason.cstdTinh.run", n(chain.size()), Texts.comma(chain), n(gap));
        return new Criterion(Criterion.Role.REQUIRED, msg("review.rule.cstdTinhChain", n(m), n(year)),
                met, evidence, legalRef, met ? null : msg("review.reason.need.cstdTinhTimes", n(m - chain.size())));
    }
}
