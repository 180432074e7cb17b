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
import vn.tdkt.meeting.domain.BallotLayout;
import vn.tdkt.meeting.domain.MeetingDoc;
import vn.tdkt.meeting.domain.Nominee;

/**
 * Phiếu bầu (docs/decisions/0028, 0050) of a meeting in ONE .docx, in the agenda's order, laid out as the secretary
 * chooses ({@link BallotLayout}): one ballot per title group on its own A4 page, to copy for the members who vote; or
 * every ballot (one per member who votes: those present once the roll is called, else every member in office), two A5
 * ballots side by side on each A4 landscape sheet with the cut line between them. A secret ballot: no member's name
 * and no serial number.
 */
final class BallotDocx {

    static final String NOTE = "Ghi chú: Đồng ý thì đánh dấu (X) vào cột “Đồng ý”, không đồng ý thì đánh dấu (X) vào cột "
            + "“Không đồng ý”. Phiếu đánh dấu cả hai cột hoặc không đánh dấu đối với một trường hợp được coi là không hợp lệ "
            + "đối với trường hợp đó.";
    private static final double[] WIDTHS_MM = {14, 48, 59, 22, 22};
    /** The same columns in an A5 half (123 mm between the A4 landscape margins and the 20 mm cut gap). */
    private static final double[] A5_WIDTHS_MM = {10, 36, 39, 19, 19};
    /** A4 landscape, 15 mm margins all round: each column an A5 portrait half. */
    private static final Nd30Document.Page A5_PAIRS = new Nd30Document.Page(true, 15, 15, 15, 15, 13);

    private BallotDocx() {
    }

    /** Number of ballots that vote per title group. */
    static int copies(MeetingDoc m) {
        return m.rollCalled() ? m.present().size() : m.totalMembers();
    }

    /** Ballots printed per title group in that layout. */
    static int printed(MeetingDoc m, BallotLayout layout) {
        return layout == BallotLayout.ONE_PER_TITLE ? 1 : copies(m);
    }

    static void write(MeetingDoc m, Catalogue catalogue, BallotLayout layout, Path target) {
        boolean pairs = layout == BallotLayout.TWO_A5_PER_SHEET;
        int copies = printed(m, layout);
        try (Nd30Document doc = new Nd30Document(pairs ? A5_PAIRS : Nd30Document.Page.PORTRAIT)) {
            if (pairs) {
                doc.twoColumns();
            }
            boolean first = true;
            for (AgendaGroup g : m.agenda()) {
                for (int c = 0; c < copies; c++) {
                    if (!first) {
                        if (pairs) {
                            doc.columnBreak();
                        } else {
                            doc.newSection(false);
                        }
                    }
                    first = false;
                    ballot(doc, m, catalogue, g, pairs ? A5_WIDTHS_MM : WIDTHS_MM);
                }
            }
            doc.write(target);
        }
    }

    private static void ballot(Nd30Document doc, MeetingDoc m, Catalogue catalogue, AgendaGroup g, double[] widths) {
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
        Docs.grid(doc, widths, List.of("STT", name, detail, "Đồng ý", "Không đồng ý"), rows, "CLLCC");
        if (g.quota() != null) {
            doc.line("Chỉ tiêu: đồng ý không quá " + g.quota() + " trường hợp; phiếu đồng ý quá " + g.quota()
                    + " trường hợp là phiếu không hợp lệ.", ParagraphAlignment.BOTH, false, true).setSpacingBefore(120);
        }
        doc.line(NOTE, ParagraphAlignment.BOTH, false, true).setSpacingBefore(120);
    }
}
