package vn.tdkt.catalog.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.common.domain.VietnameseText;

/**
 * The award catalogue as loaded from the database: kinds, accepted names, coefficients and base salaries,
 * all versioned by date. Immutable; a snapshot for one piece of work.
 */
public final class Catalogue {

    private final Map<String, AwardKind> byCode = new LinkedHashMap<>();
    private final Map<String, String> aliasToCode;
    private final List<Coefficient> coefficients;
    private final List<BaseSalary> salaries;

    public Catalogue(Collection<AwardKind> kinds, Map<String, String> aliasToCode, List<Coefficient> coefficients,
                     List<BaseSalary> salaries) {
        kinds.stream().sorted(Comparator.comparingInt(AwardKind::rank)).forEach(k -> byCode.put(k.code(), k));
        this.aliasToCode = Map.copyOf(aliasToCode);
        this.coefficients = List.copyOf(coefficients);
        this.salaries = List.copyOf(salaries);
    }

    /** Kinds from lowest to highest rank. */
    public List<AwardKind> kinds() {
        return List.copyOf(byCode.values());
    }

    public Optional<AwardKind> kind(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public AwardKind require(String code) {
        AwardKind k = byCode.get(code);
        if (k == null) {
            throw new IllegalArgumentException("Không có danh hiệu/hình thức mã " + code);
        }
        return k;
    }

    /** Finds a kind by its full name, an accepted older name, an abbreviation or its code; case and diacritics ignored. */
    public Optional<AwardKind> resolve(String text) {
        String f = VietnameseText.fold(text).replace('“', ' ').replace('”', ' ').replace('"', ' ').trim();
        if (f.isEmpty()) {
            return Optional.empty();
        }
        String code = aliasToCode.get(f);
        if (code == null) {
            code = byCode.keySet().stream().filter(c -> c.equalsIgnoreCase(text.trim())).findFirst()
                    .orElseGet(() -> byCode.values().stream().filter(k -> VietnameseText.fold(k.name()).equals(f))
                            .map(AwardKind::code).findFirst().orElse(null));
        }
        return Optional.ofNullable(code).map(byCode::get);
    }

    public Optional<Coefficient> coefficient(String kindCode, Recipient recipient, LocalDate decisionDate) {
        return coefficients.stream()
                .filter(c -> c.kindCode().equals(kindCode) && c.recipient() == recipient && c.validOn(decisionDate))
                .findFirst();
    }

    public Optional<BaseSalary> baseSalary(LocalDate day) {
        return salaries.stream().filter(s -> s.validOn(day)).findFirst();
    }

    public List<BaseSalary> baseSalaries() {
        return salaries;
    }

    public List<Coefficient> coefficients() {
        return coefficients;
    }

    /**
     * Bonus money of NĐ 152/2025 Điều 49 (same wording in NĐ 98/2023, NĐ 91/2017): coefficient in force on the
     * decision date × base salary in force on the decision date, rounded up to the next 10.000 đ.
     */
    public Optional<Bonus> bonus(String kindCode, Recipient recipient, LocalDate decisionDate) {
        Optional<Coefficient> c = coefficient(kindCode, recipient, decisionDate);
        Optional<BaseSalary> s = baseSalary(decisionDate);
        if (c.isEmpty() || s.isEmpty()) {
            return Optional.empty();
        }
        if (recipient == Recipient.HO_GIA_DINH) {
            return householdBonus(kindCode, c.get().value(), c.get().legalRef(), decisionDate);
        }
        long rounded = roundUp(c.get().value().multiply(BigDecimal.valueOf(s.get().amount())));
        return Optional.of(new Bonus(rounded, c.get().value(), s.get().amount(), c.get().legalRef(), s.get().legalRef()));
    }

    /**
     * A household's bonus (NĐ 152/2025 Điều 54: "mức tiền thưởng bằng 1,5 lần mức tiền thưởng tương ứng với các hình
     * thức khen thưởng tặng cho cá nhân"): {@code factor} × the individual's AMOUNT (already rounded up to 10.000 đ by
     * Điều 49), the product rounded up to the next 10.000 đ again. The bonus's coefficient is the effective one
     * (factor × the individual coefficient), for display.
     */
    public Optional<Bonus> householdBonus(String kindCode, BigDecimal factor, String factorRef, LocalDate decisionDate) {
        return bonus(kindCode, Recipient.CA_NHAN, decisionDate).map(single -> new Bonus(
                roundUp(factor.multiply(BigDecimal.valueOf(single.amount()))), single.coefficient().multiply(factor),
                single.baseSalary(), factorRef + " × " + single.coefficientRef(), single.salaryRef()));
    }

    /** Rounded up to the next 10.000 đ ("làm tròn số lên hàng chục nghìn đồng", NĐ 152/2025 Điều 49). */
    public static long roundUp(BigDecimal amount) {
        return amount.divide(BigDecimal.valueOf(10_000), 0, RoundingMode.CEILING).longValueExact() * 10_000;
    }
}
