package vn.tdkt.review.domain;

/**
 * An input fact of the collective rules: a collective led a thematic (chuyên đề) emulation movement, or a sub-movement
 * (nội dung thi đua) of one, running from {@code fromYear} to its summing-up (tổng kết) in {@code toYear}. Luật 2022
 * Điều 26 khoản 2: Cờ thi đua of the province for leading a chuyên đề movement of 03 years or more; Điều 25 khoản 3:
 * Cờ thi đua của Chính phủ for leading one launched by the Thủ tướng of 05 years or more ({@code national}). Read from
 * the movements (their lead agency and the lead agencies of their sub-movements) by the review's repository.
 *
 * @param movement the movement's name as launched (with the sub-movement's content when a sub-movement was led)
 * @param national true when the movement was launched at the central level (Thủ tướng Chính phủ)
 */
public record MovementLead(long unitId, String movement, int fromYear, int toYear, boolean national) {

    /** A movement launched by the province. */
    public MovementLead(long unitId, String movement, int fromYear, int toYear) {
        this(unitId, movement, fromYear, toYear, false);
    }

    /** The movement's length in years, counting both ends. */
    public int years() {
        return toYear - fromYear + 1;
    }
}
