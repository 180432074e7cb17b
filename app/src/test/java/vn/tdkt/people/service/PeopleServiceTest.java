package vn.tdkt.people.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.org.domain.OrgTree;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.domain.Assignment;
import vn.tdkt.people.domain.PeopleIndex;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.domain.PersonField;
import vn.tdkt.people.domain.PersonProfile;
import vn.tdkt.people.domain.PersonRow;
import vn.tdkt.people.domain.PersonRules;
import vn.tdkt.record.service.RecordService;

class PeopleServiceTest {

    private Database db;
    private OrgService org;
    private PeopleService people;
    private Unit so;
    private Unit vanPhong;
    private Unit thanhTra;

    @BeforeEach
    void setUp() {
        db = Database.inMemory();
        org = new OrgService(db);
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 21).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
                ZoneId.of("Asia/Ho_Chi_Minh"));
        people = new PeopleService(db, new RecordService(db, new CatalogueService(db)), clock);
        so = org.saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
        vanPhong = org.saveUnit(new Unit(0, "VP", "Văn phòng Sở", so.id(), null));
        thanhTra = org.saveUnit(new Unit(0, "TT", "Thanh tra Sở", so.id(), null));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Person person(String code, String name, Gender g, String id, long unitId) {
        return new Person(0, code, name, g, LocalDate.of(1990, 12, 31), id, "Chuyên viên", unitId,
                LocalDate.of(2015, 3, 1), null);
    }

    @Test
    void savesNfcTextAndFindsItWithoutDiacritics() {
        String nfd = Normalizer.normalize("Nguyễn Văn An", Normalizer.Form.NFD);
        people.save(person("CB01", nfd, Gender.MALE, "033090001234", vanPhong.id()));
        people.save(person("CB02", "Trần Thị Bình", Gender.FEMALE, null, thanhTra.id()));
        people.save(person("CB03", "Nguyễn Thị Vân", Gender.FEMALE, null, thanhTra.id()));

        PeopleIndex index = people.index();
        assertEquals("Nguyễn Văn An", index.all().get(0).person().fullName());
        assertTrue(Normalizer.isNormalized(index.all().get(0).person().fullName(), Normalizer.Form.NFC));
        assertEquals(List.of("Nguyễn Văn An"), names(index.filter("nguyen van a", null)));
        assertEquals(List.of("Nguyễn Văn An", "Nguyễn Thị Vân"), names(index.filter("NGUYEN", null)));
        assertEquals(List.of("Trần Thị Bình"), names(index.filter("cb02", null)));
        Set<Long> underTt = OrgTree.withDescendants(org.units(), thanhTra.id());
        assertEquals(List.of("Trần Thị Bình", "Nguyễn Thị Vân"), names(index.filter("", underTt)));
        Set<Long> underSo = OrgTree.withDescendants(org.units(), so.id());
        assertEquals(3, index.filter("", underSo).size());
    }

    @Test
    void keepsTheLyLichOfTheReportCleanedAndRefusesATooLongOneOnItsField() {
        Person draft = person("CB09", "Nguyễn Văn An", Gender.MALE, null, vanPhong.id());
        String nfd = Normalizer.normalize("Xã Tân Lập, tỉnh Hưng Yên", Normalizer.Form.NFD);
        Person saved = people.save(new Person(0, draft.code(), draft.fullName(), draft.gender(), draft.birthDate(), null,
                draft.position(), draft.unitId(), draft.startDate(), draft.endDate(),
                new PersonProfile("  " + nfd + " ", "", "Thạc sĩ Quản lý công", "Cao cấp", null)));
        Person read = people.find(saved.id()).orElseThrow();
        assertEquals(new PersonProfile("Xã Tân Lập, tỉnh Hưng Yên", null, "Thạc sĩ Quản lý công", "Cao cấp", null),
                read.profile(), "NFC, trimmed, blank as not recorded");
        Person tooLong = new Person(read.id(), read.code(), read.fullName(), read.gender(), read.birthDate(), null,
                read.position(), read.unitId(), read.startDate(), read.endDate(),
                new PersonProfile(null, null, null, "x".repeat(101), null));
        ValidationException e = assertThrows(ValidationException.class, () -> people.save(tooLong, read));
        assertEquals(PersonField.POLITICAL, e.problems().get(0).field());
        assertEquals(read, people.find(read.id()).orElseThrow(), "nothing written");
    }

    /** Issue #12: removing a person keeps their history; only a person nothing names is deleted. */
    @Test
    void removingAPersonDeletesOnlyWhenNothingNamesThemElseMarksTheLeavingAndKeepsTheHistory() {
        RecordService records = new RecordService(db, new CatalogueService(db));
        Person fresh = people.save(person("CB01", "Nguyễn Văn An", Gender.MALE, null, vanPhong.id()));
        Person rated = people.save(person("CB02", "Trần Thị Bình", Gender.FEMALE, null, thanhTra.id()));
        records.saveRating(new vn.tdkt.record.domain.Rating(0, rated.id(), null, 2024,
                vn.tdkt.record.domain.RatingLevel.HTTNV));
        Person moved = people.save(person("CB03", "Lê Văn Cường", Gender.MALE, null, vanPhong.id()));
        people.save(new Person(moved.id(), moved.code(), moved.fullName(), moved.gender(), moved.birthDate(), null,
                moved.position(), thanhTra.id(), LocalDate.of(2020, 1, 1), null), moved);
        LocalDate today = LocalDate.of(2026, 11, 21);

        assertEquals(PeopleService.Removal.DELETED, people.remove(fresh.id(), today));
        assertTrue(people.find(fresh.id()).isEmpty(), "nothing named them: deleted");

        assertEquals(PeopleService.Removal.MARKED_LEFT, people.remove(rated.id(), today));
        assertEquals(today, people.find(rated.id()).orElseThrow().endDate(), "kept, marked as left");
        assertEquals(1, records.ofPerson(rated.id()).ratings().size(), "the rating stays");
        List<Assignment> history = people.history(rated.id()).assignments();
        assertEquals(today, history.get(history.size() - 1).endDate(), "the open assignment closed");

        assertEquals(PeopleService.Removal.MARKED_LEFT, people.remove(moved.id(), today), "a transfer is history");
        assertEquals(2, people.history(moved.id()).assignments().size());
    }

    @Test
    void listsInVietnameseGivenNameOrder() {
        people.save(person("A", "Vũ Văn Thành", Gender.MALE, null, vanPhong.id()));
        people.save(person("B", "Đỗ Thị Ánh", Gender.FEMALE, null, vanPhong.id()));
        people.save(person("C", "Bùi Văn Đức", Gender.MALE, null, vanPhong.id()));
        people.save(person("D", "Lê Minh Dũng", Gender.MALE, null, vanPhong.id()));
        assertEquals(List.of("Đỗ Thị Ánh", "Lê Minh Dũng", "Bùi Văn Đức", "Vũ Văn Thành"), names(people.index().all()));
    }

    @Test
    void refusesInvalidPersonalIdAndLeavesNothingBehind() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> people.save(person("CB01", "Nguyễn Văn An", Gender.MALE, "033190001234", vanPhong.id())));
        assertEquals(PersonRules.F_PERSONAL_ID, e.problems().get(0).column());
        assertTrue(e.problems().get(0).message().contains("giới tính"), e.problems().get(0).message());
        assertEquals(0, people.index().all().size());
    }

    @Test
    void refusesDuplicateCodeAndPersonalId() {
        people.save(person("CB01", "Nguyễn Văn An", Gender.MALE, "033090001234", vanPhong.id()));
        ValidationException dupCode = assertThrows(ValidationException.class,
                () -> people.save(person("CB01", "Lê Văn Bình", Gender.MALE, null, vanPhong.id())));
        assertEquals(PersonRules.F_CODE, dupCode.problems().get(0).column());
        ValidationException dupId = assertThrows(ValidationException.class,
                () -> people.save(person("CB02", "Lê Văn Bình", Gender.MALE, "033090001234", vanPhong.id())));
        assertTrue(dupId.problems().get(0).message().contains("CB01"));
        assertEquals(1, people.index().all().size());
    }

    @Test
    void transferKeepsIdentityAndRecordsAssignmentHistory() {
        Person p = people.save(person("CB01", "Nguyễn Văn An", Gender.MALE, null, vanPhong.id()));
        Person moved = new Person(p.id(), p.code(), p.fullName(), p.gender(), p.birthDate(), p.personalId(),
                "Thanh tra viên", thanhTra.id(), LocalDate.of(2024, 1, 1), null);
        people.save(moved);

        List<Assignment> history = people.history(p.id()).assignments();
        assertEquals(2, history.size());
        assertEquals(vanPhong.id(), history.get(0).unitId());
        assertEquals(LocalDate.of(2023, 12, 31), history.get(0).endDate());
        assertEquals(thanhTra.id(), history.get(1).unitId());
        assertEquals(LocalDate.of(2024, 1, 1), history.get(1).startDate());
        assertEquals("Thanh tra Sở", people.history(p.id()).unitName());
        assertEquals(1, people.index().all().size());
    }

    @Test
    void endDateEditDoesNotOpenANewAssignment() {
        Person p = people.save(person("CB01", "Nguyễn Văn An", Gender.MALE, null, vanPhong.id()));
        people.save(new Person(p.id(), p.code(), p.fullName(), p.gender(), p.birthDate(), null, p.position(), p.unitId(),
                p.startDate(), LocalDate.of(2026, 6, 30)));
        List<Assignment> history = people.history(p.id()).assignments();
        assertEquals(1, history.size());
        assertEquals(LocalDate.of(2026, 6, 30), history.get(0).endDate());
    }

    private static List<String> names(List<PersonRow> rows) {
        return rows.stream().map(r -> r.person().fullName()).toList();
    }
}
