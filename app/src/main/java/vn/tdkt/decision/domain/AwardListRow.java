package vn.tdkt.decision.domain;

import vn.tdkt.common.domain.Msg;

/**
 * One line of a printed list.
 *
 * @param kindName    danh hiệu/hình thức as printed (with the revocation mark when revoked)
 * @param amount      money paid on this line (0 when revoked or not paid)
 * @param explanation how the amount was computed, or why it is 0
 * @param kindText    for the screen, when revoked: the kind with its revocation mark as a bundle text (else null)
 * @param noteText    for the screen, when revoked: why nothing is paid as a bundle text (else null)
 */
public record AwardListRow(int stt, String name, String position, String unit, String kindName, long amount,
                           String explanation, boolean revoked, Msg kindText, Msg noteText) {

    public AwardListRow(int stt, String name, String position, String unit, String kindName, long amount,
                        String explanation, boolean revoked) {
        this(stt, name, position, unit, kindName, amount, explanation, revoked, null, null);
    }

    /**
     * The row of a line kept although the review found it not eligible: the clerk's reason follows the explanation
     * (the screen and the explanations of the list; never the decision's own text).
     */
    public AwardListRow withOverride(String reason) {
        Msg note = Msg.of("decision.overrideNote", reason);
        String text = explanation == null || explanation.isEmpty() ? note.vi() : explanation + " " + note.vi();
        Msg screen = noteText == null ? (explanation == null || explanation.isEmpty() ? note
                : Msg.of("decision.overrideAfter", explanation, note)) : Msg.of("decision.overrideAfter", noteText, note);
        return new AwardListRow(stt, name, position, unit, kindName, amount, text, revoked, kindText, screen);
    }

    public AwardListRow renumber(int newStt) {
        return new AwardListRow(newStt, name, position, unit, kindName, amount, explanation, revoked, kindText, noteText);
    }
}
