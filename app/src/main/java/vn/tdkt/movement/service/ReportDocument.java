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
import vn.tdkt.movement.domain.MilestoneRow;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementLinks;
import vn.tdkt.movement.domain.MovementReport;

/**
 * Báo cáo sơ kết / tổng kết of a movement (NĐ 30/2020, Mẫu 1.x "Báo cáo"): header, "Số: …/BC-…", place and date,
 * BÁO CÁO and its title; I. the plan and its implementation (the period, the units taking part); II. the milestones
 * and how they were done (a table); III. the commendation: the titles and awards won by the movement's units in the
 * period (a table by kind) and the decisions and dossiers that name the movement; the closing line, Nơi nhận and the
 * signature. Every figure comes from the data.
 */
final class ReportDocument {

    private final Nd30Document doc = new Nd30Document(Nd30Document.Page.PORTRAIT);
    private final MovementReport r;
    private final Movement m;
    /** The body paragraph written last: kept with the closing line so that no page holds only the signature. */
    private XWPFParagraph lastBody;

    ReportDocument(MovementReport r) {
        this.r = r;
        this.m = r.movement().movement();
    }

    /** "Sơ kết phong trào …" / "Tổng kết phong trào …": the title under BÁO CÁO. */
    static String title(MovementReport r) {
        return r.kind().label() + " " + lowerFirst(r.movement().movement().name());
    }

    Nd30Document build() {
        String no = m.planNo() == null ? "" : m.planNo();
        int dash = no.indexOf("KH-");
        String number = "Số:        /BC-" + (dash < 0 ? "" : no.substring(dash + 3));
        String place = (m.place() == null ? "………" : m.place()) + ", " + VnDocText.longDate(r.day());
        doc.header(lines(upper(m.authorityParent())), lines(upper(m.authority())), number, place);
        doc.title("BÁO CÁO", title(r));
        String who = m.authority() == null ? "Cơ quan" : m.authority();
        para("Thực hiện " + m.planReference() + " của " + who + " về việc " + lowerFirst(m.name()) + ", "
                + who + " báo cáo " + r.kind().label().toLowerCase(java.util.Locale.forLanguageTag("vi"))
                + " kết quả thực hiện từ ngày " + VnFormat.date(r.from()) + " đến ngày " + VnFormat.date(r.to())
                + " như sau:");
        section("I. CÔNG TÁC TRIỂN KHAI THỰC HIỆN");
        participation();
        section("II. KẾT QUẢ THỰC HIỆN CÁC MỐC THỜI GIAN");
        milestones();
        section("III. CÔNG TÁC KHEN THƯỞNG");
        awards();
        links();
        models();
        XWPFParagraph previous = lastBody;
        XWPFParagraph last = para("Trên đây là báo cáo " + title(r).substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                + title(r).substring(1) + (m.authority() == null ? "" : " của " + m.authority()) + "./.");
        last.setKeepNext(true);
        if (previous != null) {
            previous.setKeepNext(true);
        }
        List<String> sign = new ArrayList<>(lines(upper(m.signerAuthority())));
        sign.addAll(lines(upper(m.signerTitle())));
        doc.signature(List.of("Như trên;", "Lưu: VT."), sign, m.signerName() == null ? "" : m.signerName());
        return doc;
    }

    private void participation() {
        StringBuilder b = new StringBuilder("Phong trào được phát động ");
        b.append(m.startDate() == null ? "" : "từ ngày " + VnFormat.date(m.startDate()));
        b.append(m.endDate() == null ? "" : ", thời gian thi đua đến ngày " + VnFormat.date(m.endDate()));
        b.append(m.theme() == null ? "" : ", với chủ đề “" + m.theme() + "”");
        para(b.append('.').toString());
        if (r.units().isEmpty()) {
            para("Kế hoạch chưa ghi cơ quan, đơn vị tham gia.");
        } else {
            para("Có " + r.units().size() + " cơ quan, đơn vị tham gia phong trào: " + String.join(", ", r.units()) + ".");
        }
        if (!r.movement().items().isEmpty()) {
            para("Kế hoạch có " + r.movement().items().size() + " nội dung, phong trào thi đua, mỗi nội dung do một "
                    + "cơ quan, đơn vị chủ trì.");
        }
        registrations();
    }

    /** Đăng ký thi đua of the year reported, for the units taking part (the registrations feature's coverage). */
    private void registrations() {
        var f = r.figures();
        if (f.units() == 0) {
            para("Chưa có số liệu đăng ký thi đua năm " + f.year() + " của các cơ quan, đơn vị tham gia.");
            return;
        }
        String share = f.members() == 0 ? "" : " (" + java.math.BigDecimal.valueOf(f.registered() * 10000L / f.members(), 2)
                .toPlainString().replace('.', ',') + "%)";
        para("Về đăng ký thi đua năm " + f.year() + ": " + f.unitsSent() + "/" + f.units() + " cơ quan, đơn vị đã gửi bản đăng "
                + "ký, " + f.collective() + " đơn vị đăng ký danh hiệu thi đua tập thể" + (f.members() == 0 ? "." : "; "
                + VnFormat.number(f.registered()) + "/" + VnFormat.number(f.members()) + " cá nhân đăng ký danh hiệu thi đua"
                + share + "."));
    }

    /** The exemplary models that name the movement (or one of its sub-movements) and their recognitions. */
    private void models() {
        heading("3. Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến");
        var f = r.figures();
        if (f.models() == 0) {
            para("Chưa có điển hình tiên tiến nào ghi thuộc phong trào.");
            return;
        }
        para("Có " + f.models() + " điển hình tiên tiến được phát hiện, bồi dưỡng trong phong trào; từ năm " + r.from().getYear()
                + " đến năm " + r.to().getYear() + " có " + f.recognised() + " lượt điển hình được công nhận.");
    }

    private void milestones() {
        List<MilestoneRow> ms = r.milestones();
        if (ms.isEmpty()) {
            para("Kế hoạch không đặt mốc thời gian.");
            return;
        }
        para("Đến ngày " + VnFormat.date(r.day()) + ", đã hoàn thành " + r.done() + "/" + ms.size() + " mốc thời gian ("
                + r.onTime() + " mốc đúng hạn).");
        int w = Nd30Document.Page.PORTRAIT.textWidth();
        int[] widths = {Nd30Document.mm(10), w - Nd30Document.mm(10 + 24 + 42 + 30), Nd30Document.mm(24), Nd30Document.mm(42),
                Nd30Document.mm(30)};
        XWPFTable t = doc.table(widths, 1, true);
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        String[] titles = {"TT", "Nội dung", "Hạn", "Cơ quan, đơn vị", "Hoàn thành"};
        for (int i = 0; i < titles.length; i++) {
            Nd30Document.cellText(head.getCell(i), titles[i], 12, true, ParagraphAlignment.CENTER);
        }
        int n = 0;
        for (MilestoneRow x : ms) {
            XWPFTableRow row = doc.addRow(t, widths);
            row.setCantSplitRow(true);
            var mi = x.milestone();
            boolean done = mi.doneDate() != null && !mi.doneDate().isAfter(r.day());
            Nd30Document.cellText(row.getCell(0), Integer.toString(++n), 12, false, ParagraphAlignment.CENTER);
            Nd30Document.cellText(row.getCell(1), trimEnd(mi.content()), 12, false, ParagraphAlignment.LEFT);
            Nd30Document.cellText(row.getCell(2), VnFormat.date(mi.due()), 12, false, ParagraphAlignment.CENTER);
            Nd30Document.cellText(row.getCell(3), x.unitName() == null ? "Các cơ quan, đơn vị tham gia" : x.unitName(), 12,
                    false, ParagraphAlignment.LEFT);
            String state = done ? VnFormat.date(mi.doneDate()) : mi.due().isAfter(r.day()) ? "Chưa đến hạn" : "Chưa hoàn thành";
            Nd30Document.cellText(row.getCell(4), state, 12, false, ParagraphAlignment.CENTER);
        }
    }

    private void awards() {
        heading("1. Danh hiệu thi đua, hình thức khen thưởng");
        if (r.awards().isEmpty()) {
            para("Từ ngày " + VnFormat.date(r.from()) + " đến ngày " + VnFormat.date(r.to())
                    + ", các cơ quan, đơn vị tham gia chưa có tập thể, cá nhân được khen thưởng.");
            return;
        }
        int collective = r.awards().stream().mapToInt(MovementReport.AwardCount::collective).sum();
        int individual = r.awards().stream().mapToInt(MovementReport.AwardCount::individual).sum();
        para("Từ ngày " + VnFormat.date(r.from()) + " đến ngày " + VnFormat.date(r.to()) + ", các cơ quan, đơn vị tham "
                + "gia phong trào có " + collective + " lượt tập thể và " + individual + " lượt cá nhân được tặng danh hiệu thi "
                + "đua, hình thức khen thưởng:");
        int w = Nd30Document.Page.PORTRAIT.textWidth();
        int[] widths = {Nd30Document.mm(10), w - Nd30Document.mm(10 + 25 + 25 + 22), Nd30Document.mm(25), Nd30Document.mm(25),
                Nd30Document.mm(22)};
        XWPFTable t = doc.table(widths, 1, true);
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        String[] titles = {"TT", "Danh hiệu, hình thức", "Tập thể", "Cá nhân", "Cộng"};
        for (int i = 0; i < titles.length; i++) {
            Nd30Document.cellText(head.getCell(i), titles[i], 12, true, ParagraphAlignment.CENTER);
        }
        int n = 0;
        for (MovementReport.AwardCount a : r.awards()) {
            XWPFTableRow row = doc.addRow(t, widths);
            Nd30Document.cellText(row.getCell(0), Integer.toString(++n), 12, false, ParagraphAlignment.CENTER);
            Nd30Document.cellText(row.getCell(1), a.kindName(), 12, false, ParagraphAlignment.LEFT);
            Nd30Document.cellText(row.getCell(2), VnFormat.number(a.collective()), 12, false, ParagraphAlignment.CENTER);
            Nd30Document.cellText(row.getCell(3), VnFormat.number(a.individual()), 12, false, ParagraphAlignment.CENTER);
            Nd30Document.cellText(row.getCell(4), VnFormat.number(a.total()), 12, true, ParagraphAlignment.CENTER);
        }
        XWPFTableRow sum = doc.addRow(t, widths);
        Nd30Document.cellText(sum.getCell(0), "", 12, false, ParagraphAlignment.CENTER);
        Nd30Document.cellText(sum.getCell(1), "Tổng cộng", 12, true, ParagraphAlignment.LEFT);
        Nd30Document.cellText(sum.getCell(2), VnFormat.number(collective), 12, true, ParagraphAlignment.CENTER);
        Nd30Document.cellText(sum.getCell(3), VnFormat.number(individual), 12, true, ParagraphAlignment.CENTER);
        Nd30Document.cellText(sum.getCell(4), VnFormat.number(collective + individual), 12, true, ParagraphAlignment.CENTER);
    }

    private void links() {
        heading("2. Hồ sơ, quyết định khen thưởng của phong trào");
        MovementLinks l = r.links();
        if (l.decisions().isEmpty() && l.dossiers().isEmpty()) {
            para("Chưa có hồ sơ đề nghị hay quyết định khen thưởng nào ghi thuộc phong trào.");
            return;
        }
        long money = l.decisions().stream().mapToLong(MovementLinks.LinkedDecision::total).sum();
        int lines = l.decisions().stream().mapToInt(MovementLinks.LinkedDecision::lines).sum();
        para("Có " + l.dossiers().size() + " hồ sơ đề nghị khen thưởng và " + l.decisions().size()
                + " quyết định khen thưởng thuộc phong trào, khen thưởng " + VnFormat.number(lines) + " lượt tập thể, cá nhân"
                + ", tổng tiền thưởng " + VnFormat.money(money) + ":");
        for (MovementLinks.LinkedDecision d : l.decisions()) {
            para("- Quyết định số " + d.decisionNo() + " ngày " + VnFormat.date(d.decisionDate())
                    + (d.subject() == null ? "" : " " + lowerFirst(d.subject())) + " (" + d.lines() + " lượt, "
                    + VnFormat.money(d.total()) + ");");
        }
    }

    private void section(String text) {
        XWPFParagraph p = doc.line(text, ParagraphAlignment.LEFT, true, false);
        p.setIndentationFirstLine(720);
        p.setKeepNext(true);
        Nd30Document.spacing(p, 120, 120);
    }

    private void heading(String text) {
        XWPFParagraph p = doc.line(text, ParagraphAlignment.LEFT, true, false);
        p.setIndentationFirstLine(720);
        p.setKeepNext(true);
    }

    private XWPFParagraph para(String text) {
        lastBody = doc.paragraph(text);
        return lastBody;
    }
}
