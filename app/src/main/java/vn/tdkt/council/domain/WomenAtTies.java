package vn.tdkt.council.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.common.domain.Msg;

/**
 * The preference for women when achievements are equal (NĐ 152/2025/NĐ-CP, Điều 4 khoản 6: a woman, or a collective
 * with at least 70 % women, is preferred) at a council tie: among the candidates tied at the quota cut ("Đồng hạng
 * tại điểm cắt"), the preferred ones are marked in Ghi chú. The marks do not pick anyone: the chair decides, or a
 * further round is held, as before. No mark when nobody or everybody in the tied group is preferred (the preference
 * decides nothing then), or when the rules in force on the meeting day do not apply the preference.
 */
public final class WomenAtTies {

    private WomenAtTies() {
    }

    /** The preference in force on a day: its legal reference, or empty when the rules of that day switch it off. */
    @FunctionalInterface
    public interface Rule {

        Optional<String> on(LocalDate day);

        /** No preference (tests, and tallies outside the rules). */
        static Rule none() {
            return day -> Optional.empty();
        }
    }

    /**
     * @param preferred candidate id → why the candidate is preferred ("nữ", "tập thể có 8/10 thành viên nữ (80 %)")
     * @param legalRef  the reference of the rule in force on the meeting day; null when it does not apply
     */
    public static TallyResult mark(TallyResult result, Map<Long, Msg> preferred, String legalRef) {
        List<TallyOutcome> tied = result.with(Selection.TIED_AT_CUT);
        long women = tied.stream().filter(o -> preferred.containsKey(o.candidateId())).count();
        if (legalRef == null || women == 0 || women == tied.size()) {
            return result;
        }
        List<TallyOutcome> marked = result.outcomes().stream()
                .map(o -> o.selection() == Selection.TIED_AT_CUT && preferred.containsKey(o.candidateId())
                        ? o.withNote(Msg.of("council.note.preferred", preferred.get(o.candidateId()), legalRef))
                        : o).toList();
        return new TallyResult(result.titleCode(), result.round(), result.counts(), result.threshold(), result.quota(), marked);
    }
}
