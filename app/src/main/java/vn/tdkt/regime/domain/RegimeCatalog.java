package vn.tdkt.regime.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.VnFormat;

/** Every legal regime, oldest first; finds the one in force on a date and resolves inherited rules. Immutable. */
public final class RegimeCatalog {

    private final List<LegalRegime> regimes;
    /** The office's own wording, by regime code (README decision 149); a regime or wording absent has the default. */
    private final Map<String, Map<Wording, String>> wordings;

    public RegimeCatalog(List<LegalRegime> regimes) {
        this(regimes, Map.of());
    }

    public RegimeCatalog(List<LegalRegime> regimes, Map<String, Map<Wording, String>> wordings) {
        Map<String, Map<Wording, String>> copy = new HashMap<>();
        wordings.forEach((code, texts) -> copy.put(code, Map.copyOf(texts)));
        this.wordings = Map.copyOf(copy);
        this.regimes = regimes.stream().sorted(Comparator.comparing(LegalRegime::validFrom)).toList();
        for (LegalRegime r : this.regimes) {
            rulesRegime(r);
        }
    }

    public List<LegalRegime> regimes() {
        return regimes;
    }

    public Optional<LegalRegime> find(String code) {
        return regimes.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public LegalRegime require(String code) {
        return find(code).orElseThrow(() -> new AppException(Msg.of("regime.problem.unknown", code)));
    }

    /** The regime in force on a day (the latest start wins if periods overlap). */
    public Optional<LegalRegime> on(LocalDate day) {
        return regimes.stream().filter(r -> r.covers(day)).max(Comparator.comparing(LegalRegime::validFrom));
    }

    /** The regime in force on a day, or a Vietnamese error naming the first supported day. */
    public LegalRegime requireOn(LocalDate day) {
        return on(day).orElseThrow(() -> new AppException(Msg.of("regime.problem.noneOn", VnFormat.date(day),
                regimes.isEmpty() ? "" : VnFormat.date(regimes.get(0).validFrom()))));
    }

    /** The regime whose rules apply to this one: itself, or the end of its rules_of chain. */
    public LegalRegime rulesRegime(LegalRegime regime) {
        Set<String> seen = new HashSet<>();
        LegalRegime r = regime;
        while (r.inherits()) {
            if (!seen.add(r.code())) {
                throw new IllegalArgumentException("Chế độ pháp lý " + regime.code() + " kế thừa vòng tròn");
            }
            String parent = r.rulesOf();
            r = regimes.stream().filter(x -> x.code().equals(parent)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Chế độ " + regime.code() + " kế thừa " + parent
                            + " không có trong danh mục"));
        }
        return r;
    }

    /** The căn cứ lines of a document under a regime: its own, else those of the regime it inherits from. */
    public List<String> basis(LegalRegime regime, RegimeDocument document) {
        LegalRegime r = regime;
        Set<String> seen = new HashSet<>();
        while (r.ownBasis(document).isEmpty() && r.inherits() && seen.add(r.code())) {
            r = require(r.rulesOf());
        }
        return r.ownBasis(document);
    }

    /**
     * A regime's wording: the office's own text for that regime, else the app's default. Never another regime's: an
     * edit of one regime does not reach the documents of another (README decision 149).
     */
    public String wording(LegalRegime regime, Wording wording) {
        return wordings.getOrDefault(regime.code(), Map.of()).getOrDefault(wording, wording.defaultText());
    }

    /** Whether the office has its own text of this wording for the regime. */
    public boolean edited(LegalRegime regime, Wording wording) {
        return wordings.getOrDefault(regime.code(), Map.of()).containsKey(wording);
    }

    /** The căn cứ lines of a document dated that day. */
    public List<String> basisOn(LocalDate day, RegimeDocument document) {
        return basis(requireOn(day), document);
    }

    /**
     * The day whose regime a document of a dossier cites: today when the dossier's regime is in force, else the
     * last (or first) day of that regime.
     */
    public static LocalDate dayWithin(LegalRegime regime, LocalDate today) {
        if (regime == null || regime.covers(today)) {
            return today;
        }
        return today.isBefore(regime.validFrom()) ? regime.validFrom() : regime.validTo();
    }
}
