package vn.tdkt.regime.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Day counting of the law, and the dated time limits and yearly submission dates.
 * <ul>
 * <li>Bộ luật Dân sự 2015 Điều 147 khoản 1: a period counted in days starts on the day after the event (the day the
 * list is posted, the dossier received …) — that day is not counted;</li>
 * <li>Điều 148 khoản 1 and 5: it ends at the end of its last day; when that last day is a weekend day or a holiday,
 * at the end of the next working day;</li>
 * <li>a period in working days counts only working days, from the day after the event.</li>
 * </ul>
 */
public final class LegalCalendar {

    private final List<TimeLimit> limits;

    public LegalCalendar(List<TimeLimit> limits) {
        this.limits = List.copyOf(limits);
    }

    public List<TimeLimit> limits() {
        return limits;
    }

    /**
     * The last day of a period of {@code amount} days (or working days) that starts with an event on {@code event}
     * (BLDS 2015 Điều 147 khoản 1, Điều 148 khoản 5).
     */
    public static LocalDate lastDay(LocalDate event, int amount, DayUnit unit, WorkingDays calendar) {
        if (amount < 1) {
            throw new IllegalArgumentException("thời hạn phải từ 1 ngày trở lên: " + amount);
        }
        if (unit == DayUnit.NGAY) {
            LocalDate last = event.plusDays(amount);
            while (!calendar.isWorkingDay(last)) {
                last = last.plusDays(1);
            }
            return last;
        }
        LocalDate d = event;
        int counted = 0;
        while (counted < amount) {
            d = d.plusDays(1);
            if (calendar.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** Days of the period already run on {@code today} (the event's day not counted), in the period's unit. */
    public static int elapsed(LocalDate event, LocalDate today, DayUnit unit, WorkingDays calendar) {
        int n = 0;
        for (LocalDate d = event.plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
            if (unit == DayUnit.NGAY || calendar.isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** The processing limit of that code in force on the day of the event. */
    public Optional<TimeLimit> limit(String code, LocalDate on) {
        return limits.stream().filter(l -> l.kind() == TimeLimit.Kind.THOI_HAN && l.code().equals(code) && l.validOn(on))
                .max(Comparator.comparing(TimeLimit::validFrom));
    }

    /** The last day of a processing limit (e.g. THAM_DINH: 20 ngày làm việc) for an event on that day. */
    public Optional<LocalDate> deadline(String code, LocalDate event, WorkingDays calendar) {
        return limit(code, event).map(l -> lastDay(event, l.amount(), l.unit(), calendar));
    }

    /**
     * The yearly submission dates for the achievements of {@code year}, oldest first: each row in force on the day
     * it falls due, moved to the next working day when that day is off (BLDS 2015 Điều 148 khoản 5).
     */
    public List<Milestone> milestones(int year, WorkingDays calendar) {
        return limits.stream().filter(l -> l.kind() == TimeLimit.Kind.HAN_NOP_HANG_NAM)
                .map(l -> {
                    YearMonth ym = YearMonth.of(year + l.yearOffset(), l.month());
                    LocalDate scheduled = ym.atDay(Math.min(l.day(), ym.lengthOfMonth()));
                    if (!l.validOn(scheduled)) {
                        return null;
                    }
                    LocalDate due = scheduled;
                    while (!calendar.isWorkingDay(due)) {
                        due = due.plusDays(1);
                    }
                    return new Milestone(l.code(), l.name(), l.awardCode(), due, l.legalRef(), scheduled);
                })
                .filter(m -> m != null)
                .sorted(Comparator.comparing(Milestone::date).thenComparing(Milestone::code))
                .toList();
    }

    /**
     * The yearly submission dates of any achievement year whose day (moved off a day off) is at most {@code days}
     * before or after {@code day}: the ministry's dates of the start screen's due list and of {@code tdkt deadlines}
     * (README decision 171). A date passed more than {@code days} ago is no longer shown (nothing marks it done); one
     * line per code and day, by day then code.
     */
    public List<Milestone> around(LocalDate day, int days, WorkingDays calendar) {
        if (days < 0) {
            throw new IllegalArgumentException("days must be ≥ 0: " + days);
        }
        LocalDate from = day.minusDays(days);
        LocalDate to = day.plusDays(days);
        java.util.Map<String, Milestone> seen = new java.util.LinkedHashMap<>();
        // a row's year offset is 0 to 2 (ck_legal_time_limit_shape): the achievement years that can fall due in the window
        for (int year = from.getYear() - 2; year <= to.getYear(); year++) {
            for (Milestone m : milestones(year, calendar)) {
                if (!m.date().isBefore(from) && !m.date().isAfter(to)) {
                    seen.putIfAbsent(m.code() + "@" + m.date(), m);
                }
            }
        }
        return seen.values().stream().sorted(Comparator.comparing(Milestone::date).thenComparing(Milestone::code)).toList();
    }

    /** The milestones of an award (and those tied to no award) for the achievements of {@code year}. */
    public List<Milestone> milestones(int year, String awardCode, WorkingDays calendar) {
        return milestones(year, calendar).stream()
                .filter(m -> m.awardCode() == null || m.awardCode().equals(awardCode)).toList();
    }
}
