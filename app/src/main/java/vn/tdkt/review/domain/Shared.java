package vn.tdkt.review.domain;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The criteria shared by the subjects of one review. Most persons share most criteria (same rating, no discipline,
 * a full year of work, no chain yet), so equal criteria are kept once, and the most common ones are built once under
 * a key instead of being phrased again for every person. Thread-safe.
 * <p>
 * A memo key is a record naming every input of the criterion, and the function that builds the criterion receives
 * only that key: a criterion cannot depend on something its key does not name.
 */
final class Shared {

    private final Map<Criterion, Criterion> canon = new ConcurrentHashMap<>();
    private final Map<Record, Criterion> memo = new ConcurrentHashMap<>();

    /** The review's single instance equal to {@code c}. */
    Criterion canon(Criterion c) {
        return canon.computeIfAbsent(c, k -> k);
    }

    /** The criterion built once per review from a key that determines it completely. */
    <K extends Record> Criterion memo(K key, Function<? super K, Criterion> make) {
        Criterion c = memo.get(key);
        if (c == null) {
            c = canon(make.apply(key));
            memo.putIfAbsent(key, c);
        }
        return c;
    }

    Assessment assessment(SubjectRef subject, Title title, List<Criterion> criteria, String legalRef) {
        Criterion[] shared = new Criterion[criteria.size()];
        for (int i = 0; i < shared.length; i++) {
            shared[i] = canon(criteria.get(i));
        }
        return Assessment.of(subject, title, List.of(shared), legalRef);
    }
}
