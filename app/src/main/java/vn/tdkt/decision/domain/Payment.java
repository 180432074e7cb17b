package vn.tdkt.decision.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.tdkt.common.domain.Localizable;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Texts;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.export.domain.LegalCitation;

/**
 * Tiền thưởng of one recipient with what it was computed from.
 *
 * @param coefficient hệ số used, or null when the award carries no money
 * @param baseSalary  mức lương cơ sở used, or null
 * @param legalRef    legal references of the coefficient and the base salary
 * @param notes       why the amount differs from coefficient × base salary (not paid, household, …), as texts the
 *                    window puts into the user's language and documents into Vietnamese; a decision read back from
 *                    the database carries its stored Vietnamese note as it was issued
 */
public record Payment(long amount, BigDecimal coefficient, Long baseSalary, String legalRef, List<Localizable> notes) {

    public Payment {
        notes = List.copyOf(notes);
    }

    /** A payment computed now, with at most one note. */
    static Payment of(long amount, BigDecimal coefficient, Long baseSalary, String legalRef, Localizable note) {
        return new Payment(amount, coefficient, baseSalary, legalRef, note == null ? List.of() : List.of(note));
    }

    /** A recipient's payment as stored with an issued decision: its note is the Vietnamese text of the record. */
    public static Payment stored(long amount, BigDecimal coefficient, Long baseSalary, String legalRef, String note) {
        return of(amount, coefficient, baseSalary, legalRef, note == null ? null : new Stored(note));
    }

    public static Payment none(Localizable note) {
        return of(0, null, null, null, note);
    }

    /** The same computation with the amount set to 0 and a note saying why. */
    public Payment unpaid(Localizable reason) {
        return of(0, coefficient, baseSalary, legalRef, reason);
    }

    public Payment withNote(Localizable extra) {
        List<Localizable> all = new ArrayList<>(notes);
        all.add(extra);
        return new Payment(amount, coefficient, baseSalary, legalRef, all);
    }

    /** Equal when the money, its basis and the note's Vietnamese text (what is stored) are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Payment p && amount == p.amount && Objects.equals(coefficient, p.coefficient)
                && Objects.equals(baseSalary, p.baseSalary) && Objects.equals(legalRef, p.legalRef)
                && Objects.equals(note(), p.note());
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, coefficient, baseSalary, legalRef, note());
    }

    @Override
    public String toString() {
        return "Payment[" + amount + ", " + coefficient + " × " + baseSalary + ", " + legalRef + ", " + note() + "]";
    }

    /** The note in Vietnamese (the language of documents and of the record), or null. */
    public String note() {
        return note(Texts.VIETNAMESE);
    }

    /** The note in a language, or null when there is none. */
    public String note(Locale locale) {
        return notes.isEmpty() ? null : String.join("; ", notes.stream().map(n -> n.in(locale)).toList());
    }

    /** Hệ số × lương cơ sở before rounding, or null. */
    public BigDecimal raw() {
        return coefficient == null || baseSalary == null ? null
                : coefficient.multiply(BigDecimal.valueOf(baseSalary)).setScale(0, RoundingMode.CEILING);
    }

    /** {@link #explanation(Locale)} in Vietnamese, as stored with the record. */
    public String explanation() {
        return explanation(Texts.VIETNAMESE);
    }

    /**
     * "0,3 × 2.340.000 = 702.000 đ, làm tròn lên 710.000 đ (Nghị định …)", followed by the note; only the note when
     * nothing was computed. The legal references are the documents' own titles and stay as they are written.
     */
    public String explanation(Locale locale) {
        return explanation(locale, legalRef);
    }

    /**
     * The explanation as a document prints it (the Diễn giải of the payment list), in Vietnamese: the references in
     * the official form, without the data's verification notes (decision 0046).
     */
    public String documentExplanation() {
        String cited = legalRef == null ? null : LegalCitation.official(legalRef);
        return explanation(Texts.VIETNAMESE, cited == null || cited.isEmpty() ? null : cited);
    }

    private String explanation(Locale locale, String reference) {
        BigDecimal raw = raw();
        String note = note(locale);
        if (raw == null) {
            return note == null ? "" : note;
        }
        StringBuilder b = new StringBuilder()
                .append(VnFormat.decimal(coefficient)).append(" × ").append(VnFormat.number(baseSalary))
                .append(" = ").append(VnFormat.money(raw.longValueExact()));
        long rounded = roundUp(raw);
        if (rounded != raw.longValueExact()) {
            b.append(Msg.of("decision.pay.roundedUp", VnFormat.money(rounded)).in(locale));
        }
        if (reference != null) {
            b.append(" (").append(reference).append(')');
        }
        if (note != null) {
            b.append("; ").append(note);
        }
        return b.toString();
    }

    /** Rounds up to the next 10.000 đ ("làm tròn số lên hàng chục nghìn đồng", NĐ 152/2025 Điều 49). */
    public static long roundUp(BigDecimal raw) {
        return raw.divide(BigDecimal.valueOf(10_000), 0, RoundingMode.CEILING).longValueExact() * 10_000;
    }

    /** A note kept with an issued decision: its Vietnamese text, the same in every language. */
    private record Stored(String text) implements Localizable {
        @Override
        public String in(Locale locale) {
            return text;
        }
    }
}
