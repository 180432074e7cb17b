package vn.tdkt.review.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.decision.domain.Eligibility;
import vn.tdkt.decision.domain.LineCheck;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.dossier.domain.DossierSubject;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.service.PeopleService;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.record.service.RecordService;

class ReviewEligibilityTest {

    private Database db;
    private ReviewEligibility eligibility;
    private Person good;
    private Person weak;
    private Unit unit;

    @BeforeEach
    void setUp() {
        db = Database.inMemory();
        Clock clock = Clock.fixed(LocalDate.of(2026, 1, 20).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
                ZoneId.of("Asia/Ho_Chi_Minh"));
        CatalogueService catalogue = new CatalogueService(db);
        RecordService records = new RecordService(db, catalogue);
        PeopleService people = new PeopleService(db, records, clock);
        unit = new OrgService(db).saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, null));
        good = people.save(new Person(0, "CB01", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1985, 1, 1), null,
                "Chuyên viên", unit.id(), LocalDate.of(2015, 1, 1), null));
        weak = people.save(new Person(0, "CB02", "Trần Thị Bình", Gender.FEMALE, LocalDate.of(1988, 1, 1), null,
                "Chuyên viên", unit.id(), LocalDate.of(2015, 1, 1), null));
        records.saveRating(new Rating(0, good.id(), null, 2025, RatingLevel.HTTNV));
        records.saveRating(new Rating(0, weak.id(), null, 2025, RatingLevel.HTNV));
        eligibility = new ReviewEligibility(new ReviewService(db, catalogue, clock), clock);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void eligibleSubjectDoesNotBlock() {
        assertEquals(Optional.empty(), eligibility.blockingReason(DossierSubject.person(good.id()), "LDTT", 2025));
    }

    @Test
    void ineligibleSubjectBlocksWithTheUnmetCriteria() {
        Optional<String> reason = eligibility.blockingReason(DossierSubject.person(weak.id()), "LDTT", 2025);
        assertTrue(reason.isPresent());
        assertTrue(reason.get().startsWith("Không đủ điều kiện Lao động tiên tiến năm 2025"), reason.get());
    }

    /**
     * A decision line is checked against the review's title of the decision's loại hình (#8, decision 76): a đột xuất
     * Bằng khen tỉnh (Luật 2022 Điều 74 k1 b, Điều 85) is the council's judgement, never refused as "not eligible" for
     * the công trạng route it does not take; a loại hình the review has no title for is not assessed.
     */
    @ParameterizedTest(name = "Luật 2022 Điều 74, 85: dòng Bằng khen tỉnh của quyết định {0} → {1}")
    @CsvSource({"CONG_TRANG, KHONG_DU_DIEU_KIEN", "DOT_XUAT, KHONG_DANH_GIA", "CHUYEN_DE, KHONG_DANH_GIA",
            "DOI_NGOAI, KHONG_DANH_GIA"})
    void decisionLinesAreCheckedAgainstTheTitleOfTheirLoaiHinh(AwardFormType type, Eligibility expected) {
        DecisionReview lookup = new DecisionReview(eligibility, new ProposalService(db, Clock.systemDefaultZone()));
        List<LineCheck> checks = lookup.check(2025, type, List.of(RecipientDraft.person(good.id(), "BK_TINH")));
        assertEquals(expected, checks.get(0).eligibility());
    }

    @Test
    void awardsTheEngineDoesNotAssessAreLeftToTheCouncil() {
        assertEquals(Optional.empty(), eligibility.blockingReason(DossierSubject.unit(unit.id()), "KNC_TINH", 2025));
    }

    /** Luật 2022 Điều 42 khoản 3 (decision 107): a collective's HCLĐ hạng Nhất is assessed; without hạng Nhì it blocks. */
    @Test
    void aCollectiveFirstClassLabourOrderWithoutTheSecondClassBlocks() {
        Optional<String> reason = eligibility.blockingReason(DossierSubject.unit(unit.id()), "HCLD_NHAT", 2025);
        assertTrue(reason.isPresent());
        assertTrue(reason.get().contains("Đã được tặng Huân chương Lao động hạng Nhì"), reason.get());
    }
}
