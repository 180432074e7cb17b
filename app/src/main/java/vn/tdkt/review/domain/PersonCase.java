package vn.tdkt.review.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.Discipline;
import vn.tdkt.record.domain.RatingLevel;

/**
 * The review of one person: runs the regime's title rules ({@link PersonRules}) over the person's facts. Phase one
 * (LĐTT, CSTĐCS, Giấy khen) runs first; the CSTĐCS ratio cap may then add its criterion; phase two (titles that build
 * on this year's CSTĐCS) follows.
 * <p>
 * Chains are built from awards that count for công trạng ({@code AwardFormType.countsForMeritChains()}), decided on or
 * before the review date. A title of the review year that is not recorded yet counts in a chain when the person is
 * eligible for it in this review (the council decides from the lowest title to the highest) — one definition for
 * every chain, {@link PersonFacts#hasTitle}. Achievements already rewarded by an earlier award of the same kind are
 * not counted again (Luật 2022 Điều 5: one achievement, one award), and after a discipline only the time from the day
 * it was served counts (NĐ 152/2025 Điều 4 khoản 4).
 */
final class PersonCase {

    final PersonHistory history;
    final SubjectRef ref;
    final PersonFacts facts;
    private final RuleSet rules;
    private final PersonRules titleRules;

    Assessment ldtt;
    Assessment cstdcs;
    Assessment giayKhen;
    Assessment bkTinh;
    Assessment cstdTinh;
    Assessment cstdTq;
    Assessment bkTtg;
    Assessment hcldBa;
    Assessment hcldNhi;
    Assessment hcldNhat;
    Assessment bkTinhTheoDot;
    Assessment bkTinhDotXuat;
    Assessment congHien;
    Assessment congHienNhi;
    Assessment congHienNhat;

    PersonCase(PersonHistory history, int year, LocalDate reviewDate, RuleSet rules, PersonRules titleRules,
               Function<LocalDate, RuleSet> rulesAt, Shared shared) {
        this.history = history;
        this.rules = rules;
        this.titleRules = titleRules;
        this.facts = new PersonFacts(history, year, reviewDate, rules, rulesAt, shared);
        this.ref = facts.ref; // one instance per person in the result (its assessments and next steps)
    }

    RatingLevel rating(int y) {
        return facts.rating(y);
    }

    /** The recorded công trạng award of a kind for the review year, or null. */
    Award recorded(String kind) {
        return facts.recorded(kind);
    }

    /** A discipline of cảnh cáo or heavier in force at some time of the review year, or null. */
    Discipline warningDisciplineInYear() {
        return history.disciplines().stream()
                .filter(d -> d.form().atLeastWarning() && !d.decisionDate().isAfter(facts.reviewDate)
                        && d.inForceDuring(facts.year))
                .findFirst().orElse(null);
    }

    private Assessment run(TitleRule rule) {
        Assessment a = rule.assess(facts, rules);
        facts.found(a);
        return a;
    }

    void phaseOne() {
        ldtt = run(titleRules.ldtt);
        cstdcs = run(titleRules.cstdcs);
        giayKhen = run(titleRules.giayKhen);
    }

    /** Number of initiatives recognised in the review year (ranking under a ratio cap). */
    int initiativesOfYear() {
        int year = facts.year;
        return (int) history.initiatives().stream().filter(i -> i.year() == year).count();
    }

    /** Adds the ratio-cap criterion to the CSTĐCS assessment. */
    void capCstdcs(Criterion cap) {
        cstdcs = cstdcs.with(cap);
        facts.found(cstdcs);
    }

    void phaseTwo() {
        CstdcsRule.useInitiative(facts, rules);
        bkTinh = run(titleRules.bkTinh);
        cstdTinh = run(titleRules.cstdTinh);
        CstdTinhRule.useInitiative(facts, rules);
        cstdTq = run(titleRules.cstdTq);
        bkTtg = run(titleRules.bkTtg);
        hcldBa = run(titleRules.hcldBa);
        hcldNhi = run(titleRules.hcldNhi);
        hcldNhat = run(titleRules.hcldNhat);
        bkTinhTheoDot = run(titleRules.bkTinhTheoDot);
        bkTinhDotXuat = run(titleRules.bkTinhDotXuat);
        congHien = run(titleRules.congHien);
        congHienNhi = run(titleRules.congHienNhi);
        congHienNhat = run(titleRules.congHienNhat);
    }

    /** All assessments of the person, in review order. */
    Collection<Assessment> assessments() {
        return List.of(ldtt, cstdcs, giayKhen, bkTinh, cstdTinh, cstdTq, bkTtg, hcldBa, hcldNhi, hcldNhat, bkTinhTheoDot,
                bkTinhDotXuat, congHien, congHienNhi, congHienNhat);
    }
}
