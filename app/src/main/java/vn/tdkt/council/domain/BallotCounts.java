package vn.tdkt.council.domain;

import vn.tdkt.common.domain.Msg;

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
    public record CountProblem(CountField field, Msg text) {

        /** The explanation in Vietnamese. */
        public String message() {
            return text.vi();
        }
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
                out.add(problem(fields[i], "council.count.negative", fields[i].lowerText(), values[i]));
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        if (totalMembers == 0) {
            out.add(problem(CountField.TOTAL, "council.count.noMembers"));
        }
        if (present > totalMembers) {
            out.add(problem(CountField.PRESENT, "council.count.presentOverTotal", present, totalMembers));
        }
        if (issued > present) {
            out.add(problem(CountField.ISSUED, "council.count.issuedOverPresent", issued, present));
        }
        if (returned > issued) {
            out.add(problem(CountField.RETURNED, "council.count.returnedOverIssued", returned, issued));
        }
        if (valid > returned) {
            out.add(problem(CountField.VALID, "council.count.validOverReturned", valid, returned));
        } else if (valid + invalid != returned) {
            out.add(problem(CountField.INVALID, "council.count.validPlusInvalid", valid, invalid, returned));
        }
        return out;
    }

    private static CountProblem problem(CountField field, String key, Object... args) {
        return new CountProblem(field, Msg.of(key, args));
    }

    /** Why this number of agreeing votes is impossible; empty when it is possible. */
    public Optional<Msg> voteProblem(int votes) {
        if (votes < 0) {
            return Optional.of(Msg.of("council.count.votesNegative", votes));
        }
        if (votes > valid) {
            return Optional.of(Msg.of("council.count.votesOverValid", votes, valid));
        }
        return Optional.empty();
    }

    /**
     * Why this number of disagreeing votes is impossible beside {@code votes} agreeing ones (đồng ý + không đồng ý ≤
     * phiếu hợp lệ, #13); empty when it is possible.
     */
    public Optional<Msg> againstProblem(int votes, int against) {
        if (against < 0) {
            return Optional.of(Msg.of("council.count.againstNegative", against));
        }
        if ((long) votes + against > valid) {
            return Optional.of(Msg.of("council.count.agreePlusAgainstOverValid", votes, against, valid));
        }
        return Optional.empty();
    }

    /** Whether the agreeing and, when given, disagreeing votes of {@code v} are possible. */
    public boolean possible(VoteCount v) {
        return voteProblem(v.votes()).isEmpty() && (v.against() == null || againstProblem(v.votes(), v.against()).isEmpty());
    }
}
