package vn.tdkt.decision.domain;

/**
 * One line of a printed list.
 *
 * @param kindName    danh hiệu/hình thức as printed (with the revocation mark when revoked)
 * @param amount      money paid on this line (0 when revoked or not paid)
 * @param explanation how the amount was computed, or why it is 0
 */
public record AwardListRow(int stt, String name, String position, String unit, String kindName, long amount,
                           String explanation, boolean revoked) {

    public AwardListRow renumber(int newStt) {
        return new AwardListRow(newStt, name, position, unit, kindName, amount, explanation, revoked);
    }
}
