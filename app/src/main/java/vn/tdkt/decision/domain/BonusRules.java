package vn.tdkt.decision.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.BaseSalary;
import vn.tdkt.catalog.domain.Bonus;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.domain.Coefficient;
import vn.tdkt.catalog.domain.Recipient;
import vn.tdkt.common.domain.Localizable;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.export.domain.LegalCitation;

/**
 * Tiền thưởng (NĐ 152/2025 Điều 49–54, NĐ 98/2023, NĐ 91/2017, NĐ 42/2010 chosen by the decision date
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
    /** The household rule when the catalogue has no household row of its own (NĐ 152/2025 Điều 54). */
    private static final Msg HOUSEHOLD_REF = Msg.of("decision.pay.householdRule");

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
        Msg rule = Msg.of("decision.pay.highestOnly", regime(base));
        if (!winner.sameAward(claim)) {
            AwardKind w = catalogue.require(winner.kindCode());
            Msg where = winner.sameDecision(claim) ? Msg.of("decision.pay.sameDecision")
                    : Msg.of("decision.pay.decisionRef", winner.decisionNo(), VnFormat.date(winner.decisionDate()));
            Msg reason = w.rank() == kind.rank()
                    ? Msg.of("decision.pay.alreadyAwarded", w.name(), claim.period(), where, rule)
                    : Msg.of("decision.pay.higherTitle", claim.period(), w.name(), where, rule);
            return base.unpaid(reason);
        }
        List<Msg> lowerElsewhere = samePeriod.stream()
                .filter(o -> !o.sameAward(claim) && !o.sameDecision(claim) && o.sameMoment(claim))
                .map(o -> Msg.of("decision.pay.titleInDecision", catalogue.require(o.kindCode()).name(), o.decisionNo(),
                        VnFormat.date(o.decisionDate())))
                .toList();
        if (lowerElsewhere.isEmpty()) {
            return base;
        }
        Localizable titles = locale -> String.join(", ", lowerElsewhere.stream().map(m -> m.in(locale)).toList());
        return base.withNote(Msg.of("decision.pay.lowerElsewhere", claim.period(), titles, rule));
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
                return Payment.of(b.amount(), b.coefficient(), b.baseSalary(), b.coefficientRef() + "; " + b.salaryRef(), null);
            }
        }
        AwardKind kind = catalogue.require(kindCode);
        Optional<BaseSalary> salary = catalogue.baseSalary(claim.decisionDate());
        Msg why = Msg.of(salary.isEmpty() ? "decision.pay.noBaseSalary" : "decision.pay.noCoefficient");
        Localizable who = locale -> recipient.text(locale).toLowerCase(locale);
        return Payment.none(Msg.of("decision.pay.none", why, kind.name(), who, VnFormat.date(claim.decisionDate())));
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
        Bonus s = single.get();
        Bonus h = catalogue.householdBonus(kindCode, factor, row.map(Coefficient::legalRef).orElse(HOUSEHOLD_REF.vi()), date)
                .orElseThrow();
        Payment individual = Payment.of(s.amount(), s.coefficient(), s.baseSalary(), null, null);
        long raw = factor.multiply(BigDecimal.valueOf(s.amount())).setScale(0, RoundingMode.CEILING).longValueExact();
        Localizable perPerson = individual::explanation;
        String legalRef = row.map(Coefficient::legalRef).orElse(HOUSEHOLD_REF.vi()) + "; " + s.coefficientRef() + "; "
                + s.salaryRef();
        // the explanation is printed in the Diễn giải: the texts in force in their official form, no data notes (0046)
        String cited = LegalCitation.official(legalRef);
        Msg computed = h.amount() == raw ? Msg.of("decision.pay.household", VnFormat.decimal(factor),
                VnFormat.money(s.amount()), perPerson, VnFormat.money(raw), cited)
                : Msg.of("decision.pay.householdRounded", VnFormat.decimal(factor), VnFormat.money(s.amount()),
                        perPerson, VnFormat.money(raw), VnFormat.money(h.amount()), cited);
        return Optional.of(Payment.of(h.amount(), null, s.baseSalary(), legalRef, computed));
    }

    /** "theo Nghị định 152/2025/NĐ-CP" from the coefficient's legal reference. */
    private static String regime(Payment p) {
        String ref = p.legalRef() == null ? "" : p.legalRef();
        int comma = ref.indexOf(',');
        int semi = ref.indexOf(';');
        int cut = comma < 0 ? semi : semi < 0 ? comma : Math.min(comma, semi);
        return cut < 0 ? ref : ref.substring(0, cut);
    }
}
