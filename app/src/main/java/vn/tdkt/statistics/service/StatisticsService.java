package vn.tdkt.statistics.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.decision.service.DecisionReportService;
import vn.tdkt.export.domain.ReportingUnits;
import vn.tdkt.movement.service.Statistics0601;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.domain.UnitPeriod;
import vn.tdkt.people.service.PeopleService;
import vn.tdkt.statistics.domain.BieuLine;
import vn.tdkt.statistics.domain.Form0604;
import vn.tdkt.statistics.domain.Form0605;
import vn.tdkt.statistics.domain.StatisticsForm;

/**
 * The biểu thống kê of TT 02/2023/TT-BNV, 0601.N–0605.N, for {@code statistics --form} and the window's "Biểu thống
 * kê": 0601 from the movements, 0602–0603 from the award history, 0604–0605 from the units and the people (README
 * decision 116). Each is written atomically as a print-ready xlsx.
 */
public final class StatisticsService {

    private final Statistics0601 movements;
    private final DecisionReportService decisions;
    private final OrgService org;
    private final PeopleService people;
    private final Supplier<ReportingUnits> units;

    /** @param units the reporting and receiving units, read at each writing (README decision 148) */
    public StatisticsService(Statistics0601 movements, DecisionReportService decisions, OrgService org, PeopleService people,
                             Supplier<ReportingUnits> units) {
        this.movements = movements;
        this.decisions = decisions;
        this.org = org;
        this.people = people;
        this.units = units;
    }

    /** Writes the biểu of the year to {@code target}, reporting its steps; a cancel between steps writes nothing. */
    public Path write(StatisticsForm form, int year, Path target, Progress progress) {
        progress.step(Msg.of("statistics.counting", form.number(), String.valueOf(year)), 0, 2);
        ReportingUnits header = units.get();
        switch (form) {
            case F0601 -> {
                progress.checkCancelled();
                movements.write(year, header, target);
            }
            case F0602 -> {
                progress.checkCancelled();
                decisions.writeStatistics0602(year, header, target);
            }
            case F0603 -> decisions.writeStatistics0603(year, header, target, progress);
            case F0604 -> {
                List<BieuLine> lines = Form0604.lines(Form0604.units(org.units()));
                progress.checkCancelled();
                progress.step(Msg.of("statistics.writing", form.number()), 1, 2);
                new BieuXlsxWriter().write(BieuXlsxWriter.L0604, year, lines, header, target);
            }
            case F0605 -> {
                Map<Person, List<UnitPeriod>> periods = people.periods();
                List<BieuLine> lines = Form0605.lines(periods, Form0604.units(org.units()).all(), year);
                progress.checkCancelled();
                progress.step(Msg.of("statistics.writing", form.number()), 1, 2);
                new BieuXlsxWriter().write(BieuXlsxWriter.L0605, year, lines, header, target);
            }
            default -> throw new IllegalStateException(form.name());
        }
        progress.step(Msg.of("statistics.written", form.number()), 2, 2);
        return target;
    }

    public Path write(StatisticsForm form, int year, Path target) {
        return write(form, year, target, Progress.NONE);
    }
}
