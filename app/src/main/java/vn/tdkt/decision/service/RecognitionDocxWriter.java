package vn.tdkt.decision.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.domain.Recipient;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.DecisionRecipient;
import vn.tdkt.export.domain.VnDocText;
import vn.tdkt.export.word.Nd30Document;

/**
 * Quyết định công nhận danh hiệu thi đua by the head of the Sở (Luật Thi đua, khen thưởng 2022: Lao động tiên tiến,
 * Chiến sĩ thi đua cơ sở, Tập thể lao động tiên tiến), NĐ 30/2020 Mẫu 1.2, from a recorded decision's recipients:
 * Điều 1 counts each title from the list, Điều 2 the money, Điều 3 execution; the Danh sách kèm theo groups the
 * recipients by title (I, II, III … in the catalogue's order), a table per title headed for a collective (Tên tập
 * thể, Đơn vị chủ quản) or a person (Họ và tên, Chức vụ, Đơn vị công tác).
 */
final class RecognitionDocxWriter {

    private static final double[] PERSON_MM = {14, 52, 45, 54};
    private static final double[] UNIT_MM = {14, 80, 71};
    private static final int TABLE_PT = 13;

    private final Catalogue catalogue;

    RecognitionDocxWriter(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    void write(Decision decision, Path target) {
        DecisionInfo i = decision.info();
        Map<AwardKind, List<DecisionRecipient>> groups = groups(decision);
        try (Nd30Document doc = new Nd30Document(Nd30Document.Page.PORTRAIT)) {
            doc.header(i.issuerParent() == null ? List.of() : Arrays.asList(i.issuerParent().split("\n")),
                    Arrays.asList(i.issuer().split("\n")), "Số: " + i.decisionNo(),
                    i.place() + ", " + VnDocText.longDate(i.decisionDate()));
            doc.title("QUYẾT ĐỊNH", i.subject());
            doc.centredBold(VnDocText.upper(i.authority()), 240, 240);
            doc.basis(i.legalBasis());
            doc.centredBold("QUYẾT ĐỊNH:", 120, 240);
            doc.article("Điều 1.", article1(i, groups));
            doc.article("Điều 2.", article2(decision));
            doc.article("Điều 3.", "Quyết định này có hiệu lực kể từ ngày ký. " + i.executors()
                    + " và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.");
            doc.signature(i.copyTo(), i.signerTitle(), i.signerName());
            doc.newSection(false);
            doc.centredBold("DANH SÁCH", 0, 0);
            doc.centredBold("CÁC TẬP THỂ, CÁ NHÂN ĐƯỢC CÔNG NHẬN DANH HIỆU THI ĐUA NĂM " + i.period(), 0, 0);
            doc.centredItalic("(Kèm theo Quyết định số " + i.decisionNo() + " ngày " + VnFormat.date(i.decisionDate())
                    + " của " + i.authority() + ")");
            int n = 0;
            for (Map.Entry<AwardKind, List<DecisionRecipient>> g : groups.entrySet()) {
                n++;
                doc.line(roman(n) + ". DANH HIỆU “" + VnDocText.upper(g.getKey().name()) + "” ("
                        + g.getValue().size() + " " + noun(g.getValue()) + ")", ParagraphAlignment.LEFT, true, false);
                table(doc, g.getValue());
            }
            doc.write(target);
        }
    }

    /** Recipients not revoked, by award kind in the catalogue's order (collective titles first at equal rank). */
    private Map<AwardKind, List<DecisionRecipient>> groups(Decision d) {
        Map<String, List<DecisionRecipient>> byCode = new LinkedHashMap<>();
        for (DecisionRecipient r : d.recipients()) {
            if (!r.revoked()) {
                byCode.computeIfAbsent(r.kindCode(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<AwardKind, List<DecisionRecipient>> out = new LinkedHashMap<>();
        byCode.keySet().stream().map(catalogue::require)
                .sorted((a, b) -> Integer.compare(b.rank(), a.rank()))
                .forEach(k -> out.put(k, byCode.get(k.code())));
        return out;
    }

    private static String article1(DecisionInfo i, Map<AwardKind, List<DecisionRecipient>> groups) {
        List<String> parts = new ArrayList<>();
        groups.forEach((k, list) -> parts.add("danh hiệu “" + k.name() + "” cho " + list.size() + " " + noun(list)));
        String citation = i.citation() == null || i.citation().isBlank() ? "" : ", " + i.citation().strip();
        return "Công nhận " + String.join("; ", parts) + " năm " + i.period() + " (có danh sách kèm theo)" + citation
                + (citation.endsWith(".") ? "" : ".");
    }

    private static String article2(Decision d) {
        long total = d.recipients().stream().filter(r -> !r.revoked()).mapToLong(r -> r.payment().amount()).sum();
        if (total == 0) {
            return "Các danh hiệu thi đua tại Điều 1 không kèm theo tiền thưởng.";
        }
        Long base = d.recipients().stream().map(r -> r.payment().baseSalary()).filter(b -> b != null).findFirst().orElse(null);
        return "Tiền thưởng kèm theo danh hiệu thực hiện theo quy định hiện hành"
                + (base == null ? "" : ", tính trên mức lương cơ sở " + VnFormat.number(base) + " đồng")
                + "; tổng số tiền thưởng: " + VnFormat.number(total) + " đồng (Bằng chữ: " + VnDocText.amountInWords(total)
                + "), chi từ nguồn kinh phí thi đua, khen thưởng theo quy định.";
    }

    private static String noun(List<DecisionRecipient> list) {
        return list.get(0).type() == Recipient.CA_NHAN ? "cá nhân" : list.get(0).type() == Recipient.TAP_THE ? "tập thể"
                : "hộ gia đình";
    }

    private static void table(Nd30Document doc, List<DecisionRecipient> list) {
        boolean person = list.get(0).type() == Recipient.CA_NHAN;
        int[] widths = Arrays.stream(person ? PERSON_MM : UNIT_MM).mapToInt(Nd30Document::mm).toArray();
        List<String> heads = person ? List.of("STT", "Họ và tên", "Chức vụ", "Đơn vị công tác")
                : List.of("STT", list.get(0).type() == Recipient.TAP_THE ? "Tên tập thể" : "Hộ gia đình",
                        list.get(0).type() == Recipient.TAP_THE ? "Đơn vị chủ quản" : "Địa chỉ");
        XWPFTable t = doc.table(widths, 1, true);
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < heads.size(); c++) {
            Nd30Document.cellText(head.getCell(c), heads.get(c), TABLE_PT, true, ParagraphAlignment.CENTER);
        }
        int stt = 0;
        for (DecisionRecipient r : list) {
            XWPFTableRow row = doc.addRow(t, widths);
            row.setCantSplitRow(true);
            Nd30Document.cellText(row.getCell(0), Integer.toString(++stt), TABLE_PT, false, ParagraphAlignment.CENTER);
            Nd30Document.cellText(row.getCell(1), r.name(), TABLE_PT, false, ParagraphAlignment.LEFT);
            if (person) {
                Nd30Document.cellText(row.getCell(2), r.position() == null ? "" : r.position(), TABLE_PT, false,
                        ParagraphAlignment.LEFT);
                Nd30Document.cellText(row.getCell(3), r.unitName() == null ? "" : r.unitName(), TABLE_PT, false,
                        ParagraphAlignment.LEFT);
            } else {
                Nd30Document.cellText(row.getCell(2), r.unitName() == null ? "" : r.unitName(), TABLE_PT, false,
                        ParagraphAlignment.LEFT);
            }
        }
    }

    private static String roman(int n) {
        String[] r = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        return n <= r.length ? r[n - 1] : Integer.toString(n);
    }
}
