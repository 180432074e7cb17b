package vn.tdkt.meeting.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.council.domain.AgendaGroup;
import vn.tdkt.council.domain.Candidate;
import vn.tdkt.council.domain.SubjectType;
import vn.tdkt.export.domain.VnDocText;
import vn.tdkt.export.word.Nd30Document;
import vn.tdkt.export.word.Nd30Document.Signer;
import vn.tdkt.meeting.domain.MeetingDoc;
import vn.tdkt.meeting.domain.MemberLine;
import vn.tdkt.meeting.domain.Nominee;

/**
 * Phiếu lấy ý kiến thành viên Hội đồng bằng văn bản (decision record 0091): for a meeting held by written consultation,
 * or for a member who cannot attend, one phiếu per member in ONE .docx, each starting on its own A4 page in the NĐ
 * 30/2020 layout — the council's header, the title, the member's name, position and role in the council, then per
 * title of the agenda a table with one row per candidate and the columns Đồng ý / Không đồng ý / Ý kiến khác, and the
 * member's signature kept with the last rows. Unlike the Phiếu bầu it is not secret: the member signs it.
 */
final class OpinionDocx {

    static final String TITLE = "PHIẾU LẤY Ý KIẾN THÀNH VIÊN HỘI ĐỒNG";
    static final List<String> COLUMNS = List.of("STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị công tác", "Đồng ý",
            "Không đồng ý", "Ý kiến khác");
    static final String NOTE = "Ghi chú: Thành viên đánh dấu (X) vào một trong hai cột “Đồng ý” hoặc “Không đồng ý” đối với "
            + "từng trường hợp; ý kiến khác (nếu có) ghi vào cột “Ý kiến khác”. Phiếu đánh dấu cả hai cột hoặc không đánh dấu "
            + "đối với một trường hợp được coi là không có ý kiến đối với trường hợp đó.";
    private static final double[] WIDTHS_MM = {13, 42, 46, 18, 20, 26};

    private OpinionDocx() {
    }

    /**
     * @param members the members who receive a phiếu (every member in office, or those absent); one page set each
     */
    static void write(MeetingDoc m, Catalogue catalogue, List<MemberLine> members, Path target) {
        try (Nd30Document doc = new Nd30Document(Nd30Document.Page.PORTRAIT)) {
            boolean first = true;
            for (MemberLine member : members) {
                if (!first) {
                    doc.newSection(false);
                }
                first = false;
                form(doc, m, catalogue, member);
            }
            doc.write(target);
        }
    }

    private static void form(Nd30Document doc, MeetingDoc m, Catalogue catalogue, MemberLine member) {
        doc.header(m.letterhead().parent(), m.letterhead().issuer(), "", m.letterhead().place() + ", ngày …… tháng …… năm ……");
        doc.title(TITLE, "Về việc xét đề nghị khen thưởng năm " + m.achievementYear());
        doc.centredItalic("(Lấy ý kiến bằng văn bản thay cho phiên họp " + VnDocText.longDate(m.date()) + ")");
        String position = member.member().position() == null || member.member().position().isBlank() ? Docs.DOTS
                : member.member().position();
        doc.paragraph("Họ và tên thành viên Hội đồng: " + member.member().fullName());
        doc.paragraph("Chức vụ, đơn vị công tác: " + position);
        doc.paragraph("Chức danh trong Hội đồng: " + member.member().role().label() + " " + m.council().name() + " (theo "
                + MeetingText.establishedBy(m) + ").");
        doc.paragraph("Sau khi nghiên cứu hồ sơ đề nghị khen thưởng do Thường trực Hội đồng gửi kèm theo Phiếu này, tôi có "
                + "ý kiến như sau:");
        int n = 0;
        for (AgendaGroup g : m.agenda()) {
            n++;
            Docs.lead(doc, n + ". Đề nghị tặng " + MeetingText.award(catalogue, g.titleCode()) + " năm " + m.achievementYear()
                    + (g.quota() == null ? ":" : " (chỉ tiêu: " + g.quota() + " trường hợp):")).setSpacingBefore(120);
            List<List<String>> rows = new ArrayList<>();
            for (Candidate c : g.candidates()) {
                Nominee nominee = m.nominee(c.id());
                rows.add(List.of(Integer.toString(rows.size() + 1), nominee.name(), nominee.positionAndUnit(), "", "", ""));
            }
            boolean people = g.candidates().stream().anyMatch(c -> c.subjectType() == SubjectType.CA_NHAN);
            boolean units = g.candidates().stream().anyMatch(c -> c.subjectType() == SubjectType.TAP_THE);
            List<String> head = new ArrayList<>(COLUMNS);
            head.set(1, people && units ? COLUMNS.get(1) : people ? "Họ và tên" : "Tên tập thể");
            head.set(2, people ? COLUMNS.get(2) : "Đơn vị cấp trên");
            Docs.grid(doc, WIDTHS_MM, head, rows, "CLLCCL");
        }
        doc.line("Ý kiến khác (nếu có):", ParagraphAlignment.LEFT, false, false).setSpacingBefore(120);
        doc.writingLines(2);
        doc.line(NOTE, ParagraphAlignment.BOTH, false, true).setSpacingBefore(120);
        doc.line("Phiếu gửi về Thường trực Hội đồng trước ngày …… tháng …… năm …….", ParagraphAlignment.BOTH, false, true)
                .setKeepNext(true);
        doc.signatures(List.of(new Signer(List.of(), null, null),
                new Signer(List.of("THÀNH VIÊN HỘI ĐỒNG"), "(Ký, ghi rõ họ và tên)", member.member().fullName())));
    }
}
