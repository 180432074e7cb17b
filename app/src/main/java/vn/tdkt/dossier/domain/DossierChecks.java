package vn.tdkt.dossier.domain;

import vn.tdkt.common.domain.Msg;
import vn.tdkt.regime.domain.DayUnit;
import vn.tdkt.regime.domain.LegalCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;

/**
 * What stands between a dossier and its next status: subjects that are missing, unsuited or not eligible, missing
 * components, the deadline and the public-notice period (công khai, in working days). Pure: everything it needs
 * comes in through {@link Input}.
 */
public final class DossierChecks {

    /** A deadline this close (calendar days) draws a warning. */
    public static final int DEADLINE_WARNING_DAYS = 3;

    /**
     * @param proposingUnitExists false when the proposing unit is no longer in the registry
     * @param today               the day of the check (from the service's clock)
     * @param target              the status the dossier is to move to
     * @param note                the note given with the move: a reason for a late dossier overrides the deadline
     */
    public record Input(Dossier dossier, AwardKind kind, Catalogue catalogue, DecidingLevel level,
                        boolean proposingUnitExists, List<SubjectView> subjects, List<ComponentStatus> checklist,
                        WorkingCalendar calendar, LocalDate today, DossierStatus target, String note,
                        EligibilityCheck eligibility) {
    }

    private DossierChecks() {
    }

    /** Findings for a move to the target; none for a return (trả lại) or back to dự thảo. */
    public static List<Finding> run(Input in) {
        if (in.target() == DossierStatus.TRA_LAI || in.target() == DossierStatus.DU_THAO) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        boolean beforeSubmission = in.target().step() <= DossierStatus.DE_NGHI_CAP_TREN.step();
        if (beforeSubmission) {
            subjects(in, out);
            if (!in.proposingUnitExists()) {
                out.add(Finding.blocking("dossier.check.noUnit", String.valueOf(in.dossier().proposingUnitId())));
            }
        }
        components(in, out);
        if (beforeSubmission) {
            deadline(in, out);
            notice(in, out);
            eligibility(in, out);
        }
        return out;
    }

    private static void subjects(Input in, List<Finding> out) {
        if (in.subjects().isEmpty()) {
            out.add(Finding.blocking("dossier.check.noSubjects"));
        }
        for (SubjectView s : in.subjects()) {
            SubjectKind kind = s.subject().kind();
            if (!s.exists()) {
                out.add(Finding.blocking("dossier.check.subjectGone", s.display()));
            } else if (!kind.suits(in.kind(), in.catalogue())) {
                out.add(Finding.blocking("dossier.check.notFor", s.name(), kind.word(), in.kind().name()));
            }
        }
    }

    private static void components(Input in, List<Finding> out) {
        Map<String, List<ComponentStatus>> groups = new LinkedHashMap<>();
        for (ComponentStatus cs : in.checklist()) {
            ChecklistItem item = cs.item();
            if (!item.neededFor(in.target())) {
                continue;
            }
            if (item.choiceGroup() != null) {
                groups.computeIfAbsent(item.choiceGroup(), g -> new ArrayList<>()).add(cs);
            } else if (!cs.present()) {
                out.add(Finding.blocking(item.component().generated() ? "dossier.check.missingGenerated"
                        : "dossier.check.missingAttached", item.component().name()));
            }
        }
        groups.values().stream().filter(g -> g.stream().noneMatch(ComponentStatus::present))
                .forEach(g -> out.add(Finding.blocking("dossier.check.missingOneOf", either(g.stream()
                        .map(cs -> cs.item().component().name()).toList()))));
    }

    private static void deadline(Input in, List<Finding> out) {
        LocalDate deadline = in.dossier().deadline();
        if (deadline == null) {
            return;
        }
        long days = ChronoUnit.DAYS.between(in.today(), deadline);
        if (days < 0) {
            String late = String.valueOf(-days);
            out.add(blank(in.note()) ? Finding.blocking("dossier.check.lateBlocked", deadline, late)
                    : Finding.warning("dossier.check.lateWithReason", deadline, late, in.note().strip()));
        } else if (days == 0) {
            out.add(Finding.warning("dossier.check.dueToday", deadline));
        } else if (days <= DEADLINE_WARNING_DAYS) {
            out.add(Finding.warning("dossier.check.dueSoon", String.valueOf(days), deadline));
        }
    }

    private static void notice(Input in, List<Finding> out) {
        int days = in.level().noticeWorkingDays();
        if (in.dossier().procedure() != Procedure.THUONG || days == 0) {
            return;
        }
        Severity severity = in.target() == DossierStatus.DE_NGHI_CAP_TREN ? Severity.CHAN : Severity.CANH_BAO;
        LocalDate start = in.dossier().noticeStart();
        if (start == null) {
            out.add(new Finding(severity, Msg.of("dossier.check.noNotice", String.valueOf(days), in.level().name())));
            return;
        }
        // Bộ luật Dân sự 2015 Điều 147: the day the list is posted is not counted.
        LocalDate end = LegalCalendar.lastDay(start, days, DayUnit.NGAY_LAM_VIEC, in.calendar());
        if (!in.today().isAfter(end)) {
            out.add(new Finding(severity, Msg.of("dossier.check.noticeShort", String.valueOf(days), start, end,
                    String.valueOf(LegalCalendar.elapsed(start, in.today(), DayUnit.NGAY_LAM_VIEC, in.calendar())))));
        }
        for (int y = start.getYear(); y <= end.getYear(); y++) {
            if (!in.calendar().covers(y)) {
                out.add(Finding.warning("dossier.check.noCalendar", String.valueOf(y)));
            }
        }
    }

    private static void eligibility(Input in, List<Finding> out) {
        Integer year = in.dossier().achievementYear();
        if (year == null) {
            out.add(Finding.warning("dossier.check.movement", in.dossier().movement()));
            return;
        }
        for (SubjectView s : in.subjects()) {
            if (s.exists() && s.subject().kind().suits(in.kind(), in.catalogue())) {
                in.eligibility().blockingReason(s.subject(), in.kind().code(), year)
                        .ifPresent(reason -> out.add(Finding.blocking("dossier.check.ineligible", s.name(), reason)));
            }
        }
    }

    /** "A", "A hoặc B", "A hoặc B hoặc C" in the user's language. */
    private static Object either(List<String> names) {
        Object text = names.get(0);
        for (String n : names.subList(1, names.size())) {
            text = Msg.of("dossier.check.either", text, n);
        }
        return text;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
