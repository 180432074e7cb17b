package vn.tdkt.council.domain;

import vn.tdkt.common.domain.Msg;

/** Whether enough members attend, against the rule of the session (denominator = all members of the council). */
public record QuorumCheck(int present, int totalMembers, MeetingRule rule) {

    public boolean ok() {
        return totalMembers > 0 && rule.quorum().reachedBy(present, totalMembers);
    }

    /** "Không đủ số thành viên dự họp: 11/15 (73,33 %) &lt; 80 %" in the user's language. */
    public Msg text() {
        String ratio = present + "/" + totalMembers + " ("
                + (totalMembers == 0 ? "0,00 %" : Share.percentText(Share.percent(present, totalMembers))) + ")";
        return Msg.of(ok() ? "council.quorum.reached" : "council.quorum.short", ratio, rule.quorum().text());
    }

    /** The text in Vietnamese (documents, log). */
    public String message() {
        return text().vi();
    }
}
