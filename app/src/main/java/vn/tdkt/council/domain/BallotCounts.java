package vn.tdkt.council.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The counted results of one ballot round (phiếu phát ra, thu về, hợp lệ, không hợp lệ) with the numbers they
 * are checked against.
 *
 * @param totalMembers all members per the establishing decision (the denominator of every percentage)
 */
public record BallotCounts(int totalMembers, int present, int issued, int returned, int valid, int invalid) {

    /** A count that does not add up, with the field it belongs to. */
    public record CountProblem(CountField field, String message) {
    }

    /**
     * Checks that the counts add up: present ≤ total, issued ≤ present, returned ≤ issued, valid + invalid =
     * returned, none negative, total &gt; 0. Empty when everything is consistent.
     */
    public List<CountProblem> check() {
        List<CountProblem> out = new ArrayList<>();
        int[] values = {totalMembers, present, issued, returned, valid, invalid};
        CountField[] fields = CountField.values();
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0) {
                out.add(new CountProblem(fields[i], fields[i].lowerLabel() + " không được âm (" + values[i] + ")"));
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        if (totalMembers == 0) {
            out.add(new CountProblem(CountField.TOTAL, "tổng số thành viên Hội đồng phải lớn hơn 0"));
        }
        if (present > totalMembers) {
            out.add(new CountProblem(CountField.PRESENT, "số thành viên có mặt (" + present
                    + ") nhiều hơn tổng số thành viên Hội đồng (" + totalMembers + ")"));
        }
        if (issued > present) {
            out.add(new CountProblem(CountField.ISSUED, "số phiếu phát ra (" + issued
                    + ") nhiều hơn số thành viên có mặt (" + present + ")"));
        }
        if (returned > issued) {
            out.add(new CountProblem(CountField.RETURNED, "số phiếu thu về (" + returned
                    + ") nhiều hơn số phiếu phát ra (" + issued + ")"));
        }
        if (valid > returned) {
            out.add(new CountProblem(CountField.VALID, "số phiếu hợp lệ (" + valid
                    + ") nhiều hơn số phiếu thu về (" + returned + ")"));
        } else if (valid + invalid != returned) {
            out.add(new CountProblem(CountField.INVALID, "số phiếu hợp lệ (" + valid + ") cộng số phiếu không hợp lệ ("
                    + invalid + ") phải bằng số phiếu thu về (" + returned + ")"));
        }
        return out;
    }

    /** Why this number of agreeing votes is impossible; empty when it is possible. */
    public Optional<String> voteProblem(int votes) {
        if (votes < 0) {
            return Optional.of("số phiếu đồng ý không được âm (" + votes + ")");
        }
        if (votes > valid) {
            return Optional.of("số phiếu đồng ý (" + votes + ") nhiều hơn số phiếu hợp lệ (" + valid + ")");
        }
        return Optional.empty();
    }
}
