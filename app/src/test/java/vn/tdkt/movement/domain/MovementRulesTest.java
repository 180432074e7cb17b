package vn.tdkt.movement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.dossier.domain.Holiday;
import vn.tdkt.dossier.domain.WorkingCalendar;

class MovementRulesTest {

    private static final LocalDate FROM = LocalDate.of(2021, 4, 1);
    private static final LocalDate TO = LocalDate.of(2021, 9, 30);

    private static Movement campaign() {
        return Movement.draft("HT-190", "Đợt thi đua chào mừng 190 năm thành lập tỉnh", MovementKind.THEO_DOT,
                LaunchLevel.CO_QUAN).withPeriod(FROM, TO);
    }

    private static List<String> keys(MovementDetails d, Map<Long, Long> parents) {
        return MovementRules.check(d, parents::get).problems().stream().map(p -> p.text().key()).toList();
    }

    @Test
    void aCampaignWithItsPhasesInsideThePeriodIsValid() {
        MovementDetails d = new MovementDetails(campaign(), List.of(
                new Phase(0, PhaseKind.SO_KET, "Sơ kết giữa đợt", LocalDate.of(2021, 6, 30)),
                new Phase(0, PhaseKind.TONG_KET, "Tổng kết đợt", LocalDate.of(2021, 10, 15))),
                List.of(new SubMovement(0, 1, "Thi đua thực hiện nhiệm vụ chính trị", null)), List.of(), List.of(),
                List.of(new PlannedReward("GIAY_KHEN", 10, null)), Map.of());
        assertEquals(List.of(), keys(d, Map.of()));
    }

    @Test
    void theEndBeforeTheStartIsRefusedOnTheEndField() {
        MovementDetails d = MovementDetails.of(campaign().withPeriod(TO, FROM));
        List<Problem> problems = MovementRules.check(d, id -> null).problems();
        assertEquals(1, problems.size());
        assertEquals(MovementField.END, problems.get(0).field());
        assertEquals("Đến ngày 01/04/2021 trước Từ ngày 30/09/2021.", problems.get(0).message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "phase before the start;SO_KET;2021-03-31;movement.problem.phaseOutside",
            "closing long after the end;TONG_KET;2022-01-15;movement.problem.phaseOutside",
            "closing soon after the end;TONG_KET;2021-10-20;"})
    void phasesMustFallInThePeriod(String what, PhaseKind kind, LocalDate date, String expected) {
        MovementDetails d = new MovementDetails(campaign(), List.of(new Phase(0, kind, "Mốc", date)), List.of(),
                List.of(), List.of(), List.of(), Map.of());
        assertEquals(expected == null ? List.of() : List.of(expected), keys(d, Map.of()), what);
    }

    @Test
    void twoClosingsAndAMidTermAfterTheClosingAreRefused() {
        MovementDetails d = new MovementDetails(campaign(), List.of(
                new Phase(0, PhaseKind.TONG_KET, "Tổng kết", LocalDate.of(2021, 8, 1)),
                new Phase(0, PhaseKind.SO_KET, "Sơ kết", LocalDate.of(2021, 9, 1)),
                new Phase(0, PhaseKind.TONG_KET, "Tổng kết lần hai", LocalDate.of(2021, 8, 15))),
                List.of(), List.of(), List.of(), List.of(), Map.of());
        List<String> k = keys(d, Map.of());
        assertTrue(k.contains("movement.problem.twoClosings"), k.toString());
        assertTrue(k.contains("movement.problem.midAfterClosing"), k.toString());
    }

    @Test
    void aParentThatIsADescendantMakesACycleAtAnyDepth() {
        // 1 ← 2 ← 3 ← 4 (4 implements 3, …); making 1 implement 4 closes the loop
        Map<Long, Long> parents = new HashMap<>();
        parents.put(1L, null);
        parents.put(2L, 1L);
        parents.put(3L, 2L);
        parents.put(4L, 3L);
        MovementDetails d = MovementDetails.of(campaign().withId(1).withParent(4L));
        assertEquals(List.of("movement.problem.parentCycle"), keys(d, parents));
        MovementDetails self = MovementDetails.of(campaign().withId(2).withParent(2L));
        assertEquals(List.of("movement.problem.parentSelf"), keys(self, parents));
        MovementDetails fine = MovementDetails.of(campaign().withId(4).withParent(1L));
        assertEquals(List.of(), keys(fine, parents));
    }

    @Test
    void theCycleIsReportedAsThePathBackToTheStart() {
        Map<String, String> up = Map.of("A", "B", "B", "C", "C", "A");
        assertEquals(List.of("A", "B", "C"), MovementRules.cycle("A", up::get));
        assertEquals(List.of(), MovementRules.cycle("X", Map.of("X", "A")::get), "a loop above X is not X's cycle");
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "DU_THAO,PHAT_DONG,true", "DU_THAO,DANG_TRIEN_KHAI,false", "PHAT_DONG,DANG_TRIEN_KHAI,true",
            "DANG_TRIEN_KHAI,SO_KET,true", "DANG_TRIEN_KHAI,TONG_KET,true", "SO_KET,TONG_KET,true",
            "SO_KET,DANG_TRIEN_KHAI,false", "TONG_KET,SO_KET,false", "PHAT_DONG,DU_THAO,false"})
    void statusesMoveForwardOnly(MovementStatus from, MovementStatus to, boolean allowed) {
        assertEquals(allowed, from.canMoveTo(to));
    }

    @Test
    void launchingNeedsANumberedDatedPlanAndADateNotBeforeIt() {
        Movement draft = campaign();
        List<String> k = MovementRules.checkMove(draft.withPlan("/KH-SKHCN", null), MovementStatus.PHAT_DONG,
                LocalDate.of(2021, 3, 30), null).problems().stream().map(p -> p.text().key()).toList();
        assertEquals(List.of("movement.problem.launchNumber", "movement.problem.launchDate"), k);
        Movement planned = draft.withPlan("411/KH-SKHCN", LocalDate.of(2021, 3, 30));
        assertTrue(MovementRules.checkMove(planned, MovementStatus.PHAT_DONG, LocalDate.of(2021, 3, 30), null).isEmpty());
        assertEquals(List.of("movement.problem.launchBeforePlan"), MovementRules.checkMove(planned,
                MovementStatus.PHAT_DONG, LocalDate.of(2021, 3, 29), null).problems().stream().map(p -> p.text().key()).toList());
        Movement running = planned.withStatus(MovementStatus.DANG_TRIEN_KHAI, LocalDate.of(2021, 4, 5));
        assertEquals(List.of("movement.problem.moveBefore"), MovementRules.checkMove(running, MovementStatus.SO_KET,
                LocalDate.of(2021, 4, 1), running.statusDate()).problems().stream().map(p -> p.text().key()).toList());
    }

    @Test
    void aDueDateOnADayOffCountsFromTheNextWorkingDay() {
        // 30/04/2026 (Thursday) and 01/05 are days off, 02–03/05 a weekend: due 30/04 means Monday 04/05
        WorkingCalendar cal = new WorkingCalendar(List.of(
                new Holiday(LocalDate.of(2026, 4, 30), false, "Ngày Chiến thắng", "BLLĐ"),
                new Holiday(LocalDate.of(2026, 5, 1), false, "Quốc tế Lao động", "BLLĐ")));
        Milestone onHoliday = new Milestone(1, 1, "Gửi báo cáo sơ kết", LocalDate.of(2026, 4, 30), null, null, null);
        Milestone saturday = new Milestone(2, 1, "Gửi danh sách điển hình", LocalDate.of(2026, 4, 25), null, null, null);
        Milestone done = new Milestone(3, 1, "Đăng ký thi đua", LocalDate.of(2026, 4, 20), null, LocalDate.of(2026, 4, 19), "CV 12");
        Milestone later = new Milestone(4, 1, "Tổng kết", LocalDate.of(2026, 5, 20), null, null, null);
        List<MilestoneRow> rows = List.of(onHoliday, saturday, done, later).stream()
                .map(m -> new MilestoneRow(m, "PT1", "Phong trào", MovementStatus.DANG_TRIEN_KHAI, null, null)).toList();
        List<Deadline> list = Deadlines.on(rows, LocalDate.of(2026, 4, 28), 7, cal);
        assertEquals(2, list.size(), "the done one and the one after 05/05 are left out");
        Deadline first = list.get(0);
        assertEquals(LocalDate.of(2026, 4, 27), first.effectiveDue(), "Saturday 25/04 moves to Monday 27/04");
        assertEquals(DeadlineStatus.QUA_HAN, first.status());
        assertEquals(-1, first.days());
        Deadline second = list.get(1);
        assertEquals(LocalDate.of(2026, 5, 4), second.effectiveDue());
        assertTrue(second.moved());
        assertEquals(DeadlineStatus.SAP_DEN_HAN, second.status());
        assertEquals(6, second.days());
    }
}
