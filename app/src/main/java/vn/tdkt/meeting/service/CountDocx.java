package vn.tdkt.meeting.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.council.domain.AttendanceStatus;
import vn.tdkt.council.domain.BallotCounts;
import vn.tdkt.council.domain.BallotRound;
import vn.tdkt.council.domain.Selection;
import vn.tdkt.council.domain.TallyOutcome;
import vn.tdkt.council.domain.TallyResult;
import vn.tdkt.export.word.Nd30Document;
import vn.tdkt.export.word.Nd30Document.Signer;
import vn.tdkt.meeting.domain.MeetingDoc;
import vn.tdkt.meeting.domain.MemberLine;
import vn.tdkt.meeting.domain.Nominee;

/**
 * Biên bản kiểm phiếu of one title (docs/decisions/0028): the Ban kiểm phiếu, the total members per the establishing
 * decision, those present, phiếu phát ra / thu về / hợp lệ / không hợp lệ of each round, every candidate by votes
 * (high to low) with the share of the TOTAL members and the disagreeing votes (as the board wrote them in the tally
 * workbook, else the other valid ballots), those reaching the threshold, ties at the quota cut, the
 * signatures of the board.
 */
final class CountDocx {

    static final List<String> COLUMNS = List.of("STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị", "Số phiếu đồng ý",
            "Tỷ lệ % (so với tổng số thành viên HĐ)", "Số phiếu không đồng ý", "Kết quả");
    private static final double[] WIDTHS_MM = {14, 34, 38, 17, 24, 17, 21};

    private CountDocx() {
    }

    static void write(MeetingDoc m, TallyResult r, Catalogue catalogue, Path target) {
        String award = MeetingText.award(catalogue, r.titleCode());
        List<BallotRound> rounds = m.rounds(r.titleCode());
        try (Nd30Document doc = new Nd30Document(Nd30Document.Page.PORTRAIT)) {
            doc.header(m.letterhead().parent(), m.letterhead().issuer(), m.letterhead().numberLine("BB"),
                    m.letterhead().placeAndDate(m.date()));
            doc.title("BIÊN BẢN KIỂM PHIẾU", "Xét đề nghị tặng " + award + " năm " + m.achievementYear());
            doc.paragraph("Hôm nay, " + MeetingText.when(m) + ", tại " + m.meeting().place() + ", " + m.council().name()
                    + " tổ chức bỏ phiếu kín xét đề nghị tặng " + award + " năm " + m.achievementYear() + ".");
            List<MemberLine> board = m.countingBoard();
            doc.paragraph("Ban kiểm phiếu gồm:");
            for (int i = 0; i < board.size(); i++) {
                MemberLine b = board.get(i);
                String position = b.member().position() == null ? "" : ", " + b.member().position();
                doc.paragraph((i + 1) + ". Đồng chí " + Docs.item(b.member().fullName() + position + " - "
                        + (i == 0 ? "Trưởng ban" : "Thành viên"), i == board.size() - 1));
            }
            doc.paragraph("Kết quả kiểm phiếu như sau:");
            BallotCounts first = rounds.get(0).counts();
            long opinions = m.absent().stream().filter(a -> a.status() == AttendanceStatus.VANG_CO_Y_KIEN).count();
            doc.paragraph("- Tổng số thành viên Hội đồng (theo " + MeetingText.establishedBy(m) + "): " + first.totalMembers() + ";");
            doc.paragraph("- Số thành viên có mặt: " + first.present() + "; số thành viên vắng mặt: "
                    + (first.totalMembers() - first.present()) + (opinions > 0 ? " (có ý kiến bằng văn bản: " + opinions + ")" : "")
                    + ";");
            Map<Integer, BallotCounts> byRound = new HashMap<>();
            for (BallotRound round : rounds) {
                byRound.put(round.round(), round.counts());
                BallotCounts c = round.counts();
                String prefix = rounds.size() > 1 ? "- Vòng " + round.round() + ": s" : "- S";
                doc.paragraph(prefix + "ố phiếu phát ra: " + c.issued() + "; số phiếu thu về: " + c.returned()
                        + "; số phiếu hợp lệ: " + c.valid() + "; số phiếu không hợp lệ: " + c.invalid() + ";");
            }
            doc.paragraph("- Ngưỡng đạt: " + MeetingText.thresholdCited(r.threshold())
                    + (r.quota() == null ? "" : "; chỉ tiêu: " + r.quota()) + ".");
            Docs.lead(doc, "Kết quả kiểm phiếu cụ thể (xếp theo số phiếu đồng ý từ cao xuống thấp):");
            List<List<String>> rows = new ArrayList<>();
            for (TallyOutcome o : r.ranked()) {
                Nominee n = m.nominee(o.candidateId());
                int valid = byRound.get(o.round()).valid();
                rows.add(List.of(Integer.toString(rows.size() + 1), n.name(), n.positionAndUnit(), Integer.toString(o.votes()),
                        MeetingText.percent(o), Integer.toString(o.againstOr(valid)),
                        MeetingText.outcome(o) + (o.round() > 1 ? " (vòng " + o.round() + ")" : "")));
            }
            Docs.grid(doc, WIDTHS_MM, COLUMNS, rows, "CLLCCCC");
            List<String> selected = MeetingText.names(m, r, Selection.SELECTED);
            if (selected.isEmpty()) {
                doc.paragraph("Căn cứ kết quả kiểm phiếu, không có tập thể, cá nhân nào đạt tỷ lệ phiếu đồng ý "
                        + MeetingText.thresholdPhrase(r.threshold()) + ".");
            } else {
                doc.paragraph("Căn cứ kết quả kiểm phiếu, các tập thể, cá nhân sau đạt tỷ lệ phiếu đồng ý "
                        + MeetingText.thresholdPhrase(r.threshold()) + (r.quota() == null ? "" : " và trong chỉ tiêu") + ":");
                for (int i = 0; i < selected.size(); i++) {
                    doc.paragraph((i + 1) + ". " + Docs.item(selected.get(i), i == selected.size() - 1));
                }
            }
            List<String> tied = MeetingText.names(m, r, Selection.TIED_AT_CUT);
            if (!tied.isEmpty()) {
                doc.paragraph("Các trường hợp đồng hạng tại điểm cắt chỉ tiêu: " + Docs.joinAnd(tied)
                        + "; đề nghị Chủ tọa quyết định hoặc Hội đồng bỏ phiếu vòng tiếp theo.");
            }
            doc.paragraph("Biên bản kiểm phiếu lập xong cùng ngày, được đọc công khai trước Hội đồng./.");
            List<Signer> signers = new ArrayList<>();
            for (int i = 0; i < board.size(); i++) {
                signers.add(new Signer(List.of(i == 0 ? "TRƯỞNG BAN" : "THÀNH VIÊN"), null, board.get(i).member().fullName()));
            }
            if (!signers.isEmpty()) {
                doc.signatures(signers);
            }
            doc.write(target);
        }
    }
}
