package vn.tdkt.movement.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.regime.domain.LegalRegime;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.export.domain.LegalCitation;
import vn.tdkt.export.domain.VnDocText;
import vn.tdkt.export.word.Nd30Document;
import vn.tdkt.movement.domain.MilestoneRow;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.Phase;
import vn.tdkt.movement.domain.PhaseKind;
import vn.tdkt.movement.domain.PlanPart;
import vn.tdkt.movement.domain.PlannedReward;
import vn.tdkt.movement.domain.SubMovement;

/**
 * The Kế hoạch phát động phong trào thi đua (no national template: the structure of the seed plans, NĐ 30/2020 layout,
 * record 0028): header block, "Số: …/KH-…", the italic place and date, KẾ HOẠCH and its title, the căn cứ (the parent
 * plan first), I. MỤC ĐÍCH, YÊU CẦU; II. NỘI DUNG with the sub-movements and their lead agencies as a table; III. TIÊU
 * CHÍ, KHEN THƯỞNG; IV. TỔ CHỨC THỰC HIỆN with the milestones; Nơi nhận and the signature block.
 */
final class PlanDocument {

    /** What the document needs besides the movement: its parent, unit names, the catalogue, the milestones. */
    /**
     * @param earlierLaw the regime in force on the plan date when it is older than the law the catalogue's legal bases
     *                   cite (Luật Thi đua, khen thưởng 2022): its articles differ, so the plan cites that regime by
     *                   name instead of the catalogue's article; null when the catalogue's basis applies
     */
    record Input(MovementDetails details, Movement parent, Map<Long, String> unitNames, Map<String, AwardKind> kinds,
                 List<MilestoneRow> milestones, List<Movement> children, LegalRegime earlierLaw) {
    }

    private final Nd30Document doc = new Nd30Document(Nd30Document.Page.PORTRAIT);
    private final Input in;
    private final Movement m;

    PlanDocument(Input in) {
        this.in = in;
        this.m = in.details().movement();
    }

    Nd30Document build() {
        List<String> parentLines = lines(upper(m.authorityParent()));
        List<String> issuer = lines(upper(m.authority()));
        String number = "Số: " + (m.planNo() == null ? "      /KH-" : m.planNo());
        String place = (m.place() == null ? "………" : m.place()) + ", " + (m.planDate() == null
                ? "ngày      tháng      năm " + (m.startDate() == null ? "20…" : String.valueOf(m.startDate().getYear()))
                : VnDocText.longDate(m.planDate()));
        doc.header(parentLines, issuer, number, place);
        doc.title("KẾ HOẠCH", m.name());
        basis();
        section("I. MỤC ĐÍCH, YÊU CẦU");
        heading("1. Mục đích");
        text(in.details().text(PlanPart.PURPOSE));
        heading("2. Yêu cầu");
        text(in.details().text(PlanPart.REQUIREMENTS));
        content();
        rewards();
        organisation();
        List<String> copyTo = lines(in.details().text(PlanPart.COPY_TO)).stream()
                .map(l -> l.startsWith("- ") ? l.substring(2) : l).toList();
        List<String> sign = new ArrayList<>(lines(upper(m.signerAuthority())));
        sign.addAll(lines(upper(m.signerTitle())));
        doc.signature(copyTo.isEmpty() ? List.of("Như trên;", "Lưu: VT.") : copyTo, sign,
                m.signerName() == null ? "" : m.signerName());
        return doc;
    }

    private void basis() {
        Movement p = in.parent();
        if (p != null) {
            String of = p.authority() == null ? "" : " của " + p.authority();
            doc.paragraph("Căn cứ " + p.planReference() + of + " về việc " + lowerFirst(p.name()) + ";");
        }
        for (String l : lines(in.details().text(PlanPart.BASIS))) {
            doc.paragraph(l);
        }
        String intro = in.details().text(PlanPart.INTRO);
        if (!intro.isBlank()) {
            text(intro);
        } else {
            String who = m.authority() == null ? "Cơ quan" : m.authority();
            StringBuilder b = new StringBuilder(who).append(" xây dựng Kế hoạch ").append(lowerFirst(m.name()));
            if (m.startDate() != null && m.endDate() != null) {
                b.append(" từ ngày ").append(VnFormat.date(m.startDate())).append(" đến ngày ")
                        .append(VnFormat.date(m.endDate()));
            }
            if (m.theme() != null) {
                b.append(" với chủ đề: “").append(m.theme()).append("”");
            }
            doc.paragraph(b.append(", cụ thể như sau:").toString());
        }
    }

    private void content() {
        section("II. NỘI DUNG");
        text(in.details().text(PlanPart.CONTENT));
        if (m.slogan() != null) {
            doc.paragraph("Khẩu hiệu thi đua: “" + m.slogan() + "”.");
        }
        if (m.startDate() != null || m.endDate() != null) {
            StringBuilder b = new StringBuilder("Thời gian thi đua: ");
            b.append(m.startDate() == null ? "" : "từ ngày " + VnFormat.date(m.startDate()));
            b.append(m.endDate() == null ? "" : " đến ngày " + VnFormat.date(m.endDate()));
            for (Phase ph : in.details().phases()) {
                b.append("; ").append(ph.kind() == PhaseKind.SO_KET ? "sơ kết" : "tổng kết").append(" ")
                        .append(VnFormat.date(ph.date()));
            }
            doc.paragraph(b.append('.').toString());
        }
        if (m.targets() != null) {
            heading("Chỉ tiêu thi đua");
            text(m.targets());
        }
        List<SubMovement> items = in.details().items();
        if (items.isEmpty()) {
            // the movements under this plan without a plan of their own, each with its lead unit, are its contents
            // (a child with its own numbered plan is an agency's implementing plan, not a sub-movement)
            int line = 0;
            List<SubMovement> fromChildren = new ArrayList<>();
            for (Movement c : in.children().stream().filter(c -> c.planNo() == null).toList()) {
                fromChildren.add(new SubMovement(0, ++line, c.name(), c.leadUnitId()));
            }
            items = fromChildren;
        }
        if (!items.isEmpty()) {
            doc.paragraph("Các nội dung, phong trào thi đua và cơ quan, đơn vị chủ trì:");
            int w = Nd30Document.Page.PORTRAIT.textWidth();
            int[] widths = {Nd30Document.mm(15), w - Nd30Document.mm(15) - Nd30Document.mm(55), Nd30Document.mm(55)};
            XWPFTable t = doc.table(widths, 1, true);
            XWPFTableRow head = t.getRow(0);
            head.setRepeatHeader(true);
            Nd30Document.cellText(head.getCell(0), "STT", 13, true, ParagraphAlignment.CENTER);
            Nd30Document.cellText(head.getCell(1), "Nội dung, phong trào thi đua", 13, true, ParagraphAlignment.CENTER);
            Nd30Document.cellText(head.getCell(2), "Cơ quan, đơn vị chủ trì", 13, true, ParagraphAlignment.CENTER);
            for (SubMovement s : items) {
                XWPFTableRow r = doc.addRow(t, widths);
                r.setCantSplitRow(true);
                Nd30Document.cellText(r.getCell(0), String.valueOf(s.lineNo()), 13, false, ParagraphAlignment.CENTER);
                Nd30Document.cellText(r.getCell(1), s.content(), 13, false, ParagraphAlignment.BOTH);
                Nd30Document.cellText(r.getCell(2), s.leadUnitId() == null ? "" : in.unitNames().getOrDefault(s.leadUnitId(), ""),
                        13, false, ParagraphAlignment.LEFT);
            }
            Nd30Document.spacing(doc.line("", ParagraphAlignment.LEFT, false, false), 0, 0);
        }
    }

    private void rewards() {
        section("III. TIÊU CHÍ, KHEN THƯỞNG");
        heading("1. Tiêu chí");
        int n = 0;
        String[][] criteria = {{"Đối với tập thể", m.criteriaCollective()}, {"Đối với cá nhân", m.criteriaIndividual()},
                {"Đối với hộ gia đình", m.criteriaHousehold()}};
        for (String[] c : criteria) {
            if (c[1] != null) {
                XWPFParagraph p = doc.paragraph("");
                Nd30Document.font(p.createRun(), 14, false, true).setText((char) ('a' + n++) + ") " + c[0] + ": ");
                Nd30Document.font(p.createRun(), 14, false, false).setText(c[1]);
            }
        }
        if (n == 0) {
            doc.paragraph("Tập thể, cá nhân hoàn thành xuất sắc các nội dung thi đua của Kế hoạch này, có thành tích tiêu "
                    + "biểu, xuất sắc trong phong trào.");
        }
        heading("2. Khen thưởng");
        if (in.details().rewards().isEmpty()) {
            doc.paragraph("Kết thúc phong trào, trên cơ sở kết quả thi đua, xét khen thưởng theo quy định của Luật Thi đua, "
                    + "khen thưởng và các văn bản hướng dẫn.");
        }
        for (PlannedReward r : in.details().rewards()) {
            AwardKind k = in.kinds().get(r.kindCode());
            StringBuilder b = new StringBuilder("- ").append(k == null ? r.kindCode() : k.name());
            if (r.quota() != null) {
                b.append(": ").append(r.quota()).append(" ").append("khen thưởng dự kiến");
            }
            if (r.note() != null) {
                b.append(" (").append(r.note()).append(")");
            }
            if (in.earlierLaw() != null) {
                b.append(" theo quy định của ").append(in.earlierLaw().name());
            } else if (k != null && !LegalCitation.official(k.legalBasis()).isEmpty()) {
                // the text in force in its official form, never the data's reading notes (decision 0046)
                b.append("; căn cứ ").append(LegalCitation.official(k.legalBasis()));
            }
            // "Điều 23", "số 06/2022/QH15" stay on one line (a justified line once ended in "số", decision 173)
            doc.paragraph(VnDocText.keepCitedNumbers(b.append(';').toString()));
        }
    }

    private void organisation() {
        section("IV. TỔ CHỨC THỰC HIỆN");
        text(in.details().text(PlanPart.ORGANISATION));
        List<MilestoneRow> ms = in.milestones();
        if (!ms.isEmpty()) {
            doc.paragraph("Các mốc thời gian thực hiện:");
            for (MilestoneRow r : ms) {
                String unit = r.unitName() == null ? "các cơ quan, đơn vị tham gia" : r.unitName();
                doc.paragraph("- " + trimEnd(r.milestone().content()) + ": " + unit + " thực hiện trước ngày "
                        + VnFormat.date(r.milestone().due()) + ";");
            }
        }
        String closing = "Trên đây là Kế hoạch " + lowerFirst(m.name())
                + (m.authority() == null ? "" : " của " + m.authority()) + "./.";
        doc.paragraph(closing);
    }

    private void section(String text) {
        XWPFParagraph p = doc.line(text, ParagraphAlignment.LEFT, true, false);
        p.setIndentationFirstLine(720);
        Nd30Document.spacing(p, 120, 120);
    }

    private void heading(String text) {
        XWPFParagraph p = doc.line(text, ParagraphAlignment.LEFT, true, false);
        p.setIndentationFirstLine(720);
    }

    /** Free text: one paragraph per non-empty line. */
    private void text(String body) {
        for (String l : lines(body)) {
            doc.paragraph(l);
        }
    }

    static List<String> lines(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return s.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static String upper(String s) {
        return s == null ? null : VnDocText.upper(s);
    }

    static String trimEnd(String s) {
        String t = s.strip();
        while (t.endsWith(";") || t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    static String lowerFirst(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        // keep "UBND", "Hà Tĩnh" (a second capital or a proper noun) as written: only a plain capitalised word lowers
        String first = s.split(" ", 2)[0];
        boolean plain = first.length() > 1 && first.substring(1).chars().noneMatch(Character::isUpperCase);
        return plain && !first.equals("Đại") ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }
}
