package vn.tdkt.decision.domain;

import java.util.List;
import java.util.stream.Collectors;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.VnFormat;

/** A decision number names several decisions (of different dates) and no date was given to choose one. */
public class AmbiguousDecisionException extends AppException {
    private static final long serialVersionUID = 1L;

    private final transient List<DecisionRef> decisions;

    public AmbiguousDecisionException(String decisionNo, List<DecisionRef> decisions) {
        super(Msg.of("decision.problem.ambiguous", decisionNo, String.valueOf(decisions.size()),
                decisions.stream().map(d -> Msg.of("decision.problem.ambiguousLine", VnFormat.date(d.decisionDate()),
                        d.authority() == null ? "" : d.authority(), String.valueOf(d.lines())).vi())
                        .collect(Collectors.joining("\n"))));
        this.decisions = List.copyOf(decisions);
    }

    /** The decisions of that number, oldest first. */
    public List<DecisionRef> decisions() {
        return decisions;
    }
}
