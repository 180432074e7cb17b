package vn.tdkt.meeting.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.council.domain.Selection;
import vn.tdkt.council.domain.Share;
import vn.tdkt.council.domain.TallyOutcome;
import vn.tdkt.council.domain.TallyResult;
import vn.tdkt.council.domain.VoteThreshold;
import vn.tdkt.export.domain.LegalCitation;
import vn.tdkt.export.domain.VnDocText;
import vn.tdkt.meeting.domain.MeetingDoc;
import vn.tdkt.meeting.domain.ProposalDoc;

/** Wording shared by the Biên bản họp, the Biên bản kiểm phiếu and the Phiếu bầu of a meeting. */
final class MeetingText {

    private MeetingText() {
    }

    /** "danh hiệu “Chiến sĩ thi đua cơ sở”" / "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh". */
    static String award(Catalogue catalogue, String titleCode) {
        var kind = catalogue.require(titleCode);
        return ProposalDoc.awardPhrase(kind.category(), kind.name());
    }

    static String capitalised(String s) {
        return s.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi-VN")) + s.substring(1);
    }

    /** "vào hồi 08 giờ 30 phút, ngày 20 tháng 12 năm 2025" (the time left out when not recorded). */
    static String when(MeetingDoc m) {
        String day = VnDocText.longDate(m.date());
        return m.meeting().startTime() == null ? "vào " + day : String.format("vào hồi %02d giờ %02d phút, %s",
                m.meeting().startTime().getHour(), m.meeting().startTime().getMinute(), day);
    }

    /** "Quyết định số 123/QĐ-UBND ngày 05 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh Bắc Ninh". */
    static String establishedBy(MeetingDoc m) {
        return "Quyết định số " + m.council().decisionNo() + " " + VnDocText.longDate(m.council().decisionDate()) + " của "
                + m.council().authority();
    }

    /** "từ 80 % tổng số thành viên Hội đồng trở lên" / "trên 50 % tổng số thành viên Hội đồng". */
    static String thresholdPhrase(VoteThreshold t) {
        return t.strict() ? "trên " + t.share().text() + " tổng số thành viên Hội đồng"
                : "từ " + t.share().text() + " tổng số thành viên Hội đồng trở lên";
    }

    /**
     * The threshold with the text that sets it, in the official form: "từ 80 % tổng số thành viên Hội đồng trở lên
     * (theo quy định tại khoản 7 Điều 30 Nghị định số 98/2023/NĐ-CP)"; no parentheses when the rule names no text
     * (a province's majority default). Verification notes of the data never reach the document (decision 0046).
     */
    static String thresholdCited(VoteThreshold t) {
        String citation = LegalCitation.official(t.legalRef());
        return thresholdPhrase(t) + (citation.isEmpty() ? "" : " (theo quy định tại " + citation + ")");
    }

    static String percent(TallyOutcome o) {
        return Share.percentText(o.percent());
    }

    /** "Đạt", "Không đạt", "Đạt, vượt chỉ tiêu", "Đạt, đồng hạng tại điểm cắt". */
    static String outcome(TallyOutcome o) {
        if (!o.reached()) {
            return o.result();
        }
        return o.selection() == Selection.SELECTED ? o.result()
                : o.result() + ", " + o.selection().label().toLowerCase(Locale.forLanguageTag("vi-VN"));
    }

    /** Ghi chú of a result row: the round that decided it when not the first. */
    static String roundNote(TallyOutcome o) {
        return o.round() > 1 ? "Vòng " + o.round() : "";
    }

    /** Names of the candidates with that selection, by rank: "Nguyễn Văn An (93,33 %)". */
    static List<String> names(MeetingDoc m, TallyResult r, Selection s) {
        List<String> out = new ArrayList<>();
        for (TallyOutcome o : r.ranked()) {
            if (o.selection() == s) {
                out.add(m.nominee(o.candidateId()).name() + " (" + percent(o) + ")");
            }
        }
        return out;
    }
}
