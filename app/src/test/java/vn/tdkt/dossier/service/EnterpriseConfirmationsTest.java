package vn.tdkt.dossier.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.dossier.domain.ComponentStatus;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierStatus;
import vn.tdkt.dossier.domain.DossierSubject;
import vn.tdkt.dossier.domain.Finding;
import vn.tdkt.dossier.domain.Procedure;
import vn.tdkt.dossier.domain.SimplifiedCase;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.domain.UnitType;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.service.PeopleService;
import vn.tdkt.record.service.RecordService;

/**
 * A dossier whose subject is, or works in, an enterprise or a cooperative asks the tax authority's and the
 * social-insurance agency's confirmations (#8, decision 140, V194): Cổng Dịch vụ công quốc gia, câu hỏi 16437 (đơn vị có
 * nghĩa vụ nộp ngân sách nhà nước và thực hiện chính sách bảo hiểm); no article of NĐ 152/2025 was found. In the
 * checklist, in the completeness check (Đủ hồ sơ), in every regime on both sides of each boundary, and not for a state
 * agency or a unit with no loại hình up its tree.
 */
class EnterpriseConfirmationsTest {

    private static final String TAX = "XN_THUE";
    private static final String INSURANCE = "XN_BHXH";

    /** Who is proposed: the unit's own loại hình, the parent's, and whether the subject is the unit or a person in it. */
    enum Subject { UNIT, SUB_UNIT, PERSON }

    static Stream<Arguments> subjects() {
        return Stream.of(
                Arguments.of("Cổng DVC câu hỏi 16437: tập thể doanh nghiệp", UnitType.DOANH_NGHIEP, Subject.UNIT, true),
                Arguments.of("Cổng DVC câu hỏi 16437: tập thể hợp tác xã", UnitType.HOP_TAC_XA, Subject.UNIT, true),
                Arguments.of("Cổng DVC câu hỏi 16437: phòng của doanh nghiệp (loại hình của cấp trên)", UnitType.DOANH_NGHIEP,
                        Subject.SUB_UNIT, true),
                Arguments.of("Cổng DVC câu hỏi 16437: người đứng đầu doanh nghiệp (cá nhân)", UnitType.DOANH_NGHIEP,
                        Subject.PERSON, true),
                Arguments.of("Cơ quan nhà nước: không cần xác nhận", UnitType.CO_QUAN_NHA_NUOC, Subject.UNIT, false),
                Arguments.of("Đơn vị sự nghiệp công lập: không cần xác nhận", UnitType.DON_VI_SU_NGHIEP, Subject.PERSON, false),
                Arguments.of("Chưa ghi loại hình: không cần xác nhận", null, Subject.SUB_UNIT, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void subjects(String label, UnitType type, Subject who, boolean asked) {
        Result r = dossier(LocalDate.of(2025, 12, 1), Procedure.THUONG, type, who);
        assertEquals(asked, r.items.containsKey(TAX), r.items.keySet().toString());
        assertEquals(asked, r.items.containsKey(INSURANCE), r.items.keySet().toString());
        boolean blocked = r.findings.stream().anyMatch(f -> f.isBlocking() && f.message().contains("xác nhận của cơ quan thuế"));
        assertEquals(asked, blocked, r.findings.toString());
        if (asked) {
            assertTrue(r.items.get(TAX).item().required());
            assertEquals(DossierStatus.DU_HO_SO, r.items.get(TAX).item().neededAt());
            assertTrue(r.findings.stream().anyMatch(f -> f.isBlocking() && f.message().contains("cơ quan bảo hiểm xã hội")));
        }
    }

    static Stream<Arguments> regimes() {
        return Stream.of(LocalDate.of(2017, 9, 30), LocalDate.of(2017, 10, 1), LocalDate.of(2023, 12, 31),
                LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1), LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 10, 1)).flatMap(d -> Stream.of(Arguments.of(d, Procedure.THUONG),
                Arguments.of(d, Procedure.DON_GIAN)));
    }

    @ParameterizedTest(name = "Cổng DVC câu hỏi 16437, hồ sơ mở ngày {0}, thủ tục {1}")
    @MethodSource
    void regimes(LocalDate day, Procedure procedure) {
        Result r = dossier(day, procedure, UnitType.DOANH_NGHIEP, Subject.UNIT);
        for (String c : List.of(TAX, INSURANCE)) {
            String ref = r.items.get(c).item().legalRef();
            assertTrue(ref.contains("câu hỏi số 16437"), ref);
            assertFalse(ref.contains("chưa kiểm chứng") || ref.contains("[B]"), "no doubt in what the clerk reads: " + ref);
        }
    }

    record Result(Map<String, ComponentStatus> items, List<Finding> findings) {
    }

    private static Result dossier(LocalDate today, Procedure procedure, UnitType type, Subject who) {
        try (Database db = Database.inMemory()) {
            return dossier(db, today, procedure, type, who);
        }
    }

    /** The checklist and the Đủ hồ sơ findings of a dossier for {@code who}, written in {@code db} (either store). */
    static Result dossier(Database db, LocalDate today, Procedure procedure, UnitType type, Subject who) {
        DossierFixture fx = new DossierFixture(db, today);
        OrgService org = new OrgService(db);
        Unit company = org.saveUnit(new Unit(0, "CTY", "Công ty Cổ phần Môi trường đô thị", null, null, type));
        Unit workshop = org.saveUnit(new Unit(0, "CTY-PX", "Phân xưởng Thu gom", company.id(), null));
        SimplifiedCase sc = procedure == Procedure.DON_GIAN ? SimplifiedCase.DOT_XUAT : null;
        Dossier d = fx.service.save(Dossier.draft("BK_TINH", "CHU_TICH_UBND_TINH", today.getYear(), null, fx.so.id(),
                procedure, sc, null), DossierFixture.USER);
        switch (who) {
            case UNIT -> fx.service.addSubject(d.id(), DossierSubject.unit(company.id()));
            case SUB_UNIT -> fx.service.addSubject(d.id(), DossierSubject.unit(workshop.id()));
            case PERSON -> {
                fx.service.addSubject(d.id(), DossierSubject.unit(fx.vanPhong.id()));
                PeopleService people = new PeopleService(db, new RecordService(db, new CatalogueService(db)), fx.clock);
                Person director = people.save(new Person(0, "CTY01", "Hoàng Văn Dũng", Gender.MALE,
                        LocalDate.of(1975, 4, 2), null, "Giám đốc", company.id(), LocalDate.of(2005, 1, 1), null));
                fx.service.addSubject(d.id(), DossierSubject.person(director.id()));
            }
        }
        Map<String, ComponentStatus> items = fx.attachments.checklist(d.id()).stream()
                .collect(Collectors.toMap(cs -> cs.item().component().code(), cs -> cs));
        return new Result(items, fx.service.checks(d.id(), DossierStatus.DU_HO_SO));
    }
}
