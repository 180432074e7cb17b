package vn.tdkt.exemplary.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.exemplary.domain.ModelKind;
import vn.tdkt.exemplary.domain.ModelRow;
import vn.tdkt.exemplary.domain.Recognition;
import vn.tdkt.exemplary.domain.Stage;
import vn.tdkt.export.domain.VnDocText;
import vn.tdkt.export.word.Nd30Document;
import vn.tdkt.movement.domain.Movement;

/**
 * The Báo cáo on a movement's exemplary models for its sơ kết / tổng kết (NĐ 30/2020 layout, record 0068): the models
 * by stage and kind, the yearly recognitions with their decisions, the models recognised most, and the movement's
 * signer. The models are those of the movement and of every movement below it; recognitions from the movement's first
 * year to the report's. The movement comes with the office's agency, place and signer where it names none (decision
 * 160); with neither, the agency is a line to fill in and the signature block says THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ.
 */
final class ModelReportDocument {

    private static final Locale VI = Locale.forLanguageTag("vi");
    /** The agency's line to fill in by hand when neither the movement nor the office names one. */
    static final String DOTS = "……………………";
    /** The signer's title when neither the movement nor the office names one, as the lists print it. */
    static final String UNKNOWN_SIGNER = "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ";
    private final Nd30Document doc = new Nd30Document(Nd30Document.Page.PORTRAIT);
    private XWPFParagraph lastBody;

    /** @param recognitions the recognitions of those models in the period, by model id */
    Nd30Document build(Movement m, String kind, LocalDate day, int fromYear, List<ModelRow> models,
                       Map<Long, List<Recognition>> recognitions) {
        String no = m.planNo() == null ? "" : m.planNo();
        int dash = no.indexOf("KH-");
        String who = blank(m.authority()) ? null : m.authority().replace('\n', ' ');
        doc.header(lines(m.authorityParent()), who == null ? List.of(DOTS) : lines(m.authority()),
                "Số:        /BC-" + (dash < 0 ? "" : no.substring(dash + 3)),
                (blank(m.place()) ? "………" : m.place()) + ", " + VnDocText.longDate(day));
        String subject = "Kết quả phát hiện, bồi dưỡng, tổng kết, nhân rộng điển hình tiên tiến, " + kind.toLowerCase(VI)
                + " phong trào " + lowerFirst(m.name());
        doc.title("BÁO CÁO", subject);
        // no agency known (neither the movement's nor the office's): a line for the clerk, never a made-up "Cơ quan"
        para("Thực hiện " + m.planReference() + (who == null ? ", " + DOTS : " của " + who + ", " + who)
                + " báo cáo kết quả xây dựng điển hình tiên tiến từ năm " + fromYear + " đến ngày " + VnFormat.date(day)
                + " như sau:");
        section("I. KẾT QUẢ PHÁT HIỆN, BỒI DƯỠNG, TỔNG KẾT, NHÂN RỘNG");
        stages(models);
        section("II. CÔNG NHẬN ĐIỂN HÌNH TIÊN TIẾN HẰNG NĂM");
        years(recognitions);
        section("III. CÁC ĐIỂN HÌNH TIÊU BIỂU");
        leaders(models, recognitions);
        XWPFParagraph previous = lastBody;
        XWPFParagraph last = para("Trên đây là báo cáo " + lowerFirst(subject) + (who == null ? "" : " của " + who) + "./.");
        last.setKeepNext(true);
        if (previous != null) {
            previous.setKeepNext(true);
        }
        List<String> sign = new ArrayList<>(lines(m.signerAuthority()));
        sign.addAll(lines(m.signerTitle()));
        if (sign.isEmpty()) {
            sign.add(UNKNOWN_SIGNER); // the block is never left without its title (NĐ 30/2020, ô 7a)
        }
        doc.signature(List.of("Như trên;", "Lưu: VT."), sign, m.signerName() == null ? "" : m.signerName());
        return doc;
    }

    private void stages(List<ModelRow> models) {
        if (models.isEmpty()) {
            para("Chưa có điển hình tiên tiến nào ghi thuộc phong trào.");
            return;
        }
        para("Có " + models.size() + " điển hình tiên tiến thuộc phong trào và các nội dung thi đua của phong trào, theo "
                + "giai đoạn xây dựng:");
        ModelKind[] kinds = ModelKind.values();
        int w = Nd30Document.Page.PORTRAIT.textWidth();
        int[] widths = {w - Nd30Document.mm(22 * 4 + 18), Nd30Document.mm(22), Nd30Document.mm(22), Nd30Document.mm(22),
                Nd30Document.mm(22), Nd30Document.mm(18)};
        XWPFTable t = doc.table(widths, 1, true);
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        Nd30Document.cellText(head.getCell(0), "Giai đoạn", 12, true, ParagraphAlignment.CENTER);
        for (int k = 0; k < kinds.length; k++) {
            Nd30Document.cellText(head.getCell(k + 1), kinds[k].label(), 12, true, ParagraphAlignment.CENTER);
        }
        Nd30Document.cellText(head.getCell(5), "Cộng", 12, true, ParagraphAlignment.CENTER);
        int[] totals = new int[kinds.length + 1];
        for (Stage s : Stage.values()) {
            XWPFTableRow row = doc.addRow(t, widths);
            Nd30Document.cellText(row.getCell(0), s.label(), 12, false, ParagraphAlignment.LEFT);
            int sum = 0;
            for (int k = 0; k < kinds.length; k++) {
                ModelKind kind = kinds[k];
                int n = (int) models.stream().filter(x -> x.model().stage() == s && x.model().kind() == kind).count();
                totals[k] += n;
                sum += n;
                Nd30Document.cellText(row.getCell(k + 1), VnFormat.number(n), 12, false, ParagraphAlignment.CENTER);
            }
            totals[kinds.length] += sum;
            Nd30Document.cellText(row.getCell(5), VnFormat.number(sum), 12, true, ParagraphAlignment.CENTER);
        }
        XWPFTableRow sum = doc.addRow(t, widths);
        Nd30Document.cellText(sum.getCell(0), "Tổng cộng", 12, true, ParagraphAlignment.LEFT);
        for (int k = 0; k <= kinds.length; k++) {
            Nd30Document.cellText(sum.getCell(k + 1), VnFormat.number(totals[k]), 12, true, ParagraphAlignment.CENTER);
        }
    }

    private void years(Map<Long, List<Recognition>> recognitions) {
        Map<Integer, List<Recognition>> byYear = new TreeMap<>();
        recognitions.values().forEach(list -> list.forEach(r -> byYear.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r)));
        if (byYear.isEmpty()) {
            para("Chưa có điển hình tiên tiến nào của phong trào được công nhận.");
            return;
        }
        int left = byYear.size();
        for (Map.Entry<Integer, List<Recognition>> e : byYear.entrySet()) {
            List<String> decisions = e.getValue().stream().map(r -> "số " + r.decisionNo() + " ngày "
                    + VnFormat.date(r.decisionDate())).distinct().sorted().toList();
            para("- Năm " + e.getKey() + ": " + e.getValue().size() + " điển hình được công nhận (Quyết định "
                    + String.join("; ", decisions) + ")" + (--left == 0 ? "." : ";")); // the list's last item ends it
        }
    }

    private void leaders(List<ModelRow> models, Map<Long, List<Recognition>> recognitions) {
        List<ModelRow> recognised = models.stream().filter(x -> !recognitions.getOrDefault(x.model().id(), List.of()).isEmpty())
                .sorted(Comparator.comparingInt((ModelRow x) -> -recognitions.get(x.model().id()).size())
                        .thenComparing(x -> x.model().code())).toList();
        if (recognised.isEmpty()) {
            para("Chưa có điển hình tiên tiến được công nhận để giới thiệu.");
            return;
        }
        para("Các điển hình tiên tiến được công nhận nhiều lần nhất, để tiếp tục nhân rộng:");
        int w = Nd30Document.Page.PORTRAIT.textWidth();
        int[] widths = {Nd30Document.mm(10), w - Nd30Document.mm(10 + 36 + 24 + 20), Nd30Document.mm(36), Nd30Document.mm(24),
                Nd30Document.mm(20)};
        XWPFTable t = doc.table(widths, 1, true);
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        String[] titles = {"TT", "Tên điển hình tiên tiến", "Lĩnh vực", "Giai đoạn", "Số lần công nhận"};
        for (int i = 0; i < titles.length; i++) {
            Nd30Document.cellText(head.getCell(i), titles[i], 12, true, ParagraphAlignment.CENTER);
        }
        int n = 0;
        for (ModelRow x : recognised) {
            XWPFTableRow row = doc.addRow(t, widths);
            row.setCantSplitRow(true);
            Nd30Document.cellText(row.getCell(0), Integer.toString(++n), 12, false, ParagraphAlignment.CENTER);
            Nd30Document.cellText(row.getCell(1), x.model().name(), 12, false, ParagraphAlignment.LEFT);
            Nd30Document.cellText(row.getCell(2), x.model().field() == null ? "" : x.model().field(), 12, false,
                    ParagraphAlignment.LEFT);
            Nd30Document.cellText(row.getCell(3), x.model().stage().label(), 12, false, ParagraphAlignment.CENTER);
            Nd30Document.cellText(row.getCell(4), Integer.toString(recognitions.get(x.model().id()).size()), 12, false,
                    ParagraphAlignment.CENTER);
            if (n > recognised.size() - 2) {
                Nd30Document.keepWithNext(row); // the last lines stay with the closing sentence and the signature
            }
        }
    }

    private void section(String text) {
        XWPFParagraph p = doc.line(text, ParagraphAlignment.LEFT, true, false);
        p.setIndentationFirstLine(720);
        p.setKeepNext(true);
        Nd30Document.spacing(p, 120, 120);
    }

    private XWPFParagraph para(String text) {
        lastBody = doc.paragraph(text);
        return lastBody;
    }

    private static List<String> lines(String s) {
        return s == null || s.isBlank() ? List.of() : List.of(s.toUpperCase(VI).split("\n"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? "" : s.substring(0, 1).toLowerCase(VI) + s.substring(1);
    }
}
