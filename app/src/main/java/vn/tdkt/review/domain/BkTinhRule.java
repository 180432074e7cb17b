package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;
import static vn.tdkt.review.domain.Texts.n;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.RatingLevel;

/**
 * Bằng khen của Chủ tịch UBND tỉnh for a person, Luật 2022 Điều 74 khoản 1 điểm d — one of: 02 lần liên tục Chiến sĩ
 * thi đua cơ sở; or 02 năm liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 02 sáng kiến được công nhận,
 * áp dụng hiệu quả trong phạm vi cơ sở.
 */
final class BkTinhRule extends ArticleRule implements TitleRule {

    static final String CODE = "LUAT2022_D74_K1D";

    BkTinhRule() {
        super(CODE, Title.BK_TINH);
    }

    @Override
    public Assessment assess(PersonFacts f, RuleSet rules) {
        int lastSame = f.lastEarlier(Title.BK_TINH.kindCode());
        int floor = f.floorAfter(lastSame);
        List<Criterion> out = new ArrayList<>();
        Criterion chain = CstdcsChain.criterion(f, rules.integer(RuleKey.BK_TINH_CSTDCS_YEARS), floor,
                rules.ref(RuleKey.BK_TINH_CSTDCS_YEARS), Title.BK_TINH, lastSame);
        out.add(chain.as(Criterion.Role.ONE_OF));
        out.add(excellentYears(f, rules, floor, Criterion.Role.ONE_OF));
        out.add(PersonCriteria.discipline(f, rules));
        out.add(PersonCriteria.hold(f, rules));
        return f.shared.assessment(f.ref, Title.BK_TINH, out, rules.basis(Title.BK_TINH));
    }

    private record ExcellentKey(Criterion.Role role, int year, int from, int length, int years, int initiatives,
                                String legalRef) {
    }

    /** "Liên tục từ 02 năm HTXSNV, trong thời gian đó có 02 sáng kiến phạm vi cơ sở" (also NĐ 91 era's criterion). */
    static Criterion excellentYears(PersonFacts f, RuleSet rules, int floor, Criterion.Role role) {
        int h = rules.integer(RuleKey.BK_TINH_HTXSNV_YEARS);
        int q = rules.integer(RuleKey.BK_TINH_INITIATIVES);
        String legalRef = rules.ref(RuleKey.BK_TINH_HTXSNV_YEARS);
        List<Integer> run = f.chainBack(y -> f.rating(y) == RatingLevel.HTXSNV, floor);
        int from = run.isEmpty() ? f.year : run.get(0);
        Predicate<Initiative> inRun = i -> i.year() >= from && i.year() <= f.year;
        List<Initiative> usable = f.ledger().available(Title.BK_TINH, f.year, inRun);
        List<InitiativeLedger.Use> blocked = f.ledger().blocked(Title.BK_TINH, f.year, inRun);
        ExcellentKey key = new ExcellentKey(role, f.year, from, run.size(), h, q, legalRef);
        if (usable.isEmpty() && blocked.isEmpty()) {
            return f.shared.memo(key, k -> excellent(k, List.of(), List.of()));
        }
        return excellent(key, usable, blocked);
    }

    private static Criterion excellent(ExcellentKey k, List<Initiative> usable, List<InitiativeLedger.Use> blocked) {
        boolean met = k.length() >= k.years() && usable.size() >= k.initiatives();
        List<Integer> run = new ArrayList<>();
        for (int y = k.from(); y < k.from() + k.length(); y++) {
            run.add(y);
        }
        Msg evidence = msg("review.reason.excellent.initiatives", run.isEmpty()
                ? msg("review.reason.excellent.none", n(k.year()))
                : msg("review.reason.excellent.run", n(run.size()), Texts.years(run)),
                PersonCriteria.initiativeEvidence(usable, blocked, msg("review.reason.none")));
        List<Msg> missing = new ArrayList<>();
        if (run.size() < k.years()) {
            missing.add(msg("review.reason.need.htxsnvYears", n(k.years() - run.size())));
        }
        if (usable.size() < k.initiatives()) {
            missing.add(msg("review.reason.need.coSoInitiatives", n(k.initiatives() - usable.size())));
        }
        return new Criterion(k.role(), msg("review.rule.bkTinhExcellent", n(k.years()), n(k.initiatives())), met, evidence,
                k.legalRef(), met ? null : Texts.and(missing));
    }
}
