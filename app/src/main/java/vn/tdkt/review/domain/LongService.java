package vn.tdkt.review.domain;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.RatingLevel;

/**
 * The parts shared by the titles that build on an earlier award and a run of years after it (Bằng khen Thủ tướng,
 * Huân chương Lao động hạng Ba, under either law): which earlier award opens the period, where the period may start,
 * and the run of consecutive years rated at least a level.
 */
final class LongService {

    private LongService() {
    }

    /**
     * The period of a title: the prerequisite award that opens it (null when none before the review year since the
     * last same award), the last same award's year (MIN_VALUE when none) and the first year that may count.
     */
    record Period(Title title, Title prerequisite, Map.Entry<Integer, Award> opening, int lastSame, int floor,
                  boolean disciplineFloor) {

        /** " tiếp theo sau Bằng khen … năm 2019", or "" without a prerequisite. */
        String since() {
            return opening == null ? "" : " tiếp theo sau " + prerequisite.label() + " năm " + opening.getKey();
        }
    }

    static Period period(PersonFacts f, Title title, Title prerequisite) {
        int lastSame = f.lastEarlier(title.kindCode());
        NavigableMap<Integer, Award> pre = f.merit(prerequisite.kindCode());
        Map.Entry<Integer, Award> opening = lastSame == Integer.MIN_VALUE ? pre.firstEntry() : pre.higherEntry(lastSame);
        if (opening != null && opening.getKey() >= f.year) {
            opening = null;
        }
        int floor = f.firstCountable;
        if (opening != null) {
            floor = Math.max(floor, opening.getKey() + 1);
        }
        if (lastSame != Integer.MIN_VALUE) {
            floor = Math.max(floor, lastSame + 1);
        }
        return new Period(title, prerequisite, opening, lastSame, floor, f.limiting != null && floor == f.firstCountable);
    }

    private record NoPrerequisiteKey(Title prerequisite, int year, String legalRef) {
    }

    /** "Đã được tặng …" — the award that opens the period. */
    static Criterion prerequisite(PersonFacts f, Period p, String legalRef) {
        if (p.opening() == null && p.lastSame() == Integer.MIN_VALUE) {
            return f.shared.memo(new NoPrerequisiteKey(p.prerequisite(), f.year, legalRef),
                    k -> Criterion.required("Đã được tặng " + k.prerequisite().label(), false, "chưa có "
                            + k.prerequisite().label() + " trước năm " + k.year(), k.legalRef(), k.prerequisite().label()));
        }
        Map.Entry<Integer, Award> o = p.opening();
        return Criterion.required("Đã được tặng " + p.prerequisite().label(), o != null, o == null ? "chưa có "
                        + p.prerequisite().label() + " trước năm " + f.year + (p.lastSame() == Integer.MIN_VALUE ? ""
                        : " kể từ sau " + p.title().label() + " năm " + p.lastSame())
                        : p.prerequisite().label() + " " + Texts.award(o.getValue()), legalRef, p.prerequisite().label());
    }

    /** Consecutive years up to the review year rated at least {@code min}, inside the period. */
    static List<Integer> run(PersonFacts f, Period p, RatingLevel min) {
        return f.chainBack(y -> f.ratedAtLeast(y, min), p.floor());
    }

    private record RunKey(Title title, int year, int needed, RatingLevel min, String since, int start, int length,
                          RatingLevel ratingIfNone, String legalRef) {
    }

    /** "Liên tục từ N năm trở lên … đến năm … được đánh giá từ … trở lên". */
    static Criterion runCriterion(PersonFacts f, Period p, List<Integer> run, int needed, RatingLevel min, String legalRef) {
        RunKey key = new RunKey(p.title(), f.year, needed, min, p.since(), run.isEmpty() ? Integer.MIN_VALUE : run.get(0),
                run.size(), run.isEmpty() ? f.rating(f.year) : null, legalRef);
        if (!p.disciplineFloor()) {
            return f.shared.memo(key, k -> run(k, ""));
        }
        return run(key, "; thành tích trước năm " + f.firstCountable + " không được tính do kỷ luật");
    }

    private static Criterion run(RunKey k, String note) {
        boolean top = k.min() == RatingLevel.HTXSNV;
        String level = top ? "hoàn thành xuất sắc nhiệm vụ" : "được đánh giá từ " + k.min().label() + " trở lên";
        String evidence = k.length() == 0 ? Texts.rating(k.year(), k.ratingIfNone())
                : k.length() + " năm liên tục (" + k.start() + "–" + k.year() + ")" + note;
        return Criterion.required("Liên tục từ " + k.needed() + " năm trở lên" + k.since() + " đến năm " + k.year() + " "
                        + level, k.length() >= k.needed(), evidence, k.legalRef(),
                "thêm " + (k.needed() - k.length()) + " năm liên tục " + (top ? "hoàn thành xuất sắc nhiệm vụ"
                        : "từ " + k.min().label() + " trở lên"));
    }
}
