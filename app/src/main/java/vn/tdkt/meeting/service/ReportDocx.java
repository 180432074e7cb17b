package vn.tdkt.meeting.service;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.export.domain.VnDocText;
import vn.tdkt.export.word.Nd30Document;
import vn.tdkt.export.word.Nd30Document.Signer;
import vn.tdkt.meeting.domain.DocTemplate;
import vn.tdkt.meeting.domain.HistoryLine;
import vn.tdkt.meeting.domain.PersonReport;
import vn.tdkt.meeting.domain.UnitReport;
import vn.tdkt.people.domain.PersonProfile;

/**
 * Báo cáo thành tích of a person (docs/decisions/0028) and of a collective (§3.2), prefilled from the stored history:
 * identity and post, ratings by year, initiatives with scope and decision (person) or the members' LĐTT/CSTĐCS
 * (collective), danh hiệu and hình thức by year with their decisions; the signatures of the head (xác nhận, đề
 * nghị) and of the person, then XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG.
 */
final class ReportDocx {

    private static final double[] RATING_MM = {30, 135};
    private static final double[] INITIATIVE_MM = {16, 24, 55, 24, 46};
    private static final double[] MOVEMENT_MM = {20, 35, 55, 55};
    private static final double[] HISTORY_MM = {22, 58, 85};
    private static final String SEALED = "(Ký, đóng dấu)";

    private ReportDocx() {
    }

    static void writePerson(PersonReport r, DocTemplate template, Path target) {
        try (Nd30Document doc = new Nd30Document(Nd30Document.Page.PORTRAIT)) {
            label(doc, template.formLabel("form.report.person"));
            doc.header(List.of(), List.of(), "", r.place() + ", " + VnDocText.longDate(r.date()));
            doc.title("BÁO CÁO THÀNH TÍCH", "Đề nghị tặng " + r.awardPhrase() + " năm " + r.yearTo());
            Docs.heading(doc, "I. SƠ LƯỢC LÝ LỊCH");
            doc.paragraph("- Họ và tên: " + r.fullName());
            doc.paragraph("- Sinh ngày, tháng, năm: " + (r.birthDate() == null ? Docs.DOTS : VnFormat.date(r.birthDate()))
                    + "          Giới tính: " + (r.gender() == null ? "……" : r.gender().label()));
            PersonProfile pr = r.profile();
            doc.paragraph("- Quê quán: " + orDots(pr.hometown()));
            doc.paragraph("- Trú quán: " + orDots(pr.residence()));
            doc.paragraph("- Đơn vị công tác: " + r.unit());
            doc.paragraph("- Chức vụ (Đảng, chính quyền, đoàn thể): " + (r.position() == null ? Docs.DOTS : r.position()));
            doc.paragraph("- Trình độ chuyên môn, nghiệp vụ: " + orDots(pr.professionalLevel()));
            doc.paragraph("- Trình độ lý luận chính trị: " + orDots(pr.politicalTheory()));
            doc.paragraph("- Học hàm, học vị, danh hiệu, giải thưởng: " + orDots(pr.academicTitle()));
            Docs.heading(doc, "II. THÀNH TÍCH ĐẠT ĐƯỢC");
            doc.paragraph("1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận:");
            for (String post : r.posts()) {
                doc.paragraph("- " + post);
            }
            doc.paragraph("- Nhiệm vụ được giao: " + Docs.DOTS + Docs.DOTS);
            doc.paragraph("2. Thành tích đạt được của cá nhân " + period(r.yearFrom(), r.yearTo()) + ":");
            Docs.lead(doc, "a) Kết quả đánh giá, xếp loại mức độ hoàn thành nhiệm vụ:");
            if (r.ratings().isEmpty()) {
                doc.paragraph("Chưa có kết quả đánh giá, xếp loại được ghi nhận.");
            } else {
                Docs.grid(doc, RATING_MM, List.of("Năm", "Mức độ hoàn thành nhiệm vụ"),
                        r.ratings().stream().map(x -> List.of(Integer.toString(x.year()), x.level())).toList(), "CL");
            }
            Docs.lead(doc, "b) Sáng kiến, đề tài khoa học được công nhận:");
            if (r.initiatives().isEmpty()) {
                doc.paragraph("Không có.");
            } else {
                Docs.grid(doc, INITIATIVE_MM, List.of("Năm", "Loại", "Tên sáng kiến, đề tài", "Phạm vi ảnh hưởng",
                        "Quyết định công nhận"), r.initiatives().stream().map(i -> List.of(Integer.toString(i.year()), i.kind(),
                        i.title(), i.scope(), i.decision())).toList(), "CLLCL");
            }
            awards(doc, r.titles(), r.forms());
            doc.signatures(List.of(new Signer(List.of("THỦ TRƯỞNG ĐƠN VỊ", "XÁC NHẬN, ĐỀ NGHỊ"), SEALED, r.headName()),
                    new Signer(List.of("NGƯỜI BÁO CÁO THÀNH TÍCH"), "(Ký, ghi rõ họ và tên)", r.fullName())));
            confirmation(doc);
            doc.write(target);
        }
    }

    static void writeUnit(UnitReport r, DocTemplate template, Path target) {
        try (Nd30Document doc = new Nd30Document(Nd30Document.Page.PORTRAIT)) {
            label(doc, template.formLabel("form.report.unit"));
            doc.header(r.parentName() == null ? List.of() : List.of(VnDocText.upper(r.parentName())),
                    List.of(VnDocText.upper(r.unitName())), "", r.place() + ", " + VnDocText.longDate(r.date()));
            doc.title("BÁO CÁO THÀNH TÍCH", "Đề nghị tặng " + r.awardPhrase() + " năm " + r.yearTo());
            doc.centredBold(r.unitName(), 0, 120);
            Docs.heading(doc, "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH");
            doc.paragraph("1. Đặc điểm, tình hình:");
            doc.paragraph("- Tên tập thể: " + r.unitName() + (r.parentName() == null ? "" : "; đơn vị cấp trên trực tiếp: "
                    + r.parentName()) + ".");
            if (!r.movement().isEmpty()) {
                var last = r.movement().get(r.movement().size() - 1);
                doc.paragraph("- Số cán bộ, công chức, viên chức, người lao động năm " + last.year() + ": " + last.members() + " người.");
            }
            doc.paragraph("- Địa điểm trụ sở chính, điện thoại; quá trình thành lập và phát triển: " + Docs.DOTS);
            doc.paragraph("2. Chức năng, nhiệm vụ: " + Docs.DOTS);
            Docs.heading(doc, "II. THÀNH TÍCH ĐẠT ĐƯỢC");
            Docs.lead(doc, "1. Kết quả đánh giá, xếp loại mức độ hoàn thành nhiệm vụ của tập thể "
                    + period(r.yearFrom(), r.yearTo()) + ":");
            if (r.ratings().isEmpty()) {
                doc.paragraph("Chưa có kết quả đánh giá, xếp loại được ghi nhận.");
            } else {
                Docs.grid(doc, RATING_MM, List.of("Năm", "Mức độ hoàn thành nhiệm vụ"),
                        r.ratings().stream().map(x -> List.of(Integer.toString(x.year()), x.level())).toList(), "CL");
            }
            Docs.lead(doc, "2. Kết quả phong trào thi đua của tập thể:");
            Docs.grid(doc, MOVEMENT_MM, List.of("Năm", "Số người", "Số cá nhân đạt danh hiệu “Lao động tiên tiến”",
                    "Số cá nhân đạt danh hiệu “Chiến sĩ thi đua cơ sở”"), r.movement().stream().map(m -> List.of(
                    Integer.toString(m.year()), Integer.toString(m.members()), Integer.toString(m.advancedWorkers()),
                    Integer.toString(m.emulationFighters()))).toList(), "CCCC");
            if (!r.blocLeads().isEmpty()) {
                doc.paragraph("Kết quả thi đua trong khối, cụm thi đua:");
                r.blocLeads().forEach(b -> doc.paragraph("- " + b + ";"));
            }
            Docs.lead(doc, "3. Các giải pháp công tác, đổi mới trong tổ chức thực hiện, sáng kiến, kinh nghiệm, đề tài "
                    + "khoa học:");
            if (r.solutions().isEmpty()) {
                doc.paragraph(Docs.DOTS);
            }
            r.solutions().forEach(i -> doc.paragraph("- Năm " + i.year() + ": " + i.kind() + " “" + i.title() + "”"
                    + (i.scope() == null || i.scope().isEmpty() ? "" : ", phạm vi " + i.scope())
                    + (i.decision() == null || i.decision().isEmpty() ? "" : " (" + i.decision() + ")") + ";"));
            Docs.lead(doc, "4. Việc thực hiện chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; công tác "
                    + "xây dựng đảng, đoàn thể; hoạt động xã hội, từ thiện:");
            doc.paragraph(Docs.DOTS);
            awards(doc, r.titles(), r.forms());
            doc.signatures(List.of(new Signer(List.of("THỦ TRƯỞNG ĐƠN VỊ", "CẤP TRÊN TRỰC TIẾP", "NHẬN XÉT, XÁC NHẬN"), SEALED, null),
                    new Signer(List.of("THỦ TRƯỞNG ĐƠN VỊ"), SEALED, r.headName())));
            confirmation(doc);
            doc.write(target);
        }
    }

    /** A recorded value, or the dotted line the person fills in by hand. */
    private static String orDots(String value) {
        return value == null || value.isBlank() ? Docs.DOTS : value;
    }

    private static void label(Nd30Document doc, String label) {
        if (!label.isEmpty()) {
            doc.line(label, ParagraphAlignment.RIGHT, true, false);
        }
    }

    /** "(năm 2023 - 2025)" or "(năm 2025)". */
    private static String period(int from, int to) {
        return from == to ? "(năm " + to + ")" : "(từ năm " + from + " đến năm " + to + ")";
    }

    private static void awards(Nd30Document doc, List<HistoryLine> titles, List<HistoryLine> forms) {
        Docs.heading(doc, "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG");
        Docs.lead(doc, "1. Danh hiệu thi đua:");
        history(doc, titles, "Danh hiệu thi đua", "Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; "
                + "cơ quan ban hành quyết định");
        Docs.lead(doc, "2. Hình thức khen thưởng:");
        history(doc, forms, "Hình thức khen thưởng", "Số, ngày, tháng, năm của quyết định khen thưởng; "
                + "cơ quan ban hành quyết định");
    }

    private static void history(Nd30Document doc, List<HistoryLine> lines, String what, String decision) {
        if (lines.isEmpty()) {
            doc.paragraph("Không có.");
            return;
        }
        Docs.grid(doc, HISTORY_MM, List.of("Năm", what, decision),
                lines.stream().map(l -> List.of(l.year(), l.name(), l.decision())).toList(), "CLL");
    }

    private static void confirmation(Nd30Document doc) {
        doc.signatures(List.of(new Signer(List.of("XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG"), SEALED, null)));
    }
}
