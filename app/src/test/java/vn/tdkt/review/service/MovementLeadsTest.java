package vn.tdkt.review.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.common.data.jooq.Tables.MOVEMENT;
import static vn.tdkt.common.data.jooq.Tables.MOVEMENT_ITEM;
import static vn.tdkt.common.data.jooq.Tables.MOVEMENT_PHASE;
import static vn.tdkt.common.data.jooq.Tables.RATING;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.ReviewResult;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.Verdict;

/**
 * Khen thưởng theo chuyên đề from the stored movements: the lead agency of a chuyên đề movement, or of one of its
 * sub-movements, is the collective that led it (UnitHistory.movementLeads, read by ReviewHistoryRepository); Cờ thi đua
 * tỉnh by Luật 2022 Điều 26 khoản 2 (03 years, launched by the province), Cờ thi đua của Chính phủ by Điều 25 khoản 3
 * (05 years, launched by the Thủ tướng). Each row: a movement as stored → the two verdicts for the lead unit.
 */
class MovementLeadsTest {

    private static final LocalDate REVIEW = LocalDate.of(2025, 12, 31);
    private Database db;
    private ReviewService service;
    private long lead;
    private long other;

    @BeforeEach
    void setUp() {
        db = Database.inMemory();
        service = new ReviewService(db, new CatalogueService(db),
                Clock.fixed(Instant.parse("2026-01-05T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
        DSLContext dsl = db.dsl();
        long so = ReviewServiceTest.unit(dsl, "SKHCN", "Sở Khoa học và Công nghệ", null, null);
        lead = ReviewServiceTest.unit(dsl, "SKHCN-CDS", "Trung tâm Chuyển đổi số", so, null);
        other = ReviewServiceTest.unit(dsl, "SKHCN-VP", "Văn phòng Sở", so, null);
        for (long u : new long[] {lead, other}) {
            dsl.insertInto(RATING).set(RATING.UNIT_ID, u).set(RATING.RATING_YEAR, 2025).set(RATING.LEVEL, "HTXSNV").execute();
        }
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** How the movement leads: through the movement row, or through one of its sub-movements. */
    enum Via { MOVEMENT, SUB_MOVEMENT }

    static Stream<Arguments> movements() {
        LocalDate tk2025 = LocalDate.of(2025, 11, 20);
        return Stream.of(
                Arguments.of("Luật 2022 Điều 26 k2: chuyên đề tỉnh 2023–2025, tổng kết 20/11/2025 → Cờ tỉnh", "CHUYEN_DE", "BO_TINH",
                        LocalDate.of(2023, 3, 1), tk2025, null, Via.MOVEMENT, Verdict.ELIGIBLE, Verdict.NOT_ELIGIBLE),
                Arguments.of("Luật 2022 Điều 26 k2: đơn vị chủ trì một nội dung thi đua của phong trào", "CHUYEN_DE", "BO_TINH",
                        LocalDate.of(2023, 3, 1), tk2025, null, Via.SUB_MOVEMENT, Verdict.ELIGIBLE, Verdict.NOT_ELIGIBLE),
                Arguments.of("Luật 2022 Điều 26 k2: 2024–2025 chỉ 2 năm", "CHUYEN_DE", "BO_TINH",
                        LocalDate.of(2024, 1, 10), tk2025, null, Via.MOVEMENT, Verdict.NOT_ELIGIBLE, Verdict.NOT_ELIGIBLE),
                Arguments.of("Luật 2022 Điều 26 k2: phong trào theo đợt không phải chuyên đề", "THEO_DOT", "BO_TINH",
                        LocalDate.of(2022, 3, 1), tk2025, null, Via.MOVEMENT, Verdict.NOT_ELIGIBLE, Verdict.NOT_ELIGIBLE),
                Arguments.of("Luật 2022 Điều 26 k2: chưa tổng kết (đang triển khai)", "CHUYEN_DE", "BO_TINH",
                        LocalDate.of(2021, 3, 1), null, null, Via.MOVEMENT, Verdict.NOT_ELIGIBLE, Verdict.NOT_ELIGIBLE),
                Arguments.of("Luật 2022 Điều 26 k2: tổng kết 05/01/2026, sau ngày xét", "CHUYEN_DE", "BO_TINH",
                        LocalDate.of(2021, 3, 1), LocalDate.of(2026, 1, 5), null, Via.MOVEMENT, Verdict.NOT_ELIGIBLE,
                        Verdict.NOT_ELIGIBLE),
                Arguments.of("Luật 2022 Điều 26 k2: trạng thái Tổng kết, kết thúc 30/09/2025, không có đợt tổng kết", "CHUYEN_DE",
                        "BO_TINH", LocalDate.of(2023, 1, 1), null, LocalDate.of(2025, 9, 30), Via.MOVEMENT, Verdict.ELIGIBLE,
                        Verdict.NOT_ELIGIBLE),
                Arguments.of("Luật 2022 Điều 25 k3: chuyên đề của Thủ tướng 2021–2025 → Cờ Chính phủ và Cờ tỉnh", "CHUYEN_DE",
                        "TRUNG_UONG", LocalDate.of(2021, 4, 1), tk2025, null, Via.MOVEMENT, Verdict.ELIGIBLE, Verdict.ELIGIBLE),
                Arguments.of("Luật 2022 Điều 25 k3: chuyên đề của Thủ tướng 2022–2025 chỉ 4 năm", "CHUYEN_DE", "TRUNG_UONG",
                        LocalDate.of(2022, 4, 1), tk2025, null, Via.SUB_MOVEMENT, Verdict.ELIGIBLE, Verdict.NOT_ELIGIBLE),
                Arguments.of("Luật 2022 Điều 25 k3: phong trào 5 năm do tỉnh phát động không đủ cho Cờ Chính phủ", "CHUYEN_DE",
                        "BO_TINH", LocalDate.of(2021, 4, 1), tk2025, null, Via.MOVEMENT, Verdict.ELIGIBLE, Verdict.NOT_ELIGIBLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void movements(String label, String kind, String level, LocalDate start, LocalDate summedUp, LocalDate endedSummed,
                   Via via, Verdict provinceFlag, Verdict governmentFlag) {
        DSLContext dsl = db.dsl();
        LocalDateTime now = LocalDateTime.of(2025, 1, 1, 8, 0);
        long m = dsl.insertInto(MOVEMENT).set(MOVEMENT.CODE, "PT-CDS").set(MOVEMENT.NAME, "Thi đua chuyển đổi số")
                .set(MOVEMENT.KIND, kind).set(MOVEMENT.LAUNCH_LEVEL, level).set(MOVEMENT.SCOPE, "BO_NGANH_DIA_PHUONG")
                .set(MOVEMENT.START_DATE, start).set(MOVEMENT.END_DATE, endedSummed)
                .set(MOVEMENT.STATUS, endedSummed != null ? "TONG_KET" : "DANG_TRIEN_KHAI")
                .set(MOVEMENT.LEAD_UNIT_ID, via == Via.MOVEMENT ? lead : other)
                .set(MOVEMENT.CREATED_AT, now).set(MOVEMENT.UPDATED_AT, now).returning(MOVEMENT.ID).fetchOne().getId();
        if (via == Via.SUB_MOVEMENT) {
            dsl.insertInto(MOVEMENT_ITEM).set(MOVEMENT_ITEM.MOVEMENT_ID, m).set(MOVEMENT_ITEM.LINE_NO, 1)
                    .set(MOVEMENT_ITEM.CONTENT, "Số hóa hồ sơ thủ tục hành chính").set(MOVEMENT_ITEM.LEAD_UNIT_ID, lead).execute();
        }
        if (summedUp != null) {
            dsl.insertInto(MOVEMENT_PHASE).set(MOVEMENT_PHASE.MOVEMENT_ID, m).set(MOVEMENT_PHASE.KIND, "SO_KET")
                    .set(MOVEMENT_PHASE.NAME, "Sơ kết").set(MOVEMENT_PHASE.PHASE_DATE, start.plusYears(1)).execute();
            dsl.insertInto(MOVEMENT_PHASE).set(MOVEMENT_PHASE.MOVEMENT_ID, m).set(MOVEMENT_PHASE.KIND, "TONG_KET")
                    .set(MOVEMENT_PHASE.NAME, "Tổng kết").set(MOVEMENT_PHASE.PHASE_DATE, summedUp).execute();
        }
        ReviewResult r = service.review(2025, REVIEW, Progress.NONE);
        Assessment flag = find(r, Title.CO_TD_TINH);
        Assessment government = find(r, Title.CO_TD_CP);
        assertEquals(provinceFlag, flag.verdict(), flag.reasons());
        assertEquals(governmentFlag, government.verdict(), government.reasons());
        if (provinceFlag == Verdict.ELIGIBLE) {
            assertTrue(flag.reasons().contains("dẫn đầu phong trào “Thi đua chuyển đổi số”"), flag.reasons());
        }
    }

    private Assessment find(ReviewResult r, Title t) {
        return r.of(t).stream().filter(a -> a.subject().id() == lead).findFirst().orElseThrow();
    }
}
