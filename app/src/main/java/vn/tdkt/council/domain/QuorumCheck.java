package vn.tdkt.council.domain;

/** Whether enough members attend, against the rule of the session (denominator = all members of the council). */
public record QuorumCheck(int present, int totalMembers, MeetingRule rule) {

    public boolean ok() {
        return totalMembers > 0 && rule.quorum().reachedBy(present, totalMembers);
    }

    /** "Không đủ số thành viên dự họp: 11/15 (73,33 %) &lt; 80 %". */
    public String message() {
        String ratio = present + "/" + totalMembers + " ("
                + (totalMembers == 0 ? "0,00 %" : Share.percentText(Share.percent(present, totalMembers))) + ")";
        return ok() ? "Đủ số thành viên dự họp: " + ratio + " ≥ " + rule.quorum().text()
                : "Không đủ số thành viên dự họp: " + ratio + " < " + rule.quorum().text();
    }
}
