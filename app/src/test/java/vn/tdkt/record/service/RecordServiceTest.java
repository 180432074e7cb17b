package vn.tdkt.record.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.service.PeopleService;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.Discipline;
import vn.tdkt.record.domain.DisciplineForm;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.InitiativeKind;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.record.domain.SubjectRecord;
import vn.tdkt.record.domain.HoldField;
import vn.tdkt.record.domain.HoldReason;
import vn.tdkt.record.domain.PersonHold;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.Verdict;
import vn.tdkt.review.service.ReviewService;
import vn.tdkt.common.domain.Progress;

class RecordServiceTest {

    private Database db;
    private RecordService records;
    private Person person;
    private Unit unit;

    @BeforeEach
    void setUp() {
        db = Database.inMemory();
        records = new RecordService(db, new CatalogueService(db));
        unit = new OrgService(db).saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, null));
        person = new PeopleService(db, records, java.time.Clock.systemDefaultZone()).save(new Person(0, "CB01",
                "Nguyễn Văn An", Gender.MALE, LocalDate.of(1985, 1, 1), null, "Chuyên viên", unit.id(), null, null));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void historyIsKeptByYearAndRatingIsOnePerYear() {
        records.saveRating(new Rating(0, person.id(), null, 2024, RatingLevel.HTTNV));
        records.saveRating(new Rating(0, person.id(), null, 2025, RatingLevel.HTTNV));
        records.saveRating(new Rating(0, person.id(), null, 2025, RatingLevel.HTXSNV));
        records.addInitiative(new Initiative(0, person.id(), InitiativeKind.SANG_KIEN, "Số hóa  hồ sơ thi đua",
                InitiativeScope.TINH, 2025, "12/QĐ-UBND", LocalDate.of(2025, 11, 3)));
        records.addAward(new Award(0, person.id(), null, "CSTDCS", AwardFormType.CONG_TRANG, 2025, 2025, "25/QĐ-SNV",
                LocalDate.of(2026, 1, 15), "Giám đốc Sở Nội vụ"));
        records.addDiscipline(new Discipline(0, person.id(), DisciplineForm.KHIEN_TRACH, "7/QĐ-SNV",
                LocalDate.of(2023, 5, 2), LocalDate.of(2024, 5, 1)));

        SubjectRecord r = records.ofPerson(person.id());
        assertEquals(2, r.ratings().size());
        assertEquals(RatingLevel.HTXSNV, r.ratings().get(1).level());
        assertEquals("Số hóa hồ sơ thi đua", r.initiatives().get(0).title());
        assertEquals("CSTDCS", r.awards().get(0).kindCode());
        assertTrue(r.disciplines().get(0).inForceDuring(2024));
        assertTrue(!r.disciplines().get(0).inForceDuring(2025));
    }

    @Test
    void awardMustSuitTheSubjectAndNotBeRecordedTwice() {
        ValidationException wrongSubject = assertThrows(ValidationException.class, () -> records.addAward(new Award(0,
                null, unit.id(), "LDTT", AwardFormType.CONG_TRANG, 2025, 2025, "1/QĐ", LocalDate.of(2026, 1, 5), "Giám đốc Sở")));
        assertTrue(wrongSubject.getMessage().contains("chỉ dành cho cá nhân"), wrongSubject.getMessage());
        Award a = new Award(0, person.id(), null, "LDTT", AwardFormType.CONG_TRANG, 2025, 2025, "1/QĐ",
                LocalDate.of(2026, 1, 5), "Giám đốc Sở");
        records.addAward(a);
        assertThrows(ValidationException.class, () -> records.addAward(a));
        assertEquals(1, records.ofPerson(person.id()).awards().size());
        assertEquals(0, records.ofUnit(unit.id()).awards().size());
    }

    @Test
    void disciplineNeedsDecisionAndSanePeriod() {
        ValidationException e = assertThrows(ValidationException.class, () -> records.addDiscipline(new Discipline(0,
                person.id(), DisciplineForm.CANH_CAO, " ", LocalDate.of(2025, 5, 2), LocalDate.of(2025, 1, 1))));
        assertEquals(2, e.problems().size());
        assertTrue(records.ofPerson(person.id()).disciplines().isEmpty());
    }

    @Test
    void aHoldNeedsReasonDocumentAndSaneDates() {
        ValidationException e = assertThrows(ValidationException.class, () -> records.addHold(new PersonHold(0, person.id(),
                null, " ", LocalDate.of(2025, 5, 2), LocalDate.of(2025, 1, 1), null)));
        assertEquals(java.util.List.of(HoldField.REASON, HoldField.DOCUMENT, HoldField.UNTIL),
                e.problems().stream().map(p -> p.field()).toList());
        assertTrue(records.holds(person.id()).isEmpty());
    }

    /** NĐ 152/2025 Điều 4 khoản 4: an open inspection holds the review (Tạm hoãn); its conclusion releases it. */
    @Test
    void aHoldEnteredOnThePersonHoldsTheReviewUntilItsConclusion() {
        records.saveRating(new Rating(0, person.id(), null, 2025, RatingLevel.HTTNV));
        PersonHold h = records.addHold(new PersonHold(0, person.id(), HoldReason.THANH_TRA, "QĐ thanh tra số 12/QĐ-TTr",
                LocalDate.of(2025, 11, 3), null, " "));
        assertEquals(java.util.List.of(h), records.holds(person.id()));
        ReviewService reviews = new ReviewService(db, new CatalogueService(db));
        Assessment held = reviews.review(2025, LocalDate.of(2025, 12, 31), Progress.NONE)
                .find(new vn.tdkt.review.domain.SubjectRef(vn.tdkt.catalog.domain.AwardSubject.CA_NHAN, person.id(),
                        person.code(), person.fullName()), Title.LDTT).orElseThrow();
        assertEquals(Verdict.HELD, held.verdict(), held.reasons());
        assertTrue(held.reasons().contains("Đang bị thanh tra (QĐ thanh tra số 12/QĐ-TTr, từ 03/11/2025)"), held.reasons());

        PersonHold closed = records.closeHold(h.id(), LocalDate.of(2025, 12, 20));
        assertEquals(LocalDate.of(2025, 12, 20), closed.until());
        Assessment released = reviews.review(2025, LocalDate.of(2025, 12, 31), Progress.NONE).assessments().stream()
                .filter(a -> a.subject().id() == person.id() && a.title() == Title.LDTT).findFirst().orElseThrow();
        assertEquals(Verdict.ELIGIBLE, released.verdict(), released.reasons());
        assertThrows(ValidationException.class, () -> records.closeHold(h.id(), LocalDate.of(2025, 1, 1)));
    }
}
