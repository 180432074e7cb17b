package vn.tdkt.review.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
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
                    "Hoàn thành xuất sắc nhiệm vụ năm " + k.year(), k.actual() == RatingLevel.HTXSNV,
                    Texts.rating(k.year(), k.actual()), k.legalRef(), "mức Hoàn thành xuất sắc nhiệm vụ năm " + k.year())));
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
        String evidence = (ldttMet ? "đạt tiêu chuẩn Lao động tiên tiến năm " + year
                : "chưa đạt: " + core.stream().filter(c -> !c.met()).map(c -> c.text() + " (" + c.evidence() + ")")
                .reduce((a, b) -> a + "; " + b).orElse(""))
                + (recordedLdtt == null ? "" : "; đã ghi nhận LĐTT " + Texts.award(recordedLdtt));
        return Criterion.required("Đạt tiêu chuẩn Lao động tiên tiến năm " + year, ldttMet, evidence, basis,
                "đạt tiêu chuẩn Lao động tiên tiến năm " + year);
    }

    private static Criterion initiative(int year, boolean suffices, List<Initiative> usable,
                                        List<InitiativeLedger.Use> blocked, String legalRef) {
        String text = "Có sáng kiến hoặc đề tài khoa học được công nhận năm " + year + ", chưa dùng cho khen thưởng khác";
        String evidence = PersonCriteria.initiativeEvidence(usable, blocked,
                "không có sáng kiến, đề tài nào được công nhận năm " + year);
        String shortfall = "1 sáng kiến hoặc đề tài được công nhận năm " + year;
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
