package vn.tdkt.review.domain;

import java.util.List;
import java.util.function.Predicate;
import vn.tdkt.record.domain.Initiative;

/** "Có N sáng kiến … chưa sử dụng": the initiatives a title may still use, read from the person's ledger. */
final class InitiativeCriterion {

    private InitiativeCriterion() {
    }

    private record NoneKey(Title title, String text, String scopeName, int needed, String legalRef) {
    }

    static Criterion of(PersonFacts f, Title title, Predicate<Initiative> filter, int needed, String text, String scopeName,
                        String legalRef) {
        List<Initiative> usable = f.ledger().available(title, f.year, filter);
        List<InitiativeLedger.Use> blocked = f.ledger().blocked(title, f.year, filter);
        if (usable.isEmpty() && blocked.isEmpty()) {
            return f.shared.memo(new NoneKey(title, text, scopeName, needed, legalRef),
                    k -> build(k.text(), k.scopeName(), k.needed(), k.legalRef(), List.of(), List.of()));
        }
        return build(text, scopeName, needed, legalRef, usable, blocked);
    }

    private static Criterion build(String text, String scopeName, int needed, String legalRef, List<Initiative> usable,
                                   List<InitiativeLedger.Use> blocked) {
        int missing = needed - usable.size();
        return Criterion.required(text, missing <= 0,
                PersonCriteria.initiativeEvidence(usable, blocked, "không có sáng kiến, đề tài " + scopeName
                        + " trong thời gian xét"), legalRef, (missing <= 0 ? needed : missing) + " sáng kiến " + scopeName);
    }
}
