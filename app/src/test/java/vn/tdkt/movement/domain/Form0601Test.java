package vn.tdkt.movement.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Form0601Test {

    private static Movement m(MovementKind kind, LaunchLevel level, LocalDate from, LocalDate to, MovementStatus status) {
        return Movement.draft("X", "X", kind, level).withPeriod(from, to).withStatus(status, from);
    }

    @ParameterizedTest(name = "{0} – {1}: row {2}")
    @CsvSource({"2021-04-01,2021-09-30,6", "2023-01-01,2023-12-31,7", "2022-01-01,2023-06-30,8",
            "2021-06-11,2025-12-31,9", "2021-01-01,2025-12-31,10"})
    void theDurationRow(LocalDate from, LocalDate to, int row) {
        assertEquals(row, Form0601.durationRow(m(MovementKind.CHUYEN_DE, LaunchLevel.BO_TINH, from, to, MovementStatus.PHAT_DONG)));
    }

    @Test
    void countsTheLaunchedMovementsTouchingTheYearByLevel() {
        List<Movement> all = List.of(
                m(MovementKind.CHUYEN_DE, LaunchLevel.BO_TINH, LocalDate.of(2021, 6, 11), LocalDate.of(2025, 12, 31),
                        MovementStatus.DANG_TRIEN_KHAI),
                m(MovementKind.THEO_DOT, LaunchLevel.CO_QUAN, LocalDate.of(2023, 4, 1), LocalDate.of(2023, 9, 30),
                        MovementStatus.TONG_KET),
                m(MovementKind.THUONG_XUYEN, LaunchLevel.CO_QUAN, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                        MovementStatus.PHAT_DONG),
                m(MovementKind.THUONG_XUYEN, LaunchLevel.CO_QUAN, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31),
                        MovementStatus.TONG_KET),
                m(MovementKind.CHUYEN_DE, LaunchLevel.TRUNG_UONG, LocalDate.of(2023, 1, 1), null, MovementStatus.DU_THAO));
        int[][] c = Form0601.count(all, 2023);
        assertArrayEquals(new int[] {3, 0, 1, 2}, c[0], "01 total: the draft and the 2022 movement are left out");
        assertArrayEquals(new int[] {1, 0, 1, 0}, c[2], "03 bộ, ngành, địa phương");
        assertArrayEquals(new int[] {2, 0, 0, 2}, c[4], "05 cơ quan, đơn vị");
        assertArrayEquals(new int[] {1, 0, 0, 1}, c[5], "06 under a year");
        assertArrayEquals(new int[] {1, 0, 0, 1}, c[6], "07 one year");
        assertArrayEquals(new int[] {1, 0, 1, 0}, c[8], "09 three to five years");
        assertArrayEquals(new int[] {2, 0, 1, 1}, c[10], "11 chuyên đề (a campaign counts here)");
        assertArrayEquals(new int[] {1, 0, 0, 1}, c[11], "12 thường xuyên");
    }
}
