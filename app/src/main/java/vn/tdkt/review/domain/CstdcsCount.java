package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;
import static vn.tdkt.review.domain.Texts.n;

import java.util.List;
import vn.tdkt.common.domain.Msg;

/** "Trong thời gian đó có N lần đạt Chiến sĩ thi đua cơ sở", counted through {@link PersonFacts#hasTitle}. */
final class CstdcsCount {

    private CstdcsCount() {
    }

    private record NoneKey(int needed, String legalRef) {
    }

    static Criterion in(PersonFacts f, List<Integer> period, int needed, String legalRef) {
        List<Integer> cs = period.stream().filter(y -> f.hasTitle(Title.CSTDCS, y)).toList();
        if (cs.isEmpty()) {
            return f.shared.memo(new NoneKey(needed, legalRef), k -> build(List.of(), k.needed(), k.legalRef()));
        }
        return build(cs.stream().map(y -> f.titleEvidence(Title.CSTDCS, y)).toList(), needed, legalRef);
    }

    private static Criterion build(List<Msg> cs, int needed, String legalRef) {
        return Criterion.required(msg("review.rule.cstdcsCount", n(needed)), cs.size() >= needed,
                cs.isEmpty() ? msg("review.reason.count.none") : msg("review.reason.count.some", n(cs.size()), Texts.comma(cs)),
                legalRef, msg("review.reason.need.cstdcsTimes", n(needed - cs.size())));
    }
}
