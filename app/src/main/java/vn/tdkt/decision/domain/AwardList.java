package vn.tdkt.decision.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.export.domain.VnDocText;

/**
 * Danh sách khen thưởng (or chi tiền thưởng) of one decision, recorded or imported into the award history.
 *
 * @param authority who decided, as in the award history
 * @param info      the recorded decision, or null for awards imported without a decision record
 */
public record AwardList(Kind kind, String decisionNo, LocalDate decisionDate, String authority, DecisionInfo info,
                        List<AwardListRow> rows) {

    /** Which list. */
    public enum Kind {
        AWARD_LIST("DANH SÁCH KHEN THƯỞNG"), PAYMENT_LIST("DANH SÁCH CHI TIỀN THƯỞNG");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public AwardList {
        rows = List.copyOf(rows);
    }

    public long total() {
        return rows.stream().mapToLong(AwardListRow::amount).sum();
    }

    /** "(Kèm theo Quyết định số 125/QĐ-UBND ngày 15 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên)". */
    public String attachedTo() {
        return "(Kèm theo Quyết định số " + decisionNo + " " + VnDocText.longDate(decisionDate) + " của " + authority + ")";
    }

    /** The payment list: lines with money only, numbered again from 1. */
    public AwardList payable() {
        List<AwardListRow> paid = rows.stream().filter(r -> r.amount() > 0 && !r.revoked()).toList();
        List<AwardListRow> renumbered = new ArrayList<>(paid.size());
        for (int i = 0; i < paid.size(); i++) {
            renumbered.add(paid.get(i).renumber(i + 1));
        }
        return new AwardList(Kind.PAYMENT_LIST, decisionNo, decisionDate, authority, info, renumbered);
    }
}
