package vn.tdkt.decision.domain;

import java.time.LocalDate;

/**
 * A recorded revocation. The authority is the one that gave the revoked awards (Luật 2022 Điều 93 khoản 8).
 *
 * @param revokedAwards number of lines (awards or household lines) it cancelled
 * @param moneyToRecover bonus money the recipients must give back (tiền thưởng thu hồi)
 */
public record Revocation(long id, String decisionNo, LocalDate decisionDate, String reason, String authority,
                         int revokedAwards, long moneyToRecover) {
}
