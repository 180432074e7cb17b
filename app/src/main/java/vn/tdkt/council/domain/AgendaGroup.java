package vn.tdkt.council.domain;

import java.util.List;

/**
 * The candidates of one title at a meeting (one ballot paper per member).
 *
 * @param quota chỉ tiêu, null when the title has none
 */
public record AgendaGroup(String titleCode, String titleName, Integer quota, List<Candidate> candidates) {

    public AgendaGroup {
        candidates = List.copyOf(candidates);
    }
}
