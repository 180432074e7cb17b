package vn.tdkt.movement.service;

import static vn.tdkt.movement.service.PlanDocument.lines;
import static vn.tdkt.movement.service.PlanDocument.lowerFirst;
import static vn.tdkt.movement.service.PlanDocument.trimEnd;
import static vn.tdkt.movement.service.PlanDocument.upper;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.export.domain.VnDocText;
import vn.tdkt.export.word.Nd30Document;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.Reminder;

/**
 * Công văn đôn đốc (NĐ 30/2020 Mẫu 1.4, seed 002): header with "Số: …" and "V/v đôn đốc thực hiện …" under it, the
 * italic place and date, "Kính gửi:" the units that have not done an overdue milestone, the plan it follows, the
 * overdue milestones as a table (content, due day, units), the request to report by a day, Nơi nhận and signature.
 */
final class ReminderDocument {

    private final Nd30Document doc = new Nd30Document(Nd30Document.Page.PORTRAIT);
    private final Reminder r;
    private final Movement m;
    /** The body paragraph written last: kept with the closing line so that no page holds only the signature. */
    private XWPFParagraph lastBody;

    ReminderDocument(Reminder r) {
        this.r = r;
        this.m = r.movement().movement();
    }

    /** "V/v đôn đốc thực hiện kế hoạch …": the trích yếu of the dispatch. */
    static String subject(Movement m) {
        return "V/v đôn đốc thực hiện " + lowerFirst(m.name());
    }

    /** "Số:      /SKHCN" from a plan number "34/KH-SKHCN" (the issuer's abbreviation after the kind). */
    static String numberLine(Movement m) {
        String no = m.planNo() == null ? "" : m.planNo();
        int dash = no.indexOf("KH-");
        return "Số:        /" + (dash < 0 ? "" : no.substring(dash + 3));
    }

    Nd30Document build() {
        String place = (m.place() == null ? "………" : m.place()) + ", " + VnDocText.longDate(r.day());
        doc.header(lines(upper(m.authorityParent())), lines(upper(m.authority())), numberLine(m), subject(m), place);
        doc.addressees(r.addressees());
        String who = m.authority() == null ? "Cơ quan" : m.authority();
        para("Thực hiện " + m.planReference() + " của " + who + " về việc " + lowerFirst(m.name())
                + (m.startDate() != null && m.endDate() != null ? " (từ ngày " + VnFormat.date(m.startDate()) + " đến ngày "
                + VnFormat.date(m.endDate()) + ")" : "") + ";");
        para("Đến ngày " + VnFormat.date(r.day()) + ", các nội dung sau đã quá hạn nhưng các cơ quan, đơn vị chưa "
                + "thực hiện hoặc chưa gửi kết quả:");
        table();
        // 6 pt between the table and the text under it (the rendering showed the paragraph glued to the table)
        para("Để bảo đảm tiến độ thực hiện Kế hoạch, " + who + " đề nghị các cơ quan, đơn vị nêu trên khẩn trương "
                + "thực hiện các nội dung còn chậm và gửi kết quả về " + who + " trước ngày " + VnFormat.date(r.replyBy())
                + " để tổng hợp theo quy định.").setSpacingBefore(120);
        XWPFParagraph previous = lastBody;
        XWPFParagraph last = para("Đề nghị các cơ quan, đơn vị quan tâm thực hiện./.");
        last.setKeepNext(true);
        if (previous != null) {
            previous.setKeepNext(true);
        }
        List<String> sign = new ArrayList<>(lines(upper(m.signerAuthority())));
        sign.addAll(lines(upper(m.signerTitle())));
        doc.signature(List.of("Như trên;", "Lưu: VT."), sign, m.signerName() == null ? "" : m.signerName());
        return doc;
    }

    private void table() {
        int w = Nd30Document.Page.PORTRAIT.textWidth();
        int[] widths = {Nd30Document.mm(12), w - Nd30Document.mm(12 + 28 + 55), Nd30Document.mm(28), Nd30Document.mm(55)};
        XWPFTable t = doc.table(widths, 1, true);
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        String[] titles = {"TT", "Nội dung", "Hạn", "Cơ quan, đơn vị chưa thực hiện"};
        for (int i = 0; i < titles.length; i++) {
            Nd30Document.cellText(head.getCell(i), titles[i], 13, true, ParagraphAlignment.CENTER);
        }
        int n = 0;
        for (Reminder.Line l : r.lines()) {
            XWPFTableRow row = doc.addRow(t, widths);
            row.setCantSplitRow(true);
            var d = l.deadline();
            Nd30Document.cellText(row.getCell(0), Integer.toString(++n), 13, false, ParagraphAlignment.CENTER);
            Nd30Document.cellText(row.getCell(1), trimEnd(d.row().milestone().content()), 13, false, ParagraphAlignment.LEFT);
            String due = VnFormat.date(d.effectiveDue()) + (d.moved() ? " (hạn " + VnFormat.date(d.due()) + " là ngày nghỉ)" : "");
            Nd30Document.cellText(row.getCell(2), due, 13, false, ParagraphAlignment.CENTER);
            String who = !l.all() || l.units().size() == 1 ? String.join("; ", l.units())
                    : "Các cơ quan, đơn vị tham gia" + (l.except().isEmpty() ? "" : ", trừ " + String.join("; ", l.except()));
            Nd30Document.cellText(row.getCell(3), who, 13, false, ParagraphAlignment.LEFT);
        }
    }

    private XWPFParagraph para(String text) {
        lastBody = doc.paragraph(text);
        return lastBody;
    }
}
