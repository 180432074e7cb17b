package vn.tdkt.home.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierStatus;
import vn.tdkt.dossier.domain.Procedure;
import vn.tdkt.home.domain.DueItem;
import vn.tdkt.home.domain.DueKind;
import vn.tdkt.home.ui.HomeLink;
import vn.tdkt.home.ui.HomeViewModel;
import vn.tdkt.org.domain.Unit;

/**
 * The appraisal time limit on Tổng quan, without the toolkit (README decision 187): a dossier that became Đủ hồ sơ is
 * appraised within the THAM_DINH limit in force that day (20 ngày làm việc, QĐ 638/QĐ-BNV 2025), counted in working
 * days of the office's calendar from the next day (BLDS 2015 Điều 147); the line lasts while the dossier is Đủ hồ sơ
 * or Trình Hội đồng and opens the dossier.
 */
class HomeAppraisalTest {

    private static Database db;
    private static AppContext ctx;
    private static long friday;
    private static long council;
    private static long returned;
    private static long voted;
    private static long again;

    @BeforeAll
    static void open() {
        db = Database.inMemory();
        ctx = new AppContext(db);
        Unit so = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
        // Friday 24/04/2026: Monday 27/04 (Giỗ Tổ, in lieu), 30/04 and 01/05 are days off
        friday = dossier(so, "HS-01");
        log(friday, DossierStatus.DU_THAO, DossierStatus.DU_HO_SO, LocalDateTime.of(2026, 4, 24, 16, 30));
        // complete on Monday 04/05/2026, then sent to the council: still under appraisal
        council = dossier(so, "HS-02");
        log(council, DossierStatus.DU_THAO, DossierStatus.DU_HO_SO, LocalDateTime.of(2026, 5, 4, 9, 0));
        log(council, DossierStatus.DU_HO_SO, DossierStatus.TRINH_HOI_DONG, LocalDateTime.of(2026, 5, 20, 9, 0));
        // complete, then returned to Dự thảo: no appraisal runs
        returned = dossier(so, "HS-03");
        log(returned, DossierStatus.DU_THAO, DossierStatus.DU_HO_SO, LocalDateTime.of(2026, 4, 24, 10, 0));
        log(returned, DossierStatus.DU_HO_SO, DossierStatus.DU_THAO, LocalDateTime.of(2026, 4, 28, 10, 0));
        // past the council (it voted): appraised
        voted = dossier(so, "HS-04");
        log(voted, DossierStatus.DU_THAO, DossierStatus.DU_HO_SO, LocalDateTime.of(2026, 4, 24, 11, 0));
        log(voted, DossierStatus.DU_HO_SO, DossierStatus.TRINH_HOI_DONG, LocalDateTime.of(2026, 5, 6, 9, 0));
        log(voted, DossierStatus.TRINH_HOI_DONG, DossierStatus.DA_BO_PHIEU, LocalDateTime.of(2026, 5, 8, 9, 0));
        // returned and completed again: the new completion counts (Friday 08/05/2026 → 20 working days → 05/06)
        again = dossier(so, "HS-05");
        log(again, DossierStatus.DU_THAO, DossierStatus.DU_HO_SO, LocalDateTime.of(2026, 4, 1, 8, 0));
        log(again, DossierStatus.DU_HO_SO, DossierStatus.DU_THAO, LocalDateTime.of(2026, 4, 3, 8, 0));
        log(again, DossierStatus.DU_THAO, DossierStatus.DU_HO_SO, LocalDateTime.of(2026, 5, 8, 8, 0));
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static long dossier(Unit unit, String code) {
        return ctx.dossiers().save(Dossier.draft("CSTDCS", "GIAM_DOC_SO", 2025, null, unit.id(), Procedure.THUONG, null, null)
                .withCode(code), "u").id();
    }

    /** A status move as the dossier feature logs it (its checks are the dossier tests'). */
    private static void log(long id, DossierStatus from, DossierStatus to, LocalDateTime at) {
        db.dsl().connection(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO dossier_log (dossier_id, from_status, to_status, "
                    + "changed_by, changed_at) VALUES (?, ?, ?, 'u', ?)")) {
                ps.setLong(1, id);
                ps.setString(2, from.name());
                ps.setString(3, to.name());
                ps.setTimestamp(4, Timestamp.valueOf(at));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE dossier SET status = ? WHERE id = ?")) {
                ps.setString(1, to.name());
                ps.setLong(2, id);
                ps.executeUpdate();
            }
        });
    }

    private static List<DueItem> appraisals(List<DueItem> due) {
        return due.stream().filter(d -> d.kind() == DueKind.APPRAISAL).toList();
    }

    private static DueItem of(List<DueItem> due, long id) {
        return appraisals(due).stream().filter(d -> d.targetId() == id).findFirst().orElse(null);
    }

    @Test
    void blds2015Dieu147AFridayBeforeTheHolidaysCountsTwentyWorkingDaysFromTheNextDay() {
        // 28, 29/04; 04–08, 11–15, 18–22, 25–27/05: the 20th working day is Wednesday 27/05/2026
        List<DueItem> due = ctx.home().due(LocalDate.of(2026, 5, 22), 7);
        DueItem d = of(due, friday);
        assertEquals(LocalDate.of(2026, 5, 27), d.date(), due.toString());
        assertEquals(5, d.days());
        assertFalse(d.overdue());
        assertEquals("HS-01 — Chiến sĩ thi đua cơ sở", d.title());
        assertEquals("QĐ 638/QĐ-BNV 2025 (thủ tục hành chính, 20 ngày làm việc); Nghị định 152/2025/NĐ-CP", d.detail(),
                "the clerk reads the reference without the research notes [V2] / [chưa kiểm chứng …]");
        assertEquals(HomeService.APPRAISAL_LIMIT, d.code());
        // the day before the window it is not yet listed; after its day it stays, overdue, until the council votes
        assertEquals(null, of(ctx.home().due(LocalDate.of(2026, 5, 19), 7), friday));
        DueItem late = of(ctx.home().due(LocalDate.of(2026, 6, 3), 7), friday);
        assertEquals(-7, late.days());
        assertTrue(late.overdue());
    }

    @Test
    void returnedToDuThaoOrPastTheCouncilGivesNoLineWhileBeforeTheCouncilItStays() {
        List<DueItem> due = ctx.home().due(LocalDate.of(2026, 6, 3), 7);
        assertEquals(null, of(due, returned), due.toString());
        assertEquals(null, of(due, voted), due.toString());
        // complete Monday 04/05/2026, before the council since 20/05: 20 working days → Monday 01/06/2026
        assertEquals(LocalDate.of(2026, 6, 1), of(due, council).date());
        // the last completion counts: Friday 08/05/2026 → Friday 05/06/2026
        assertEquals(LocalDate.of(2026, 6, 5), of(due, again).date());
        assertEquals(List.of(council, friday, again).stream().sorted().toList(),
                appraisals(due).stream().map(DueItem::targetId).sorted().toList());
        // the command's lines are the same
        assertEquals(appraisals(due), ctx.home().appraisals(LocalDate.of(2026, 6, 3), 7));
    }

    @Test
    void theLineOpensTheDossierAndSaysItsKindInBothLanguages() {
        List<HomeLink> opened = new ArrayList<>();
        HomeViewModel vm = new HomeViewModel(ctx.home(), ctx.movementReports(), new DirectTaskExecutor(), Messages.of("vi"),
                () -> LocalDate.of(2026, 5, 22), opened::add);
        vm.load();
        DueItem d = of(vm.due, friday);
        assertEquals("Còn 5 ngày", vm.when(d));
        assertEquals("Hạn thẩm định", Messages.of("vi").label(d.kind()));
        assertEquals("Appraisal time limit", Messages.of("en").label(d.kind()));
        vm.open(d);
        assertEquals(List.of(new HomeLink.Due(d)), opened);
        assertFalse(vm.canRemind(d));
    }
}
