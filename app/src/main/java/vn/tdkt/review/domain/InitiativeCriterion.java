package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;
import static vn.tdkt.review.domain.Texts.n;

import java.util.List;
import java.util.function.Predicate;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.record.domain.Initiative;

/** "Có N sáng kiến … chưa sử dụng": the initiatives a title may still use, read from the person's ledger. */
final class InitiativeCriterion {

    private InitiativeCriterion() {
    }

    private record NoneKey(Title title, Msg text, Msg scopeName, int needed, String legalRef) {
    }

    /** @param scopeName "phạm vi tỉnh" ({@code review.reason.scope.*}) */
    static Criterion of(PersonFacts f, Title title, Predicate<Initiative> filter, int needed, Msg text, Msg scopeName,
                        String legalRef) {
        List<Initiative> usable = f.ledger().available(title, f.year, filter);
        List<InitiativeLedger.Use> blocked = f.ledger().blocked(title, f.year, filter);
        if (usable.isEmpty() && blocked.isEmpty()) {
            return f.shared.memo(new NoneKey(title, text, scopeName, needed, legalRef),
                    k -> build(k.text(), k.scopeName(), k.needed(), k.legalRef(), List.of(), List.of()));
        }
        return build(text, scopeName, needed, legalRef, usable, blocked);
    }

    private static Criterion build(Msg text, Msg scopeName, int needed, String legalRef, List<Initiative> usable,
                                   List<InitiativeLedger.Use> blocked) {
        int missing = needed - usable.size();
        return Criterion.required(text, missing <= 0,
                PersonCriteria.initiativeEvidence(usable, blocked, msg("review.reason.initiative.none", scopeName)), legalRef,
                msg("review.reason.need.initiatives", n(missing <= 0 ? needed : missing), scopeName));
    }
}
