package vn.tdkt.people.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import vn.tdkt.common.domain.VietnameseText;

/**
 * The people list held in memory, in Vietnamese order (given name first), with a diacritic-insensitive filter:
 * "nguyen van a" finds "Nguyễn Văn A" and "Nguyễn Văn An"; every word of the query must begin a word of the
 * name or the code, so "van a" does not find "Nguyễn Thị Vân".
 */
public final class PeopleIndex {

    private final List<PersonRow> rows;

    public PeopleIndex(List<PersonRow> rows) {
        List<PersonRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(PersonRow::sortKey).thenComparing(r -> r.person().code()));
        this.rows = List.copyOf(sorted);
    }

    public List<PersonRow> all() {
        return rows;
    }

    /** A predicate for the query and unit filter (unitIds null = every unit). */
    public static Predicate<PersonRow> matcher(String query, Set<Long> unitIds) {
        String[] words = VietnameseText.fold(query).split(" ");
        return row -> {
            if (unitIds != null && !unitIds.contains(row.person().unitId())) {
                return false;
            }
            for (String w : words) {
                if (!w.isEmpty() && !startsAWord(row.searchKey(), w)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static boolean startsAWord(String key, String word) {
        for (int at = key.indexOf(word); at >= 0; at = key.indexOf(word, at + 1)) {
            if (at == 0 || key.charAt(at - 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    public List<PersonRow> filter(String query, Set<Long> unitIds) {
        return rows.stream().filter(matcher(query, unitIds)).toList();
    }
}
