package vn.tdkt.review.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.common.data.jooq.Tables.ASSIGNMENT;
import static vn.tdkt.common.data.jooq.Tables.AWARD;
import static vn.tdkt.common.data.jooq.Tables.BLOC;
import static vn.tdkt.common.data.jooq.Tables.BLOC_LEADER;
import static vn.tdkt.common.data.jooq.Tables.DISCIPLINE;
import static vn.tdkt.common.data.jooq.Tables.INITIATIVE;
import static vn.tdkt.common.data.jooq.Tables.PERSON;
import static vn.tdkt.common.data.jooq.Tables.RATING;
import static vn.tdkt.common.data.jooq.Tables.REVIEW_PARAM_OVERRIDE;
import static vn.tdkt.common.data.jooq.Tables.UNIT;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.math.BigDecimal;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.ParamOverride;
import vn.tdkt.regime.domain.LegalRegime;
import vn.tdkt.review.domain.ReviewResult;
import vn.tdkt.review.domain.RuleKey;
import vn.tdkt.review.domain.RuleSet;
import vn.tdkt.review.domain.SubjectRef;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.Verdict;

/** The service on a real (in-memory) database with the migrations, data inserted through jOOQ. */
class ReviewServiceTest {

    private static final LocalDate REVIEW = LocalDate.of(2025, 12, 31);
    private Database db;
    private ReviewService service;
    private long so;
    private long phong;

    @BeforeEach
    void setUp() {
        db = Database.inMemory();
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        service = new ReviewService(db, new CatalogueService(db), clock);
        DSLContext dsl = db.dsl();
        long bloc = dsl.insertInto(BLOC).set(BLOC.NAME, "Khối các sở").set(BLOC.NAME_KEY, "khoi cac so")
                .returning(BLOC.ID).fetchOne().getId();
        so = unit(dsl, "SNV", "Sở Nội vụ", null, bloc);
        phong = unit(dsl, "SNV-TDKT", "Phòng Thi đua, khen thưởng", so, null);
        dsl.insertInto(BLOC_LEADER).set(BLOC_LEADER.BLOC_ID, bloc).set(BLOC_LEADER.LEAD_YEAR, 2025)
                .set(BLOC_LEADER.UNIT_ID, so).execute();
        unitRating(dsl, so, 2024, "HTXSNV");
        unitRating(dsl, so, 2025, "HTXSNV");
        unitRating(dsl, phong, 2025, "HTTNV");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void reviewsPersonsAndUnitsFromTheStoredHistory() {
        DSLContext dsl = db.dsl();
        long lan = person(dsl, "CB01", "Nguyễn Thị Lan", "Nữ", phong, LocalDate.of(2012, 3, 1), null);
        for (int y = 2023; y <= 2025; y++) {
            rating(dsl, lan, y, "HTXSNV");
        }
        award(dsl, lan, "CSTDCS", 2023, LocalDate.of(2024, 1, 10));
        award(dsl, lan, "CSTDCS", 2024, LocalDate.of(2025, 1, 10));
        dsl.insertInto(INITIATIVE).set(INITIATIVE.PERSON_ID, lan).set(INITIATIVE.TITLE, "Số hóa hồ sơ khen thưởng")
                .set(INITIATIVE.TITLE_KEY, "so hoa ho so khen thuong").set(INITIATIVE.SCOPE, "TINH")
                .set(INITIATIVE.RECOGNIZED_YEAR, 2025).set(INITIATIVE.DECISION_NO, "15/QĐ-UBND").execute();
        long binh = person(dsl, "CB02", "Trần Văn Bình", "Nam", phong, LocalDate.of(2015, 1, 1), null);
        rating(dsl, binh, 2025, "HTTNV");
        long cuong = person(dsl, "CB03", "Lê Văn Cường", "Nam", so, LocalDate.of(2015, 1, 1), null);
        rating(dsl, cuong, 2025, "HTXSNV");
        dsl.insertInto(DISCIPLINE).set(DISCIPLINE.PERSON_ID, cuong).set(DISCIPLINE.FORM, "KHIEN_TRACH")
                .set(DISCIPLINE.DECISION_NO, "07/QĐ-SNV").set(DISCIPLINE.DECISION_DATE, LocalDate.of(2025, 11, 20))
                .set(DISCIPLINE.EFFECTIVE_UNTIL, LocalDate.of(2026, 11, 19)).execute();
        long dung = person(dsl, "CB04", "Phạm Thị Dung", "Nữ", phong, LocalDate.of(2025, 9, 1), null);
        rating(dsl, dung, 2025, "HTTNV");
        long left = person(dsl, "CB05", "Hoàng Văn Em", "Nam", phong, LocalDate.of(2010, 1, 1), LocalDate.of(2024, 6, 30));
        rating(dsl, left, 2024, "HTTNV");
        long moved = person(dsl, "CB06", "Vũ Thị Giang", "Nữ", so, LocalDate.of(2025, 4, 1), null);
        dsl.insertInto(ASSIGNMENT).set(ASSIGNMENT.PERSON_ID, moved).set(ASSIGNMENT.UNIT_ID, phong)
                .set(ASSIGNMENT.START_DATE, LocalDate.of(2019, 1, 1)).set(ASSIGNMENT.END_DATE, LocalDate.of(2025, 3, 31)).execute();
        rating(dsl, moved, 2025, "HTTNV");

        List<String> steps = new ArrayList<>();
        ReviewResult r = service.review(2025, REVIEW, new Progress() {
            @Override
            public void update(String message, long done, long total) {
                steps.add(message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertEquals("LUAT2022_ND152", r.rules().regime().code());
        assertFalse(steps.isEmpty());
        assertEquals(5 * 15 + 2 * 12, r.assessments().size(), "CB05 left in 2024 and is not reviewed");

        assertEquals(Verdict.ELIGIBLE, verdict(r, lan, Title.CSTD_TINH));
        assertEquals(Verdict.ELIGIBLE, verdict(r, lan, Title.BK_TINH));
        assertEquals(Verdict.ELIGIBLE, verdict(r, binh, Title.LDTT));
        assertEquals(Verdict.NOT_ELIGIBLE, verdict(r, binh, Title.CSTDCS));
        assertEquals(Verdict.HELD, verdict(r, cuong, Title.LDTT));
        assertEquals(Verdict.NOT_ELIGIBLE, verdict(r, dung, Title.LDTT));
        assertEquals(Verdict.ELIGIBLE, verdict(r, moved, Title.LDTT), "service counts from the first assignment");

        // Phòng: Lan, Bình, Dung, Giang (until 31/03) → 3/4 LĐTT; Sở adds Cường (held) → 3/5
        Assessment phongTt = unitAssessment(r, phong, Title.TTLDTT);
        assertEquals(Verdict.ELIGIBLE, phongTt.verdict(), phongTt.reasons());
        assertTrue(phongTt.reasons().contains("3/4 thành viên (75 %)"), phongTt.reasons());
        assertEquals(Verdict.NOT_ELIGIBLE, unitAssessment(r, so, Title.TTLDTT).verdict());
        assertEquals(Verdict.ELIGIBLE, unitAssessment(r, so, Title.CO_TD_TINH).verdict());
        assertEquals(Verdict.ELIGIBLE, unitAssessment(r, so, Title.BK_TINH_TAP_THE).verdict());
        assertEquals(1L, r.count(Title.CO_TD_TINH).get(Verdict.ELIGIBLE), "Phòng is in no bloc");
        assertEquals(1L, r.count(Title.CO_TD_TINH).get(Verdict.NOT_ELIGIBLE));
        assertEquals(1L, r.count(Title.LDTT).get(Verdict.HELD));

        Assessment held = r.find(ref(r, cuong), Title.LDTT).orElseThrow();
        assertTrue(held.reasons().contains("QĐ số 07/QĐ-SNV"), held.reasons());
        assertTrue(held.criteria().stream().anyMatch(c -> c.legalRef().contains("Nghị định 152/2025/NĐ-CP, Điều 4 khoản 4")));
        assertEquals(List.of("chấp hành xong kỷ luật theo QĐ số 07/QĐ-SNV"), held.missing());

        // a province override (dated, audited) changes the outcome of the next review
        ParamOverride o = service.setOverride("LDTT_MIN_MONTHS", "4", LocalDate.of(2025, 7, 1),
                "Quyết định 12/2025/QĐ-UBND của tỉnh", "Nguyễn Văn Thư ký");
        assertTrue(o.id() > 0);
        Assessment newcomer = service.review(2025, REVIEW, Progress.NONE).find(ref(r, dung), Title.LDTT).orElseThrow();
        assertEquals(Verdict.ELIGIBLE, newcomer.verdict(), newcomer.reasons());
        assertTrue(newcomer.criteria().stream().anyMatch(c -> c.legalRef().contains("Quyết định 12/2025/QĐ-UBND")));
    }

    @Test
    void regimesAndParameters() {
        assertEquals("LUAT2003_ND91", service.regimeOn(LocalDate.of(2023, 12, 31)).code());
        assertEquals("LUAT2022_ND98", service.regimeOn(LocalDate.of(2024, 1, 1)).code());
        assertEquals("LUAT2022_ND152", service.regimeOn(LocalDate.of(2025, 7, 1)).code());
        List<LegalRegime> regimes = service.regimes();
        assertEquals(List.of("LUAT2003_ND42", "LUAT2003_ND91", "LUAT2022_ND98", "LUAT2022_ND152", "LUAT2026_ND152"),
                regimes.stream().map(LegalRegime::code).toList());
        RuleSet old = service.parameters(regimes.get(1));
        assertEquals(10, old.integer(RuleKey.LDTT_MIN_MONTHS));
        assertEquals(RuleKey.values().length, old.params().size());
        service.setOverride("CSTDCS_CAP_ENABLED", "Có", LocalDate.of(2026, 1, 1), "Quy chế thi đua của tỉnh năm 2026", "admin");
        service.setOverride("CSTDCS_CAP_PERCENT", "20", LocalDate.of(2026, 1, 1), "Quy chế thi đua của tỉnh năm 2026", "admin");
        RuleSet current = service.parameters(regimes.get(3));
        assertTrue(current.flag(RuleKey.CSTDCS_CAP_ENABLED));
        assertEquals(0, current.percent(RuleKey.CSTDCS_CAP_PERCENT).compareTo(BigDecimal.valueOf(20)));
        assertFalse(service.parameters(regimes.get(2)).flag(RuleKey.CSTDCS_CAP_ENABLED), "NĐ 98 regime keeps its default");
        assertTrue(service.parameters(regimes.get(4)).flag(RuleKey.CSTDCS_CAP_ENABLED),
                "the 2026 amendment inherits the NĐ 152 rules with the province's overrides");
        assertEquals(2, service.overrides().size());
        var row = db.dsl().selectFrom(REVIEW_PARAM_OVERRIDE).orderBy(REVIEW_PARAM_OVERRIDE.ID).fetch().get(0);
        assertEquals("true", row.getVal());
        assertEquals("admin", row.getChangedBy());
        assertEquals(LocalDate.of(2026, 3, 2), row.getChangedAt().toLocalDate());
    }

    @Test
    void rejectsBadOverridesInVietnamese() {
        AppException unknown = assertThrows(AppException.class,
                () -> service.setOverride("NO_SUCH", "1", LocalDate.of(2026, 1, 1), "lý do", "admin"));
        assertTrue(unknown.getMessage().contains("Không có tham số"), unknown.getMessage());
        AppException value = assertThrows(AppException.class,
                () -> service.setOverride("TTLDTT_LDTT_PERCENT", "bảy mươi", LocalDate.of(2026, 1, 1), "lý do", "admin"));
        assertTrue(value.getMessage().contains("tỷ lệ phần trăm"), value.getMessage());
        AppException reason = assertThrows(AppException.class,
                () -> service.setOverride("LDTT_MIN_MONTHS", "8", LocalDate.of(2026, 1, 1), "  ", "admin"));
        assertTrue(reason.getMessage().contains("chưa nhập lý do"), reason.getMessage());
        assertThrows(AppException.class, () -> service.setOverride("LDTT_MIN_MONTHS", "8", null, "lý do", "admin"));
        assertEquals(0, db.dsl().fetchCount(REVIEW_PARAM_OVERRIDE));
    }

    @Test
    void rejectsReviewDatesBeforeTheYearOrAnyRegime() {
        AppException early = assertThrows(AppException.class, () -> service.review(2025, LocalDate.of(2024, 12, 31), Progress.NONE));
        assertTrue(early.getMessage().contains("phải từ năm thành tích 2025"), early.getMessage());
        AppException none = assertThrows(AppException.class, () -> service.review(2009, LocalDate.of(2010, 1, 10), Progress.NONE));
        assertTrue(none.getMessage().contains("Không có chế độ pháp lý"), none.getMessage());
    }

    private static Verdict verdict(ReviewResult r, long personId, Title t) {
        return r.find(ref(r, personId), t).orElseThrow().verdict();
    }

    private static SubjectRef ref(ReviewResult r, long personId) {
        return r.assessments().stream().map(Assessment::subject)
                .filter(s -> s.type() == AwardSubject.CA_NHAN && s.id() == personId)
                .findFirst().orElseThrow();
    }

    private static Assessment unitAssessment(ReviewResult r, long unitId, Title t) {
        return r.assessments().stream().filter(a -> a.title() == t && a.subject().id() == unitId
                && a.subject().type() == AwardSubject.TAP_THE).findFirst().orElseThrow();
    }

    static long unit(DSLContext dsl, String code, String name, Long parent, Long bloc) {
        return dsl.insertInto(UNIT).set(UNIT.CODE, code).set(UNIT.NAME, name).set(UNIT.PARENT_ID, parent)
                .set(UNIT.BLOC_ID, bloc).set(UNIT.SEARCH_KEY, VietnameseText.fold(name + " " + code))
                .set(UNIT.SORT_KEY, VietnameseText.collationKey(name)).returning(UNIT.ID).fetchOne().getId();
    }

    static long person(DSLContext dsl, String code, String name, String gender, long unit, LocalDate start, LocalDate end) {
        return dsl.insertInto(PERSON).set(PERSON.CODE, code).set(PERSON.FULL_NAME, name).set(PERSON.GENDER, gender)
                .set(PERSON.UNIT_ID, unit).set(PERSON.START_DATE, start).set(PERSON.END_DATE, end)
                .set(PERSON.SEARCH_KEY, VietnameseText.fold(name + " " + code))
                .set(PERSON.SORT_KEY, VietnameseText.nameSortKey(name)).returning(PERSON.ID).fetchOne().getId();
    }

    private static void rating(DSLContext dsl, long person, int year, String level) {
        dsl.insertInto(RATING).set(RATING.PERSON_ID, person).set(RATING.RATING_YEAR, year).set(RATING.LEVEL, level).execute();
    }

    private static void unitRating(DSLContext dsl, long unit, int year, String level) {
        dsl.insertInto(RATING).set(RATING.UNIT_ID, unit).set(RATING.RATING_YEAR, year).set(RATING.LEVEL, level).execute();
    }

    private static void award(DSLContext dsl, long person, String kind, int year, LocalDate decided) {
        dsl.insertInto(AWARD).set(AWARD.PERSON_ID, person).set(AWARD.KIND_CODE, kind).set(AWARD.FORM_TYPE, "CONG_TRANG")
                .set(AWARD.YEAR_FROM, year).set(AWARD.YEAR_TO, year).set(AWARD.DECISION_NO, year + "/QĐ-SNV")
                .set(AWARD.DECISION_DATE, decided).set(AWARD.AUTHORITY, "Giám đốc Sở Nội vụ").execute();
    }
}
