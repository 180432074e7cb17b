package vn.tdkt.record.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Texts;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.service.PeopleService;
import vn.tdkt.record.domain.HoldReason;
import vn.tdkt.record.domain.PersonHold;
import vn.tdkt.record.service.RecordService;

/** The holds of the person page (NĐ 152/2025/NĐ-CP Điều 4 khoản 4) through their view model, on a real database. */
class HoldsViewModelTest {

    private Database db;
    private RecordService records;
    private HoldsViewModel model;

    @BeforeEach
    void setUp() {
        db = Database.inMemory();
        records = new RecordService(db, new CatalogueService(db));
        Unit unit = new OrgService(db).saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, null));
        Person p = new PeopleService(db, records, java.time.Clock.systemDefaultZone()).save(new Person(0, "CB01",
                "Nguyễn Văn An", Gender.MALE, LocalDate.of(1985, 1, 1), null, "Chuyên viên", unit.id(), null, null));
        model = new HoldsViewModel(records, new DirectTaskExecutor(), Texts.VIETNAMESE, p.id());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static PersonHold draft(HoldReason reason, String document, LocalDate from, LocalDate until) {
        return new PersonHold(0, 0, reason, document, from, until, null);
    }

    @Test
    void nd152Dieu4K4AHoldIsEnteredWithItsDatesAndConcludedOnADay() {
        model.load();
        assertTrue(model.holds().isEmpty());
        model.add(draft(HoldReason.THANH_TRA, "QĐ thanh tra số 12/QĐ-TTr", LocalDate.of(2025, 11, 3), null));
        model.load();
        assertEquals(1, model.holds().size());
        PersonHold h = model.holds().get(0);
        assertEquals(HoldReason.THANH_TRA, h.reason());
        assertEquals(LocalDate.of(2025, 11, 3), h.from());
        assertEquals(null, h.until());
        assertFalse(model.canConclude().get(), "nothing selected");
        model.selected().set(h);
        assertTrue(model.canConclude().get(), "an open hold can be concluded");
        model.conclude(LocalDate.of(2026, 1, 20));
        assertEquals(List.of(), model.problems());
        assertEquals(LocalDate.of(2026, 1, 20), model.holds().get(0).until());
        assertEquals(model.holds().get(0), model.selected().get(), "the selection follows the reloaded row");
        assertFalse(model.canConclude().get(), "a concluded hold cannot be concluded again");
    }

    @ParameterizedTest(name = "NĐ 152 Điều 4 k4: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            không chọn lý do        |          | QĐ 1 | 2025-11-03 |            | Lý do tạm hoãn: chưa chọn lý do tạm hoãn
            không có văn bản         | DIEU_TRA |      | 2025-11-03 |            | Văn bản: chưa nhập văn bản
            không có ngày bắt đầu    | DIEU_TRA | QĐ 1 |            |            | Từ ngày:
            kết luận trước bắt đầu | KHIEU_NAI_TO_CAO | Đơn 5 | 2025-11-03 | 2025-11-02 | Đến ngày (kết luận): ngày kết luận trước
            """)
    void aHoldWithoutItsEssentialsIsRefusedWithTheField(String label, HoldReason reason, String document, LocalDate from,
                                                         LocalDate until, String problem) {
        ValidationException e = assertThrows(ValidationException.class, () -> model.add(draft(reason, document, from, until)));
        assertTrue(e.problems().stream().anyMatch(p -> p.describe(Texts.VIETNAMESE).startsWith(problem)),
                label + ": " + e.problems().stream().map(p -> p.describe(Texts.VIETNAMESE)).toList());
        model.load();
        assertTrue(model.holds().isEmpty(), "nothing written");
    }

    @Test
    void nd152Dieu4K4AConclusionBeforeTheStartIsShownAsAProblem() {
        model.add(draft(HoldReason.DIEU_TRA, "Quyết định khởi tố 3/QĐ", LocalDate.of(2025, 11, 3), null));
        model.load();
        model.selected().set(model.holds().get(0));
        model.conclude(LocalDate.of(2025, 10, 1));
        assertEquals(List.of("Đến ngày (kết luận): ngày kết luận trước ngày bắt đầu"), model.problems());
        assertEquals(null, model.holds().get(0).until());
    }
}
