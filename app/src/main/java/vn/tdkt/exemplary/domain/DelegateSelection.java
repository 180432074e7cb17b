package vn.tdkt.exemplary.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.tdkt.common.domain.Msg;

/**
 * The selection of seed 004 §V: "lựa chọn các tập thể, cá nhân có số lần được công nhận điển hình tiên tiến từ cao
 * xuống thấp cho đến khi hết số lượng đại biểu được phân bổ". Models are ranked by their recognitions in the period
 * (most first; equal counts share a rank: 1, 2, 2, 4). Whole groups of equal count are taken while they fit in the
 * seats left; the group the quota falls inside is never cut arbitrarily: all of it is {@link DelegateResult#DONG_HANG}
 * for the council to decide, with the seats left and its women marked (NĐ 152/2025 Điều 4: preference for women when
 * achievements are equal). A model with no recognition in the period is never chosen.
 *
 * @param quota    the seats allocated
 * @param selected the models chosen outright
 * @param tied     the models of the group at the cut (0 when the cut falls between groups)
 * @param seatsAtCut the seats left for that group
 */
public record DelegateSelection(int quota, List<DelegateLine> lines, int selected, int tied, int seatsAtCut) {

    public DelegateSelection {
        lines = List.copyOf(lines);
    }

    /** Ranks and selects; {@code quota} must be at least 1. */
    public static DelegateSelection select(List<Candidate> candidates, int quota) {
        if (quota < 1) {
            throw new IllegalArgumentException("quota " + quota);
        }
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::recognitions).reversed().thenComparing(Candidate::code,
                Comparator.nullsLast(Comparator.naturalOrder())));
        List<DelegateLine> out = new ArrayList<>(sorted.size());
        int left = quota;
        int selected = 0;
        int tied = 0;
        int seatsAtCut = 0;
        int i = 0;
        while (i < sorted.size()) {
            int count = sorted.get(i).recognitions();
            int j = i;
            while (j < sorted.size() && sorted.get(j).recognitions() == count) {
                j++;
            }
            List<Candidate> group = sorted.subList(i, j);
            int rank = i + 1;
            DelegateResult result;
            if (count == 0 || left == 0) {
                result = DelegateResult.KHONG_DUOC_CHON;
            } else if (group.size() <= left) {
                result = DelegateResult.DUOC_CHON;
            } else {
                result = DelegateResult.DONG_HANG;
            }
            for (Candidate c : group) {
                out.add(new DelegateLine(rank, c, result, notes(c, result, group.size(), left)));
            }
            if (result == DelegateResult.DUOC_CHON) {
                left -= group.size();
                selected += group.size();
            } else if (result == DelegateResult.DONG_HANG) {
                tied = group.size();
                seatsAtCut = left;
                left = 0;
            }
            i = j;
        }
        return new DelegateSelection(quota, out, selected, tied, seatsAtCut);
    }

    private static List<Msg> notes(Candidate c, DelegateResult result, int groupSize, int seatsLeft) {
        List<Msg> notes = new ArrayList<>(2);
        if (c.recognitions() == 0) {
            notes.add(Msg.of("exemplary.delegate.note.none"));
        }
        if (result == DelegateResult.DONG_HANG) {
            notes.add(Msg.of("exemplary.delegate.note.tie", String.valueOf(groupSize), String.valueOf(c.recognitions()),
                    String.valueOf(seatsLeft)));
            if (c.woman()) {
                notes.add(Msg.of("exemplary.delegate.note.womanPreferred"));
            } else if (c.womenCollective()) {
                notes.add(Msg.of("exemplary.delegate.note.womenCollectivePreferred"));
            }
        } else if (c.woman()) {
            notes.add(Msg.of("exemplary.delegate.note.woman"));
        } else if (c.womenCollective()) {
            notes.add(Msg.of("exemplary.delegate.note.womenCollective"));
        }
        return notes;
    }

    /** The lines with an outcome. */
    public List<DelegateLine> with(DelegateResult result) {
        return lines.stream().filter(l -> l.result() == result).toList();
    }
}
