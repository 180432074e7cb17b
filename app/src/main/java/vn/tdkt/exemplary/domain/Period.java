package vn.tdkt.exemplary.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The years recognitions are counted over (both ends included; null = open). Seed 004 §V counts the recognitions of
 * the five-year plan (2021–2025) for the congress.
 */
public record Period(Integer from, Integer to) {

    public static final Period ALL = new Period(null, null);

    public boolean contains(int year) {
        return (from == null || year >= from) && (to == null || year <= to);
    }

    /** from after to. */
    public boolean reversed() {
        return from != null && to != null && from > to;
    }

    /** The number of recognitions of each model whose year falls in the period. */
    public Map<Long, Integer> count(Collection<Recognition> recognitions) {
        Map<Long, Integer> out = new HashMap<>();
        for (Recognition r : recognitions) {
            if (contains(r.year())) {
                out.merge(r.modelId(), 1, Integer::sum);
            }
        }
        return out;
    }

    /** "2021–2025", "từ 2021", "đến 2025" or "" (every year), as documents write it. */
    public String text() {
        if (from == null && to == null) {
            return "";
        }
        if (from != null && to != null) {
            return from.equals(to) ? String.valueOf(from) : from + "–" + to;
        }
        return from != null ? "từ " + from : "đến " + to;
    }
}
