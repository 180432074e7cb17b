package vn.tdkt.council.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TallyCalculatorTest {

    private static final VoteThreshold P90 = threshold(90, 100, false);
    private static final VoteThreshold P80 = threshold(80, 100, false);
    private static final VoteThreshold MAJORITY = threshold(1, 2, true);

    private static VoteThreshold threshold(int num, int den, boolean strict) {
        return new VoteThreshold(null, new Share(num, den), strict, LocalDate.of(2024, 1, 1), null, "test");
    }

    /** Everybody present, every ballot returned and valid. */
    private static BallotCounts full(int total) {
        return new BallotCounts(total, total, total, total, total, 0);
    }

    /** Candidates 1..n with the given votes. */
    private static List<VoteCount> votes(int... v) {
        List<VoteCount> out = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            out.add(new VoteCount(i + 1, v[i]));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}/{1} against {2}/{3} strict={4}: reached={5}, {6} %")
    @CsvSource(textBlock = """
            12, 15, 80, 100, false, true,  80.00
            11, 15, 80, 100, false, false, 73.33
            13, 15, 90, 100, false, false, 86.67
            14, 15, 90, 100, false, true,  93.33
            27, 30, 90, 100, false, true,  90.00
            26, 30, 90, 100, false, false, 86.67
            24, 30, 80, 100, false, true,  80.00
            23, 30, 80, 100, false, false, 76.67
            15, 15, 90, 100, false, true,  100.00
             0, 15, 80, 100, false, false, 0.00
             8, 15,  1,   2, true,  true,  53.33
             7, 15,  1,   2, true,  false, 46.67
             7, 14,  1,   2, true,  false, 50.00
             8, 14,  1,   2, true,  true,  57.14
            """)
    void thresholdIsComparedExactlyOnTheTotalNumberOfMembers(int votes, int total, int num, int den, boolean strict,
                                                             boolean reached, BigDecimal percent) {
        TallyResult r = TallyCalculator.tally("X", 1, full(total), threshold(num, den, strict), null, votes(votes));
        TallyOutcome o = r.outcomes().get(0);
        assertEquals(reached, o.reached());
        assertEquals(reached ? "Đạt" : "Không đạt", o.result());
        assertEquals(percent, o.percent());
        assertEquals(reached ? Selection.SELECTED : Selection.NOT_REACHED, o.selection());
    }

    @Test
    void denominatorIsEveryMemberEvenWhenFewerArePresent() {
        BallotCounts twelvePresent = new BallotCounts(15, 12, 12, 12, 12, 0);
        TallyOutcome unanimousOfPresent = TallyCalculator.tally("CSTD_TINH", 1, twelvePresent, P90, null, votes(12))
                .outcomes().get(0);
        assertEquals(new BigDecimal("80.00"), unanimousOfPresent.percent());
        assertFalse(unanimousOfPresent.reached());
        assertTrue(TallyCalculator.tally("CSTDCS", 1, twelvePresent, P80, null, votes(12)).outcomes().get(0).reached());
    }

    @Test
    void thresholdLabelsNameTheShareOfTheTotal() {
        assertEquals("Ngưỡng 90 % tổng số thành viên", P90.label());
        assertEquals("Ngưỡng trên 50 % tổng số thành viên", MAJORITY.label());
        assertEquals("Ngưỡng 2/3 tổng số thành viên", threshold(2, 3, false).label());
    }

    @Test
    void ranksAreStandardCompetitionRanksWithinTheTitle() {
        TallyResult r = TallyCalculator.tally("X", 1, full(15), P80, null, votes(10, 12, 12, 9, 12, 15));
        assertEquals(List.of(5, 2, 2, 6, 2, 1), r.outcomes().stream().map(TallyOutcome::rank).toList());
        assertEquals(List.of(6L, 2L, 3L, 5L, 1L, 4L), r.ranked().stream().map(TallyOutcome::candidateId).toList());
    }

    @Test
    void tieAtTheQuotaCutIsFlaggedAndNobodyTiedIsPicked() {
        TallyResult r = TallyCalculator.tally("CSTDCS", 1, full(15), P80, 3, votes(15, 14, 13, 13, 12, 11));
        assertEquals(List.of(Selection.SELECTED, Selection.SELECTED, Selection.TIED_AT_CUT, Selection.TIED_AT_CUT,
                Selection.BEYOND_QUOTA, Selection.NOT_REACHED), r.outcomes().stream().map(TallyOutcome::selection).toList());
        assertEquals(List.of("Đạt", "Đạt", "Đạt", "Đạt", "Đạt", "Không đạt"),
                r.outcomes().stream().map(TallyOutcome::result).toList());
        assertEquals(List.of(1, 2, 3, 3, 5, 6), r.outcomes().stream().map(TallyOutcome::rank).toList());
        assertEquals(List.of("Ngưỡng 80 % tổng số thành viên", "Ngưỡng 80 % tổng số thành viên",
                "Đồng hạng tại điểm cắt; Ngưỡng 80 % tổng số thành viên", "Đồng hạng tại điểm cắt; Ngưỡng 80 % tổng số thành viên",
                "Vượt chỉ tiêu; Ngưỡng 80 % tổng số thành viên", "Ngưỡng 80 % tổng số thành viên"),
                r.outcomes().stream().map(TallyOutcome::note).toList());
        assertTrue(r.undecided());
    }

    @ParameterizedTest(name = "quota {0}: {1}")
    @CsvSource(textBlock = """
            1, S B B B B N
            2, S S B B B N
            4, S S S S B N
            5, S S S S S N
            6, S S S S S N
            """)
    void quotaWithoutTieAtTheCutSelectsTheTopCandidates(int quota, String expected) {
        TallyResult r = TallyCalculator.tally("CSTDCS", 1, full(15), P80, quota, votes(15, 14, 13, 13, 12, 11));
        assertEquals(expected, code(r));
        assertFalse(r.undecided());
    }

    @Test
    void tieAtTheTopWithQuotaOneSelectsNobody() {
        TallyResult r = TallyCalculator.tally("CO_TD_TINH", 1, full(15), P80, 1, votes(14, 14, 12));
        assertEquals("T T B", code(r));
    }

    @Test
    void withoutQuotaEveryoneReachingTheThresholdIsSelected() {
        assertEquals("S S S S S N", code(TallyCalculator.tally("CSTDCS", 1, full(15), P80, null, votes(15, 14, 13, 13, 12, 11))));
    }

    @Test
    void secondRoundAmongTheTiedResolvesTheTie() {
        TallyResult first = TallyCalculator.tally("CSTDCS", 1, full(15), P80, 3, votes(15, 14, 13, 13, 12, 11));
        BallotCounts round2 = new BallotCounts(15, 15, 15, 15, 14, 1);
        TallyResult merged = TallyCalculator.revote(first, round2, List.of(new VoteCount(3, 12), new VoteCount(4, 13)));
        assertEquals(2, merged.round());
        assertEquals("S S B S B N", code(merged));
        assertEquals(List.of(1, 2, 4, 3, 5, 6), merged.outcomes().stream().map(TallyOutcome::rank).toList());
        assertEquals(List.of(1, 1, 2, 2, 1, 1), merged.outcomes().stream().map(TallyOutcome::round).toList());
        assertEquals("Vòng 2; Vượt chỉ tiêu; Ngưỡng 80 % tổng số thành viên", merged.outcome(3).orElseThrow().note());
        assertEquals("Vòng 2; Ngưỡng 80 % tổng số thành viên", merged.outcome(4).orElseThrow().note());
        assertEquals(new BigDecimal("86.67"), merged.outcome(4).orElseThrow().percent());
        assertFalse(merged.undecided());
        assertEquals(3, merged.with(Selection.SELECTED).size());
    }

    @Test
    void secondRoundStillNeedsTheThresholdAndMayStayTied() {
        TallyResult first = TallyCalculator.tally("CSTDCS", 1, full(15), P80, 3, votes(15, 14, 13, 13, 12, 11));
        TallyResult tiedAgain = TallyCalculator.revote(first, full(15), List.of(new VoteCount(3, 13), new VoteCount(4, 13)));
        assertEquals("S S T T B N", code(tiedAgain));
        assertTrue(tiedAgain.undecided());
        TallyResult bothFail = TallyCalculator.revote(first, full(15), List.of(new VoteCount(3, 11), new VoteCount(4, 10)));
        assertEquals("S S N N B N", code(bothFail));
    }

    @Test
    void furtherRoundIsOnlyForTheTiedCandidates() {
        TallyResult first = TallyCalculator.tally("CSTDCS", 1, full(15), P80, 3, votes(15, 14, 13, 13, 12, 11));
        assertThrows(IllegalArgumentException.class,
                () -> TallyCalculator.revote(first, full(15), List.of(new VoteCount(3, 13), new VoteCount(5, 12))));
        assertThrows(IllegalArgumentException.class,
                () -> TallyCalculator.revote(first, full(15), List.of(new VoteCount(3, 13))));
        TallyResult decided = TallyCalculator.tally("CSTDCS", 1, full(15), P80, 4, votes(15, 14, 13, 13, 12, 11));
        assertThrows(IllegalArgumentException.class, () -> TallyCalculator.revote(decided, full(15), List.of()));
    }

    @Test
    void refusesUncheckedCounts() {
        assertThrows(IllegalArgumentException.class,
                () -> TallyCalculator.tally("X", 1, new BallotCounts(15, 12, 12, 12, 12, 0), P80, null, votes(13)));
        assertThrows(IllegalArgumentException.class,
                () -> TallyCalculator.tally("X", 1, new BallotCounts(15, 12, 13, 12, 12, 0), P80, null, votes(10)));
    }

    /** S(elected), T(ied), B(eyond quota), N(ot reached) per candidate in the order given. */
    private static String code(TallyResult r) {
        return String.join(" ", r.outcomes().stream().map(o -> switch (o.selection()) {
            case SELECTED -> "S";
            case TIED_AT_CUT -> "T";
            case BEYOND_QUOTA -> "B";
            case NOT_REACHED -> "N";
        }).toList());
    }
}
