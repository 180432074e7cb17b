package vn.tdkt.decision.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import vn.tdkt.catalog.domain.Coefficient;
import vn.tdkt.catalog.domain.Recipient;
import vn.tdkt.common.domain.VnFormat;

/**
 * Tiền thưởng (domain-law §6; NĐ 152/2025 Điều 49–54, NĐ 98/2023, NĐ 91/2017, NĐ 42/2010 chosen by the decision date
 * through the catalogue):
 * <ul>
 * <li>amount = hệ số in force on the decision date × mức lương cơ sở in force on the decision date, rounded up to the
 * next 10.000 đ;</li>
 * <li>household (hộ gia đình) = 1,5 × the individual's AMOUNT (NĐ 152/2025 Điều 54), rounded up to the next 10.000 đ
 * (see {@link Catalogue#householdBonus});</li>
 * <li>no coefficient or no base salary → 0 with a note;</li>
 * <li>several danh hiệu thi đua of one subject for the <em>same</em> achievement period awarded at the same moment
 * (cùng một thời điểm: the same decision date — NĐ 152/2025 Điều 49 khoản 5, the same rule in the earlier decrees)
 * → only the highest is paid (ties: the first decision); the same title twice for one period is paid once, to the
 * first decision (Luật 2022 Điều 5: không khen thưởng nhiều lần cho một thành tích). Different titles decided at
 * different moments are each paid: a later
 * decision never changes the money of an earlier one, and an issued list is never changed afterwards. Hình thức
 * khen thưởng are paid each, and a title and a form are both paid.</li>
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
                .filter(o -> o.samePeriod(claim) && (o.sameMoment(claim) || o.kindCode().equals(claim.kindCode()))
                        && catalogue.kind(o.kindCode()).map(k -> k.category() == AwardCategory.DANH_HIEU).orElse(false))
                .toList();
        AwardFact winner = samePeriod.stream().min(preference()).orElse(claim);
        String rule = "chỉ được nhận tiền thưởng của danh hiệu cao nhất cùng kỳ thành tích, " + regime(base);
        if (!winner.sameAward(claim)) {
            AwardKind w = catalogue.require(winner.kindCode());
            String where = winner.sameDecision(claim) ? "cùng quyết định"
                    : "Quyết định số " + winner.decisionNo() + " ngày " + VnFormat.date(winner.decisionDate());
            String reason = w.rank() == kind.rank()
                    ? "Không chi: danh hiệu \"" + w.name() + "\" kỳ " + claim.period() + " đã được khen theo " + where
                    : "Không chi: cùng kỳ thành tích " + claim.period() + " có danh hiệu cao hơn \"" + w.name()
                    + "\" (" + where + ")";
            return base.unpaid(reason + "; " + rule);
        }
        List<String> lowerElsewhere = samePeriod.stream()
                .filter(o -> !o.sameAward(claim) && !o.sameDecision(claim) && o.sameMoment(claim))
                .map(o -> "\"" + catalogue.require(o.kindCode()).name() + "\" (Quyết định số " + o.decisionNo() + " ngày "
                        + VnFormat.date(o.decisionDate()) + ")")
                .toList();
        if (lowerElsewhere.isEmpty()) {
            return base;
        }
        return base.withNote("Cùng kỳ thành tích " + claim.period() + ", cùng thời điểm còn có "
                + String.join(", ", lowerElsewhere) + ": danh sách đã ban hành không thay đổi; nếu đã chi tiền thưởng "
                + "của danh hiệu thấp hơn thì lập quyết định thu hồi riêng (" + rule + ")");
    }

    /** Highest rank first, then the earliest decision. */
    private Comparator<AwardFact> preference() {
        return Comparator.<AwardFact>comparingInt(f -> -catalogue.require(f.kindCode()).rank())
                .thenComparing(AwardFact::decisionDate)
                .thenComparing(AwardFact::decisionNo);
    }

    /** The amount before the same-period rule. */
    private Payment base(String kindCode, Recipient recipient, AwardFact claim) {
        if (recipient == Recipient.HO_GIA_DINH) {
            Optional<Payment> household = household(kindCode, claim.decisionDate());
            if (household.isPresent()) {
                return household.get();
            }
        } else {
            Optional<Bonus> bonus = catalogue.bonus(kindCode, recipient, claim.decisionDate());
            if (bonus.isPresent()) {
                Bonus b = bonus.get();
                return new Payment(b.amount(), b.coefficient(), b.baseSalary(), b.coefficientRef() + "; " + b.salaryRef(), null);
            }
        }
        AwardKind kind = catalogue.require(kindCode);
        Optional<BaseSalary> salary = catalogue.baseSalary(claim.decisionDate());
        String why = salary.isEmpty() ? "chưa có mức lương cơ sở" : "không có hệ số tiền thưởng";
        return Payment.none("Không kèm tiền thưởng: " + why + " cho \"" + kind.name() + "\" ("
                + recipient.label().toLowerCase(Locale.ROOT) + ") tại ngày " + VnFormat.date(claim.decisionDate()));
    }

    /**
     * A household: 1,5 × the individual's amount of the same form (the catalogue's household factor where it has
     * one, NĐ 152/2025 Điều 54), rounded up to 10.000 đ; explained step by step (no coefficient of its own).
     */
    private Optional<Payment> household(String kindCode, LocalDate date) {
        Optional<Bonus> single = catalogue.bonus(kindCode, Recipient.CA_NHAN, date);
        if (single.isEmpty()) {
            return Optional.empty();
        }
        Optional<Coefficient> row = catalogue.coefficient(kindCode, Recipient.HO_GIA_DINH, date);
        BigDecimal factor = row.map(Coefficient::value).orElse(HOUSEHOLD_FACTOR);
        String ref = row.map(Coefficient::legalRef).orElse("hộ gia đình: 1,5 lần mức tiền thưởng của cá nhân");
        Bonus s = single.get();
        Bonus h = catalogue.householdBonus(kindCode, factor, ref, date).orElseThrow();
        Payment individual = new Payment(s.amount(), s.coefficient(), s.baseSalary(), null, null);
        BigDecimal raw = factor.multiply(BigDecimal.valueOf(s.amount()));
        String note = "hộ gia đình = " + VnFormat.decimal(factor) + " × " + VnFormat.money(s.amount())
                + " (mức tiền thưởng của cá nhân: " + individual.explanation() + ") = "
                + VnFormat.money(raw.setScale(0, java.math.RoundingMode.CEILING).longValueExact())
                + (h.amount() == raw.setScale(0, java.math.RoundingMode.CEILING).longValueExact() ? ""
                        : ", làm tròn lên " + VnFormat.money(h.amount()))
                + " (" + ref + "; " + s.coefficientRef() + "; " + s.salaryRef() + ")";
        return Optional.of(new Payment(h.amount(), null, s.baseSalary(), ref + "; " + s.coefficientRef() + "; "
                + s.salaryRef(), note));
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
