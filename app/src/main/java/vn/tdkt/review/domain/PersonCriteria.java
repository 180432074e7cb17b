package vn.tdkt.review.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.common.domain.VnFormat;
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
        String text = top ? "Hoàn thành xuất sắc nhiệm vụ năm " + k.year()
                : "Mức độ hoàn thành nhiệm vụ năm " + k.year() + " từ " + k.min().label() + " trở lên";
        return Criterion.required(text, met, Texts.rating(k.year(), k.actual()), k.legalRef(),
                "mức " + k.min().label() + (top ? "" : " trở lên") + " năm " + k.year());
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
        String counted = counted(maternity);
        String text = "Công tác từ " + min + " tháng trở lên trong năm " + year;
        if (start == null) {
            return Criterion.required(text, true, "không ghi ngày bắt đầu công tác: coi như công tác đủ năm ("
                    + counted + ")", legalRef, null);
        }
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        LocalDate dec31 = LocalDate.of(year, 12, 31);
        boolean leftInYear = end != null && end.isBefore(dec31);
        if (start.getYear() < year) {
            return Criterion.required(text, true, "bắt đầu công tác trước năm " + year + ", thôi công tác (nghỉ hưu, chuyển đi) "
                    + VnFormat.date(end) + ": số tháng tối thiểu chỉ áp dụng cho người mới tuyển dụng ("
                    + legalRef + "), xét theo kết quả đánh giá năm " + year, legalRef, null);
        }
        LocalDate from = start.isAfter(jan1) ? start : jan1;
        LocalDate to = leftInYear ? end : dec31;
        long months = to.isBefore(from) ? 0 : Period.between(from, to.plusDays(1)).toTotalMonths();
        String evidence = "bắt đầu công tác " + VnFormat.date(start)
                + (end == null ? "" : ", thôi công tác " + VnFormat.date(end)) + ": " + months
                + " tháng trong năm " + year + " (" + counted + ")";
        return Criterion.required(text, months >= min, evidence, legalRef,
                "đủ " + min + " tháng công tác trong năm " + year + " (hiện " + months + " tháng)");
    }

    private static String counted(boolean maternity) {
        return maternity
                ? "thời gian nghỉ thai sản được tính; không có dữ liệu nghỉ riêng nên toàn bộ thời gian tại đơn vị được tính"
                : "không có dữ liệu nghỉ riêng nên toàn bộ thời gian tại đơn vị được tính";
    }

    private static Criterion fullYear(FullYearKey k) {
        return Criterion.required("Công tác từ " + k.minMonths() + " tháng trở lên trong năm " + k.year()
                       , true, "công tác đủ 12 tháng năm " + k.year() + " (bắt đầu công tác trước năm "
                        + k.year() + "; " + counted(k.maternity()) + ")", k.legalRef(), null);
    }

    private static final String DISCIPLINE_TEXT =
            "Không bị kỷ luật trong thời gian xét (thành tích chỉ tính từ khi chấp hành xong kỷ luật)";

    private record NoDisciplineKey(String legalRef) {
    }

    /** Achievements count from the day the discipline has been served (NĐ 152/2025 Điều 4 khoản 4). */
    static Criterion discipline(PersonFacts f, RuleSet rules) {
        String legalRef = rules.ref(RuleKey.DISCIPLINE_HOLD);
        if (f.limiting == null) {
            return f.shared.memo(new NoDisciplineKey(legalRef),
                    k -> Criterion.required(DISCIPLINE_TEXT, true, "không có quyết định kỷ luật", k.legalRef(), null));
        }
        boolean met = f.firstCountable <= f.year;
        StringBuilder evidence = new StringBuilder(Texts.discipline(f.limiting));
        if (f.countsFrom != null) {
            evidence.append("; đã chấp hành xong, thành tích tính từ ngày ").append(VnFormat.date(f.countsFrom));
            if (f.countsFrom.getYear() != f.firstCountable) {
                evidence.append("; phần còn lại của năm ").append(f.countsFrom.getYear()).append(" ít hơn ")
                        .append(rules.integer(RuleKey.LDTT_MIN_MONTHS)).append(" tháng công tác tối thiểu của năm");
            }
        }
        evidence.append(met ? "; thành tích tính từ năm " : "; thành tích chỉ được tính từ năm ").append(f.firstCountable);
        return Criterion.required(DISCIPLINE_TEXT, met, evidence.toString(), legalRef, "thành tích từ năm " + f.firstCountable
                + " trở đi, sau khi chấp hành xong kỷ luật");
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
                    "không có kỷ luật đang thi hành, không có việc đang điều tra, thanh tra, kiểm tra, khiếu nại",
                    k.legalRef(), null));
        }
        if (f.holding != null) {
            return Criterion.hold(holdText(f.reviewDate), false, "đang thi hành kỷ luật: " + Texts.discipline(f.holding)
                    + "; tạm hoãn xét, không khen thưởng và không đề nghị", legalRef,
                    "chấp hành xong kỷ luật theo QĐ số " + f.holding.decisionNo());
        }
        return Criterion.hold(holdText(f.reviewDate), false, f.pending.reason().label() + " (" + f.pending.document()
                        + ", từ " + VnFormat.date(f.pending.from()) + ")" + "; tạm hoãn xét cho đến khi có kết luận",
                legalRef, "kết luận của " + f.pending.document());
    }

    private static String holdText(LocalDate reviewDate) {
        return "Không đang thi hành kỷ luật hoặc chờ kết luận vào ngày xét " + VnFormat.date(reviewDate);
    }

    static String initiativeEvidence(List<Initiative> usable, List<InitiativeLedger.Use> blocked, String none) {
        List<String> parts = new ArrayList<>();
        usable.forEach(i -> parts.add(Texts.initiative(i)));
        blocked.forEach(u -> parts.add(u.describe() + ", không dùng lại được"));
        return parts.isEmpty() ? none : String.join("; ", parts);
    }
}
