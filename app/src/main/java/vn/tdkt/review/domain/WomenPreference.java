package vn.tdkt.review.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * NĐ 152/2025/NĐ-CP, Điều 4 khoản 6: when several individuals or collectives meet the criteria equally, a woman, or a
 * collective with at least 70 % women, is preferred. The one definition used by the review's ratio cap and offered
 * to the council's tie handling (candidates tied at the quota cut).
 */
public final class WomenPreference {

    /** The share of women from which a collective is preferred. */
    public static final BigDecimal COLLECTIVE_SHARE = BigDecimal.valueOf(70);

    private WomenPreference() {
    }

    /** True for a collective with at least 70 % women among its members (false without members). */
    public static boolean womenCollective(int women, int members) {
        return members > 0 && Texts.reaches(women, members, COLLECTIVE_SHARE, false);
    }

    /** Orders the preferred (women, or women collectives) first; use after the merit order, as its last tie-break. */
    public static <T> Comparator<T> preferredFirst(Predicate<? super T> preferred) {
        return Comparator.comparingInt(t -> preferred.test(t) ? 0 : 1);
    }

    /**
     * Among candidates tied on merit for {@code places} places, the ones to take: the preferred first, in the given
     * order; the list is shorter than {@code places} only when there are fewer candidates.
     */
    public static <T> List<T> choose(List<T> tied, int places, Predicate<? super T> preferred) {
        return tied.stream().sorted(preferredFirst(preferred)).limit(Math.max(0, places)).toList();
    }

    /**
     * True when the preference decides between two candidates equal on merit: exactly one of them is preferred.
     */
    public static <T> boolean decides(T a, T b, Predicate<? super T> preferred) {
        return preferred.test(a) != preferred.test(b);
    }
}
