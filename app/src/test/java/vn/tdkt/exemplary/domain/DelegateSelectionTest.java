package vn.tdkt.exemplary.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 004 §V: most recognitions first down to the quota; a group of equal count is never split by the cut. */
class DelegateSelectionTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static Candidate c(String code, int count) {
        return new Candidate(code.hashCode(), code, "Điển hình " + code, count, false, false);
    }

    private static Candidate woman(String code, int count) {
        return new Candidate(code.hashCode(), code, "Điển hình " + code, count, true, false);
    }

    /** counts "5,4,4,3,3,3,1" → candidates A, B, C, … */
    private static List<Candidate> of(String counts) {
        List<Candidate> out = new ArrayList<>();
        char code = 'A';
        for (String n : counts.split(",")) {
            out.add(c(String.valueOf(code++), Integer.parseInt(n.trim())));
        }
        return out;
    }

    /** The outcomes as letters: S selected, T tied at the cut, N not selected. */
    private static String outcomes(DelegateSelection s) {
        return s.lines().stream().map(l -> switch (l.result()) {
            case DUOC_CHON -> "S";
            case DONG_HANG -> "T";
            case KHONG_DUOC_CHON -> "N";
        }).collect(Collectors.joining());
    }

    @ParameterizedTest(name = "counts {0}, quota {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "5,4,4,3,3,3,1 | 1 | SNNNNNN",   // the cut after the first group
        "5,4,4,3,3,3,1 | 2 | STTNNNN",   // one seat left for a group of two: tied at the cut
        "5,4,4,3,3,3,1 | 3 | SSSNNNN",   // the cut falls exactly between groups: the tie is away from the cut
        "5,4,4,3,3,3,1 | 4 | SSSTTTN",   // one seat for three models with 3 recognitions
        "5,4,4,3,3,3,1 | 6 | SSSSSSN",
        "5,4,4,3,3,3,1 | 7 | SSSSSSS",
        "5,4,4,3,3,3,1 | 50 | SSSSSSS",  // a quota larger than the number of models
        "2,2,2 | 1 | TTT",               // everyone tied, a single seat
        "3,0,0 | 5 | SNN",               // no recognition in the period: never chosen, even with seats left
        "0,0 | 1 | NN",
    })
    void groupsOfEqualCountAreTakenWholeOrFlaggedAtTheCut(String counts, int quota, String expected) {
        assertEquals(expected, outcomes(DelegateSelection.select(of(counts), quota)));
    }

    @Test
    void equalCountsShareARankAndTheNextRankSkips() {
        DelegateSelection s = DelegateSelection.select(of("4,5,3,4,3,3,1"), 3);
        assertEquals(List.of(1, 2, 2, 4, 4, 4, 7), s.lines().stream().map(DelegateLine::rank).toList());
        assertEquals(List.of(5, 4, 4, 3, 3, 3, 1), s.lines().stream().map(l -> l.candidate().recognitions()).toList());
        assertEquals(List.of("B", "A", "D"), s.lines().subList(0, 3).stream().map(l -> l.candidate().code()).toList(),
                "within a group by code");
    }

    @Test
    void theGroupAtTheCutSaysHowManySeatsRemainAndMarksItsWomen() {
        List<Candidate> list = List.of(c("A", 5), woman("B", 4), c("C", 4), c("D", 4), woman("E", 2));
        DelegateSelection s = DelegateSelection.select(list, 3);
        assertEquals(1, s.selected());
        assertEquals(3, s.tied());
        assertEquals(2, s.seatsAtCut());
        DelegateLine b = s.lines().get(1);
        assertEquals(DelegateResult.DONG_HANG, b.result());
        assertEquals("3 điển hình cùng 4 lần công nhận cho 2 chỗ còn lại: Hội đồng quyết định; "
                + "Nữ: được ưu tiên khi thành tích ngang nhau (khoản 6 Điều 4 Nghị định số 152/2025/NĐ-CP)", b.note(VI));
        assertEquals("3 điển hình cùng 4 lần công nhận cho 2 chỗ còn lại: Hội đồng quyết định", s.lines().get(2).note(VI));
        assertEquals("Nữ", s.lines().get(4).note(VI), "a woman away from the cut is marked, without the preference");
        assertEquals(DelegateResult.KHONG_DUOC_CHON, s.lines().get(4).result());
        assertEquals("", s.lines().get(0).note(VI));
    }

    @Test
    void aCollectiveWithSeventyPercentWomenIsMarkedAtTheCut() {
        Candidate collective = new Candidate(9, "TT1", "Hội Liên hiệp Phụ nữ xã", 2, false, true);
        DelegateSelection s = DelegateSelection.select(List.of(collective, c("X", 2)), 1);
        assertTrue(s.lines().get(0).note(VI).contains("Tập thể có từ 70% nữ: được ưu tiên"), s.lines().get(0).note(VI));
    }

    @Test
    void aModelWithoutRecognitionSaysSo() {
        DelegateSelection s = DelegateSelection.select(of("1,0"), 5);
        assertEquals("Chưa được công nhận trong kỳ", s.lines().get(1).note(VI));
        assertEquals(1, s.selected());
    }

    @Test
    void theQuotaIsAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> DelegateSelection.select(of("1"), 0));
    }

    @Test
    void recognitionsAreCountedInThePeriodOnly() {
        List<Recognition> r = List.of(new Recognition(1, 1, 2020, "1", null), new Recognition(2, 1, 2021, "2", null),
                new Recognition(3, 1, 2025, "3", null), new Recognition(4, 1, 2026, "4", null),
                new Recognition(5, 2, 2022, "5", null));
        assertEquals(java.util.Map.of(1L, 2, 2L, 1), new Period(2021, 2025).count(r));
        assertEquals(java.util.Map.of(1L, 4, 2L, 1), Period.ALL.count(r));
        assertEquals(java.util.Map.of(1L, 2), new Period(2025, null).count(r));
        assertEquals(java.util.Map.of(1L, 2, 2L, 1), new Period(null, 2022).count(r));
        assertTrue(new Period(2025, 2021).reversed());
        assertEquals("2021–2025", new Period(2021, 2025).text());
    }

    @Test
    void aMovementScopeTakesEveryMovementBelowIt() {
        // 1 ← 2 ← 3 (3 is a sub-movement of 2, itself of 1); 4 stands alone; 5 ↔ 6 a cycle
        java.util.Map<Long, Long> parents = new java.util.HashMap<>();
        parents.put(1L, null);
        parents.put(2L, 1L);
        parents.put(3L, 2L);
        parents.put(4L, null);
        parents.put(5L, 6L);
        parents.put(6L, 5L);
        assertTrue(Scope.below(3L, 1, parents));
        assertTrue(Scope.below(2L, 2, parents));
        assertTrue(!Scope.below(1L, 2, parents), "a parent is not below its child");
        assertTrue(!Scope.below(4L, 1, parents));
        assertTrue(!Scope.below(5L, 1, parents), "a cycle ends the walk");
        assertTrue(!Scope.below(null, 1, parents));
    }
}
