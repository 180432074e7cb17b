package vn.tdkt.review.domain;

import static vn.tdkt.review.domain.Texts.msg;
import static vn.tdkt.review.domain.Texts.n;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.common.domain.Msg;

/**
 * "N lần liên tục đạt Chiến sĩ thi đua cơ sở đến năm …" — the consecutive CSTĐCS years ending at the review year, read
 * through {@link PersonFacts#hasTitle}, with why the chain stops where it does.
 */
final class CstdcsChain {

    private CstdcsChain() {
    }

    private record PlainKey(Title forTitle, int year, int length, int needed, String legalRef) {
    }

    /**
     * @param floor    the first year that may count (after the last same award and after a discipline)
     * @param lastSame the achievement year of the last earlier award of {@code forTitle}, or MIN_VALUE
     */
    static Criterion criterion(PersonFacts f, int needed, int floor, String legalRef, Title forTitle, int lastSame) {
        List<Integer> chain = f.chainBack(y -> f.hasTitle(Title.CSTDCS, y), floor);
        // empty, or only this review's year: the criterion depends on the title and the chain length alone
        boolean plain = (chain.isEmpty() || chain.size() == 1 && f.recorded(Title.CSTDCS.kindCode()) == null)
                && f.year - 1 >= floor && f.special().stream().noneMatch(a -> a.kindCode().equals(Title.CSTDCS.kindCode()));
        if (plain) {
            return f.shared.memo(new PlainKey(forTitle, f.year, chain.size(), needed, legalRef), k -> build(k.year(),
                    k.length() == 0 ? List.of() : List.of(PersonFacts.eligibleNow(k.year())), k.needed(),
                    List.of(msg("review.reason.chain.noCstdcs", n(k.year() - 1))), k.legalRef()));
        }
        List<Msg> years = chain.stream().map(y -> f.titleEvidence(Title.CSTDCS, y)).toList();
        return build(f.year, years, needed, notes(f, chain, floor, forTitle, lastSame), legalRef);
    }

    private static Criterion build(int year, List<Msg> chain, int needed, List<Msg> notes, String legalRef) {
        boolean met = chain.size() >= needed;
        List<Msg> evidence = new ArrayList<>();
        evidence.add(chain.isEmpty() ? msg("review.reason.chain.none", n(year))
                : msg("review.reason.chain.run", n(chain.size()), Texts.comma(chain)));
        evidence.addAll(notes);
        return new Criterion(Criterion.Role.REQUIRED, msg("review.rule.cstdcsChain", n(needed), n(year)), met,
                Texts.semi(evidence), legalRef, met ? null : msg("review.reason.need.cstdcsYears", n(needed - chain.size())));
    }

    /** Why a CSTĐCS chain stops where it does, and the CSTĐCS awards that were not counted. */
    static List<Msg> notes(PersonFacts f, List<Integer> chain, int floor, Title forTitle, int lastSame) {
        List<Msg> notes = new ArrayList<>();
        int before = (chain.isEmpty() ? f.year : chain.get(0)) - 1;
        if (before >= floor) {
            notes.add(msg("review.reason.chain.noCstdcs", n(before)));
        } else if (lastSame != Integer.MIN_VALUE && before <= lastSame) {
            notes.add(msg("review.reason.chain.rewarded", n(lastSame), forTitle,
                    Texts.decision(f.merit(forTitle.kindCode()).get(lastSame))));
        } else if (f.limiting != null) {
            notes.add(msg("review.reason.chain.disciplined", n(f.firstCountable), Texts.discipline(f.limiting)));
        }
        f.special().stream().filter(a -> a.kindCode().equals(Title.CSTDCS.kindCode())).forEach(a -> notes.add(msg(
                "review.reason.chain.special", Texts.award(a), new Texts.Lower(a.formType()), Texts.SPECIAL_AWARDS_REF)));
        return notes;
    }
}
