package vn.tdkt.decision.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.export.domain.LegalCitation;

/**
 * Tiền thưởng of one recipient with what it was computed from.
 *
 * @param coefficient hệ số used, or null when the award carries no money
 * @param baseSalary  mức lương cơ sở used, or null
 * @param legalRef    legal references of the coefficient and the base salary
 * @param note        why the amount differs from coefficient × base salary (not paid, household, …), or null
 */
public record Payment(long amount, BigDecimal coefficient, Long baseSalary, String legalRef, String note) {

    public static Payment none(String note) {
        return new Payment(0, null, null, null, note);
    }

    /** The same computation with the amount set to 0 and a note saying why. */
    public Payment unpaid(String reason) {
        return new Payment(0, coefficient, baseSalary, legalRef, reason);
    }

    public Payment withNote(String extra) {
        return new Payment(amount, coefficient, baseSalary, legalRef, note == null ? extra : note + "; " + extra);
    }

    /** Hệ số × lương cơ sở before rounding, or null. */
    public BigDecimal raw() {
        return coefficient == null || baseSalary == null ? null
                : coefficient.multiply(BigDecimal.valueOf(baseSalary)).setScale(0, RoundingMode.CEILING);
    }

    /**
     * "0,3 × 2.340.000 = 702.000 đ, làm tròn lên 710.000 đ (Nghị định …)", followed by the note; only the note when
     * nothing was computed.
     */
    public String explanation() {
        return explanation(legalRef);
    }

    /**
     * The explanation as a document prints it (the Diễn giải of the payment list): the references in the official form,
     * without the data's verification notes (decision 0046).
     */
    public String documentExplanation() {
        String cited = legalRef == null ? null : LegalCitation.official(legalRef);
        return explanation(cited == null || cited.isEmpty() ? null : cited);
    }

    private String explanation(String reference) {
        BigDecimal raw = raw();
        if (raw == null) {
            return note == null ? "" : note;
        }
        StringBuilder b = new StringBuilder()
                .append(VnFormat.decimal(coefficient)).append(" × ").append(VnFormat.number(baseSalary))
                .append(" = ").append(VnFormat.money(raw.longValueExact()));
        long rounded = roundUp(raw);
        if (rounded != raw.longValueExact()) {
            b.append(", làm tròn lên ").append(VnFormat.money(rounded));
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
}
