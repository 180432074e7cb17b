package vn.tdkt.review.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
                    k.length() == 0 ? List.of() : List.of(k.year() + " (đủ điều kiện trong lần xét này)"), k.needed(),
                    "năm " + (k.year() - 1) + " không có CSTĐCS", k.legalRef()));
        }
        List<String> years = chain.stream().map(y -> f.titleEvidence(Title.CSTDCS, y)).toList();
        return build(f.year, years, needed, notes(f, chain, floor, forTitle, lastSame), legalRef);
    }

    private static Criterion build(int year, List<String> chain, int needed, String notes, String legalRef) {
        boolean met = chain.size() >= needed;
        String evidence = chain.isEmpty() ? "không có CSTĐCS năm " + year
                : chain.size() + " năm liên tục: " + String.join(", ", chain);
        return new Criterion(Criterion.Role.REQUIRED, needed + " lần liên tục đạt Chiến sĩ thi đua cơ sở đến năm " + year,
                met, notes.isEmpty() ? evidence : evidence + "; " + notes, legalRef,
                met ? null : "thêm " + (needed - chain.size()) + " năm CSTĐCS liên tục");
    }

    /** Why a CSTĐCS chain stops where it does, and the CSTĐCS awards that were not counted. */
    static String notes(PersonFacts f, List<Integer> chain, int floor, Title forTitle, int lastSame) {
        List<String> notes = new ArrayList<>();
        int before = (chain.isEmpty() ? f.year : chain.get(0)) - 1;
        if (before >= floor) {
            notes.add("năm " + before + " không có CSTĐCS");
        } else if (lastSame != Integer.MIN_VALUE && before <= lastSame) {
            notes.add("thành tích đến năm " + lastSame + " đã được khen " + forTitle.label() + " ("
                    + Texts.decision(f.merit(forTitle.kindCode()).get(lastSame)) + ")");
        } else if (f.limiting != null) {
            notes.add("thành tích trước năm " + f.firstCountable + " không được tính do kỷ luật (" + Texts.discipline(f.limiting)
                    + ")");
        }
        f.special().stream().filter(a -> a.kindCode().equals(Title.CSTDCS.kindCode())).forEach(a -> notes.add("CSTĐCS "
                + Texts.award(a) + " là khen thưởng " + a.formType().label().toLowerCase(Locale.ROOT)
                + ", không tính vào chuỗi công trạng (" + Texts.SPECIAL_AWARDS_REF + ")"));
        return String.join("; ", notes);
    }
}
