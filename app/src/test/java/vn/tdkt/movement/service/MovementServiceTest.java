package vn.tdkt.movement.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.dossier.service.DossierCalendarService;
import vn.tdkt.movement.domain.Deadline;
import vn.tdkt.movement.domain.DeadlineStatus;
import vn.tdkt.movement.domain.LaunchLevel;
import vn.tdkt.movement.domain.LogEntry;
import vn.tdkt.movement.domain.Milestone;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.MovementField;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.movement.domain.Phase;
import vn.tdkt.movement.domain.PhaseKind;
import vn.tdkt.movement.domain.PlanPart;
import vn.tdkt.movement.domain.PlannedReward;
import vn.tdkt.movement.domain.SubMovement;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;

class MovementServiceTest {

    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 4, 28).atStartOfDay(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    private Database db;
    private MovementService service;
    private Unit snv;
    private Unit syt;

    /** The service as the window builds it: the dossiers' working calendar. */
    static MovementService service(Database db) {
        DossierCalendarService calendar = new DossierCalendarService(db, new CatalogueService(db), CLOCK);
        return new MovementService(db, CLOCK, calendar::calendar);
    }

    @BeforeEach
    void open() {
        db = Database.inMemory();
        service = service(db);
        OrgService org = new OrgService(db);
        snv = org.saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
        syt = org.saveUnit(new Unit(0, "SYT", "Sở Y tế", null, null));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private MovementDetails provincePlan() {
        Movement m = Movement.draft("KH90-2021", "Tuyên truyền phong trào thi đua yêu nước, xây dựng điển hình tiên tiến "
                        + "giai đoạn 2021-2025", MovementKind.CHUYEN_DE, LaunchLevel.BO_TINH)
                .withPlan("90/KH-UBND", LocalDate.of(2021, 6, 11))
                .withPeriod(LocalDate.of(2021, 6, 11), LocalDate.of(2025, 12, 31))
                .withIssuer(null, "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", "Hưng Yên");
        return new MovementDetails(m, List.of(new Phase(0, PhaseKind.TONG_KET, "Đại hội Thi đua yêu nước lần thứ X",
                LocalDate.of(2025, 9, 30))),
                List.of(new SubMovement(0, 1, "Điển hình trong phong trào “Vì một Hưng Yên không còn đói nghèo”", snv.id()),
                        new SubMovement(0, 2, "Điển hình trong phong trào “Đổi mới phong cách, thái độ phục vụ”", syt.id())),
                List.of(snv.id(), syt.id()), List.of(), List.of(new PlannedReward("BK_TINH", null, "Nhân dịp 11/6 hằng năm")),
                Map.of(PlanPart.PURPOSE, "a) Tiếp tục nâng cao nhận thức;\n\nb) Thực hiện có hiệu quả."));
    }

    @Test
    void savesAPlanWithEverythingItHoldsAndLogsItsCreation() {
        MovementDetails saved = service.save(provincePlan(), "vanthu");
        MovementDetails read = service.find(saved.movement().id()).orElseThrow();
        assertEquals(MovementStatus.DU_THAO, read.movement().status());
        assertEquals(2, read.items().size());
        assertEquals(syt.id(), read.items().get(1).leadUnitId());
        assertEquals(List.of(snv.id(), syt.id()), read.unitIds());
        assertEquals("BK_TINH", read.rewards().get(0).kindCode());
        assertEquals("a) Tiếp tục nâng cao nhận thức;\n\nb) Thực hiện có hiệu quả.", read.text(PlanPart.PURPOSE));
        assertEquals(1, read.phases().size());
        List<LogEntry> log = service.log(saved.movement().id());
        assertEquals(1, log.size());
        assertEquals("vanthu", log.get(0).user());
    }

    @Test
    void aDuplicateCodeAndAParentCycleAreRefusedTogether() {
        Movement province = service.save(provincePlan(), "u").movement();
        Movement dept = service.save(MovementDetails.of(Movement.draft("KH34-SKHCN", "Kế hoạch của Sở",
                MovementKind.CHUYEN_DE, LaunchLevel.CO_QUAN).withParent(province.id())), "u").movement();
        Movement office = service.save(MovementDetails.of(Movement.draft("KH-VP", "Kế hoạch của Văn phòng",
                MovementKind.CHUYEN_DE, LaunchLevel.CO_QUAN).withParent(dept.id())), "u").movement();
        MovementDetails loop = service.find(province.id()).orElseThrow();
        Movement bad = loop.movement().withParent(office.id()).withBasics("kh34-skhcn", province.name(),
                province.kind(), province.level(), province.scope());
        ValidationException e = assertThrows(ValidationException.class, () -> service.save(loop.with(bad), "u"));
        assertEquals(List.of(MovementField.PARENT, MovementField.CODE), e.problems().stream().map(p -> p.field()).toList());
        assertEquals(null, service.find(province.id()).orElseThrow().movement().parentId(), "nothing written");
        assertThrows(AppException.class, () -> service.delete(province.id()), "a plan implemented by another stays");
    }

    @Test
    void aSubMovementWithNoPlanOfItsOwnIsLaunchedByItsParentsPlan() {
        Movement province = service.save(provincePlan(), "u").movement();
        long sub = service.save(MovementDetails.of(Movement.draft("KH90-01", "Điển hình trong phong trào “Thi đua quyết "
                + "thắng”", MovementKind.CHUYEN_DE, LaunchLevel.BO_TINH).withParent(province.id())), "u").movement().id();
        long alone = service.save(MovementDetails.of(Movement.draft("KH-LE", "Một phong trào chưa có kế hoạch",
                MovementKind.CHUYEN_DE, LaunchLevel.BO_TINH)), "u").movement().id();
        ValidationException before = assertThrows(ValidationException.class,
                () -> service.move(sub, MovementStatus.PHAT_DONG, LocalDate.of(2021, 6, 10), null, "u"));
        assertEquals(List.of(MovementField.STATUS_DATE), before.problems().stream().map(p -> p.field()).toList(),
                "not before the parent plan's day");
        assertEquals(MovementStatus.PHAT_DONG, service.move(sub, MovementStatus.PHAT_DONG, LocalDate.of(2021, 6, 11),
                null, "u").status());
        assertEquals(null, service.find(sub).orElseThrow().movement().planNo(), "the parent's number is not copied");
        ValidationException none = assertThrows(ValidationException.class,
                () -> service.move(alone, MovementStatus.PHAT_DONG, LocalDate.of(2021, 6, 11), null, "u"));
        assertTrue(none.problems().stream().anyMatch(p -> p.field() == MovementField.PLAN_NO), "no plan, no parent");
    }

    @Test
    void movesAreDatedLoggedAndForwardOnly() {
        long id = service.save(provincePlan(), "u").movement().id();
        service.move(id, MovementStatus.PHAT_DONG, LocalDate.of(2021, 6, 11), "Hội nghị phát động", "u");
        service.move(id, MovementStatus.DANG_TRIEN_KHAI, LocalDate.of(2021, 7, 1), null, "u");
        assertThrows(ValidationException.class, () -> service.move(id, MovementStatus.PHAT_DONG, LocalDate.of(2021, 7, 2), null, "u"));
        assertThrows(ValidationException.class, () -> service.move(id, MovementStatus.SO_KET, LocalDate.of(2021, 6, 30), null, "u"));
        Movement m = service.move(id, MovementStatus.SO_KET, LocalDate.of(2023, 6, 15), null, "u");
        assertEquals(MovementStatus.SO_KET, m.status());
        List<LogEntry> log = service.log(id);
        assertEquals(List.of(MovementStatus.DU_THAO, MovementStatus.PHAT_DONG, MovementStatus.DANG_TRIEN_KHAI,
                MovementStatus.SO_KET), log.stream().map(LogEntry::to).toList());
        assertEquals("Hội nghị phát động", log.get(1).note());
        assertEquals(LocalDate.of(2023, 6, 15), service.find(id).orElseThrow().movement().statusDate());
    }

    @Test
    void deadlinesUseTheWorkingCalendarAndSkipDoneMilestonesAndDrafts() {
        long id = service.save(provincePlan(), "u").movement().id();
        service.move(id, MovementStatus.PHAT_DONG, LocalDate.of(2021, 6, 11), null, "u");
        // 30/04/2026 and 01/05/2026 are official days off (V7), then a weekend: counts from Monday 04/05
        service.saveMilestone(new Milestone(0, id, "Gửi báo cáo sơ kết", LocalDate.of(2026, 4, 30), snv.id(), null, null), null);
        service.saveMilestone(new Milestone(0, id, "Gửi danh sách điển hình", LocalDate.of(2026, 4, 20), null, null, null), null);
        service.saveMilestone(new Milestone(0, id, "Đăng ký thi đua", LocalDate.of(2026, 4, 21), null,
                LocalDate.of(2026, 4, 21), "Công văn 15/SNV"), null);
        long draft = service.save(MovementDetails.of(Movement.draft("NHAP", "Bản nháp", MovementKind.THEO_DOT,
                LaunchLevel.CO_QUAN)), "u").movement().id();
        service.saveMilestone(new Milestone(0, draft, "Mốc của bản nháp", LocalDate.of(2026, 4, 29), null, null, null), null);

        List<Deadline> list = service.deadlines(LocalDate.of(2026, 4, 28), 7);
        assertEquals(2, list.size());
        assertEquals(DeadlineStatus.QUA_HAN, list.get(0).status());
        assertEquals(-8, list.get(0).days());
        assertEquals(LocalDate.of(2026, 5, 4), list.get(1).effectiveDue());
        assertEquals(6, list.get(1).days());
        assertEquals("SNV", list.get(1).row().unitCode());
        assertEquals(LocalDate.of(2026, 5, 4), service.effectiveDue(LocalDate.of(2026, 4, 30)));
        assertTrue(service.deadlines(LocalDate.of(2026, 4, 28), 0).stream().allMatch(d -> d.status() == DeadlineStatus.QUA_HAN));
    }

    @Test
    void aMilestoneNeedsContentAndDueDate() {
        long id = service.save(provincePlan(), "u").movement().id();
        ValidationException e = assertThrows(ValidationException.class,
                () -> service.saveMilestone(new Milestone(0, id, " ", null, null, null, "CV 1"), null));
        assertEquals(List.of(MovementField.MILESTONE_CONTENT, MovementField.MILESTONE_DUE, MovementField.MILESTONE_DONE),
                e.problems().stream().map(p -> p.field()).toList());
    }
}
