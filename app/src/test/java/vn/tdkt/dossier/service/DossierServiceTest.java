package vn.tdkt.dossier.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.dossier.service.DossierFixture.USER;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.dossier.domain.ChecklistItem;
import vn.tdkt.dossier.domain.ComponentStatus;
import vn.tdkt.dossier.domain.DecidingLevel;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierFilter;
import vn.tdkt.dossier.domain.DossierField;
import vn.tdkt.dossier.domain.DossierStatus;
import vn.tdkt.dossier.domain.DossierSubject;
import vn.tdkt.dossier.domain.Finding;
import vn.tdkt.dossier.domain.Holiday;
import vn.tdkt.dossier.domain.LogEntry;
import vn.tdkt.dossier.domain.Procedure;
import vn.tdkt.dossier.domain.SimplifiedCase;
import vn.tdkt.dossier.domain.SubjectKind;
import vn.tdkt.dossier.domain.SubjectView;
import vn.tdkt.dossier.domain.WorkingCalendar;

/** Dossier use cases on an in-memory database (no files). */
class DossierServiceTest {

    private Database db;
    private DossierFixture fx;
    private DossierService service;
    private DossierCalendarService calendar;
    private DossierAttachmentService attachments;

    @BeforeEach
    void setUp() {
        db = Database.inMemory();
        fx = new DossierFixture(db, LocalDate.of(2025, 12, 1));
        service = fx.service;
        calendar = fx.calendar;
        attachments = fx.attachments;
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static List<vn.tdkt.common.domain.Field> columns(ValidationException e) {
        return e.problems().stream().map(Problem::field).toList();
    }

    // ---- creation and update

    @Test
    void createsANumberedDraftUnderTheRegimeOfTheDayAndLogsIt() {
        Dossier d = fx.create("CSTD_TINH", "CHU_TICH_UBND_TINH");
        assertEquals("HS-2025-001", d.code());
        assertEquals("LUAT2022_ND152", d.regimeCode());
        assertEquals(DossierStatus.DU_THAO, d.status());
        assertEquals(LocalDateTime.of(2025, 12, 1, 9, 0), d.createdAt());
        assertEquals("HS-2025-002", fx.create("BK_TINH", "CHU_TICH_UBND_TINH").code());
        List<LogEntry> log = service.log(d.id());
        assertEquals(1, log.size());
        assertNull(log.get(0).from());
        assertEquals(DossierStatus.DU_THAO, log.get(0).to());
        assertEquals(USER, log.get(0).user());
        assertEquals("Lập hồ sơ", log.get(0).note());
    }

    @Test
    void regimeIsChosenByTheDayTheDossierIsOpened() {
        fx.clock.set(LocalDate.of(2023, 12, 31));
        assertEquals("LUAT2003_ND91", fx.create("CSTDCS", "GIAM_DOC_SO").regimeCode());
        fx.clock.set(LocalDate.of(2024, 1, 1));
        assertEquals("LUAT2022_ND98", fx.create("CSTDCS", "GIAM_DOC_SO").regimeCode());
        fx.clock.set(LocalDate.of(2025, 6, 30));
        Dossier nd98 = fx.create("CSTDCS", "GIAM_DOC_SO");
        assertEquals("LUAT2022_ND98", nd98.regimeCode());
        fx.clock.set(LocalDate.of(2025, 7, 1));
        assertEquals("LUAT2022_ND152", fx.create("CSTDCS", "GIAM_DOC_SO").regimeCode());
        // received under NĐ 98, still handled under NĐ 98 when edited later (NĐ 152 Điều 60 k3)
        Dossier edited = service.save(new Dossier(nd98.id(), nd98.code(), nd98.awardCode(), nd98.decidingLevel(), 2024, null,
                nd98.proposingUnitId(), null, Procedure.THUONG, null, LocalDate.of(2025, 7, 20), null, nd98.status(), null,
                null), USER);
        assertEquals("LUAT2022_ND98", edited.regimeCode());
        assertEquals(2024, edited.achievementYear());
        assertEquals(LocalDate.of(2025, 7, 20), edited.deadline());
        // an older dossier entered now can name its regime
        assertEquals("LUAT2003_ND91", service.save(fx.draft("CSTDCS", "GIAM_DOC_SO").withRegime("LUAT2003_ND91"), USER)
                .regimeCode());
    }

    @Test
    void refusesAnIncompleteDossierListingEveryProblem() {
        Dossier bad = new Dossier(0, null, null, null, null, "  ", 999, null, Procedure.DON_GIAN, null, null, null,
                DossierStatus.DU_THAO, null, null);
        ValidationException e = assertThrows(ValidationException.class, () -> service.save(bad, USER));
        assertEquals(List.of(DossierField.AWARD, DossierField.LEVEL, DossierField.YEAR, DossierField.UNIT,
                DossierField.CASE), columns(e));
        Dossier wrong = Dossier.draft("KHONG_CO", "CAP_LA", 1900, null, fx.so.id(), Procedure.THUONG, null, null)
                .withRegime("ND_2030");
        ValidationException e2 = assertThrows(ValidationException.class, () -> service.save(wrong, USER));
        assertEquals(List.of("không có danh hiệu/hình thức mã \"KHONG_CO\" trong danh mục",
                "không có cấp quyết định mã \"CAP_LA\"", "năm thành tích 1900 không hợp lệ (từ 1945 đến 2026)",
                "không có chế độ mã \"ND_2030\""), e2.problems().stream().map(Problem::message).toList());
        assertTrue(service.list(DossierFilter.all()).isEmpty());
    }

    @Test
    void movementDossierNeedsNoYearAndSimplifiedCaseIsClearedForTheOrdinaryProcedure() {
        Dossier d = service.save(new Dossier(0, "  TT-05 ", "BK_TINH", "CHU_TICH_UBND_TINH", null,
                "  Phong trào   “Cả nước chung tay vì người nghèo” ", fx.so.id(), null, Procedure.THUONG,
                SimplifiedCase.DOT_XUAT, null, null, DossierStatus.DU_THAO, null, null), USER);
        assertEquals("TT-05", d.code());
        assertEquals("Phong trào “Cả nước chung tay vì người nghèo”", d.movement());
        assertNull(d.simplifiedCase());
        ValidationException e = assertThrows(ValidationException.class,
                () -> service.save(fx.draft("BK_TINH", "CHU_TICH_UBND_TINH").withCode("TT-05"), USER));
        assertEquals("số hồ sơ \"TT-05\" đã dùng cho hồ sơ khác", e.problems().get(0).message());
    }

    @Test
    void listsByYearStatusAndAward() {
        Dossier a = fx.create("CSTD_TINH", "CHU_TICH_UBND_TINH");
        fx.create("BK_TINH", "CHU_TICH_UBND_TINH");
        service.save(Dossier.draft("BK_TINH", "CHU_TICH_UBND_TINH", 2024, null, fx.so.id(), Procedure.THUONG, null, null),
                USER);
        assertEquals(3, service.list(DossierFilter.all()).size());
        assertEquals(2, service.list(new DossierFilter(2025, null, null)).size());
        assertEquals(2, service.list(new DossierFilter(null, null, "BK_TINH")).size());
        assertEquals(List.of(a.id()), service.list(new DossierFilter(2025, DossierStatus.DU_THAO, "CSTD_TINH")).stream()
                .map(Dossier::id).toList());
        assertTrue(service.list(new DossierFilter(null, DossierStatus.DU_HO_SO, null)).isEmpty());
        assertEquals(a, service.find(a.id()).orElseThrow());
    }

    @Test
    void deletesOnlyDrafts() {
        Dossier d = fx.create("BK_TINH", "CHU_TICH_UBND_TINH");
        service.addSubject(d.id(), DossierSubject.person(fx.an.id()));
        service.delete(d.id());
        assertTrue(service.find(d.id()).isEmpty());
        assertTrue(service.log(d.id()).isEmpty());
    }

    // ---- subjects

    @Test
    void addsPeopleUnitsAndHouseholdsThatSuitTheAward() {
        Dossier bk = fx.create("BK_TINH", "CHU_TICH_UBND_TINH");
        service.addSubject(bk.id(), DossierSubject.person(fx.an.id()));
        service.addSubject(bk.id(), DossierSubject.unit(fx.vanPhong.id()));
        service.addSubject(bk.id(), DossierSubject.household("  Hộ ông  Lò Văn Páo ", "Bản Na Hang, xã Mường Lạn"));
        List<SubjectView> subjects = service.subjects(bk.id());
        assertEquals(List.of("Nguyễn Văn An", "Văn phòng Sở", "Hộ ông Lò Văn Páo"),
                subjects.stream().map(SubjectView::name).toList());
        assertEquals("Văn phòng Sở", subjects.get(0).detail());
        assertEquals("Bản Na Hang, xã Mường Lạn", subjects.get(2).detail());
        assertEquals(List.of(SubjectKind.CA_NHAN, SubjectKind.TAP_THE, SubjectKind.HO_GIA_DINH),
                subjects.stream().map(s -> s.subject().kind()).toList());

        ValidationException dup = assertThrows(ValidationException.class,
                () -> service.addSubject(bk.id(), DossierSubject.person(fx.an.id())));
        assertEquals("cán bộ này đã có trong hồ sơ", dup.problems().get(0).message());
        ValidationException missing = assertThrows(ValidationException.class,
                () -> service.addSubject(bk.id(), DossierSubject.person(9999)));
        assertEquals("không tìm thấy cán bộ được chọn", missing.problems().get(0).message());
        ValidationException noName = assertThrows(ValidationException.class,
                () -> service.addSubject(bk.id(), DossierSubject.household(" ", "Bản Na Hang")));
        assertEquals("chưa nhập tên hộ gia đình (họ tên chủ hộ)", noName.problems().get(0).message());

        service.removeSubject(bk.id(), subjects.get(1).subject().id());
        assertEquals(2, service.subjects(bk.id()).size());
        assertThrows(AppException.class, () -> service.removeSubject(bk.id(), subjects.get(1).subject().id()));
    }

    @Test
    void refusesSubjectsTheAwardIsNotForAndAwardChangesThatWouldStrandThem() {
        Dossier cstd = fx.create("CSTD_TINH", "CHU_TICH_UBND_TINH");
        ValidationException unit = assertThrows(ValidationException.class,
                () -> service.addSubject(cstd.id(), DossierSubject.unit(fx.vanPhong.id())));
        assertEquals("«Chiến sĩ thi đua cấp tỉnh» không xét tặng cho tập thể", unit.problems().get(0).message());
        ValidationException household = assertThrows(ValidationException.class,
                () -> service.addSubject(cstd.id(), DossierSubject.household("Hộ bà Sùng Thị Mai", null)));
        assertEquals("«Chiến sĩ thi đua cấp tỉnh» không xét tặng cho hộ gia đình", household.problems().get(0).message());

        Dossier bk = fx.create("BK_TINH", "CHU_TICH_UBND_TINH");
        service.addSubject(bk.id(), DossierSubject.unit(fx.vanPhong.id()));
        ValidationException change = assertThrows(ValidationException.class,
                () -> service.save(bk.withAward("CSTD_TINH"), USER));
        assertEquals("«Chiến sĩ thi đua cấp tỉnh» không xét tặng cho tập thể Văn phòng Sở; hãy bỏ đối tượng này khỏi hồ sơ "
                + "trước", change.problems().get(0).message());
        assertEquals("BK_TINH", service.find(bk.id()).orElseThrow().awardCode());
    }

    // ---- checklists from the seeded rules

    private Map<String, ChecklistItem> checklist(Dossier d) {
        return attachments.checklist(d.id()).stream().map(ComponentStatus::item)
                .collect(Collectors.toMap(i -> i.component().code(), Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
    }

    private static List<String> required(Map<String, ChecklistItem> items) {
        return items.values().stream().filter(ChecklistItem::required).map(i -> i.component().code()).toList();
    }

    @Test
    void cstdTinhUnderNd152NeedsTheBallotAndTheProvincialInitiativeCertificate() {
        Map<String, ChecklistItem> items = checklist(fx.create("CSTD_TINH", "CHU_TICH_UBND_TINH"));
        assertEquals(List.of("TO_TRINH", "BCTT", "BB_BINH_XET", "KQ_BO_PHIEU", "CN_SANG_KIEN_TINH"), required(items));
        assertEquals(List.of("TO_TRINH", "DS_DE_NGHI", "DS_TRICH_NGANG", "BCTT", "BB_BINH_XET", "KQ_BO_PHIEU",
                "CN_SANG_KIEN_TINH", "VB_KHAC"), List.copyOf(items.keySet()));
        assertTrue(items.get("KQ_BO_PHIEU").component().generated());
        assertFalse(items.get("CN_SANG_KIEN_TINH").component().generated());
        assertEquals(DossierStatus.DE_NGHI_CAP_TREN, items.get("KQ_BO_PHIEU").neededAt());
        assertEquals(DossierStatus.DU_HO_SO, items.get("CN_SANG_KIEN_TINH").neededAt());
        assertTrue(items.get("KQ_BO_PHIEU").legalRef().contains("≥ 90 %"));
        assertTrue(items.get("KQ_BO_PHIEU").legalRef().contains("NĐ 152/2025 [B]"), items.get("KQ_BO_PHIEU").legalRef());
    }

    @Test
    void simplifiedProcedureNeedsOnlyTheSubmissionAndTheSummaryReport() {
        for (String award : List.of("CSTD_TINH", "BK_TINH", "BK_TTG", "HCLD_BA")) {
            Map<String, ChecklistItem> items = checklist(fx.createSimplified(award, "CHU_TICH_UBND_TINH"));
            assertEquals(List.of("TO_TRINH", "BCTT_TOM_TAT"), required(items), award);
            assertEquals(List.of("TO_TRINH", "DS_DE_NGHI", "DS_TRICH_NGANG", "BCTT_TOM_TAT", "VB_KHAC"),
                    List.copyOf(items.keySet()), award);
        }
    }

    @Test
    void formsNeedTheCouncilsReviewMinutesAndNoBallot() {
        Map<String, ChecklistItem> bk = checklist(fx.create("BK_TINH", "CHU_TICH_UBND_TINH"));
        assertEquals(List.of("TO_TRINH", "BCTT", "BB_XET_KT"), required(bk));
        assertTrue(bk.containsKey("XN_THANH_TICH"));
        Map<String, ChecklistItem> ttg = checklist(fx.create("BK_TTG", "THU_TUONG"));
        assertEquals(List.of("TO_TRINH", "BCTT", "BB_XET_KT", "VB_BTV_TINH_UY"), required(ttg));
        Map<String, ChecklistItem> tq = checklist(fx.create("CSTD_TQ", "THU_TUONG"));
        assertEquals(List.of("TO_TRINH", "BCTT", "BB_BINH_XET", "KQ_BO_PHIEU", "CN_SANG_KIEN_TQ", "VB_BTV_TINH_UY"),
                required(tq));
        Map<String, ChecklistItem> co = checklist(fx.create("CO_TD_TINH", "CHU_TICH_UBND_TINH"));
        assertEquals(List.of("TO_TRINH", "BCTT", "BB_BINH_XET", "KQ_BO_PHIEU"), required(co));
        Map<String, ChecklistItem> ttldxs = checklist(fx.create("TTLDXS", "CHU_TICH_UBND_TINH"));
        assertEquals(List.of("TO_TRINH", "BCTT", "BB_BINH_XET"), required(ttldxs));
    }

    @Test
    void cstdcsAcceptsInitiativeOrExcellenceSince2024ButNeededAnInitiativeUnderNd91() {
        fx.clock.set(LocalDate.of(2024, 3, 1));
        Map<String, ChecklistItem> nd98 = checklist(fx.create("CSTDCS", "GIAM_DOC_SO"));
        assertEquals(List.of("TO_TRINH", "BCTT", "BB_BINH_XET", "KQ_BO_PHIEU", "CN_SANG_KIEN", "XN_HTXSNV"), required(nd98));
        assertEquals("THANH_TICH_CSTDCS", nd98.get("CN_SANG_KIEN").choiceGroup());
        assertEquals("THANH_TICH_CSTDCS", nd98.get("XN_HTXSNV").choiceGroup());
        fx.clock.set(LocalDate.of(2023, 3, 1));
        Map<String, ChecklistItem> nd91 = checklist(fx.create("CSTDCS", "GIAM_DOC_SO"));
        assertEquals(List.of("TO_TRINH", "BCTT", "BB_BINH_XET", "CN_SANG_KIEN"), required(nd91));
        assertNull(nd91.get("CN_SANG_KIEN").choiceGroup());
    }

    @Test
    void everyAwardOfTheCatalogueHasAChecklistUnderEveryRegime() {
        List<String> awards = List.of("LDTT", "GIAY_KHEN", "TTLDTT", "CSTDCS", "TTLDXS", "CSTD_TINH", "BK_TINH",
                "CO_TD_TINH", "CSTD_TQ", "BK_TTG", "CO_TD_CP", "HCLD_BA", "HCLD_NHI", "HCLD_NHAT");
        for (String regime : List.of("LUAT2003_ND42", "LUAT2003_ND91", "LUAT2022_ND98", "LUAT2022_ND152", "LUAT2026_ND152")) {
            for (String award : awards) {
                Dossier d = service.save(fx.draft(award, "CHU_TICH_UBND_TINH").withRegime(regime), USER);
                List<String> req = required(checklist(d));
                assertTrue(req.containsAll(List.of("TO_TRINH", "BCTT")), regime + " " + award + " " + req);
                assertTrue(req.contains("BB_BINH_XET") ^ req.contains("BB_XET_KT"), regime + " " + award + " " + req);
            }
        }
    }

    // ---- reference data

    @Test
    void seededCalendarKnowsTheOfficialDaysOff() {
        WorkingCalendar c = calendar.calendar();
        // Tết Giáp Thìn 08–14/02/2024: Wed 07/02 then Thu 15/02
        assertEquals(LocalDate.of(2024, 2, 15), c.nthWorkingDay(LocalDate.of(2024, 2, 7), 2));
        // Tết Ất Tỵ 25/01–02/02/2025
        assertEquals(LocalDate.of(2025, 2, 3), c.nthWorkingDay(LocalDate.of(2025, 1, 24), 2));
        // Tết Bính Ngọ 14–22/02/2026
        assertEquals(LocalDate.of(2026, 2, 23), c.nthWorkingDay(LocalDate.of(2026, 2, 13), 2));
        assertTrue(c.isWorkingDay(LocalDate.of(2024, 5, 4)), "thứ Bảy làm bù 04/5/2024");
        assertFalse(c.isWorkingDay(LocalDate.of(2025, 9, 1)), "Quốc khánh 2025");
        for (int y = 2024; y <= 2027; y++) {
            assertTrue(c.covers(y), "năm " + y);
        }
        assertFalse(c.covers(2028));
    }

    @Test
    void noticePeriodsFollowTheDecidingLevel() {
        Map<String, Integer> days = service.levels().stream()
                .collect(Collectors.toMap(DecidingLevel::code, DecidingLevel::noticeWorkingDays));
        assertEquals(10, days.get("THU_TUONG"));
        assertEquals(10, days.get("CHU_TICH_NUOC"));
        assertEquals(5, days.get("CHU_TICH_UBND_TINH"));
        assertEquals(5, service.regimes().size());
        assertEquals(19, attachments.components().size(), "13 kinds, the two lists of V165, the electronic files and the"
                + " retirement notice of V176, the tax and social-insurance confirmations of V194");
    }

    @Test
    void noticePeriodIsConfigurablePerLevel() {
        Dossier d = service.save(fx.draft("BK_TINH", "CHU_TICH_UBND_TINH"), USER);
        calendar.setNoticeStart(d.id(), LocalDate.of(2025, 12, 1));
        fx.clock.set(LocalDate.of(2025, 12, 8));
        assertTrue(service.checks(d.id(), DossierStatus.DE_NGHI_CAP_TREN).stream().anyMatch(f -> f.isBlocking() && f.message()
                .contains("đủ khi hết ngày 08/12/2025")), "BLDS 2015 Điều 147: the posting day 01/12 is not counted");
        fx.clock.set(LocalDate.of(2025, 12, 9));
        assertTrue(service.checks(d.id(), DossierStatus.DE_NGHI_CAP_TREN).stream().noneMatch(f -> f.message()
                .startsWith("Thời gian công khai")));
        assertEquals(7, calendar.setNoticeDays("CHU_TICH_UBND_TINH", 7).noticeWorkingDays());
        assertTrue(service.checks(d.id(), DossierStatus.DE_NGHI_CAP_TREN).stream().anyMatch(f -> f.isBlocking() && f.message()
                .equals("Thời gian công khai chưa đủ 7 ngày làm việc: công khai ngày 01/12/2025, tính từ ngày hôm sau "
                        + "(Bộ luật Dân sự 2015, Điều 147), đủ khi hết ngày 10/12/2025 (đến nay được 6 ngày).")));
        assertEquals(List.of(), service.checks(d.id(), DossierStatus.TRA_LAI));
        assertThrows(ValidationException.class, () -> calendar.setNoticeDays("CHU_TICH_UBND_TINH", -1));
        assertThrows(AppException.class, () -> calendar.setNoticeDays("KHONG_CO", 5));
        assertEquals(7, service.levels().stream().filter(l -> l.code().equals("CHU_TICH_UBND_TINH")).findFirst()
                .orElseThrow().noticeWorkingDays());
    }

    @Test
    void holidayTableIsEditable() {
        LocalDate wednesday = LocalDate.of(2027, 3, 3);
        assertTrue(calendar.calendar().isWorkingDay(wednesday));
        calendar.saveHoliday(new Holiday(wednesday, false, " Nghỉ  bù ", "CV 1/VPCP (giả định cho kiểm thử)"));
        assertFalse(calendar.calendar().isWorkingDay(wednesday));
        LocalDate saturday = LocalDate.of(2027, 3, 6);
        calendar.saveHoliday(new Holiday(saturday, true, "Làm bù", "CV 1/VPCP (giả định cho kiểm thử)"));
        assertTrue(calendar.calendar().isWorkingDay(saturday));
        ValidationException weekendOff = assertThrows(ValidationException.class,
                () -> calendar.saveHoliday(new Holiday(LocalDate.of(2027, 3, 7), false, "Nghỉ", "CV")));
        assertEquals("ngày 07/03/2027 là ngày nghỉ cuối tuần; chỉ ghi ngày nghỉ rơi vào ngày làm việc (kể cả ngày nghỉ bù)",
                weekendOff.problems().get(0).message());
        ValidationException weekdayWorked = assertThrows(ValidationException.class,
                () -> calendar.saveHoliday(new Holiday(wednesday, true, "Làm bù", " ")));
        assertEquals(2, weekdayWorked.problems().size());
        calendar.removeHoliday(wednesday);
        assertTrue(calendar.calendar().isWorkingDay(wednesday));
        assertThrows(AppException.class, () -> calendar.removeHoliday(wednesday));
    }

    // ---- status changes without files

    @Test
    void blockedMoveIsRefusedAndNotLogged() {
        Dossier d = fx.create("CSTD_TINH", "CHU_TICH_UBND_TINH");
        ValidationException e = assertThrows(ValidationException.class,
                () -> service.move(d.id(), DossierStatus.DU_HO_SO, USER, null, null));
        List<String> messages = e.problems().stream().map(Problem::message).toList();
        assertTrue(messages.contains("Hồ sơ chưa có cá nhân, tập thể hoặc hộ gia đình nào được đề nghị."), messages.toString());
        assertTrue(messages.contains("Thiếu thành phần hồ sơ: Tờ trình đề nghị khen thưởng (kèm danh sách) (chưa lập bằng "
                + "phần mềm hoặc đính kèm)."), messages.toString());
        assertEquals(DossierStatus.DU_THAO, service.find(d.id()).orElseThrow().status());
        assertEquals(1, service.log(d.id()).size());
        assertEquals(messages, service.checks(d.id()).stream().filter(Finding::isBlocking).map(Finding::message).toList());
    }

    @Test
    void invalidTransitionIsRefusedInVietnamese() {
        Dossier d = fx.create("CSTD_TINH", "CHU_TICH_UBND_TINH");
        AppException e = assertThrows(AppException.class,
                () -> service.move(d.id(), DossierStatus.DA_CO_QUYET_DINH, USER, null, null));
        assertEquals("Không chuyển được hồ sơ từ «Dự thảo» sang «Đã có quyết định». Từ «Dự thảo» chỉ chuyển được sang "
                + "«Đủ hồ sơ».", e.getMessage());
        assertThrows(AppException.class, () -> service.move(d.id(), DossierStatus.DU_HO_SO, " ", null, null));
    }

    @Test
    void filesNeedADataFolder(@TempDir Path dir) throws Exception {
        Dossier d = fx.create("BK_TINH", "CHU_TICH_UBND_TINH");
        AppException e = assertThrows(AppException.class, () -> attachments.attach(d.id(), "VB_KHAC",
                DossierFixture.pdf(dir, "a.pdf", "x"), USER));
        assertTrue(e.getMessage().startsWith("Cơ sở dữ liệu đang mở trong bộ nhớ"), e.getMessage());
        assertTrue(attachments.checklist(d.id()).stream().noneMatch(ComponentStatus::present));
    }
}
