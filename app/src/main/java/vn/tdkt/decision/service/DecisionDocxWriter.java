package vn.tdkt.decision.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.domain.Recipient;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.decision.domain.AwardList;
import vn.tdkt.decision.domain.AwardListRow;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.DecisionRecipient;
import vn.tdkt.decision.domain.Payment;
import vn.tdkt.export.domain.LegalCitation;
import vn.tdkt.export.domain.VnDocText;
import vn.tdkt.export.word.Nd30Document;

/**
 * Quyết định khen thưởng (NĐ 30/2020 Mẫu 1.2; docs/decisions/0028) with the Danh sách kèm theo on its own section:
 * header block, "QUYẾT ĐỊNH" + trích yếu, thẩm quyền, căn cứ, "QUYẾT ĐỊNH:", Điều 1 (who gets what, counted from
 * the list), Điều 2 (money and its total in words), Điều 3 (execution), Nơi nhận and signature, then the list
 * table STT | Họ và tên | Chức vụ | Đơn vị | Danh hiệu/Hình thức | Số tiền with its total.
 */
final class DecisionDocxWriter {

    static final List<String> COLUMNS = AwardListXlsxWriter.COLUMNS;
    /**
     * Column widths of the list in mm, filling the 252 mm of an A4 landscape page (NĐ 30 allows landscape for
     * tables); STT 14 mm so that "STT" does not wrap (docs/decisions/0028).
     */
    private static final double[] WIDTHS_MM = {14, 50, 42, 60, 56, 30};
    private static final int TABLE_PT = 12;
    /** Order of recipients in the texts: tập thể, cá nhân, hộ gia đình. */
    private static final List<Recipient> ORDER = List.of(Recipient.TAP_THE, Recipient.CA_NHAN, Recipient.HO_GIA_DINH);
    /** Widths of the tập thể and hộ gia đình tables: the name takes the Chức vụ column's room. */
    private static final double[] GROUP_WIDTHS_MM = {14, 92, 60, 56, 30};
    private static final String[] ROMAN = {"I", "II", "III"};
    private static final Map<Recipient, String> GROUP_TITLES = Map.of(Recipient.TAP_THE, "Tập thể", Recipient.CA_NHAN,
            "Cá nhân", Recipient.HO_GIA_DINH, "Hộ gia đình");
    /** Lines kept on the page of the Tổng cộng, so a last page never holds the total alone. */
    private static final int KEPT_WITH_TOTAL = 2;

    private final Catalogue catalogue;

    DecisionDocxWriter(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    void write(Decision decision, AwardList list, Path target) {
        DecisionInfo i = decision.info();
        try (Nd30Document doc = new Nd30Document(Nd30Document.Page.PORTRAIT)) {
            doc.header(i.issuerParent() == null ? List.of() : Arrays.asList(i.issuerParent().split("\n")),
                    Arrays.asList(i.issuer().split("\n")), "Số: " + i.decisionNo(),
                    i.place() + ", " + VnDocText.longDate(i.decisionDate()));
            doc.title("QUYẾT ĐỊNH", i.subject());
            doc.centredBold(VnDocText.upper(i.authority()), 240, 240);
            doc.basis(i.legalBasis());
            doc.centredBold("QUYẾT ĐỊNH:", 120, 240);
            doc.article("Điều 1.", article1(decision));
            doc.article("Điều 2.", article2(decision));
            doc.article("Điều 3.", "Quyết định này có hiệu lực kể từ ngày ký. " + i.executors() + " và " + who(decision)
                    + " có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.");
            doc.signature(i.copyTo(), i.signerTitle(), i.signerName());
            doc.newSection(true);
            doc.centredBold("DANH SÁCH", 0, 0);
            doc.centredItalic(list.attachedTo());
            table(doc, list, decision.recipients().stream().map(DecisionRecipient::type).toList());
            doc.write(target);
        }
    }

    /** "Tặng Bằng khen … cho 2 tập thể và 3 cá nhân; tặng danh hiệu “…” cho 1 cá nhân (có danh sách kèm theo), …". */
    private String article1(Decision d) {
        Map<String, Map<Recipient, Integer>> byKind = new LinkedHashMap<>();
        for (DecisionRecipient r : d.recipients()) {
            byKind.computeIfAbsent(r.kindCode(), k -> new EnumMap<>(Recipient.class)).merge(r.type(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Map<Recipient, Integer>> e : byKind.entrySet()) {
            AwardKind kind = catalogue.require(e.getKey());
            String what = kind.category() == AwardCategory.DANH_HIEU ? "danh hiệu “" + kind.name() + "”" : kind.name();
            List<String> counts = ORDER.stream().filter(e.getValue()::containsKey)
                    .map(t -> e.getValue().get(t) + " " + t.label().toLowerCase(Locale.ROOT)).toList();
            parts.add((parts.isEmpty() ? "Tặng " : "tặng ") + what + " cho " + joinAnd(counts));
        }
        String citation = d.info().citation();
        return String.join("; ", parts) + " (có danh sách kèm theo)"
                + (citation == null || citation.isBlank() ? "." : ", " + citation + (citation.endsWith(".") ? "" : "."));
    }

    /** Money: the regime, the base salary, the total in figures and in words. */
    private static String article2(Decision d) {
        long total = d.total();
        if (total == 0) {
            return "Các danh hiệu, hình thức khen thưởng tại Điều 1 không kèm theo tiền thưởng.";
        }
        Payment p = d.recipients().stream().map(DecisionRecipient::payment).filter(x -> x.amount() > 0).findFirst()
                .orElseThrow();
        String[] refs = p.legalRef() == null ? new String[0] : p.legalRef().split("; ");
        String regime = refs.length == 0 ? "" : LegalCitation.textOf(refs[0]);
        String salaryRef = refs.length > 1 ? LegalCitation.official(refs[refs.length - 1]) : "";
        return "Tiền thưởng kèm theo thực hiện theo " + (regime.isEmpty() ? "quy định hiện hành" : regime)
                + ", tính trên mức lương cơ sở " + VnFormat.number(p.baseSalary()) + " đồng"
                + (salaryRef.isEmpty() ? "" : " theo " + salaryRef) + "; tổng số tiền thưởng: "
                + VnFormat.number(total) + " đồng (Bằng chữ: " + VnDocText.amountInWords(total)
                + "), chi từ nguồn kinh phí thi đua, khen thưởng theo quy định.";
    }

    /** "các tập thể, cá nhân" (and "hộ gia đình") named in the list. */
    private static String who(Decision d) {
        return "các " + ORDER.stream().filter(t -> d.recipients().stream().anyMatch(x -> x.type() == t))
                .map(t -> t.label().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    private static String joinAnd(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " và " + items.get(items.size() - 1);
    }

    /**
     * The list grouped as official lists are (record 0028): I. Tập thể, II. Cá nhân, III. Hộ gia đình, each group a
     * table with its own heading (Tên tập thể / Đơn vị cấp trên, Họ và tên / Chức vụ / Đơn vị, Hộ gia đình / Địa chỉ),
     * numbered from 1; the last table closes with the Tổng cộng, its rows kept on the page of the last lines.
     */
    private static void table(Nd30Document doc, AwardList list, List<Recipient> types) {
        Map<Recipient, List<AwardListRow>> groups = new EnumMap<>(Recipient.class);
        for (int i = 0; i < list.rows().size(); i++) {
            Recipient type = i < types.size() ? types.get(i) : Recipient.CA_NHAN;
            groups.computeIfAbsent(type, k -> new ArrayList<>()).add(list.rows().get(i));
        }
        List<Recipient> present = ORDER.stream().filter(groups::containsKey).toList();
        for (int g = 0; g < present.size(); g++) {
            Recipient type = present.get(g);
            boolean last = g == present.size() - 1;
            XWPFParagraph heading = doc.line(ROMAN[g] + ". " + GROUP_TITLES.get(type), ParagraphAlignment.LEFT, true, false);
            heading.setKeepNext(true);
            heading.setSpacingBefore(g == 0 ? 0 : 240);
            group(doc, type, groups.get(type), last ? list.total() : null, present.size() > 1);
        }
    }

    private static void group(Nd30Document doc, Recipient type, List<AwardListRow> rows, Long total, boolean several) {
        boolean person = type == Recipient.CA_NHAN;
        double[] mm = person ? WIDTHS_MM : GROUP_WIDTHS_MM;
        List<String> heads = person ? COLUMNS : List.of("STT", type == Recipient.TAP_THE ? "Tên tập thể" : "Hộ gia đình",
                type == Recipient.TAP_THE ? "Đơn vị cấp trên" : "Địa chỉ", COLUMNS.get(4), COLUMNS.get(5));
        int[] widths = Arrays.stream(mm).mapToInt(Nd30Document::mm).toArray();
        XWPFTable t = doc.table(widths, 1, true);
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < heads.size(); c++) {
            Nd30Document.cellText(head.getCell(c), heads.get(c), TABLE_PT, true, ParagraphAlignment.CENTER);
        }
        for (int i = 0; i < rows.size(); i++) {
            AwardListRow r = rows.get(i);
            XWPFTableRow row = doc.addRow(t, widths);
            row.setCantSplitRow(true);
            List<String> cells = new ArrayList<>();
            cells.add(Integer.toString(i + 1));
            cells.add(r.name());
            if (person) {
                cells.add(r.position());
            }
            cells.add(type == Recipient.TAP_THE && r.unit().isEmpty() ? r.position() : r.unit());
            cells.add(r.kindName());
            cells.add(VnFormat.number(r.amount()));
            for (int c = 0; c < cells.size(); c++) {
                ParagraphAlignment align = c == 0 ? ParagraphAlignment.CENTER
                        : c == cells.size() - 1 ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT;
                Nd30Document.cellText(row.getCell(c), cells.get(c), TABLE_PT, false, align);
            }
            if (total != null && i >= rows.size() - KEPT_WITH_TOTAL) {
                Nd30Document.keepWithNext(row);
            }
        }
        if (total != null) {
            XWPFTableRow sum = doc.addRow(t, widths);
            sum.setCantSplitRow(true);
            for (int c = 0; c < heads.size(); c++) {
                String text = c == 1 ? (several ? "Tổng cộng (cả danh sách)" : "Tổng cộng")
                        : c == heads.size() - 1 ? VnFormat.number(total) : "";
                Nd30Document.cellText(sum.getCell(c), text, TABLE_PT, true,
                        c == heads.size() - 1 ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            }
        }
    }
}
