package vn.tdkt.registration.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.movement.domain.Milestone;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.domain.LaunchLevel;
import vn.tdkt.registration.domain.Coverage;
import vn.tdkt.registration.domain.Member;
import vn.tdkt.registration.domain.PersonEntry;
import vn.tdkt.registration.domain.Registration;
import vn.tdkt.registration.domain.RegistrationStatus;
import vn.tdkt.registration.domain.UnitCoverage;

/** Registrations on a real H2: coverage with joiners, leavers and transfers; saving; status changes and the log. */
class RegistrationServiceTest {

    private final Fixture f = new Fixture();
    private final RegistrationService service = f.ctx.registrations();

    @AfterEach
    void close() {
        f.ctx.close();
    }

    private void deadline(LocalDate due) {
        MovementDetails m = f.ctx.movements().save(new MovementDetails(Movement.draft("TD2026", "Thi đua năm 2026",
                MovementKind.THUONG_XUYEN, LaunchLevel.BO_TINH), List.of(), List.of(), List.of(f.snv.id(), f.syt.id()), List.of(),
                List.of(), java.util.Map.of()), "test");
        Milestone ms = f.ctx.movements().saveMilestone(new Milestone(0, m.movement().id(), "Gửi bản đăng ký thi đua", due,
                null, null, null), null);
        service.setRound(2026, m.movement().id(), due);
        assertEquals(ms.id(), service.round(2026).milestoneId());
    }

    private Registration register(long unitId, String collective, String... personCodes) {
        List<PersonEntry> entries = java.util.Arrays.stream(personCodes)
                .map(c -> new PersonEntry(f.id(c), "LDTT", null, null)).toList();
        return service.save(new Registration(0, unitId, 2026, collective, null, RegistrationStatus.CHUA_GUI, null, null, null,
                entries), null, "văn thư");
    }

    @Test
    void membersOfTheYearAreThoseWhoWorkedInTheUnitThatYear() {
        List<String> snv = service.members(f.snv.id(), 2026).stream().map(Member::code).sorted().toList();
        assertEquals(List.of("CB01", "CB02", "CB03", "CB04", "CB05", "CB06", "CB07"), snv);
        List<String> syt = service.members(f.syt.id(), 2026).stream().map(Member::code).sorted().toList();
        assertEquals(List.of("CB06", "CB07"), syt);
    }

    @Test
    void coverageCountsJoinersLeaversAndTransfersAsTheReviewDoes() {
        deadline(LocalDate.of(2026, 3, 31));
        register(f.snv.id(), "TTLDTT", "CB01", "CB07");
        register(f.syt.id(), null, "CB06");
        Coverage c = service.coverage(2026);
        assertEquals(LocalDate.of(2026, 3, 31), c.cutoff());
        UnitCoverage snv = c.units().stream().filter(u -> u.unitCode().equals("SNV")).findFirst().orElseThrow();
        // chi left and giang moved away before the deadline: not expected; em (hired after it) and dung (left after) are
        assertEquals(5, snv.members());
        assertEquals(2, snv.registered());
        assertEquals("40.00", snv.percent().toPlainString());
        assertEquals(List.of("Trần Thị Bình", "Phạm Thị Dung", "Hoàng Văn Em"),
                snv.missing().stream().map(Member::fullName).toList());
        assertTrue(snv.collective());
        UnitCoverage syt = c.units().stream().filter(u -> u.unitCode().equals("SYT")).findFirst().orElseThrow();
        // hoa registered on the SNV sheet before moving: registered in SYT too
        assertEquals(2, syt.members());
        assertEquals(2, syt.registered());
        assertFalse(syt.collective());
        assertFalse(c.complete());
        assertEquals(7, c.members());
        assertEquals(4, c.registered());
        assertEquals("57.14", c.percent().toPlainString());
    }

    @Test
    void withoutADeadlineEveryLeaverOfTheYearIsNotExpected() {
        Coverage c = service.coverage(2026);
        UnitCoverage snv = c.units().stream().filter(u -> u.unitCode().equals("SNV")).findFirst().orElseThrow();
        // 31/12: chi, dung (left), giang, hoa (moved) are not expected
        assertEquals(3, snv.members());
        assertEquals(RegistrationStatus.CHUA_GUI, snv.status());
    }

    @Test
    void aCollectiveTitleOnAPersonAndAPersonFromAnotherUnitAreRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> service.save(new Registration(0, f.syt.id(), 2026,
                "LDTT", null, RegistrationStatus.CHUA_GUI, null, null, null,
                List.of(new PersonEntry(f.id("CB06"), "TTLDXS", null, null), new PersonEntry(f.id("CB01"), "LDTT", null, null))), null,
                "văn thư"));
        String all = e.problems().stream().map(p -> p.describe()).reduce("", String::concat);
        assertTrue(all.contains("là danh hiệu cá nhân"), all);
        assertTrue(all.contains("là danh hiệu tập thể"), all);
        assertTrue(all.contains("không làm việc tại đơn vị"), all);
        assertTrue(service.find(f.syt.id(), 2026).isEmpty(), "nothing written");
    }

    @Test
    void statusChangesAreLoggedAndAReturnNeedsItsReason() {
        register(f.snv.id(), null, "CB01");
        service.changeStatus(f.snv.id(), 2026, RegistrationStatus.DA_GUI, null, LocalDate.of(2026, 3, 20), "văn thư");
        assertThrows(ValidationException.class,
                () -> service.changeStatus(f.snv.id(), 2026, RegistrationStatus.TRA_LAI, " ", null, "văn thư"));
        Registration back = service.changeStatus(f.snv.id(), 2026, RegistrationStatus.TRA_LAI, "Thiếu chữ ký thủ trưởng",
                LocalDate.of(2026, 3, 22), "chuyên viên");
        assertEquals("Thiếu chữ ký thủ trưởng", back.reason());
        assertThrows(ValidationException.class,
                () -> service.changeStatus(f.snv.id(), 2026, RegistrationStatus.DA_DUYET, null, null, "văn thư"));
        var log = service.log(f.snv.id(), 2026);
        assertEquals(List.of(RegistrationStatus.CHUA_GUI, RegistrationStatus.DA_GUI, RegistrationStatus.TRA_LAI),
                log.stream().map(l -> l.status()).toList());
        assertEquals(LocalDate.of(2026, 3, 22), log.get(2).on());
        assertEquals("chuyên viên", log.get(2).by());
    }

    @Test
    void unionTitlesAreACatalogueOfTheirOwn() {
        assertTrue(service.unionTitles().stream().anyMatch(u -> u.name().equals("Công đoàn viên xuất sắc")));
        assertTrue(service.titles(vn.tdkt.catalog.domain.AwardSubject.CA_NHAN).stream()
                .noneMatch(k -> k.name().contains("Công đoàn")));
        service.saveUnionTitle(new vn.tdkt.registration.domain.UnionTitle("CDCS_VM", "Công đoàn cơ sở vững mạnh",
                vn.tdkt.catalog.domain.AwardSubject.TAP_THE, 70, true));
        assertThrows(ValidationException.class, () -> service.saveUnionTitle(new vn.tdkt.registration.domain.UnionTitle(
                "KHAC", "công đoàn cơ sở vững mạnh", vn.tdkt.catalog.domain.AwardSubject.TAP_THE, 80, true)));
        Registration r = service.save(new Registration(0, f.snv.id(), 2026, null, "CDCS_VM", RegistrationStatus.CHUA_GUI, null,
                null, null, List.of(new PersonEntry(f.id("CB02"), null, "DVCD_XS", null))), null, "văn thư");
        assertEquals("CDCS_VM", r.unionCollective());
        // a union title alone is not a state registration
        assertEquals(0, service.coverage(2026).units().get(0).registered());
    }
}
