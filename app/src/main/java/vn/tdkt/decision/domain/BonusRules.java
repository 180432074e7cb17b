package vn.tdkt.decision.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.BaseSalary;
import vn.tdkt.catalog.domain.Bonus;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.domain.Recipient;
import vn.tdkt.common.domain.VnFormat;

/**
 * Tiền thưởng (docs/decisions/0003; NĐ 152/2025 Điều 49–54, NĐ 98/2023, NĐ 91/2017 chosen by the decision date through the
 * catalogue):
 * <ul>
 * <li>amount = hệ số in force on the decision date × mức lương cơ sở in force on the decision date, rounded up to the
 * next 10.000 đ;</li>
 * <li>household (hộ gia đình) = the catalogue's household coefficient, or 1,5 × the individual coefficient when the
 * catalogue has none for that date (rounding applied after the 1,5 ×);</li>
 * <li>no coefficient or no base salary → 0 with a note;</li>
 * <li>several danh hiệu thi đua of one subject for the <em>same</em> achievement period → only the highest is paid
 * (ties: the earliest decision). This is applied across the subject's whole history (not revoked): a lower title
 * pays 0 when a higher one of the same period exists anywhere; the highest pays in full even when a lower one was
 * decided (and possibly paid) earlier, and says that the lower one should not have been paid. Hình thức khen thưởng
 * are paid each, and a title and a form are both paid.</li>
 * </ul>
 */
public final class BonusRules {

    private static final BigDecimal HOUSEHOLD_FACTOR = new BigDecimal("1.5");

    private final Catalogue catalogue;

    public BonusRules(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Pays each claim in order.
     *
     * @param claims  the awards to pay (e.g. the lines of one decision)
     * @param history the subjects' other awards that are not revoked (may include the claims themselves)
     */
    public List<Payment> pay(List<AwardFact> claims, Collection<AwardFact> history) {
        Map<String, List<AwardFact>> bySubject = new HashMap<>();
        for (AwardFact h : history) {
            if (h.subjectKey() != null) {
                bySubject.computeIfAbsent(h.subjectKey(), k -> new ArrayList<>()).add(h);
            }
        }
        for (AwardFact c : claims) {
            if (c.subjectKey() != null) {
                List<AwardFact> own = bySubject.computeIfAbsent(c.subjectKey(), k -> new ArrayList<>());
                if (own.stream().noneMatch(c::sameAward)) {
                    own.add(c);
                }
            }
        }
        List<Payment> out = new ArrayList<>(claims.size());
        for (AwardFact c : claims) {
            out.add(pay(c, c.subjectKey() == null ? List.of() : bySubject.get(c.subjectKey())));
        }
        return out;
    }

    /** Pays one claim given every award of its subject (the claim included). */
    private Payment pay(AwardFact claim, List<AwardFact> ofSubject) {
        Payment base = base(claim.kindCode(), claim.recipient(), claim);
        AwardKind kind = catalogue.require(claim.kindCode());
        if (kind.category() != AwardCategory.DANH_HIEU || claim.subjectKey() == null || base.coefficient() == null) {
            return base;
        }
        List<AwardFact> samePeriod = ofSubject.stream()
                .filter(o -> o.samePeriod(claim)
                        && catalogue.kind(o.kindCode()).map(k -> k.category() == AwardCategory.DANH_HIEU).orElse(false))
                .toList();
        AwardFact winner = samePeriod.stream().min(preference()).orElse(claim);
        String rule = "chỉ được nhận tiền thưởng của danh hiệu cao nhất cùng kỳ thành tích, " + regime(base);
        if (!winner.sameAward(claim)) {
            AwardKind w = catalogue.require(winner.kindCode());
            String where = winner.decisionNo().equals(claim.decisionNo()) ? "cùng quyết định"
                    : "Quyết định số " + winner.decisionNo() + " ngày " + VnFormat.date(winner.decisionDate());
            String reason = w.rank() == kind.rank()
                    ? "Không chi: danh hiệu \"" + w.name() + "\" kỳ " + claim.period() + " đã được khen theo " + where
                    : "Không chi: cùng kỳ thành tích " + claim.period() + " có danh hiệu cao hơn \"" + w.name()
                    + "\" (" + where + ")";
            return base.unpaid(reason + "; " + rule);
        }
        List<String> lowerElsewhere = samePeriod.stream()
                .filter(o -> !o.sameAward(claim) && !o.decisionNo().equals(claim.decisionNo()))
                .map(o -> "\"" + catalogue.require(o.kindCode()).name() + "\" (Quyết định số " + o.decisionNo() + ")")
                .toList();
        if (lowerElsewhere.isEmpty()) {
            return base;
        }
        return base.withNote("Cùng kỳ thành tích " + claim.period() + " còn có " + String.join(", ", lowerElsewhere)
                + ": không được nhận tiền thưởng, nếu đã chi thì phải thu hồi (" + rule + ")");
    }

    /** Highest rank first, then the earliest decision. */
    private Comparator<AwardFact> preference() {
        return Comparator.<AwardFact>comparingInt(f -> -catalogue.require(f.kindCode()).rank())
                .thenComparing(AwardFact::decisionDate)
                .thenComparing(AwardFact::decisionNo);
    }

    /** The amount before the same-period rule. */
    private Payment base(String kindCode, Recipient recipient, AwardFact claim) {
        Optional<Bonus> bonus = catalogue.bonus(kindCode, recipient, claim.decisionDate());
        if (bonus.isPresent()) {
            Bonus b = bonus.get();
            return new Payment(b.amount(), b.coefficient(), b.baseSalary(), b.coefficientRef() + "; " + b.salaryRef(), null);
        }
        AwardKind kind = catalogue.require(kindCode);
        Optional<BaseSalary> salary = catalogue.baseSalary(claim.decisionDate());
        if (recipient == Recipient.HO_GIA_DINH && salary.isPresent()) {
            Optional<Bonus> single = catalogue.bonus(kindCode, Recipient.CA_NHAN, claim.decisionDate());
            if (single.isPresent()) {
                BigDecimal coef = single.get().coefficient().multiply(HOUSEHOLD_FACTOR);
                long amount = Payment.roundUp(coef.multiply(BigDecimal.valueOf(salary.get().amount())));
                return new Payment(amount, coef, salary.get().amount(),
                        single.get().coefficientRef() + "; " + salary.get().legalRef(),
                        "hộ gia đình = 1,5 × hệ số cá nhân " + VnFormat.decimal(single.get().coefficient()));
            }
        }
        String why = salary.isEmpty() ? "chưa có mức lương cơ sở" : "không có hệ số tiền thưởng";
        return Payment.none("Không kèm tiền thưởng: " + why + " cho \"" + kind.name() + "\" ("
                + recipient.label().toLowerCase(Locale.ROOT) + ") tại ngày " + VnFormat.date(claim.decisionDate()));
    }

    /** "theo Nghị định 152/2025/NĐ-CP" from the coefficient's legal reference. */
    private static String regime(Payment p) {
        String ref = p.legalRef() == null ? "" : p.legalRef();
        int comma = ref.indexOf(',');
        int semi = ref.indexOf(';');
        int cut = comma < 0 ? semi : semi < 0 ? comma : Math.min(comma, semi);
        return "theo " + (cut < 0 ? ref : ref.substring(0, cut));
    }
}
