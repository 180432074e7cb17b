package vn.tdkt.dossier.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.regime.domain.DayUnit;
import vn.tdkt.regime.domain.LegalCalendar;

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
                out.add(Finding.blocking("Không tìm thấy đơn vị trình hồ sơ (mã nội bộ " + in.dossier().proposingUnitId()
                        + "), có thể đã bị xóa khỏi danh sách đơn vị."));
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
            out.add(Finding.blocking("Hồ sơ chưa có cá nhân, tập thể hoặc hộ gia đình nào được đề nghị."));
        }
        for (SubjectView s : in.subjects()) {
            SubjectKind kind = s.subject().kind();
            if (!s.exists()) {
                out.add(Finding.blocking("Không tìm thấy " + s.displayName() + " (có thể đã bị xóa khỏi danh sách)."));
            } else if (!kind.suits(in.kind(), in.catalogue())) {
                out.add(Finding.blocking(s.name() + " (" + lower(kind.label()) + "): «" + in.kind().name()
                        + "» không xét tặng cho " + lower(kind.label()) + "."));
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
                out.add(Finding.blocking("Thiếu thành phần hồ sơ: " + item.component().name()
                        + (item.component().generated() ? " (chưa lập bằng phần mềm hoặc đính kèm)" : " (chưa đính kèm)")
                        + "."));
            }
        }
        groups.values().stream().filter(g -> g.stream().noneMatch(ComponentStatus::present))
                .forEach(g -> out.add(Finding.blocking("Thiếu một trong các thành phần hồ sơ: " + g.stream()
                        .map(cs -> cs.item().component().name()).collect(Collectors.joining(" hoặc ")) + ".")));
    }

    private static void deadline(Input in, List<Finding> out) {
        LocalDate deadline = in.dossier().deadline();
        if (deadline == null) {
            return;
        }
        long days = ChronoUnit.DAYS.between(in.today(), deadline);
        if (days < 0) {
            String late = "hạn nộp hồ sơ " + VnFormat.date(deadline) + " (" + (-days) + " ngày)";
            out.add(blank(in.note())
                    ? Finding.blocking("Đã quá " + late + "; muốn chuyển tiếp phải ghi lý do nộp muộn vào ghi chú.")
                    : Finding.warning("Quá " + late + "; chuyển tiếp với lý do: " + in.note().strip()));
        } else if (days == 0) {
            out.add(Finding.warning("Hôm nay (" + VnFormat.date(deadline) + ") là hạn nộp hồ sơ."));
        } else if (days <= DEADLINE_WARNING_DAYS) {
            out.add(Finding.warning("Còn " + days + " ngày đến hạn nộp hồ sơ (" + VnFormat.date(deadline) + ")."));
        }
    }

    private static void notice(Input in, List<Finding> out) {
        int days = in.level().noticeWorkingDays();
        if (in.dossier().procedure() != Procedure.THUONG || days == 0) {
            return;
        }
        Function<String, Finding> finding = in.target() == DossierStatus.DE_NGHI_CAP_TREN ? Finding::blocking
                : Finding::warning;
        LocalDate start = in.dossier().noticeStart();
        if (start == null) {
            out.add(finding.apply("Chưa công khai danh sách đề nghị: phải công khai " + days
                    + " ngày làm việc trước khi trình " + in.level().name() + "."));
            return;
        }
        // Bộ luật Dân sự 2015 Điều 147: the day the list is posted is not counted.
        LocalDate end = LegalCalendar.lastDay(start, days, DayUnit.NGAY_LAM_VIEC, in.calendar());
        if (!in.today().isAfter(end)) {
            out.add(finding.apply("Thời gian công khai chưa đủ " + days + " ngày làm việc: công khai ngày "
                    + VnFormat.date(start) + ", tính từ ngày hôm sau (Bộ luật Dân sự 2015, Điều 147), đủ khi hết ngày "
                    + VnFormat.date(end) + " (đến nay được "
                    + LegalCalendar.elapsed(start, in.today(), DayUnit.NGAY_LAM_VIEC, in.calendar()) + " ngày)."));
        }
        for (int y = start.getYear(); y <= end.getYear(); y++) {
            if (!in.calendar().covers(y)) {
                out.add(Finding.warning("Chưa có lịch nghỉ lễ, Tết năm " + y
                        + ": ngày làm việc đang tính theo thứ Hai – thứ Sáu."));
            }
        }
    }

    private static void eligibility(Input in, List<Finding> out) {
        Integer year = in.dossier().achievementYear();
        if (year == null) {
            out.add(Finding.warning("Hồ sơ theo phong trào «" + in.dossier().movement()
                    + "» không có năm thành tích: chưa kiểm tra điều kiện xét tặng theo năm."));
            return;
        }
        for (SubjectView s : in.subjects()) {
            if (s.exists() && s.subject().kind().suits(in.kind(), in.catalogue())) {
                in.eligibility().blockingReason(s.subject(), in.kind().code(), year)
                        .ifPresent(reason -> out.add(Finding.blocking(s.name() + ": " + reason)));
            }
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
