package vn.tdkt.movement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;

/** The one order of movements (decision 158): year newest first, then start, then the name in Vietnamese order. */
class MovementOrderTest {

    private static Movement m(String code, String name, LocalDate plan, LocalDate start) {
        return Movement.draft(code, name, MovementKind.THUONG_XUYEN, LaunchLevel.CO_QUAN).withPlan(null, plan)
                .withPeriod(start, start == null ? null : start.plusMonths(6));
    }

    private static final List<Movement> ALL = List.of(
            m("A1", "Em học tập tốt", null, LocalDate.of(2026, 3, 1)),
            m("A2", "Đẩy mạnh cải cách hành chính", null, LocalDate.of(2026, 3, 1)),
            m("A3", "Dân vận khéo", null, LocalDate.of(2026, 3, 1)),
            m("B1", "Phát động phong trào thi đua năm 2026", null, LocalDate.of(2026, 1, 1)),
            m("C1", "Phát động phong trào thi đua năm 2023", null, LocalDate.of(2023, 1, 1)),
            m("C2", "Ăn quả nhớ kẻ trồng cây", LocalDate.of(2023, 2, 1), null),
            m("D0", "Kế hoạch đang soạn", null, null));

    /** Codes in the order: the draft without dates, 2026 (its start, then Dân < Đẩy < Em), then 2023. */
    private static final List<String> EXPECTED = List.of("D0", "B1", "A3", "A2", "A1", "C1", "C2");

    @Test
    void newestYearFirstThenStartThenVietnameseName() {
        List<Movement> shuffled = new ArrayList<>(ALL);
        java.util.Collections.reverse(shuffled);
        assertEquals(EXPECTED, shuffled.stream().sorted(MovementOrder.ORDER).map(Movement::code).toList());
        // the plain code-point order would put "Đẩy" after "Em" (U+0110 > 'E'): the name order is Vietnamese
        org.junit.jupiter.api.Assertions.assertTrue("Đẩy mạnh".compareTo("Em học") > 0);
    }

    @Test
    void theServiceListsInThatOrder() {
        try (AppContext ctx = new AppContext(Database.inMemory())) {
            for (Movement m : ALL) {
                ctx.movements().save(MovementDetails.of(m), "u");
            }
            assertEquals(EXPECTED, ctx.movements().list().stream().map(Movement::code).toList());
        }
    }
}
