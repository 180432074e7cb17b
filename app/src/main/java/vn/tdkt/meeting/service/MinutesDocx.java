package vn.tdkt.meeting.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.council.domain.AgendaGroup;
import vn.tdkt.council.domain.AttendanceStatus;
import vn.tdkt.council.domain.BallotCounts;
import vn.tdkt.council.domain.Selection;
import vn.tdkt.council.domain.TallyOutcome;
import vn.tdkt.council.domain.TallyResult;
import vn.tdkt.export.domain.VnDocText;
import vn.tdkt.export.word.Nd30Document;
import vn.tdkt.export.word.Nd30Document.Signer;
import vn.tdkt.meeting.domain.DocTemplate;
import vn.tdkt.meeting.domain.MeetingDoc;
import vn.tdkt.meeting.domain.MemberLine;
import vn.tdkt.meeting.domain.Nominee;

/**
 * Biên bản họp Hội đồng Thi đua - Khen thưởng (docs/decisions/0028; NĐ 30 Mẫu 1.9): time, place, content, chair and
 * secretary, the members per the establishing decision present and absent (reasons, written opinions), the quorum,
 * the proceedings, the results of each title with the share of the TOTAL members, the conclusion, THƯ KÝ and CHỦ
 * TỌA, Nơi nhận.
 */
final class MinutesDocx {

    static final List<String> COLUMNS = List.of("STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị",
            "Số phiếu đồng ý / Tổng số thành viên", "Tỷ lệ (%)", "Kết quả", "Ghi chú");
    private static final double[] WIDTHS_MM = {14, 34, 38, 24, 18, 19, 18};

    private MinutesDocx() {
    }

    static void write(MeetingDoc m, DocTemplate template, Catalogue catalogue, Path target) {
        try (Nd30Document doc = new Nd30Document(Nd30Document.Page.PORTRAIT)) {
            doc.header(m.letterhead().parent(), m.letterhead().issuer(), m.letterhead().numberLine("BB"),
                    m.letterhead().placeAndDate(m.date()));
            doc.title("BIÊN BẢN", "Họp " + m.council().name());
            doc.paragraph("Thời gian: bắt đầu " + MeetingText.when(m) + ".");
            doc.paragraph("Địa điểm: " + m.meeting().place() + ".");
            if (m.meeting().content() != null && !m.meeting().content().isBlank()) {
                doc.paragraph("Nội dung: " + m.meeting().content() + ".");
            }
            m.chair().ifPresent(c -> doc.paragraph("Chủ trì (chủ tọa): Đồng chí " + c.described() + "."));
            m.secretary().ifPresent(s -> doc.paragraph("Thư ký (người ghi biên bản): Đồng chí " + s.described() + "."));
            attendance(doc, m);

            Docs.heading(doc, "I. DIỄN BIẾN CUỘC HỌP");
            doc.paragraph("Chủ trì cuộc họp quán triệt tiêu chuẩn, điều kiện khen thưởng theo " + template.text("cite")
                    + "; Thư ký Hội đồng báo cáo tóm tắt thành tích của các tập thể, cá nhân được đề nghị. Hội đồng đã thảo "
                    + "luận, phân tích, đánh giá thành tích của từng tập thể, cá nhân và bỏ phiếu kín đối với từng danh hiệu, "
                    + "hình thức khen thưởng; tỷ lệ phiếu đồng ý được tính trên tổng số thành viên Hội đồng.");
            List<MemberLine> board = m.countingBoard();
            if (!board.isEmpty()) {
                doc.paragraph("Ban kiểm phiếu gồm các đồng chí: " + Docs.joinAnd(board.stream().map(b -> b.member().fullName()
                        + (b == board.get(0) ? " (Trưởng ban)" : "")).toList()) + ".");
            }

            Docs.heading(doc, "II. KẾT QUẢ BỎ PHIẾU");
            for (int i = 0; i < m.agenda().size(); i++) {
                results(doc, m, catalogue, m.agenda().get(i), i);
            }

            Docs.heading(doc, "III. KẾT LUẬN");
            conclusion(doc, m, catalogue);
            doc.signatures(List.of(new Signer(List.of("THƯ KÝ"), "(Ký, ghi rõ họ và tên)",
                            m.secretary().map(s -> s.member().fullName()).orElse(null)),
                    new Signer(List.of("CHỦ TỌA"), "(Ký, ghi rõ họ và tên)", m.chair().map(c -> c.member().fullName()).orElse(null))));
            doc.copyTo(List.of("Thành viên Hội đồng;", "Lưu: VT, Hồ sơ."));
            doc.write(target);
        }
    }

    /**
     * NĐ 30/2020 Mẫu 1.9: "Cuộc họp kết thúc vào … giờ …, ngày … tháng … năm …/."; the day is the meeting's, the hour
     * (not recorded) is written by the secretary.
     */
    static String closing(MeetingDoc m) {
        return "Cuộc họp kết thúc vào …… giờ …… phút, " + VnDocText.longDate(m.date()) + "./.";
    }

    private static void attendance(Nd30Document doc, MeetingDoc m) {
        List<MemberLine> present = m.present();
        List<MemberLine> absent = m.absent();
        String intro = "Thành phần tham dự: " + m.council().name() + " theo " + MeetingText.establishedBy(m) + " có "
                + m.totalMembers() + " thành viên";
        if (!m.rollCalled()) {
            doc.paragraph(intro + "; chưa điểm danh.");
            return;
        }
        doc.paragraph(intro + "; có mặt " + present.size() + " thành viên, vắng mặt " + absent.size() + " thành viên.");
        doc.paragraph("Các thành viên có mặt:");
        for (int i = 0; i < present.size(); i++) {
            doc.paragraph((i + 1) + ". Đồng chí " + Docs.item(present.get(i).described(), i == present.size() - 1));
        }
        if (!absent.isEmpty()) {
            doc.paragraph("Các thành viên vắng mặt:");
            for (int i = 0; i < absent.size(); i++) {
                MemberLine a = absent.get(i);
                String why = switch (a.status()) {
                    case VANG_CO_Y_KIEN -> "vắng, có ý kiến bằng văn bản";
                    case VANG_KHONG_LY_DO -> "vắng không có lý do";
                    default -> "vắng có lý do";
                };
                if (a.note() != null && !a.note().isBlank()) {
                    why += " (" + a.note() + ")";
                }
                doc.paragraph((i + 1) + ". Đồng chí " + Docs.item(a.described() + ": " + why, i == absent.size() - 1));
            }
        }
        if (m.quorum() != null) {
            doc.paragraph(m.quorum().message() + (m.quorum().ok() ? " tổng số thành viên Hội đồng; cuộc họp đủ điều kiện "
                    + "tiến hành theo quy định." : " tổng số thành viên Hội đồng; cuộc họp không đủ điều kiện xét khen thưởng."));
        }
    }

    private static void results(Nd30Document doc, MeetingDoc m, Catalogue catalogue, AgendaGroup g, int index) {
        String head = Docs.letter(index) + ") " + MeetingText.capitalised(MeetingText.award(catalogue, g.titleCode())) + ": "
                + g.candidates().size() + " trường hợp được xét" + (g.quota() == null ? "" : ", chỉ tiêu " + g.quota()) + ".";
        Docs.lead(doc, head);
        var result = m.result(g.titleCode());
        if (result.isEmpty()) {
            doc.paragraph("Hội đồng chưa bỏ phiếu đối với " + MeetingText.award(catalogue, g.titleCode()) + ".");
            return;
        }
        TallyResult r = result.get();
        BallotCounts c = m.rounds(g.titleCode()).get(0).counts();
        Docs.lead(doc, "Số phiếu phát ra: " + c.issued() + "; số phiếu thu về: " + c.returned() + "; số phiếu hợp lệ: "
                + c.valid() + "; số phiếu không hợp lệ: " + c.invalid() + ". Ngưỡng đạt: "
                + MeetingText.thresholdCited(r.threshold()) + ".");
        List<List<String>> rows = new ArrayList<>();
        for (TallyOutcome o : r.ranked()) {
            Nominee n = m.nominee(o.candidateId());
            rows.add(List.of(Integer.toString(rows.size() + 1), n.name(), n.positionAndUnit(),
                    o.votes() + "/" + r.counts().totalMembers(), MeetingText.percent(o), MeetingText.outcome(o),
                    MeetingText.roundNote(o)));
        }
        Docs.grid(doc, WIDTHS_MM, COLUMNS, rows, "CLLCCCL");
    }

    private static void conclusion(Nd30Document doc, MeetingDoc m, Catalogue catalogue) {
        boolean any = false;
        for (TallyResult r : m.results()) {
            List<String> selected = MeetingText.names(m, r, Selection.SELECTED);
            String award = MeetingText.award(catalogue, r.titleCode());
            if (!selected.isEmpty()) {
                any = true;
                doc.paragraph("Hội đồng thống nhất đề nghị tặng " + award + " cho " + selected.size() + " trường hợp: "
                        + Docs.joinAnd(selected) + ".");
            }
            List<String> tied = MeetingText.names(m, r, Selection.TIED_AT_CUT);
            if (!tied.isEmpty()) {
                doc.paragraph("Đồng hạng tại điểm cắt chỉ tiêu " + award + ": " + Docs.joinAnd(tied)
                        + "; Chủ tọa quyết định hoặc Hội đồng bỏ phiếu vòng tiếp theo.");
            }
        }
        if (!any) {
            doc.paragraph("Chưa có tập thể, cá nhân nào được Hội đồng thống nhất đề nghị khen thưởng.");
        }
        boolean opinions = m.absent().stream().anyMatch(a -> a.status() == AttendanceStatus.VANG_CO_Y_KIEN);
        doc.paragraph("Kèm theo Biên bản này: Biên bản kiểm phiếu" + (opinions ? " và ý kiến bằng văn bản của các thành viên "
                + "vắng mặt" : "") + ".");
        doc.paragraph("Biên bản được lập xong tại cuộc họp, đã được thông qua trước Hội đồng và được các thành viên dự họp "
                + "nhất trí.");
        doc.paragraph(closing(m));
    }
}
