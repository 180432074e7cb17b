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
import vn.tdkt.meeting.domain.MeetingDoc;
import vn.tdkt.meeting.domain.Nominee;

/**
 * Phiếu bầu (docs/decisions/0028) of a meeting in ONE .docx: for each title group one ballot per member who votes (those
 * present once the roll is called, else every member in office), each in its own section (a new page, no page
 * number on its first page); a secret ballot, so the ballots carry no member's name and no serial number. One file
 * prints in one go, in the order of the agenda.
 */
final class BallotDocx {

    static final String NOTE = "Ghi chú: Đồng ý thì đánh dấu (X) vào cột “Đồng ý”, không đồng ý thì đánh dấu (X) vào cột "
            + "“Không đồng ý”. Phiếu đánh dấu cả hai cột hoặc không đánh dấu đối với một trường hợp được coi là không hợp lệ "
            + "đối với trường hợp đó.";
    private static final double[] WIDTHS_MM = {14, 48, 59, 22, 22};

    private BallotDocx() {
    }

    /** Number of ballots printed per title group. */
    static int copies(MeetingDoc m) {
        return m.rollCalled() ? m.present().size() : m.totalMembers();
    }

    static void write(MeetingDoc m, Catalogue catalogue, Path target) {
        int copies = copies(m);
        try (Nd30Document doc = new Nd30Document(Nd30Document.Page.PORTRAIT)) {
            boolean first = true;
            for (AgendaGroup g : m.agenda()) {
                for (int c = 0; c < copies; c++) {
                    if (!first) {
                        doc.newSection(false);
                    }
                    first = false;
                    ballot(doc, m, catalogue, g);
                }
            }
            doc.write(target);
        }
    }

    private static void ballot(Nd30Document doc, MeetingDoc m, Catalogue catalogue, AgendaGroup g) {
        doc.header(m.letterhead().parent(), m.letterhead().issuer(), "", "");
        doc.title("PHIẾU BẦU", "Đề nghị xét tặng " + MeetingText.award(catalogue, g.titleCode()) + " năm "
                + m.achievementYear());
        doc.centredItalic("(Phiên họp " + VnDocText.longDate(m.date()) + ")");
        boolean people = g.candidates().stream().anyMatch(c -> c.subjectType() == SubjectType.CA_NHAN);
        boolean units = g.candidates().stream().anyMatch(c -> c.subjectType() == SubjectType.TAP_THE);
        String name = people && units ? "Họ và tên / Tên tập thể" : people ? "Họ và tên" : "Tên tập thể";
        String detail = people && units ? "Chức vụ, đơn vị công tác / Đơn vị cấp trên" : people ? "Chức vụ, đơn vị công tác"
                : "Đơn vị cấp trên";
        List<List<String>> rows = new ArrayList<>();
        for (Candidate c : g.candidates()) {
            Nominee n = m.nominee(c.id());
            rows.add(List.of(Integer.toString(rows.size() + 1), n.name(), n.positionAndUnit(), "", ""));
        }
        Docs.grid(doc, WIDTHS_MM, List.of("STT", name, detail, "Đồng ý", "Không đồng ý"), rows, "CLLCC");
        if (g.quota() != null) {
            doc.line("Chỉ tiêu: đồng ý không quá " + g.quota() + " trường hợp; phiếu đồng ý quá " + g.quota()
                    + " trường hợp là phiếu không hợp lệ.", ParagraphAlignment.BOTH, false, true).setSpacingBefore(120);
        }
        doc.line(NOTE, ParagraphAlignment.BOTH, false, true).setSpacingBefore(120);
    }
}
