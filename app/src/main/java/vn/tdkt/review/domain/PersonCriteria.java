package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;
import static vn.tdkt.review.domain.Texts.n;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.RatingLevel;

/**
 * The criteria every person title shares: the year's rating, the working time, the discipline floor and the holds
 * (NĐ 152/2025 Điều 4 khoản 4), and the phrasing of initiative evidence. The common cases are memoised in the
 * review's {@link Shared} under record keys that name every input.
 */
final class PersonCriteria {

    private PersonCriteria() {
    }

    private record RatingKey(int year, RatingLevel min, RatingLevel actual, String legalRef) {
    }

    static Criterion ratingAtLeast(PersonFacts f, RatingLevel min, String legalRef) {
        return f.shared.memo(new RatingKey(f.year, min, f.rating(f.year), legalRef), PersonCriteria::rating);
    }

    private static Criterion rating(RatingKey k) {
        boolean met = k.actual() != null && k.actual().atLeast(k.min());
        boolean top = k.min() == RatingLevel.HTXSNV;
        Msg text = top ? msg("review.rule.ratingTop", n(k.year())) : msg("review.rule.ratingAtLeast", n(k.year()), k.min());
        return Criterion.required(text, met, Texts.rating(k.year(), k.actual()), k.legalRef(), needRating(k.min(), k.year()));
    }

    /** "mức Hoàn thành xuất sắc nhiệm vụ năm 2025", "mức Hoàn thành tốt nhiệm vụ trở lên năm 2025". */
    static Msg needRating(RatingLevel min, int year) {
        return min == RatingLevel.HTXSNV ? msg("review.reason.need.rating", min, n(year))
                : msg("review.reason.need.ratingAtLeast", min, n(year));
    }

    private record FullYearKey(int year, int minMonths, boolean maternity, String legalRef) {
    }

    /**
     * Working time in the year. The minimum number of months is the rule for new hires ("mới tuyển dụng", NĐ 91/2017
     * Điều 10; Thông tư 01/2024/TT-BNV): it is checked from the start date for a person who began in the year. A
     * person who retires or leaves during the year is assessed on the year's rating without a minimum (the texts set
     * the minimum for new hires only); the end date is shown in the evidence.
     */
    static Criterion service(PersonFacts f, RuleSet rules) {
        int min = rules.integer(RuleKey.LDTT_MIN_MONTHS);
        boolean maternity = rules.flag(RuleKey.MATERNITY_LEAVE_COUNTS);
        String legalRef = rules.ref(RuleKey.LDTT_MIN_MONTHS);
        LocalDate start = f.history.employmentStart();
        LocalDate end = f.history.person().endDate();
        int year = f.year;
        if (start != null && start.getYear() < year && end == null) {
            return f.shared.memo(new FullYearKey(year, min, maternity, legalRef), PersonCriteria::fullYear);
        }
        Msg counted = counted(maternity);
        Msg text = msg("review.rule.service", n(min), n(year));
        if (start == null) {
            return Criterion.required(text, true, msg("review.reason.service.noStart", counted), legalRef, null);
        }
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        LocalDate dec31 = LocalDate.of(year, 12, 31);
        boolean leftInYear = end != null && end.isBefore(dec31);
        if (start.getYear() < year) {
            return Criterion.required(text, true, msg("review.reason.service.leaver", n(year), end, legalRef), legalRef, null);
        }
        LocalDate from = start.isAfter(jan1) ? start : jan1;
        LocalDate to = leftInYear ? end : dec31;
        long months = to.isBefore(from) ? 0 : Period.between(from, to.plusDays(1)).toTotalMonths();
        Msg evidence = end == null ? msg("review.reason.service.months", start, n(months), n(year), counted)
                : msg("review.reason.service.monthsLeft", start, end, n(months), n(year), counted);
        return Criterion.required(text, months >= min, evidence, legalRef,
                msg("review.reason.need.months", n(min), n(year), n(months)));
    }

    private static Msg counted(boolean maternity) {
        return msg(maternity ? "review.reason.counted.maternity" : "review.reason.counted");
    }

    private static Criterion fullYear(FullYearKey k) {
        return Criterion.required(msg("review.rule.service", n(k.minMonths()), n(k.year())), true,
                msg("review.reason.service.fullYear", n(k.year()), counted(k.maternity())), k.legalRef(), null);
    }

    private static final Msg DISCIPLINE_TEXT = msg("review.rule.discipline");

    private record NoDisciplineKey(String legalRef) {
    }

    /** Achievements count from the day the discipline has been served (NĐ 152/2025 Điều 4 khoản 4). */
    static Criterion discipline(PersonFacts f, RuleSet rules) {
        String legalRef = rules.ref(RuleKey.DISCIPLINE_HOLD);
        if (f.limiting == null) {
            return f.shared.memo(new NoDisciplineKey(legalRef), k -> Criterion.required(DISCIPLINE_TEXT, true,
                    msg("review.reason.noDiscipline"), k.legalRef(), null));
        }
        boolean met = f.firstCountable <= f.year;
        List<Msg> evidence = new ArrayList<>();
        evidence.add(Texts.discipline(f.limiting));
        if (f.countsFrom != null) {
            evidence.add(msg("review.reason.discipline.served", f.countsFrom));
            if (f.countsFrom.getYear() != f.firstCountable) {
                evidence.add(msg("review.reason.discipline.rest", n(f.countsFrom.getYear()),
                        n(rules.integer(RuleKey.LDTT_MIN_MONTHS))));
            }
        }
        evidence.add(msg(met ? "review.reason.discipline.countsFromYear" : "review.reason.discipline.onlyFromYear",
                n(f.firstCountable)));
        return Criterion.required(DISCIPLINE_TEXT, met, Texts.semi(evidence), legalRef,
                msg("review.reason.need.afterDiscipline", n(f.firstCountable)));
    }

    private record NoHoldKey(LocalDate reviewDate, String legalRef) {
    }

    /**
     * Tạm hoãn while a discipline is in force on the review date, or while an investigation, inspection, complaint or
     * discipline procedure entered on the person is open (NĐ 152/2025 Điều 4 khoản 4).
     */
    static Criterion hold(PersonFacts f, RuleSet rules) {
        String legalRef = rules.ref(RuleKey.DISCIPLINE_HOLD);
        if (f.holding == null && f.pending == null) {
            return f.shared.memo(new NoHoldKey(f.reviewDate, legalRef), k -> Criterion.hold(holdText(k.reviewDate()), true,
                    msg("review.reason.hold.none"), k.legalRef(), null));
        }
        if (f.holding != null) {
            return Criterion.hold(holdText(f.reviewDate), false, msg("review.reason.hold.discipline",
                    Texts.discipline(f.holding)), legalRef, msg("review.reason.need.serveDiscipline", f.holding.decisionNo()));
        }
        return Criterion.hold(holdText(f.reviewDate), false, msg("review.reason.hold.pending", f.pending.reason(),
                f.pending.document(), f.pending.from()), legalRef, msg("review.reason.need.conclusion", f.pending.document()));
    }

    private static Msg holdText(LocalDate reviewDate) {
        return msg("review.rule.hold", reviewDate);
    }

    static Msg initiativeEvidence(List<Initiative> usable, List<InitiativeLedger.Use> blocked, Msg none) {
        List<Msg> parts = new ArrayList<>();
        usable.forEach(i -> parts.add(Texts.initiative(i)));
        blocked.forEach(u -> parts.add(msg("review.reason.initiative.blocked", u.describe())));
        return parts.isEmpty() ? none : Texts.semi(parts);
    }
}
