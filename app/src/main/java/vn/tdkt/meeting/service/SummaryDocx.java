package vn.tdkt.meeting.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.export.word.Nd30Document;
import vn.tdkt.meeting.domain.HistoryLine;
import vn.tdkt.meeting.domain.InitiativeLine;
import vn.tdkt.meeting.domain.Letterhead;
import vn.tdkt.meeting.domain.PersonReport;
import vn.tdkt.meeting.domain.RatingLine;
import vn.tdkt.meeting.domain.UnitReport;

/**
 * The Báo cáo tóm tắt thành tích of the simplified procedure (Luật TĐKT 2022 Điều 85; decision 91, record 0073): for
 * each subject of the dossier one page (its own section: no page number, a report of its own) under the proposing
 * unit's header, "BÁO CÁO TÓM TẮT THÀNH TÍCH" and "Đề nghị tặng …", the identity lines, "Thành tích đạt được" (the
 * reporting years' ratings, initiatives and the collective's members' titles, one line each), "Khen thưởng đã có",
 * then the signatures: a person signs beside the head who confirms, a collective's head signs alone. The review
 * engine's finding on a subject not eligible comes first, as on the Báo cáo thành tích.
 */
final class SummaryDocx {

    /** One subject's page: a person's or a collective's report, with the issuing unit's header. */
    record Page(PersonReport person, UnitReport unit) {
    }

    private SummaryDocx() {
    }

    static void write(Letterhead lh, LocalDate date, List<Page> pages, Path target) {
        try (Nd30Document doc = new Nd30Document(Nd30Document.Page.PORTRAIT)) {
            for (int i = 0; i < pages.size(); i++) {
                if (i > 0) {
                    doc.newSection(false);
                }
                Page p = pages.get(i);
                doc.header(lh.parent(), lh.issuer(), "", lh.placeAndDate(date));
                String phrase = p.person() != null ? p.person().awardPhrase() : p.unit().awardPhrase();
                int year = p.person() != null ? p.person().yearTo() : p.unit().yearTo();
                doc.title("BÁO CÁO TÓM TẮT THÀNH TÍCH", "Đề nghị tặng " + phrase + " năm " + year);
                if (p.person() != null) {
                    person(doc, p.person());
                } else {
                    unit(doc, p.unit());
                }
            }
            doc.write(target);
        }
    }

    private static void person(Nd30Document doc, PersonReport r) {
        doc.line("I. SƠ LƯỢC LÝ LỊCH", ParagraphAlignment.LEFT, true, false);
        doc.paragraph("Họ và tên: " + r.fullName() + (r.gender() == null ? "" : "; giới tính: " + r.gender().label())
                + (r.birthDate() == null ? "" : "; ngày sinh: " + VnFormat.date(r.birthDate())) + ".");
        doc.paragraph("Chức vụ, đơn vị công tác: " + positionAndUnit(r.position(), r.unit()) + ".");
        if (r.profile().hometown() != null) {
            doc.paragraph("Quê quán: " + r.profile().hometown() + ".");
        }
        if (r.profile().professionalLevel() != null) {
            doc.paragraph("Trình độ chuyên môn, nghiệp vụ: " + r.profile().professionalLevel() + ".");
        }
        achievements(doc, r.yearFrom(), r.yearTo(), ratings(r.ratings()), initiatives(r.initiatives()));
        held(doc, r.titles(), r.forms());
        doc.signatures(List.of(
                new Nd30Document.Signer(List.of("XÁC NHẬN CỦA", "THỦ TRƯỞNG ĐƠN VỊ"), "(Ký, đóng dấu)", r.headName()),
                new Nd30Document.Signer(List.of("\u00a0", "NGƯỜI BÁO CÁO"), "(Ký, ghi rõ họ và tên)", r.fullName())));
    }

    private static void unit(Nd30Document doc, UnitReport r) {
        doc.line("I. THÔNG TIN CHUNG", ParagraphAlignment.LEFT, true, false);
        doc.paragraph("Tên tập thể: " + r.unitName() + ".");
        if (r.parentName() != null) {
            doc.paragraph("Đơn vị chủ quản: " + r.parentName() + ".");
        }
        List<String> lines = new ArrayList<>(ratings(r.ratings()));
        r.movement().forEach(m -> lines.add("Năm " + m.year() + ": " + m.members() + " cán bộ, trong đó "
                + m.advancedWorkers() + " đạt danh hiệu “Lao động tiên tiến”, " + m.emulationFighters()
                + " đạt danh hiệu “Chiến sĩ thi đua cơ sở”"));
        achievements(doc, r.yearFrom(), r.yearTo(), lines, List.of());
        held(doc, r.titles(), r.forms());
        doc.signatures(List.of(new Nd30Document.Signer(List.of("THỦ TRƯỞNG ĐƠN VỊ"), "(Ký, đóng dấu)", r.headName())));
    }

    private static void achievements(Nd30Document doc, int from, int to, List<String> ratings, List<String> initiatives) {
        doc.line("II. THÀNH TÍCH ĐẠT ĐƯỢC " + (from == to ? "NĂM " + to : "TỪ NĂM " + from + " ĐẾN NĂM " + to),
                ParagraphAlignment.LEFT, true, false);
        List<String> all = new ArrayList<>(ratings);
        all.addAll(initiatives);
        if (all.isEmpty()) {
            doc.paragraph("Không có kết quả đánh giá, xếp loại hoặc sáng kiến được ghi nhận trong các năm báo cáo.");
        }
        for (int i = 0; i < all.size(); i++) {
            doc.paragraph("- " + all.get(i) + (i == all.size() - 1 ? "." : ";"));
        }
    }

    private static void held(Nd30Document doc, List<HistoryLine> titles, List<HistoryLine> forms) {
        doc.line("III. KHEN THƯỞNG ĐÃ CÓ", ParagraphAlignment.LEFT, true, false);
        List<HistoryLine> all = new ArrayList<>(titles);
        all.addAll(forms);
        if (all.isEmpty()) {
            doc.paragraph("Chưa có trong các năm báo cáo.");
        }
        for (int i = 0; i < all.size(); i++) {
            HistoryLine h = all.get(i);
            doc.paragraph("- Năm " + h.year() + ": " + h.name() + (h.decision() == null || h.decision().isEmpty() ? ""
                    : " (" + h.decision() + ")") + (i == all.size() - 1 ? "." : ";"));
        }
    }

    private static List<String> ratings(List<RatingLine> ratings) {
        return ratings.stream().map(r -> "Năm " + r.year() + ": " + r.level()).toList();
    }

    private static List<String> initiatives(List<InitiativeLine> lines) {
        return lines.stream().map(i -> "Năm " + i.year() + ": " + i.kind() + " “" + i.title() + "”"
                + (i.scope() == null || i.scope().isEmpty() ? "" : ", phạm vi " + i.scope())
                + (i.decision() == null || i.decision().isEmpty() ? "" : " (" + i.decision() + ")")).toList();
    }

    private static String positionAndUnit(String position, String unit) {
        if (position == null || position.isBlank()) {
            return unit == null ? "" : unit;
        }
        return unit == null || unit.isBlank() ? position : position + ", " + unit;
    }
}
