package vn.tdkt.dossier.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tdkt.regime.domain.WorkingDays;

/** Working days of cán bộ, công chức: Monday to Friday, minus days off, plus Saturdays worked in exchange. */
public final class WorkingCalendar implements WorkingDays {

    private final Map<LocalDate, Holiday> days;

    public WorkingCalendar(List<Holiday> holidays) {
        this.days = holidays.stream().collect(Collectors.toUnmodifiableMap(Holiday::date, Function.identity()));
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        Holiday h = days.get(day);
        if (h != null) {
            return h.workday();
        }
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** Working days from (inclusive) to (exclusive). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** The n-th working day counting from start (start itself is the first when it is a working day); n ≥ 1. */
    public LocalDate nthWorkingDay(LocalDate start, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n phải từ 1 trở lên: " + n);
        }
        LocalDate d = start;
        int count = 0;
        while (true) {
            if (isWorkingDay(d)) {
                count++;
                if (count == n) {
                    return d;
                }
            }
            d = d.plusDays(1);
        }
    }

    /** Whether the calendar holds the official days of that year (otherwise only weekends are known). */
    public boolean covers(int year) {
        return days.keySet().stream().anyMatch(d -> d.getYear() == year);
    }
}
