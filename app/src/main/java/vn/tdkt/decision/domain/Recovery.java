package vn.tdkt.decision.domain;

import java.time.LocalDate;

/**
 * The money one recipient has to pay back after a revocation: a separate, explicit record (the issued decision and its
 * list stay as they were). Luật Thi đua, khen thưởng 2022, Điều 93 khoản 2: hủy bỏ quyết định khen thưởng, thu hồi
 * hiện vật và tiền thưởng.
 *
 * @param recipientId the revoked line of a recorded decision, or null for an imported award
 * @param awardId     the revoked award history row, or null (a household line has none)
 * @param payer       who pays back: the line's name, or the person or unit of the award
 * @param amount      the bonus money paid on that line or award, in đồng
 * @param legalRef    the text that asks for the recovery, by the revocation date
 */
public record Recovery(long revocationId, Long recipientId, Long awardId, String payer, long amount, String legalRef) {

    /** Luật 06/2022/QH15 took effect on 01/01/2024. */
    private static final LocalDate LUAT_2022 = LocalDate.of(2024, 1, 1);

    /**
     * The text that asks for the recovery on a revocation date: Luật 2022 Điều 93 khoản 2 from 01/01/2024; before it
     * the Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung 2013), named without an article (not checked against the text).
     */
    public static String legalRefOn(LocalDate revocationDate) {
        return revocationDate.isBefore(LUAT_2022) ? "Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung năm 2013)"
                : "Luật Thi đua, khen thưởng 2022, Điều 93 khoản 2";
    }
}
