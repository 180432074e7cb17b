package vn.tdkt.review.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.tdkt.common.domain.Labelled;
import vn.tdkt.common.domain.Localizable;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.Discipline;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.RatingLevel;

/**
 * The phrasing of the evidence shared by the person and unit checks, as bundle texts ({@code review.rule.*} for a
 * criterion, {@code review.reason.*} for its evidence and what is missing): the review screen and
 * {@code eligibility --lang en} put them into the user's language; {@link Msg#vi()} is the Vietnamese of the
 * documents, the log and the exported sheet.
 */
final class Texts {

    /** Rule NĐ 152/2025 Điều 4 khoản 3, fixed by law: đột xuất / chuyên đề results never feed a công trạng chain. */
    static final String SPECIAL_AWARDS_REF = "Nghị định 152/2025/NĐ-CP, Điều 4 khoản 3";
    private static final int LISTED = 5;
    private static final Msg EMPTY = Msg.of("review.reason.text", "");

    private Texts() {
    }

    static Msg msg(String key, Object... args) {
        return Msg.of(key, args);
    }

    /** A year, a count or a code as an argument: text, so that MessageFormat does not group it (2.025). */
    static String n(long value) {
        return String.valueOf(value);
    }

    static Msg rating(int year, RatingLevel level) {
        return Msg.of("review.reason.rating", n(year), level == null ? Msg.of("review.reason.noRating") : level);
    }

    static Msg decision(Award a) {
        return Msg.of("review.reason.decision", a.decisionNo(), a.decisionDate());
    }

    static Msg award(Award a) {
        return Msg.of("review.reason.award", a.period(), decision(a));
    }

    static Msg discipline(Discipline d) {
        return d.effectiveUntil() == null
                ? Msg.of("review.reason.discipline.open", d.form(), d.decisionNo(), d.decisionDate())
                : Msg.of("review.reason.discipline.until", d.form(), d.decisionNo(), d.decisionDate(), d.effectiveUntil());
    }

    static Msg initiative(Initiative i) {
        return i.decisionNo() == null
                ? Msg.of("review.reason.initiative", new Lower(i.kind()), i.title(), new Lower(i.scope()), n(i.year()))
                : Msg.of("review.reason.initiative.decision", new Lower(i.kind()), i.title(), new Lower(i.scope()),
                n(i.year()), i.decisionNo());
    }

    static String years(Collection<Integer> years) {
        return years.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** "a, b, c và 4 người khác". */
    static Msg names(List<?> names) {
        if (names.size() <= LISTED) {
            return comma(names);
        }
        return Msg.of("review.reason.names.more", comma(names.subList(0, LISTED)), n(names.size() - LISTED));
    }

    /** "a; b; c" (an empty list gives an empty text). */
    static Msg semi(List<?> parts) {
        return join("review.reason.semi", parts);
    }

    /** "a và b và c". */
    static Msg and(List<?> parts) {
        return join("review.reason.and", parts);
    }

    /** "a hoặc b". */
    static Msg or(List<?> parts) {
        return join("review.reason.or", parts);
    }

    /** "a, b, c". */
    static Msg comma(List<?> parts) {
        return join("review.reason.comma", parts);
    }

    private static Msg join(String pairKey, List<?> parts) {
        if (parts.isEmpty()) {
            return EMPTY;
        }
        if (parts.size() == 1 && parts.get(0) instanceof Msg m) {
            return m;
        }
        return Msg.of("review.reason.text", new Joined(pairKey, List.copyOf(parts)));
    }

    /** "text: evidence". */
    static Msg colon(Localizable a, Localizable b) {
        return Msg.of("review.reason.criterion", a, b);
    }

    /** "a (b)". */
    static Msg paren(Object a, Object b) {
        return Msg.of("review.reason.paren", a, b);
    }

    /** 2 → "2", 69.94 → "69,9" (one decimal, comma). */
    static String percent(BigDecimal p) {
        return VnFormat.decimal(p.setScale(1, RoundingMode.HALF_UP));
    }

    /** Share of part in whole, in percent, as a number to show. */
    static BigDecimal share(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /** Exact test part / whole ≥ pct (or > pct when strict), without rounding. */
    static boolean reaches(int part, int whole, BigDecimal pct, boolean strict) {
        if (whole == 0) {
            return false;
        }
        int c = BigDecimal.valueOf(part * 100L).compareTo(pct.multiply(BigDecimal.valueOf(whole)));
        return strict ? c > 0 : c >= 0;
    }

    static String word(Locale locale, Object arg) {
        if (arg == null) {
            return "";
        }
        if (arg instanceof Localizable l) {
            return l.in(locale);
        }
        if (arg instanceof Labelled l) {
            return l.text(locale);
        }
        return String.valueOf(arg);
    }

    /** Parts joined pairwise by a two-placeholder pattern ("{0}; {1}"), in the reader's language. */
    record Joined(String pairKey, List<Object> parts) implements Localizable {

        @Override
        public String in(Locale locale) {
            String out = word(locale, parts.get(0));
            for (int i = 1; i < parts.size(); i++) {
                out = vn.tdkt.common.domain.Texts.format(locale, pairKey, out, word(locale, parts.get(i)));
            }
            return out;
        }
    }

    /** A label or text in lower case, in the reader's language ("sáng kiến", "phạm vi cơ sở"). */
    record Lower(Object text) implements Localizable {

        @Override
        public String in(Locale locale) {
            return word(locale, text).toLowerCase(locale);
        }
    }
}
