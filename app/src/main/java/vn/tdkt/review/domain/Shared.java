package vn.tdkt.review.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The criteria shared by the subjects of one review. Most persons share most criteria (same rating, no discipline,
 * a full year of work, no chain yet), so equal criteria are kept once, and the most common ones are built once under
 * a key instead of being phrased again for every person. Thread-safe.
 * <p>
 * A memo key is a record naming every input of the criterion, and the function that builds the criterion receives
 * only that key: a criterion cannot depend on something its key does not name.
 * <p>
 * Speed (issue #15): a criterion is a tree of texts whose hash is computed anew at every lookup, so the lookups that
 * find one are lock-free reads ({@code get} before {@code putIfAbsent}: no bin lock shared by the review's threads), and
 * a memo's criterion, already the review's instance, is known by identity and not looked up again.
 * <p>
 * Size (issue #15): the criteria list of an assessment is shared too. Its criteria are the review's own instances, so
 * two lists read the same exactly when they hold the same instances in the same order; most persons' assessments of a
 * title then hold one list, instead of a list and its array each.
 */
final class Shared {

    private final Map<Criterion, Criterion> canon = new ConcurrentHashMap<>();
    private final Map<Record, Criterion> memo = new ConcurrentHashMap<>();
    private final Set<Same> canonical = ConcurrentHashMap.newKeySet();
    private final Map<SameList, List<Criterion>> lists = new ConcurrentHashMap<>();

    /** The review's single instance equal to {@code c}. */
    Criterion canon(Criterion c) {
        Criterion existing = canon.get(c);
        if (existing != null) {
            return existing;
        }
        existing = canon.putIfAbsent(c, c);
        return existing == null ? c : existing;
    }

    /** The criterion built once per review from a key that determines it completely. */
    <K extends Record> Criterion memo(K key, Function<? super K, Criterion> make) {
        Criterion c = memo.get(key);
        if (c == null) {
            c = canon(make.apply(key));
            Criterion earlier = memo.putIfAbsent(key, c);
            if (earlier != null) {
                c = earlier;
            } else {
                canonical.add(new Same(c));
            }
        }
        return c;
    }

    Assessment assessment(SubjectRef subject, Title title, List<Criterion> criteria, String legalRef) {
        Criterion[] shared = new Criterion[criteria.size()];
        for (int i = 0; i < shared.length; i++) {
            Criterion c = criteria.get(i);
            shared[i] = canonical.contains(new Same(c)) ? c : canon(c);
        }
        return Assessment.of(subject, title, list(shared), legalRef);
    }

    /** The review's single list of these criteria instances, in this order. */
    private List<Criterion> list(Criterion[] criteria) {
        SameList key = new SameList(criteria);
        List<Criterion> existing = lists.get(key);
        if (existing != null) {
            return existing;
        }
        List<Criterion> made = List.of(criteria);
        existing = lists.putIfAbsent(key, made);
        return existing == null ? made : existing;
    }

    /** Criteria compared element by element by identity (the review's own instances). */
    private static final class SameList {
        private final Criterion[] items;
        private final int hash;

        SameList(Criterion[] items) {
            this.items = items;
            int h = 1;
            for (Criterion c : items) {
                h = 31 * h + System.identityHashCode(c);
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof SameList s) || s.hash != hash || s.items.length != items.length) {
                return false;
            }
            for (int i = 0; i < items.length; i++) {
                if (s.items[i] != items[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A criterion compared by identity (one of the review's own instances). */
    private record Same(Criterion c) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Same s && s.c == c;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(c);
        }
    }
}
