package vn.tdkt.movement.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures of a báo cáo sơ kết / tổng kết, all pulled from the data: the units taking part, the milestones and how
 * they were done, the titles and awards won by the movement's units (the units and their people) in the period
 * reported, the dossiers and decisions that name the movement, the year's registrations of those units and the
 * exemplary models of the movement ({@link ReportFigures}).
 *
 * @param from first day reported (the movement's start)
 * @param to   last day reported (the report's day, or the movement's end when earlier)
 */
public record MovementReport(MovementDetails movement, Kind kind, LocalDate day, LocalDate from, LocalDate to,
                             List<String> units, List<MilestoneRow> milestones, List<AwardCount> awards,
                             MovementLinks links, ReportFigures figures) {

    public MovementReport {
        units = List.copyOf(units);
        milestones = List.copyOf(milestones);
        awards = List.copyOf(awards);
    }

    /** Sơ kết (part-way) or tổng kết (at the end). */
    public enum Kind implements vn.tdkt.common.domain.Labelled {
        SO_KET("Sơ kết", "so-ket"),
        TONG_KET("Tổng kết", "tong-ket");

        private final String label;
        private final String[] aliases;

        Kind(String label, String... aliases) {
            this.label = label;
            this.aliases = aliases;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public String[] aliases() {
            return aliases.clone();
        }
    }

    /** Awards of one kind won in the period: how many units (tập thể) and people (cá nhân). */
    public record AwardCount(String kindCode, String kindName, int collective, int individual) {
        public int total() {
            return collective + individual;
        }
    }

    /** Milestones done by the report's day. */
    public long done() {
        return milestones.stream().filter(r -> r.milestone().doneDate() != null && !r.milestone().doneDate().isAfter(day)).count();
    }

    /** Of those, done on or before their due date. */
    public long onTime() {
        return milestones.stream().filter(r -> r.milestone().doneDate() != null && !r.milestone().doneDate().isAfter(day)
                && !r.milestone().doneDate().isAfter(r.milestone().due())).count();
    }
}
