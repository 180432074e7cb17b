package vn.tdkt.org.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tdkt.org.domain.Unit;

/** The unit tree's Tổng column: a unit's people with those of every unit under it. */
class UnitTreeTotalsTest {

    @Test
    void aUnitCountsItsOwnPeopleAndThoseOfEverySubUnit() {
        Unit so = new Unit(1, "SO", "Sở", null, null);
        Unit vp = new Unit(2, "VP", "Văn phòng", 1L, null);
        Unit to = new Unit(3, "TO", "Tổ văn thư", 2L, null);
        Unit tv = new Unit(4, "TV", "Thư viện", 1L, null);
        UnitsView.UnitTree tree = UnitsView.UnitTree.of(List.of(so, vp, to, tv), List.of(), Map.of(1L, 2, 2L, 5, 3L, 3, 4L, 7));
        assertEquals(17, tree.total(so));
        assertEquals(8, tree.total(vp));
        assertEquals(3, tree.total(to));
        assertEquals(5, tree.headcount(vp));
    }
}
