package vn.tdkt.council.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.common.domain.Msg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NĐ 152/2025/NĐ-CP Điều 4 khoản 6 at council ties: the women in a tied group are marked in Ghi chú, nobody is picked. */
class WomenAtTiesTest {

    private static final String REF = "Nghị định 152/2025/NĐ-CP, Điều 4 khoản 6";
    private static final VoteThreshold P80 = new VoteThreshold(null, new Share(80, 100), false, LocalDate.of(2024, 1, 1), null,
            "test");

    /**
     * Six candidates, quota 3, votes 15 14 13 13 13 11 of 15: candidates 3–5 are tied at the cut. {@code women} lists the
     * preferred candidates; {@code marked} the ones whose note gets the mark.
     */
    @ParameterizedTest(name = "NĐ 152 Điều 4 k6: nữ {0}, quy định áp dụng {1} → đánh dấu {2}")
    @CsvSource(textBlock = """
            4,       true,  4
            3 4,     true,  3 4
            3 4 5,   true,  ''
            '',      true,  ''
            1 4,     true,  4
            4,       false, ''
            6,       true,  ''
            """)
    void womenInATiedGroupAreMarked(String women, boolean applies, String marked) {
        List<VoteCount> votes = new ArrayList<>();
        int[] v = {15, 14, 13, 13, 13, 11};
        for (int i = 0; i < v.length; i++) {
            votes.add(new VoteCount(i + 1, v[i]));
        }
        TallyResult r = TallyCalculator.tally("CSTDCS", 1, new BallotCounts(15, 15, 15, 15, 15, 0), P80, 3, votes);
        Map<Long, Msg> preferred = new HashMap<>();
        ids(women).forEach(id -> preferred.put(id, Msg.of("council.note.woman")));
        TallyResult out = WomenAtTies.mark(r, preferred, applies ? REF : null);
        for (TallyOutcome o : out.outcomes()) {
            String before = r.outcome(o.candidateId()).orElseThrow().note();
            String expected = ids(marked).contains(o.candidateId())
                    ? before + "; nữ: ưu tiên khi thành tích ngang nhau (" + REF + ")" : before;
            assertEquals(expected, o.note(), "candidate " + o.candidateId());
            assertEquals(r.outcome(o.candidateId()).orElseThrow().selection(), o.selection(), "the mark picks nobody");
        }
    }

    /** The window reads Ghi chú in its language; the tally workbook and the documents keep the Vietnamese words. */
    @Test
    void theNoteIsVietnameseForFilesAndInTheReadersLanguageOnScreen() {
        List<VoteCount> votes = new ArrayList<>();
        int[] v = {15, 14, 13, 13, 13, 11};
        for (int i = 0; i < v.length; i++) {
            votes.add(new VoteCount(i + 1, v[i]));
        }
        TallyResult r = TallyCalculator.tally("CSTDCS", 1, new BallotCounts(15, 15, 15, 15, 15, 0), P80, 3, votes);
        TallyOutcome o = WomenAtTies.mark(r, Map.of(4L, Msg.of("council.note.woman")), REF).outcome(4).orElseThrow();
        assertEquals("Đồng hạng tại điểm cắt; Ngưỡng 80 % tổng số thành viên; nữ: ưu tiên khi thành tích ngang nhau (" + REF
                + ")", o.note());
        assertEquals("Tied at the cut; Threshold 80 % of all members; woman: preferred when achievements are equal (" + REF
                + ")", o.noteText().in(java.util.Locale.ENGLISH));
        assertEquals(o.note(), o.noteText().in(vn.tdkt.common.domain.Texts.VIETNAMESE));
    }

    private static List<Long> ids(String list) {
        return list == null || list.isBlank() ? List.of() : Arrays.stream(list.trim().split(" ")).map(Long::valueOf).toList();
    }
}
