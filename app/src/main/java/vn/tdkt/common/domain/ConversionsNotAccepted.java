package vn.tdkt.common.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The refusal of a file whose cells typed in TCVN3 or VNI were converted to Unicode while the clerk has not accepted
 * the conversions yet (decision 10): nothing is written; its problems are a first line and each converted cell (sheet,
 * row, column, encoding, before → after), so every place that lists a refusal lists the preview too, and a screen that
 * recognises it offers the acceptance and imports again.
 */
public final class ConversionsNotAccepted extends ValidationException {
    private static final long serialVersionUID = 1L;
    private final transient List<LegacyConverter.Conversion> conversions;

    public ConversionsNotAccepted(List<LegacyConverter.Conversion> conversions) {
        super(problems(conversions));
        this.conversions = List.copyOf(conversions);
    }

    /** Refuses while {@code conversions} is not empty and not accepted; call before anything is written. */
    public static void check(List<LegacyConverter.Conversion> conversions, boolean accepted) {
        if (!accepted && !conversions.isEmpty()) {
            throw new ConversionsNotAccepted(conversions);
        }
    }

    /** The converted cells, in the order they were read. */
    public List<LegacyConverter.Conversion> conversions() {
        return conversions;
    }

    private static List<Problem> problems(List<LegacyConverter.Conversion> conversions) {
        List<Problem> out = new ArrayList<>(conversions.size() + 1);
        out.add(Problem.file(Msg.of("legacy.notAccepted", String.valueOf(conversions.size()))));
        for (LegacyConverter.Conversion c : conversions) {
            out.add(new Problem(c.sheet(), c.row(), c.column(), Msg.of("legacy.conversion", c.encoding(), c.before(), c.after())));
        }
        return out;
    }
}
