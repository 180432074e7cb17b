package vn.tdkt.review.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.service.PeopleService;
import vn.tdkt.record.service.RecordService;
import vn.tdkt.review.domain.Proposal;
import vn.tdkt.review.domain.SubjectRef;
import vn.tdkt.review.domain.Title;

/** Proposals per year, subject and title: marked once with who/when, withdrawn, checked against the subject. */
class ProposalServiceTest {

    private Database db;
    private ProposalService service;
    private SubjectRef person;
    private SubjectRef unit;

    @BeforeEach
    void setUp() {
        db = Database.inMemory();
        Clock clock = Clock.fixed(Instant.parse("2026-01-12T02:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        service = new ProposalService(db, clock);
        Unit so = new OrgService(db).saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
        Person p = new PeopleService(db, new RecordService(db, new CatalogueService(db)), clock).save(new Person(0,
                "CB001", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1980, 1, 1), null, "Chuyên viên", so.id(),
                LocalDate.of(2010, 1, 1), null));
        person = new SubjectRef(AwardSubject.CA_NHAN, p.id(), p.code(), p.fullName());
        unit = new SubjectRef(AwardSubject.TAP_THE, so.id(), so.code(), so.name());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void markKeepsTheFirstMarkAndWithdrawRemovesIt() {
        Proposal first = service.setProposed(2025, person, Title.LDTT, true, "văn thư").orElseThrow();
        assertEquals(new Proposal(2025, AwardSubject.CA_NHAN, person.id(), Title.LDTT, "văn thư",
                LocalDateTime.of(2026, 1, 12, 9, 30)), first);
        assertEquals(first, service.setProposed(2025, person, Title.LDTT, true, "người khác").orElseThrow());
        service.setProposed(2025, unit, Title.GIAY_KHEN_TAP_THE, true, "văn thư");
        service.setProposed(2024, person, Title.LDTT, true, "văn thư");
        List<Proposal> of2025 = service.proposals(2025);
        assertEquals(2, of2025.size());
        assertTrue(of2025.get(1).concerns(unit, Title.GIAY_KHEN_TAP_THE));

        assertTrue(service.setProposed(2025, person, Title.LDTT, false, "văn thư").isEmpty());
        assertEquals(List.of(Title.GIAY_KHEN_TAP_THE), service.proposals(2025).stream().map(Proposal::title).toList());
        assertEquals(1, service.proposals(2024).size(), "other years untouched");
    }

    @Test
    void refusesATitleOfTheOtherKindOfSubjectAndAnUnknownUser() {
        AppException kind = assertThrows(AppException.class,
                () -> service.setProposed(2025, unit, Title.CSTDCS, true, "văn thư"));
        assertEquals("\"Chiến sĩ thi đua cơ sở\" không xét cho Sở Nội vụ.", kind.getMessage());
        AppException who = assertThrows(AppException.class,
                () -> service.setProposed(2025, person, Title.LDTT, true, "  "));
        assertEquals("Không ghi được đề xuất: chưa rõ người đề xuất.", who.getMessage());
        assertTrue(service.proposals(2025).isEmpty());
    }
}
