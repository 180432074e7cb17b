package vn.tdkt.review.domain;

/**
 * An input fact of the collective rules: a collective led a thematic (chuyên đề) emulation movement launched by the
 * province, running from {@code fromYear} to its summing-up (tổng kết) in {@code toYear} (Luật 2022 Điều 26 khoản 2:
 * Cờ thi đua for leading a chuyên đề movement of 03 years or more). Fed by the movements feature; the review reads it
 * only through {@link UnitHistory#movementLeads()}.
 *
 * @param movement the movement's name as launched
 */
public record MovementLead(long unitId, String movement, int fromYear, int toYear) {

    /** The movement's length in years, counting both ends. */
    public int years() {
        return toYear - fromYear + 1;
    }
}
