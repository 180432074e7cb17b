package vn.tdkt.meeting.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import vn.tdkt.council.domain.SubjectType;
import vn.tdkt.export.domain.VnDocText;
import vn.tdkt.export.word.Nd30Document;
import vn.tdkt.meeting.domain.DocTemplate;
import vn.tdkt.meeting.domain.Nominee;
import vn.tdkt.meeting.domain.ProposalDoc;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.regime.domain.WordingTemplate;

/**
 * Tờ trình đề nghị khen thưởng (docs/decisions/0028; NĐ 30 Mẫu 1.4) and, on its own landscape section, the Danh
 * sách đề nghị (§3.10): STT | Họ và tên / Tên tập thể | Chức vụ | Đơn vị | Danh hiệu/Hình thức | Thành tích tóm tắt,
 * collectives first.
 */
final class ProposalDocx {

    static final List<String> COLUMNS = List.of("STT", "Họ và tên / Tên tập thể", "Chức vụ", "Đơn vị",
            "Danh hiệu/Hình thức", "Thành tích tóm tắt");
    /** 252 mm: the text width of A4 landscape with the 30/15 mm margins. */
    private static final double[] WIDTHS_MM = {14, 50, 38, 52, 44, 54};

    private ProposalDocx() {
    }

    static void write(ProposalDoc d, DocTemplate template, Path target) {
        String number = d.letterhead().numberLine("TTr");
        try (Nd30Document doc = new Nd30Document(Nd30Document.Page.PORTRAIT)) {
            String label = template.formLabel("form.proposal");
            if (!label.isEmpty()) {
                doc.line(label, ParagraphAlignment.RIGHT, true, false);
            }
            doc.header(d.letterhead().parent(), d.letterhead().issuer(), number, d.letterhead().placeAndDate(d.date()));
            doc.title("TỜ TRÌNH", "Về việc đề nghị tặng " + d.awardPhrase() + " năm " + d.year());
            doc.addressees(d.recipients());
            List<String> basis = new ArrayList<>(template.basis());
            basis.addAll(d.extraBasis());
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < basis.size(); i++) {
                lines.add(basis.get(i) + (i == basis.size() - 1 ? "." : ";"));
            }
            doc.basis(lines);
            for (String paragraph : body(d, template)) {
                doc.paragraph(paragraph);
            }
            doc.signature(d.copyTo(), d.signerTitle(), d.signerName());

            doc.newSection(true);
            doc.centredBold("DANH SÁCH", 0, 0);
            doc.centredBold("Đề nghị tặng " + d.awardPhrase() + " năm " + d.year(), 0, 0);
            doc.centredItalic("(Kèm theo Tờ trình số      /TTr-" + d.letterhead().abbreviation() + " "
                    + VnDocText.longDate(d.date()) + " của " + d.letterhead().issuerName() + ")");
            List<List<String>> rows = new ArrayList<>();
            for (Nominee n : ordered(d.nominees())) {
                rows.add(List.of(Integer.toString(rows.size() + 1), n.name(), n.position() == null ? "" : n.position(),
                        n.unit() == null ? "" : n.unit(), d.awardName(), n.summary() == null ? "" : n.summary()));
            }
            Docs.grid(doc, WIDTHS_MM, COLUMNS, rows, "CLLLLL");
            doc.write(target);
        }
    }

    /** The body after the căn cứ: the regime's wording of the Tờ trình filled (README decision 149), one paragraph a line. */
    static List<String> body(ProposalDoc d, DocTemplate template) {
        Map<String, String> values = new HashMap<>();
        values.put("don_vi_trinh", d.letterhead().issuerName());
        values.put("kinh_gui", d.recipients().get(0));
        values.put("danh_hieu", d.awardPhrase());
        values.put("so_luong", counted(d.nominees()));
        values.put("thanh_tich", merit(d.formType(), d.year()));
        values.put("nam", String.valueOf(d.year()));
        values.put("ho_so_kem_theo", d.attachments().isEmpty() ? ""
                : "Hồ sơ kèm theo: " + String.join("; ", d.attachments()) + ".");
        return WordingTemplate.fill(template.proposalBody(), values);
    }

    /** Collectives first (docs/decisions/0028), each kind in the given order. */
    static List<Nominee> ordered(List<Nominee> nominees) {
        List<Nominee> out = new ArrayList<>(nominees.stream().filter(n -> n.type() == SubjectType.TAP_THE).toList());
        out.addAll(nominees.stream().filter(n -> n.type() == SubjectType.CA_NHAN).toList());
        return out;
    }

    /** "2 tập thể và 5 cá nhân". */
    static String counted(List<Nominee> nominees) {
        long units = nominees.stream().filter(n -> n.type() == SubjectType.TAP_THE).count();
        long people = nominees.size() - units;
        List<String> parts = new ArrayList<>();
        if (units > 0) {
            parts.add(units + " tập thể");
        }
        if (people > 0) {
            parts.add(people + " cá nhân");
        }
        return Docs.joinAnd(parts);
    }

    /** Why, by loại hình khen thưởng (Luật 06/2022 Điều 8). */
    private static String merit(AwardFormType type, int year) {
        return switch (type) {
            case CONG_TRANG -> "đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm " + year;
            case DOT_XUAT -> "đã có thành tích xuất sắc đột xuất";
            case CHUYEN_DE -> "đã có thành tích xuất sắc trong phong trào thi đua theo chuyên đề năm " + year;
            case CONG_HIEN -> "đã có quá trình cống hiến";
            case DOI_NGOAI -> "đã có nhiều đóng góp";
            case NIEN_HAN -> "đã có thời gian công tác đủ niên hạn";
        };
    }
}
