package vn.tdkt.dossier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.domain.Coefficient;
import vn.tdkt.catalog.domain.Recipient;

class DossierChecksTest {

    private static final AwardKind CSTD_TINH = new AwardKind("CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh",
            AwardCategory.DANH_HIEU, AwardSubject.CA_NHAN, 30, "Luật 2022 Điều 22");
    private static final AwardKind BK_TINH = new AwardKind("BK_TINH", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
            AwardCategory.HINH_THUC, AwardSubject.CA_HAI, 32, "Luật 2022 Điều 74");
    private static final Catalogue CATALOGUE = new Catalogue(List.of(CSTD_TINH, BK_TINH), Map.of(),
            List.of(new Coefficient("BK_TINH", Recipient.HO_GIA_DINH, new BigDecimal("2.25"), LocalDate.of(2025, 7, 1),
                    null, "NĐ 152/2025 Điều 52")), List.of());
    private static final DecidingLevel TINH = new DecidingLevel("CHU_TICH_UBND_TINH", "Chủ tịch UBND tỉnh", 5, "test");
    private static final DecidingLevel THU_TUONG = new DecidingLevel("THU_TUONG", "Thủ tướng Chính phủ", 10, "test");
    private static final DecidingLevel NO_NOTICE = new DecidingLevel("KHAC", "Cấp không công khai", 0, "test");

    private static final Component TO_TRINH = new Component("TO_TRINH", "Tờ trình đề nghị khen thưởng", true, "TTR_DENGHI");
    private static final Component KQ = new Component("KQ_BO_PHIEU", "Kết quả bỏ phiếu kín", true, "BB_KIEMPHIEU");
    private static final Component SANG_KIEN = new Component("CN_SANG_KIEN", "Chứng nhận sáng kiến", false, null);
    private static final Component HTXSNV = new Component("XN_HTXSNV", "Xác nhận hoàn thành xuất sắc nhiệm vụ", false, null);

    private static final LocalDate DEADLINE = LocalDate.of(2025, 12, 10);
    private static final EligibilityCheck EVERYONE_ELIGIBLE = (s, k, y) -> Optional.empty();

    private static WorkingCalendar tet2026() {
        List<Holiday> days = new ArrayList<>();
        for (int d = 16; d <= 20; d++) {
            days.add(new Holiday(LocalDate.of(2026, 2, d), false, "Tết Nguyên đán", "test"));
        }
        days.add(new Holiday(LocalDate.of(2025, 1, 1), false, "Tết Dương lịch", "test"));
        return new WorkingCalendar(days);
    }

    private static Dossier dossier(Procedure procedure, Integer year, LocalDate deadline, LocalDate noticeStart) {
        return new Dossier(1, "HS-2025-001", "CSTD_TINH", "CHU_TICH_UBND_TINH", year, year == null ? "Phong trào chuyển đổi số" : null,
                7, "LUAT2022_ND152", procedure, procedure == Procedure.DON_GIAN ? SimplifiedCase.DOT_XUAT : null, deadline,
                noticeStart, DossierStatus.DU_THAO, null, null);
    }

    private static SubjectView person(long id, String name) {
        return new SubjectView(new DossierSubject(id, 1, SubjectKind.CA_NHAN, id, null, null, null), name, "Văn phòng", true);
    }

    private static final List<SubjectView> AN = List.of(person(1, "Nguyễn Văn An"));

    private static ComponentStatus item(Component c, String group, DossierStatus neededAt, boolean present) {
        List<Attachment> files = present ? List.of(new Attachment(1, 1, c.code(), c.code() + ".pdf", "abc.pdf", 10, "abc",
                "application/pdf", c.generated(), null, "thuky")) : List.of();
        return new ComponentStatus(new ChecklistItem(c, true, group, neededAt, 10, "test"), files);
    }

    private static List<ComponentStatus> complete() {
        return List.of(item(TO_TRINH, null, DossierStatus.DU_HO_SO, true), item(KQ, null, DossierStatus.DE_NGHI_CAP_TREN, true));
    }

    private static List<Finding> run(Dossier d, AwardKind kind, DecidingLevel level, List<SubjectView> subjects,
                                     List<ComponentStatus> checklist, LocalDate today, DossierStatus target, String note,
                                     EligibilityCheck eligibility) {
        return DossierChecks.run(new DossierChecks.Input(d, kind, CATALOGUE, level, true, subjects, checklist, tet2026(),
                today, target, note, eligibility));
    }

    private static List<Finding> atTarget(Dossier d, LocalDate today, DossierStatus target, String note) {
        return run(d, CSTD_TINH, TINH, AN, complete(), today, target, note, EVERYONE_ELIGIBLE);
    }

    private static List<String> messages(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).map(Finding::message).toList();
    }

    // ---- deadline

    @Test
    void lateDossierIsBlockedUnlessAReasonIsGiven() {
        Dossier d = dossier(Procedure.THUONG, 2025, DEADLINE, LocalDate.of(2025, 12, 1));
        List<Finding> blocked = atTarget(d, DEADLINE.plusDays(2), DossierStatus.TRINH_HOI_DONG, null);
        assertEquals(List.of("Đã quá hạn nộp hồ sơ 10/12/2025 (2 ngày); muốn chuyển tiếp phải ghi lý do nộp muộn vào ghi chú."),
                messages(blocked, Severity.CHAN));
        List<Finding> allowed = atTarget(d, DEADLINE.plusDays(2), DossierStatus.TRINH_HOI_DONG, "Đơn vị gửi bổ sung chậm");
        assertEquals(List.of(), messages(allowed, Severity.CHAN));
        assertEquals(List.of("Quá hạn nộp hồ sơ 10/12/2025 (2 ngày); chuyển tiếp với lý do: Đơn vị gửi bổ sung chậm"),
                messages(allowed, Severity.CANH_BAO));
    }

    @Test
    void deadlineWithinThreeDaysWarns() {
        Dossier d = dossier(Procedure.THUONG, 2025, DEADLINE, LocalDate.of(2025, 11, 3));
        assertEquals(List.of("Còn 3 ngày đến hạn nộp hồ sơ (10/12/2025)."),
                messages(atTarget(d, DEADLINE.minusDays(3), DossierStatus.DU_HO_SO, null), Severity.CANH_BAO));
        assertEquals(List.of("Hôm nay (10/12/2025) là hạn nộp hồ sơ."),
                messages(atTarget(d, DEADLINE, DossierStatus.DU_HO_SO, null), Severity.CANH_BAO));
        assertEquals(List.of(), atTarget(d, DEADLINE.minusDays(4), DossierStatus.DU_HO_SO, null));
        assertEquals(List.of(), atTarget(d.withDeadline(null), DEADLINE.plusDays(30), DossierStatus.DU_HO_SO, null));
    }

    @Test
    void deadlineNoLongerMattersOnceTheDossierWentUp() {
        Dossier d = dossier(Procedure.THUONG, 2025, DEADLINE, LocalDate.of(2025, 11, 3));
        assertEquals(List.of(), atTarget(d, DEADLINE.plusDays(40), DossierStatus.DA_CO_QUYET_DINH, null));
    }

    // ---- public notice

    @Test
    void noticeNotStartedBlocksOnlyTheSubmission() {
        Dossier d = dossier(Procedure.THUONG, 2025, null, null);
        LocalDate today = LocalDate.of(2025, 12, 1);
        String msg = "Chưa công khai danh sách đề nghị: phải công khai 5 ngày làm việc trước khi trình Chủ tịch UBND tỉnh.";
        assertEquals(List.of(msg), messages(atTarget(d, today, DossierStatus.DE_NGHI_CAP_TREN, null), Severity.CHAN));
        List<Finding> early = atTarget(d, today, DossierStatus.DU_HO_SO, null);
        assertEquals(List.of(), messages(early, Severity.CHAN));
        assertEquals(List.of(msg), messages(early, Severity.CANH_BAO));
    }

    @Test
    void noticePeriodCountsWorkingDaysAcrossTetFromTheDayAfterPostingBldsDieu147() {
        // posted Thursday 12/02/2026, not counted (Bộ luật Dân sự 2015 Điều 147): 13, (Tết 14–22), 23, 24, 25, 26
        Dossier d = dossier(Procedure.THUONG, 2025, null, LocalDate.of(2026, 2, 12));
        List<Finding> onLastDay = atTarget(d, LocalDate.of(2026, 2, 26), DossierStatus.DE_NGHI_CAP_TREN, null);
        assertEquals(List.of("Thời gian công khai chưa đủ 5 ngày làm việc: công khai ngày 12/02/2026, tính từ ngày hôm sau "
                + "(Bộ luật Dân sự 2015, Điều 147), đủ khi hết ngày 26/02/2026 (đến nay được 5 ngày)."),
                messages(onLastDay, Severity.CHAN));
        assertEquals(List.of(), atTarget(d, LocalDate.of(2026, 2, 27), DossierStatus.DE_NGHI_CAP_TREN, null));
    }

    @Test
    void stateLevelNoticeIsTenWorkingDays() {
        Dossier d = dossier(Procedure.THUONG, 2025, null, LocalDate.of(2026, 2, 2));
        // posted Mon 02/02: Tue 03/02 … Fri 13/02 are 9 working days, the 10th is Mon 23/02 after Tết
        List<Finding> early = run(d, CSTD_TINH, THU_TUONG, AN, complete(), LocalDate.of(2026, 2, 13),
                DossierStatus.DE_NGHI_CAP_TREN, null, EVERYONE_ELIGIBLE);
        assertEquals(1, messages(early, Severity.CHAN).size());
        assertTrue(messages(early, Severity.CHAN).get(0).contains("đủ khi hết ngày 23/02/2026 (đến nay được 9 ngày)"));
        assertEquals(List.of(), run(d, CSTD_TINH, THU_TUONG, AN, complete(), LocalDate.of(2026, 2, 24),
                DossierStatus.DE_NGHI_CAP_TREN, null, EVERYONE_ELIGIBLE));
    }

    @Test
    void noNoticeForTheSimplifiedProcedureOrALevelWithoutOne() {
        LocalDate today = LocalDate.of(2025, 12, 1);
        Dossier simplified = dossier(Procedure.DON_GIAN, 2025, null, null);
        assertEquals(List.of(), atTarget(simplified, today, DossierStatus.DE_NGHI_CAP_TREN, null));
        Dossier ordinary = dossier(Procedure.THUONG, 2025, null, null);
        assertEquals(List.of(), run(ordinary, CSTD_TINH, NO_NOTICE, AN, complete(), today, DossierStatus.DE_NGHI_CAP_TREN,
                null, EVERYONE_ELIGIBLE));
    }

    @Test
    void warnsWhenTheHolidayTableLacksTheYear() {
        Dossier d = dossier(Procedure.THUONG, 2027, null, LocalDate.of(2028, 3, 6));
        List<Finding> f = atTarget(d, LocalDate.of(2028, 3, 20), DossierStatus.DE_NGHI_CAP_TREN, null);
        assertEquals(List.of("Chưa có lịch nghỉ lễ, Tết năm 2028: ngày làm việc đang tính theo thứ Hai – thứ Sáu."),
                messages(f, Severity.CANH_BAO));
    }

    // ---- subjects and eligibility

    @Test
    void subjectsMustExistAndSuitTheAward() {
        Dossier d = dossier(Procedure.THUONG, 2025, null, LocalDate.of(2025, 11, 3));
        LocalDate today = LocalDate.of(2025, 12, 1);
        SubjectView missing = new SubjectView(new DossierSubject(2, 1, SubjectKind.CA_NHAN, 99L, null, null, null), null,
                null, false);
        SubjectView unit = new SubjectView(new DossierSubject(3, 1, SubjectKind.TAP_THE, null, 5L, null, null),
                "Văn phòng Sở", null, true);
        SubjectView household = new SubjectView(DossierSubject.household("Hộ ông Lò Văn Páo", "Bản Na Hang"),
                "Hộ ông Lò Văn Páo", "Bản Na Hang", true);
        List<SubjectView> subjects = List.of(person(1, "Nguyễn Văn An"), missing, unit, household);
        assertEquals(List.of("Không tìm thấy cán bộ mã nội bộ 99 (có thể đã bị xóa khỏi danh sách).",
                        "Văn phòng Sở (tập thể): «Chiến sĩ thi đua cấp tỉnh» không xét tặng cho tập thể.",
                        "Hộ ông Lò Văn Páo (hộ gia đình): «Chiến sĩ thi đua cấp tỉnh» không xét tặng cho hộ gia đình."),
                messages(run(d, CSTD_TINH, TINH, subjects, complete(), today, DossierStatus.DU_HO_SO, null,
                        EVERYONE_ELIGIBLE), Severity.CHAN));
        Dossier bk = d.withAward("BK_TINH");
        assertEquals(List.of("Không tìm thấy cán bộ mã nội bộ 99 (có thể đã bị xóa khỏi danh sách)."),
                messages(run(bk, BK_TINH, TINH, subjects, complete(), today, DossierStatus.DU_HO_SO, null,
                        EVERYONE_ELIGIBLE), Severity.CHAN));
        assertEquals(List.of("Hồ sơ chưa có cá nhân, tập thể hoặc hộ gia đình nào được đề nghị."),
                messages(run(d, CSTD_TINH, TINH, List.of(), complete(), today, DossierStatus.DU_HO_SO, null,
                        EVERYONE_ELIGIBLE), Severity.CHAN));
    }

    @Test
    void proposingUnitMustStillExist() {
        Dossier d = dossier(Procedure.THUONG, 2025, null, LocalDate.of(2025, 11, 3));
        List<Finding> f = DossierChecks.run(new DossierChecks.Input(d, CSTD_TINH, CATALOGUE, TINH, false, AN, complete(),
                tet2026(), LocalDate.of(2025, 12, 1), DossierStatus.DU_HO_SO, null, EVERYONE_ELIGIBLE));
        assertEquals(List.of("Không tìm thấy đơn vị trình hồ sơ (mã nội bộ 7), có thể đã bị xóa khỏi danh sách đơn vị."),
                messages(f, Severity.CHAN));
    }

    @Test
    void eligibilityReasonsBlockTheirSubject() {
        Dossier d = dossier(Procedure.THUONG, 2025, null, LocalDate.of(2025, 11, 3));
        List<String> calls = new ArrayList<>();
        EligibilityCheck engine = (subject, award, year) -> {
            calls.add(subject.personId() + "/" + award + "/" + year);
            return subject.personId() == 2L ? Optional.of("chưa đủ 03 lần liên tục đạt «Chiến sĩ thi đua cơ sở»")
                    : Optional.empty();
        };
        SubjectView missing = new SubjectView(new DossierSubject(9, 1, SubjectKind.CA_NHAN, 99L, null, null, null), null,
                null, false);
        List<SubjectView> subjects = List.of(person(1, "Nguyễn Văn An"), person(2, "Trần Thị Bình"), missing);
        List<Finding> f = run(d, CSTD_TINH, TINH, subjects, complete(), LocalDate.of(2025, 12, 1), DossierStatus.DU_HO_SO,
                null, engine);
        assertEquals(List.of("Không tìm thấy cán bộ mã nội bộ 99 (có thể đã bị xóa khỏi danh sách).",
                "Trần Thị Bình: chưa đủ 03 lần liên tục đạt «Chiến sĩ thi đua cơ sở»"), messages(f, Severity.CHAN));
        assertEquals(List.of("1/CSTD_TINH/2025", "2/CSTD_TINH/2025"), calls);
    }

    @Test
    void movementDossierWithoutYearIsNotCheckedForEligibility() {
        Dossier d = dossier(Procedure.THUONG, null, null, LocalDate.of(2025, 11, 3));
        EligibilityCheck failing = (s, k, y) -> Optional.of("không được gọi");
        List<Finding> f = run(d, CSTD_TINH, TINH, AN, complete(), LocalDate.of(2025, 12, 1), DossierStatus.DU_HO_SO, null,
                failing);
        assertEquals(List.of(), messages(f, Severity.CHAN));
        assertEquals(List.of("Hồ sơ theo phong trào «Phong trào chuyển đổi số» không có năm thành tích: chưa kiểm tra "
                + "điều kiện xét tặng theo năm."), messages(f, Severity.CANH_BAO));
    }

    // ---- components

    @Test
    void componentsAreNeededFromTheirStage() {
        Dossier d = dossier(Procedure.THUONG, 2025, null, LocalDate.of(2025, 11, 3));
        LocalDate today = LocalDate.of(2025, 12, 1);
        List<ComponentStatus> nothing = List.of(item(TO_TRINH, null, DossierStatus.DU_HO_SO, false),
                item(KQ, null, DossierStatus.DE_NGHI_CAP_TREN, false));
        assertEquals(List.of("Thiếu thành phần hồ sơ: Tờ trình đề nghị khen thưởng (chưa lập bằng phần mềm hoặc đính kèm)."),
                messages(run(d, CSTD_TINH, TINH, AN, nothing, today, DossierStatus.DU_HO_SO, null, EVERYONE_ELIGIBLE),
                        Severity.CHAN));
        assertEquals(List.of("Thiếu thành phần hồ sơ: Tờ trình đề nghị khen thưởng (chưa lập bằng phần mềm hoặc đính kèm).",
                        "Thiếu thành phần hồ sơ: Kết quả bỏ phiếu kín (chưa lập bằng phần mềm hoặc đính kèm)."),
                messages(run(d, CSTD_TINH, TINH, AN, nothing, today, DossierStatus.DE_NGHI_CAP_TREN, null,
                        EVERYONE_ELIGIBLE), Severity.CHAN));
    }

    @Test
    void oneComponentOfAChoiceGroupIsEnough() {
        Dossier d = dossier(Procedure.THUONG, 2025, null, LocalDate.of(2025, 11, 3));
        LocalDate today = LocalDate.of(2025, 12, 1);
        List<ComponentStatus> neither = List.of(item(SANG_KIEN, "G", DossierStatus.DU_HO_SO, false),
                item(HTXSNV, "G", DossierStatus.DU_HO_SO, false));
        assertEquals(List.of("Thiếu một trong các thành phần hồ sơ: Chứng nhận sáng kiến hoặc Xác nhận hoàn thành xuất sắc "
                + "nhiệm vụ."), messages(run(d, CSTD_TINH, TINH, AN, neither, today, DossierStatus.DU_HO_SO, null,
                EVERYONE_ELIGIBLE), Severity.CHAN));
        List<ComponentStatus> one = List.of(item(SANG_KIEN, "G", DossierStatus.DU_HO_SO, false),
                item(HTXSNV, "G", DossierStatus.DU_HO_SO, true));
        assertEquals(List.of(), run(d, CSTD_TINH, TINH, AN, one, today, DossierStatus.DU_HO_SO, null, EVERYONE_ELIGIBLE));
    }

    @Test
    void returningADossierIsNeverBlocked() {
        Dossier d = dossier(Procedure.THUONG, 2025, DEADLINE, null);
        List<ComponentStatus> nothing = List.of(item(TO_TRINH, null, DossierStatus.DU_HO_SO, false));
        EligibilityCheck failing = (s, k, y) -> Optional.of("không đủ điều kiện");
        for (DossierStatus target : List.of(DossierStatus.TRA_LAI, DossierStatus.DU_THAO)) {
            assertEquals(List.of(), run(d, CSTD_TINH, TINH, List.of(), nothing, DEADLINE.plusDays(9), target, null,
                    failing));
        }
    }
}
