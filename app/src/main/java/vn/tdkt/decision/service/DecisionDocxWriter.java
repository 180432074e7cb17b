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
            table(doc, list);
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
        String[] refs = p.legalRef().split("; ");
        String regime = refs[0].contains(",") ? refs[0].substring(0, refs[0].indexOf(',')) : refs[0];
        String salaryRef = refs.length > 1 ? " (" + refs[1] + ")" : "";
        return "Tiền thưởng kèm theo thực hiện theo " + regime + ", tính trên mức lương cơ sở "
                + VnFormat.number(p.baseSalary()) + " đồng" + salaryRef + "; tổng số tiền thưởng: "
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

    private static void table(Nd30Document doc, AwardList list) {
        int[] widths = Arrays.stream(WIDTHS_MM).mapToInt(Nd30Document::mm).toArray();
        XWPFTable t = doc.table(widths, 1, true);
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < COLUMNS.size(); c++) {
            Nd30Document.cellText(head.getCell(c), COLUMNS.get(c), TABLE_PT, true, ParagraphAlignment.CENTER);
        }
        for (AwardListRow r : list.rows()) {
            XWPFTableRow row = doc.addRow(t, widths);
            row.setCantSplitRow(true);
            Nd30Document.cellText(row.getCell(0), Integer.toString(r.stt()), TABLE_PT, false, ParagraphAlignment.CENTER);
            Nd30Document.cellText(row.getCell(1), r.name(), TABLE_PT, false, ParagraphAlignment.LEFT);
            Nd30Document.cellText(row.getCell(2), r.position(), TABLE_PT, false, ParagraphAlignment.LEFT);
            Nd30Document.cellText(row.getCell(3), r.unit(), TABLE_PT, false, ParagraphAlignment.LEFT);
            Nd30Document.cellText(row.getCell(4), r.kindName(), TABLE_PT, false, ParagraphAlignment.LEFT);
            Nd30Document.cellText(row.getCell(5), VnFormat.number(r.amount()), TABLE_PT, false, ParagraphAlignment.RIGHT);
        }
        XWPFTableRow total = doc.addRow(t, widths);
        total.setCantSplitRow(true);
        for (int c = 0; c < COLUMNS.size(); c++) {
            String text = c == 1 ? "Tổng cộng" : c == COLUMNS.size() - 1 ? VnFormat.number(list.total()) : "";
            Nd30Document.cellText(total.getCell(c), text, TABLE_PT, true,
                    c == COLUMNS.size() - 1 ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        }
    }
}
