package vn.tdkt.org.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.org.domain.Bloc;
import vn.tdkt.org.domain.BlocLeader;
import vn.tdkt.org.domain.Unit;

class OrgServiceTest {

    private Database db;
    private OrgService org;

    @BeforeEach
    void setUp() {
        db = Database.inMemory();
        org = new OrgService(db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void unitsAreListedInVietnameseOrder() {
        Unit so = org.saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
        org.saveUnit(new Unit(0, "VP", "Văn phòng Sở", so.id(), null));
        org.saveUnit(new Unit(0, "BTG", "Ban Tôn giáo", so.id(), null));
        org.saveUnit(new Unit(0, "DT", "Đội kiểm tra", so.id(), null));
        org.saveUnit(new Unit(0, "CCVC", "Phòng Công chức - Viên chức", so.id(), null));
        assertEquals(List.of("Ban Tôn giáo", "Đội kiểm tra", "Phòng Công chức - Viên chức", "Sở Nội vụ", "Văn phòng Sở"),
                org.units().stream().map(Unit::name).toList());
    }

    @Test
    void refusesDuplicateCodeAndParentCycle() {
        Unit a = org.saveUnit(new Unit(0, "A", "Đơn vị A", null, null));
        Unit b = org.saveUnit(new Unit(0, "B", "Đơn vị B", a.id(), null));
        ValidationException dup = assertThrows(ValidationException.class,
                () -> org.saveUnit(new Unit(0, "A", "Khác", null, null)));
        assertEquals(vn.tdkt.org.domain.OrgField.CODE, dup.problems().get(0).field());
        ValidationException cycle = assertThrows(ValidationException.class,
                () -> org.saveUnit(new Unit(a.id(), "A", "Đơn vị A", b.id(), null)));
        assertEquals(vn.tdkt.org.domain.OrgField.PARENT, cycle.problems().get(0).field());
        assertEquals(null, org.units().stream().filter(u -> u.id() == a.id()).findFirst().orElseThrow().parentId());
    }

    @Test
    void blocsHaveUniqueNamesAndOneLeaderPerYear() {
        Unit a = org.saveUnit(new Unit(0, "A", "Đơn vị A", null, null));
        Unit b = org.saveUnit(new Unit(0, "B", "Đơn vị B", null, null));
        Bloc khoi = org.saveBloc(new Bloc(0, "Khối các phòng chuyên môn"));
        assertThrows(ValidationException.class, () -> org.saveBloc(new Bloc(0, "khoi cac phong chuyen mon")));
        org.setBlocLeader(new BlocLeader(khoi.id(), 2025, a.id()));
        org.setBlocLeader(new BlocLeader(khoi.id(), 2025, b.id()));
        org.setBlocLeader(new BlocLeader(khoi.id(), 2024, a.id()));
        assertEquals(List.of(new BlocLeader(khoi.id(), 2024, a.id()), new BlocLeader(khoi.id(), 2025, b.id())),
                org.blocLeaders());
    }

    @Test
    void unitWithChildrenCannotBeDeleted() {
        Unit a = org.saveUnit(new Unit(0, "A", "Đơn vị A", null, null));
        Unit b = org.saveUnit(new Unit(0, "B", "Đơn vị B", a.id(), null));
        assertThrows(ValidationException.class, () -> org.deleteUnit(a.id()));
        org.deleteUnit(b.id());
        org.deleteUnit(a.id());
        assertTrue(org.units().isEmpty());
    }
}
