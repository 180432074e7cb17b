package vn.tdkt.movement.service;

import static vn.tdkt.movement.service.PlanDocument.lines;
import static vn.tdkt.movement.service.PlanDocument.upper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.export.domain.VnDocText;
import vn.tdkt.export.word.Nd30Document;
import vn.tdkt.movement.domain.BlocProposal;
import vn.tdkt.movement.domain.BlocRanking;
import vn.tdkt.movement.domain.Covenant;
import vn.tdkt.movement.domain.Movement;

/**
 * Tờ trình đề nghị tặng Cờ thi đua và Bằng khen cho các tập thể dẫn đầu khối thi đua (seed 001 §IV.2: "trình Giám đốc
 * Sở đề nghị cấp trên tặng Cờ thi đua, tặng Bằng khen cho các tập thể hạng nhất, hạng nhì Khối thi đua"), NĐ 30/2020
 * Mẫu 1.4 of NĐ 30/2020 Phụ lục III in provincial practice (record 0054): the header of the agency whose plan the covenant implements,
 * "Số: …/TTr-…", Kính gửi the Chủ tịch Ủy ban nhân dân tỉnh (who decides both awards, Luật 2022 Điều 80) and the Sở Nội
 * vụ, the căn cứ (the regime's lines on the day, the plan, the covenant, the confirmed ranking), the ranking as a table,
 * the proposal for the first unit (Cờ thi đua) and the second (Bằng khen), Nơi nhận and the plan's signer.
 */
final class BlocProposalDocument {

    /** What the document says, read in one transaction. */
    record Input(Covenant covenant, BlocRanking ranking, String blocName, Movement plan, Map<BlocProposal, String> awardNames,
                 List<String> basis, LocalDate day) {
    }

    private static final String[] COLUMNS = {"Thứ hạng", "Tên tập thể", "Tổng điểm", "Đề nghị khen thưởng"};

    private final Nd30Document doc = new Nd30Document(Nd30Document.Page.PORTRAIT);
    private final Input in;
    private final Movement m;

    BlocProposalDocument(Input in) {
        this.in = in;
        this.m = in.plan();
    }

    /** "Về việc đề nghị tặng Cờ thi đua và Bằng khen cho các tập thể dẫn đầu Khối … năm 2023". */
    static String subject(Input in) {
        boolean second = !second(in.ranking()).isEmpty();
        return "Về việc đề nghị tặng Cờ thi đua" + (second ? " và Bằng khen" : "") + " cho "
                + (second ? "các tập thể dẫn đầu " : "tập thể dẫn đầu ") + in.blocName() + " năm " + in.covenant().year();
    }

    /** "Số:        /TTr-SKHCN" from the plan's number "…/KH-SKHCN". */
    static String numberLine(Movement m) {
        return ReminderDocument.numberLine(m).replace("/", "/TTr-");
    }

    /** The addressee: the Chủ tịch Ủy ban nhân dân tỉnh of the plan's place (both awards are the Chủ tịch's). */
    static String chairman(Movement m) {
        return "Chủ tịch Ủy ban nhân dân tỉnh" + (m.place() == null ? "" : " " + m.place());
    }

    Nd30Document build() {
        String place = (m.place() == null ? "………" : m.place()) + ", " + VnDocText.longDate(in.day());
        doc.header(lines(upper(m.authorityParent())), lines(upper(m.authority())), numberLine(m), place);
        doc.title("TỜ TRÌNH", subject(in));
        doc.addressees(List.of(chairman(m), "Sở Nội vụ"));
        List<String> basis = new ArrayList<>();
        in.basis().forEach(b -> basis.add(b + ";"));
        Covenant c = in.covenant();
        String who = m.authority() == null ? "Cơ quan" : m.authority();
        boolean numbered = m.planNo() != null && !m.planNo().isBlank() && !m.planNo().startsWith("/");
        basis.add("Căn cứ " + (numbered ? m.planReference() + " của " + who + " về việc " + PlanDocument.lowerFirst(m.name())
                : "Kế hoạch " + PlanDocument.lowerFirst(m.name()) + " của " + who) + ";");
        basis.add("Căn cứ Giao ước thi đua năm " + c.year() + " của " + in.blocName()
                + (c.signedOn() == null ? "" : " ký ngày " + VnFormat.date(c.signedOn())) + ";");
        basis.add("Căn cứ kết quả chấm điểm, xếp hạng thi đua năm " + c.year() + " của " + in.blocName()
                + (c.confirmedOn() == null ? "" : " được xác nhận ngày " + VnFormat.date(c.confirmedOn())) + ".");
        doc.basis(basis);
        BigDecimal full = c.criteria().stream().map(k -> k.maxPoints()).reduce(BigDecimal.ZERO, BigDecimal::add);
        doc.paragraph("Năm " + c.year() + ", " + in.blocName() + " có " + in.ranking().rows().size() + " tập thể ký kết giao ước "
                + "thi đua. Cuối năm, các tập thể được chấm điểm theo " + c.criteria().size() + " tiêu chí của giao ước (tổng "
                + "điểm chuẩn " + points(full) + " điểm); kết quả xếp hạng như sau:");
        table();
        BlocRanking.Ranked first = in.ranking().leader().orElseThrow();
        doc.paragraph("Căn cứ kết quả trên, " + who + " kính đề nghị Sở Nội vụ xem xét, trình " + chairman(m) + ":");
        List<BlocRanking.Ranked> second = second(in.ranking());
        doc.paragraph("- Tặng " + in.awardNames().get(BlocProposal.CO_THI_DUA) + " cho " + first.unitName() + " (xếp thứ nhất, "
                + "dẫn đầu " + in.blocName() + " năm " + c.year() + ", " + points(first.total()) + " điểm)"
                + (second.isEmpty() ? "." : ";"));
        if (!second.isEmpty()) {
            String award = "- Tặng " + in.awardNames().get(BlocProposal.BANG_KHEN) + " cho ";
            String rank = "xếp thứ nhì " + in.blocName() + " năm " + c.year();
            if (second.size() == 1) {
                doc.paragraph(award + second.get(0).unitName() + " (" + rank + ", " + points(second.get(0).total()) + " điểm).");
            } else {
                doc.paragraph(award + "các tập thể đồng " + rank + ": " + String.join(", ", second.stream()
                        .map(r -> r.unitName() + " (" + points(r.total()) + " điểm)").toList()) + ".");
            }
        }
        doc.paragraph("(Có biên bản chấm điểm, xếp hạng của " + in.blocName() + " và báo cáo thành tích của các tập thể kèm theo).");
        XWPFParagraph last = doc.paragraph(who + " kính trình " + chairman(m) + " xem xét, quyết định./.");
        last.setKeepNext(true);
        List<String> sign = new ArrayList<>(lines(upper(m.signerAuthority())));
        sign.addAll(lines(upper(m.signerTitle())));
        doc.signature(List.of("Như trên;", "Các tập thể thuộc " + in.blocName() + ";", "Lưu: VT."), sign,
                m.signerName() == null ? "" : m.signerName());
        return doc;
    }

    /** The units ranked second (a shared second rank proposes each of them). */
    static List<BlocRanking.Ranked> second(BlocRanking r) {
        return r.rows().stream().filter(x -> x.proposal() == BlocProposal.BANG_KHEN).toList();
    }

    private void table() {
        int w = Nd30Document.Page.PORTRAIT.textWidth();
        int[] widths = {Nd30Document.mm(22), w - Nd30Document.mm(22 + 26 + 50), Nd30Document.mm(26), Nd30Document.mm(50)};
        XWPFTable t = doc.table(widths, 1, true);
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        for (int i = 0; i < COLUMNS.length; i++) {
            Nd30Document.cellText(head.getCell(i), COLUMNS[i], 13, true, ParagraphAlignment.CENTER);
        }
        List<BlocRanking.Ranked> rows = in.ranking().rows();
        for (int i = 0; i < rows.size(); i++) {
            BlocRanking.Ranked r = rows.get(i);
            XWPFTableRow row = doc.addRow(t, widths);
            row.setCantSplitRow(true);
            Nd30Document.cellText(row.getCell(0), Integer.toString(r.rank()), 13, false, ParagraphAlignment.CENTER);
            Nd30Document.cellText(row.getCell(1), r.unitName(), 13, false, ParagraphAlignment.LEFT);
            Nd30Document.cellText(row.getCell(2), points(r.total()), 13, false, ParagraphAlignment.CENTER);
            Nd30Document.cellText(row.getCell(3), r.proposal() == null ? "" : in.awardNames().get(r.proposal()), 13, false,
                    ParagraphAlignment.LEFT);
            if (i >= rows.size() - 3) {
                Nd30Document.keepWithNext(row); // the last rows stay with the proposal under the table
            }
        }
    }

    /** "92,5" (Vietnamese decimal comma, no trailing zeros). */
    static String points(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
