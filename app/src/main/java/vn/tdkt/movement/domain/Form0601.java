package vn.tdkt.movement.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Biểu 0601.N/BNV-TĐKT (TT 02/2023/TT-BNV), số phong trào thi đua: rows 01–12 (total; by scope 02–05; by duration
 * 06–10; by method 11 chuyên đề — a campaign (theo đợt) is a thematic movement —, 12 thường xuyên hằng năm) ×
 * columns total, Trung ương, bộ/ngành/tỉnh, cơ quan/đơn vị (the launching level). A movement counts in a year when it
 * was launched (not a draft) and its period (or its plan date) touches that year.
 */
public final class Form0601 {

    public static final String[] ROWS = {"Tổng số", "1. Chia theo phạm vi tổ chức thi đua", "- Toàn quốc",
            "- Bộ, ban, ngành đoàn thể, địa phương", "- Cụm, khối thi đua do Hội đồng TĐKT các cấp tổ chức",
            "- Cơ quan, tổ chức, đơn vị", "2. Chia theo thời hạn thi đua", "- Dưới 1 năm", "- 1 năm",
            "- Từ 1 năm đến dưới 3 năm", "- Từ 3 năm đến dưới 5 năm", "- Từ 5 năm trở lên", "3. Chia theo phương thức",
            "- Thi đua theo chuyên đề", "- Thi đua thường xuyên hàng năm"};
    /** The Mã số of each row of {@link #ROWS} (null for a heading). */
    public static final String[] CODES = {"01", null, "02", "03", "04", "05", null, "06", "07", "08", "09", "10", null,
            "11", "12"};

    private Form0601() {
    }

    /** counts[code − 1][column]: column 0 total, 1 Trung ương, 2 bộ/ngành/tỉnh, 3 cơ quan/đơn vị. */
    public static int[][] count(List<Movement> movements, int year) {
        int[][] c = new int[12][4];
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        for (Movement m : movements) {
            if (m.status() == MovementStatus.DU_THAO) {
                continue;
            }
            LocalDate from = m.startDate() != null ? m.startDate() : m.planDate();
            LocalDate to = m.endDate() != null ? m.endDate() : from;
            if (from == null || from.isAfter(last) || to.isBefore(first)) {
                continue;
            }
            int col = 1 + m.level().ordinal();
            add(c, 1, col);
            add(c, 2 + m.scope().ordinal(), col);
            Integer duration = durationRow(m);
            if (duration != null) {
                add(c, duration, col);
            }
            add(c, m.kind() == MovementKind.THUONG_XUYEN ? 12 : 11, col);
        }
        return c;
    }

    /** Row 06–10 of the movement's duration; a regular movement without dates lasts its year; else not counted. */
    static Integer durationRow(Movement m) {
        if (m.startDate() == null || m.endDate() == null) {
            return m.kind() == MovementKind.THUONG_XUYEN ? 7 : null;
        }
        long months = Period.between(m.startDate(), m.endDate().plusDays(1)).toTotalMonths();
        if (months < 12) {
            return 6;
        }
        if (months == 12) {
            return 7;
        }
        return months < 36 ? 8 : months < 60 ? 9 : 10;
    }

    private static void add(int[][] c, int code, int col) {
        c[code - 1][0]++;
        c[code - 1][col]++;
    }
}
