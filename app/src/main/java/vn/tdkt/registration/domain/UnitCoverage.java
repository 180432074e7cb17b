package vn.tdkt.registration.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The coverage of one unit in a year.
 *
 * @param members    Số cán bộ: the members expected to register (working in the unit that year and not gone before
 *                   the deadline)
 * @param registered Số đã đăng ký: those of them with a state title registered
 * @param collective Tập thể đã đăng ký: the unit registered its collective title
 * @param missing    who is expected and has not registered, in name order
 */
public record UnitCoverage(long unitId, String unitCode, String unitName, int members, int registered,
                           boolean collective, RegistrationStatus status, List<Member> missing) {

    public UnitCoverage {
        missing = List.copyOf(missing);
    }

    /** Tỷ lệ (%): Số đã đăng ký × 100 / Số cán bộ, two decimals (half up); 100,00 for a unit without members. */
    public BigDecimal percent() {
        return percent(registered, members);
    }

    static BigDecimal percent(int registered, int members) {
        if (members == 0) {
            return BigDecimal.valueOf(100).setScale(2, RoundingMode.UNNECESSARY);
        }
        return BigDecimal.valueOf(registered * 100L).divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP);
    }

    /**
     * Whether the unit is expected to register this year: it has members that year, or it registered anyway. A unit
     * with nobody working there (a movement's agency, a unit dissolved before the year) is not counted.
     */
    public boolean expected() {
        return members > 0 || collective || status != RegistrationStatus.CHUA_GUI;
    }

    /** Every expected member registered and the collective title too; a unit not expected is complete. */
    public boolean complete() {
        return !expected() || registered == members && collective;
    }
}
