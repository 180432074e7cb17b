package vn.tdkt.review.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.regime.domain.LegalRegime;

/**
 * Every regime with its default parameters and title bases, and the province's overrides. Immutable.
 * <p>
 * Override rule: an override applies to a review when its valid-from date is on or before the review date and on
 * or after the first day of the regime of that review; among several for one key the latest valid-from date wins
 * (then the latest change). An override made under an earlier regime therefore lapses when a new decree takes
 * effect: the province re-issues its choices for the new decree.
 */
public final class RuleBook {

    private final List<LegalRegime> regimes;
    private final Map<String, Map<RuleKey, RuleParam>> defaults;
    private final Map<String, Map<Title, String>> bases;
    private final Map<String, Map<Title, String>> ruleCodes;
    private final List<ParamOverride> overrides;

    /** A rule book whose regimes all apply the current law's title rules. */
    public RuleBook(List<LegalRegime> regimes, Map<String, Map<RuleKey, RuleParam>> defaults,
                    Map<String, Map<Title, String>> bases, List<ParamOverride> overrides) {
        this(regimes, defaults, bases, Map.of(), overrides);
    }

    /**
     * @param defaults regime code → every key's default
     * @param bases     regime code → every title's legal basis
     * @param ruleCodes regime code → the title rule applied to a title (review_title_basis.rule_code); a regime
     *                  without a code for a title takes the nearest earlier regime's, else the current law's rule
     * @throws IllegalArgumentException when a regime lacks a key or a title basis, a value does not fit its key, or
     *                                  a rule code names no rule of the engine
     */
    public RuleBook(List<LegalRegime> regimes, Map<String, Map<RuleKey, RuleParam>> defaults,
                    Map<String, Map<Title, String>> bases, Map<String, Map<Title, String>> ruleCodes,
                    List<ParamOverride> overrides) {
        this.regimes = regimes.stream().sorted(Comparator.comparing(LegalRegime::validFrom)).toList();
        for (LegalRegime r : this.regimes) {
            Map<RuleKey, RuleParam> d = defaults.getOrDefault(r.code(), Map.of());
            for (RuleKey k : RuleKey.values()) {
                RuleParam p = d.get(k);
                if (p == null) {
                    throw new IllegalArgumentException("Chế độ " + r.name() + " thiếu tham số " + k.name());
                }
                k.normalize(p.value());
            }
            Map<Title, String> b = bases.getOrDefault(r.code(), Map.of());
            for (Title t : Title.values()) {
                if (!b.containsKey(t)) {
                    throw new IllegalArgumentException("Chế độ " + r.name() + " thiếu căn cứ của " + t.label());
                }
            }
        }
        Map<String, Map<Title, String>> codes = new java.util.HashMap<>();
        Map<Title, String> inherited = new EnumMap<>(Title.class);
        for (LegalRegime r : this.regimes) {
            Map<Title, String> own = ruleCodes.getOrDefault(r.code(), Map.of());
            own.forEach((t, c) -> {
                if (!PersonRules.known(c) && !UnitRules.known(c)) {
                    throw new IllegalArgumentException("Chế độ " + r.name() + ": không có tiêu chuẩn mã " + c + " cho "
                            + t.label());
                }
            });
            inherited.putAll(own);
            codes.put(r.code(), inherited.isEmpty() ? Map.of() : new EnumMap<>(inherited));
        }
        this.ruleCodes = Map.copyOf(codes);
        this.defaults = Map.copyOf(defaults);
        this.bases = Map.copyOf(bases);
        this.overrides = overrides.stream()
                .sorted(Comparator.comparing(ParamOverride::validFrom).thenComparing(ParamOverride::changedAt))
                .toList();
    }

    public List<LegalRegime> regimes() {
        return regimes;
    }

    /** Overrides, oldest valid-from first. */
    public List<ParamOverride> overrides() {
        return overrides;
    }

    /** The regime in force on a review date. */
    public LegalRegime regimeOn(LocalDate day) {
        return regimes.stream().filter(r -> r.covers(day)).findFirst()
                .orElseThrow(() -> new AppException(Msg.of("review.regimeMissing", VnFormat.date(day),
                        VnFormat.date(regimes.get(0).validFrom()))));
    }

    /** The parameters in force for a review held on the given day. */
    public RuleSet on(LocalDate day) {
        return forRegime(regimeOn(day), day);
    }

    /**
     * The parameters of a regime as they stand on a day (used to tell how an earlier decision was taken); a day
     * before the first regime gives the first regime's defaults.
     */
    public RuleSet atOrFirst(LocalDate day) {
        return regimes.stream().filter(r -> r.covers(day)).findFirst()
                .map(r -> forRegime(r, day)).orElseGet(() -> forRegime(regimes.get(0), regimes.get(0).validFrom()));
    }

    /** A regime's defaults with the overrides that apply on {@code asOf} (see the class comment). */
    public RuleSet forRegime(LegalRegime regime, LocalDate asOf) {
        Map<RuleKey, RuleParam> params = new EnumMap<>(defaults.get(regime.code()));
        LocalDate start = overridesFrom(regime);
        for (ParamOverride o : overrides) {
            if (!o.validFrom().isBefore(start) && !o.validFrom().isAfter(asOf)) {
                RuleParam d = params.get(o.key());
                params.put(o.key(), new RuleParam(o.key(), o.value(), d.legalRef(), o));
            }
        }
        return new RuleSet(regime, params, bases.get(regime.code()), ruleCodes.getOrDefault(regime.code(), Map.of()));
    }

    /**
     * The first day from which overrides apply: the regime's start, or, for a regime that carries on the rules of
     * the one before it (the 2026 amendment inheriting NĐ 152/2025), the start of that earlier regime — the
     * province's choices for those rules stay in force.
     */
    private LocalDate overridesFrom(LegalRegime regime) {
        LegalRegime r = regime;
        for (int guard = 0; r.inherits() && guard < regimes.size(); guard++) {
            String parent = r.rulesOf();
            LegalRegime p = regimes.stream().filter(x -> x.code().equals(parent)).findFirst().orElse(null);
            if (p == null || !p.validFrom().isBefore(r.validFrom())) {
                break;
            }
            r = p;
        }
        return r.validFrom();
    }
}
