package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;
import static vn.tdkt.review.domain.Texts.n;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.RatingLevel;

/**
 * Chiến sĩ thi đua cơ sở (Luật 2022 Điều 23; Luật 2003 Điều 23 + NĐ 91/2017 Điều 9): the Lao động tiên tiến standard,
 * and a sáng kiến / đề tài recognised in the year — or, from Luật 2022 on, hoàn thành xuất sắc nhiệm vụ instead
 * ({@link RuleKey#CSTDCS_HTXSNV_SUFFICES}). The ratio cap of NĐ 91 Điều 9 khoản 3 is applied by the engine.
 */
final class CstdcsRule implements TitleRule {

    static final String CODE = "CSTDCS_D23";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Title title() {
        return Title.CSTDCS;
    }

    private record LdttMetKey(int year, String basis) {
    }

    private record HtxsnvKey(int year, RatingLevel actual, String legalRef) {
    }

    private record NoInitiativeKey(int year, boolean suffices, String legalRef) {
    }

    @Override
    public Assessment assess(PersonFacts f, RuleSet rules) {
        int year = f.year;
        List<Criterion> out = new ArrayList<>();
        List<Criterion> core = LdttRule.standard(f, rules);
        boolean ldttMet = core.stream().allMatch(Criterion::met);
        Award recordedLdtt = f.recorded(Title.LDTT.kindCode());
        String ldttBasis = rules.basis(Title.LDTT);
        if (ldttMet && recordedLdtt == null) {
            out.add(f.shared.memo(new LdttMetKey(year, ldttBasis), k -> ldttStandard(k.year(), List.of(), true, null,
                    k.basis())));
        } else {
            out.add(ldttStandard(year, core, ldttMet, recordedLdtt, ldttBasis));
        }
        Predicate<Initiative> ofYear = i -> i.year() == year;
        List<Initiative> usable = f.ledger().available(Title.CSTDCS, year, ofYear);
        List<InitiativeLedger.Use> blocked = f.ledger().blocked(Title.CSTDCS, year, ofYear);
        boolean suffices = rules.flag(RuleKey.CSTDCS_HTXSNV_SUFFICES);
        String legalRef = rules.ref(RuleKey.CSTDCS_HTXSNV_SUFFICES);
        if (suffices) {
            out.add(f.shared.memo(new HtxsnvKey(year, f.rating(year), legalRef), k -> Criterion.oneOf(
                    msg("review.rule.ratingTop", n(k.year())), k.actual() == RatingLevel.HTXSNV,
                    Texts.rating(k.year(), k.actual()), k.legalRef(), PersonCriteria.needRating(RatingLevel.HTXSNV, k.year()))));
        }
        if (usable.isEmpty() && blocked.isEmpty()) {
            out.add(f.shared.memo(new NoInitiativeKey(year, suffices, legalRef),
                    k -> initiative(k.year(), k.suffices(), List.of(), List.of(), k.legalRef())));
        } else {
            out.add(initiative(year, suffices, usable, blocked, legalRef));
        }
        out.add(PersonCriteria.discipline(f, rules));
        out.add(PersonCriteria.hold(f, rules));
        return f.shared.assessment(f.ref, Title.CSTDCS, out, rules.basis(Title.CSTDCS));
    }

    private static Criterion ldttStandard(int year, List<Criterion> core, boolean ldttMet, Award recordedLdtt, String basis) {
        List<Msg> evidence = new ArrayList<>();
        evidence.add(ldttMet ? msg("review.reason.ldtt.met", n(year)) : msg("review.reason.ldtt.unmet", Texts.semi(core.stream()
                .filter(c -> !c.met()).map(c -> Texts.paren(c.text(), c.evidence())).toList())));
        if (recordedLdtt != null) {
            evidence.add(msg("review.reason.ldtt.recorded", Texts.award(recordedLdtt)));
        }
        return Criterion.required(msg("review.rule.ldttStandard", n(year)), ldttMet, Texts.semi(evidence), basis,
                msg("review.reason.need.ldtt", n(year)));
    }

    private static Criterion initiative(int year, boolean suffices, List<Initiative> usable,
                                        List<InitiativeLedger.Use> blocked, String legalRef) {
        Msg text = msg("review.rule.cstdcsInitiative", n(year));
        Msg evidence = PersonCriteria.initiativeEvidence(usable, blocked, msg("review.reason.initiative.noneInYear", n(year)));
        Msg shortfall = msg("review.reason.need.initiativeInYear", n(year));
        return suffices ? Criterion.oneOf(text, !usable.isEmpty(), evidence, legalRef, shortfall)
                : Criterion.required(text, !usable.isEmpty(), evidence, legalRef, shortfall);
    }

    /** Marks the initiative this review's CSTĐCS uses (none when HTXSNV replaces it). */
    static void useInitiative(PersonFacts f, RuleSet rules) {
        if (f.recorded(Title.CSTDCS.kindCode()) != null || !f.assessment(Title.CSTDCS).eligible()) {
            return;
        }
        int year = f.year;
        if (f.rating(year) == RatingLevel.HTXSNV && rules.flag(RuleKey.CSTDCS_HTXSNV_SUFFICES)) {
            return;
        }
        for (Initiative i : f.ledger().pick(Title.CSTDCS, year, x -> x.year() == year, 1)) {
            f.use(new InitiativeLedger.Use(i, Title.CSTDCS, year, null));
        }
    }
}
