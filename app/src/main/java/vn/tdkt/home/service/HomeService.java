package vn.tdkt.home.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import vn.tdkt.home.domain.RegistrationProgress;
import vn.tdkt.registration.domain.Coverage;
import vn.tdkt.common.data.Database;
import vn.tdkt.dossier.domain.WorkingCalendar;
import vn.tdkt.home.data.HomeRepository;
import vn.tdkt.home.domain.DueItem;
import vn.tdkt.home.domain.DueKind;
import vn.tdkt.home.domain.HomeData;
import vn.tdkt.home.domain.UnitYearCount;
import vn.tdkt.home.domain.YearDecisions;
import vn.tdkt.movement.domain.Deadline;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.regime.domain.LegalCalendar;
import vn.tdkt.regime.domain.Milestone;
import vn.tdkt.regime.domain.TimeLimit;

/**
 * The start screen's data in one call: milestones, dossier deadlines, public-notice ends (overdue or due within the
 * days), council meetings (within the days) and the ministry's yearly submission dates (within the days before or
 * after), the appraisal time limits of the complete dossiers (overdue or due within the days), movements by status,
 * decisions and money of the year, awards by unit and year over the last five years and by title.
 */
public final class HomeService {

    /** The bar chart's units and years. */
    public static final int CHART_UNITS = 8;
    public static final int CHART_YEARS = 5;
    /** The processing limit of the office's appraisal of a complete dossier (legal_time_limit, README decision 187). */
    public static final String APPRAISAL_LIMIT = "THAM_DINH";

    private final Database db;
    private final MovementService movements;
    private final Supplier<WorkingCalendar> calendar;
    private final HomeRepository repo = new HomeRepository();
    private final IntFunction<Coverage> coverage;
    private final IntFunction<LocalDate> deadline;
    private final BiFunction<LocalDate, Integer, List<Milestone>> central;
    private final Supplier<LegalCalendar> law;

    public HomeService(Database db, MovementService movements, Supplier<WorkingCalendar> calendar) {
        this(db, movements, calendar, null, null, null);
    }

    /**
     * @param coverage the registration coverage of a year (the registrations feature's), null for none
     * @param deadline the registration round's deadline of a year, null when that year's round has none
     * @param central  the ministry's yearly submission dates at most N days before or after a day (the regime feature's
     *                 {@code LegalCalendar.around}), null for none
     */
    public HomeService(Database db, MovementService movements, Supplier<WorkingCalendar> calendar,
                       IntFunction<Coverage> coverage, IntFunction<LocalDate> deadline,
                       BiFunction<LocalDate, Integer, List<Milestone>> central) {
        this(db, movements, calendar, coverage, deadline, central, null);
    }

    /**
     * @param law the dated time limits (the regime feature's {@code RegimeService.calendar}), null for no appraisal
     *            time limits
     */
    public HomeService(Database db, MovementService movements, Supplier<WorkingCalendar> calendar,
                       IntFunction<Coverage> coverage, IntFunction<LocalDate> deadline,
                       BiFunction<LocalDate, Integer, List<Milestone>> central, Supplier<LegalCalendar> law) {
        this.db = db;
        this.movements = movements;
        this.calendar = calendar;
        this.coverage = coverage;
        this.deadline = deadline;
        this.central = central;
        this.law = law;
    }

    /**
     * The registration card: the coverage and the deadline of the round the supplier gives for the year (its own or the year before's)
     * while it is not complete, else null (null too when the registrations feature is absent).
     */
    public RegistrationProgress registrations(int year) {
        if (coverage == null) {
            return null;
        }
        Coverage c = coverage.apply(year);
        if (c.complete()) {
            return null;
        }
        return new RegistrationProgress(c.year(), c.registered(), c.members(), c.percent(), c.unitsRegistered(),
                c.unitsExpected(), deadline == null ? null : deadline.apply(c.year()));
    }

    /** Everything of the start screen, charts included. */
    public HomeData load(LocalDate today, int days) {
        return withCharts(summary(today, days));
    }

    /**
     * What is due, the movements and the decisions of the year: the screen's first, light part (the window is usable
     * with it); the charts ({@link #withCharts}) read the award history of five years and come after.
     */
    public HomeData summary(LocalDate today, int days) {
        YearDecisions dec = decisions(today.getYear());
        return new HomeData(today, days, due(today, days), movementsByStatus(), dec.decisions(), dec.money(), dec.recipients(),
                List.of(), Map.of(), null);
    }

    /**
     * The due card: milestones (their effective working day), dossier deadlines and public-notice ends overdue or due
     * within the days, council meetings within the days, and the ministry's yearly submission dates from the days
     * before to the days after (README decision 171: nothing marks them done, so a passed one leaves the list after as
     * many days as the list looks ahead), by date. Four queries (milestones, open dossiers, meetings, time limits),
     * each reading only the rows it shows.
     */
    public List<DueItem> due(LocalDate today, int days) {
        LocalDate until = today.plusDays(days);
        List<DueItem> due = new ArrayList<>();
        for (Deadline d : movements.deadlines(today, days)) {
            String unit = d.row().unitName() == null ? "" : " — " + d.row().unitName();
            due.add(new DueItem(DueKind.MILESTONE, d.effectiveDue(), d.row().milestone().content(),
                    d.row().movementCode() + unit, d.row().milestone().movementId(), d.days(), d.moved() ? d.due() : null,
                    d.row().movementCode()));
        }
        WorkingCalendar cal = calendar.get();
        for (HomeRepository.OpenDossier o : repo.openDossiers(db.dsl())) {
            if (o.deadline() != null && !o.deadline().isAfter(until)) {
                due.add(new DueItem(DueKind.DOSSIER, o.deadline(), o.code(), o.awardName(), o.id(), days(today, o.deadline())));
            }
            if (o.noticeStart() != null && o.noticeDays() > 0) {
                LocalDate end = cal.nthWorkingDay(o.noticeStart(), o.noticeDays());
                if (!end.isBefore(today) && !end.isAfter(until)) {
                    due.add(new DueItem(DueKind.NOTICE, end, o.code(), o.awardName(), o.id(), days(today, end)));
                }
            }
        }
        for (HomeRepository.Meeting m : repo.meetings(db.dsl(), today, until)) {
            due.add(new DueItem(DueKind.MEETING, m.date(), m.councilName(), m.place(), m.id(), days(today, m.date())));
        }
        if (central != null) {
            for (Milestone m : central.apply(today, days)) {
                due.add(new DueItem(DueKind.CENTRAL, m.date(), m.name(), m.citation(), 0, days(today, m.date()),
                        m.moved() ? m.scheduled() : null, m.code()));
            }
        }
        due.addAll(appraisals(today, days, cal));
        due.sort(Comparator.comparing(DueItem::date).thenComparing(DueItem::kind).thenComparing(DueItem::title));
        return due;
    }

    /**
     * The appraisal time limits overdue or due within the days (the dossier deadlines' window): for every dossier still
     * Đủ hồ sơ or Trình Hội đồng, the day it last became Đủ hồ sơ + the THAM_DINH limit in force on that day, in working
     * days of the office's calendar with that day not counted (BLDS 2015 Điều 147); Nội dung the dossier's code and
     * award, Chi tiết the limit's legal reference (README decision 187). Also the lines of {@code tdkt deadlines}.
     */
    public List<DueItem> appraisals(LocalDate today, int days) {
        return appraisals(today, days, calendar.get());
    }

    private List<DueItem> appraisals(LocalDate today, int days, WorkingCalendar cal) {
        if (law == null) {
            return List.of();
        }
        List<HomeRepository.Appraisal> open = repo.appraisals(db.dsl());
        if (open.isEmpty()) {
            return List.of();
        }
        LegalCalendar legal = law.get();
        LocalDate until = today.plusDays(days);
        List<DueItem> due = new ArrayList<>();
        for (HomeRepository.Appraisal a : open) {
            LocalDate complete = a.complete().toLocalDate();
            java.util.Optional<TimeLimit> limit = legal.limit(APPRAISAL_LIMIT, complete);
            if (limit.isEmpty()) {
                continue;
            }
            LocalDate end = LegalCalendar.lastDay(complete, limit.get().amount(), limit.get().unit(), cal);
            if (!end.isAfter(until)) {
                due.add(new DueItem(DueKind.APPRAISAL, end, a.code() + " — " + a.awardName(),
                        Milestone.forClerk(limit.get().legalRef()), a.id(),
                        days(today, end), null, APPRAISAL_LIMIT));
            }
        }
        due.sort(Comparator.comparing(DueItem::date).thenComparing(DueItem::title));
        return due;
    }

    /** The movements card: the number of movements in each status, in status order (one grouped count). */
    public Map<String, Integer> movementsByStatus() {
        Map<MovementStatus, Integer> counts = movements.countByStatus();
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (MovementStatus s : MovementStatus.values()) {
            byStatus.put(s.name(), counts.getOrDefault(s, 0));
        }
        return byStatus;
    }

    /** The decisions card: one aggregate over the year's decisions and their recipients. */
    public YearDecisions decisions(int year) {
        long[] dec = repo.decisionsOfYear(db.dsl(), year);
        return new YearDecisions(year, (int) dec[0], (int) dec[1], dec[2]);
    }

    /** The bar chart: awards by unit and year over the chart's five years, for the units with the most (one aggregate). */
    public List<UnitYearCount> awardsByUnitYear(int year) {
        return repo.awardsByUnitYear(db.dsl(), year - CHART_YEARS + 1, year, CHART_UNITS);
    }

    /** The pie: awards by title over the chart's five years, largest first (one aggregate). */
    public Map<String, Integer> titles(int year) {
        return repo.titles(db.dsl(), year - CHART_YEARS + 1, year);
    }

    /**
     * The same data with the two charts (awards by unit and year, and by title, over the last five years) and the
     * registration coverage.
     */
    public HomeData withCharts(HomeData d) {
        int year = d.today().getYear();
        return new HomeData(d.today(), d.days(), d.due(), d.movementsByStatus(), d.decisions(), d.money(), d.recipients(),
                awardsByUnitYear(year), titles(year), registrations(year));
    }

    private static int days(LocalDate today, LocalDate day) {
        return (int) ChronoUnit.DAYS.between(today, day);
    }
}
