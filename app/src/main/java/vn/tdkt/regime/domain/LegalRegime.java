package vn.tdkt.regime.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A legal regime (luật + nghị định + thông tư in force over a period): the one type every feature uses to tell which
 * rules, coefficients, dossier checklist and document wording apply on a date.
 *
 * @param validTo  last day (inclusive), null while still in force
 * @param rulesOf  the regime whose rules, checklists and căn cứ lines apply while this one has none of its own
 *                 (the 2026 amendment inherits NĐ 152/2025; NĐ 42/2010 uses NĐ 91/2017's review rules); null if own
 * @param verified false while the text is reported but not read (the province confirms it on the parameters screen)
 * @param basis    the regime's own căn cứ lines per document (empty lists when it inherits them)
 */
public record LegalRegime(String code, String name, String legalRefs, LocalDate validFrom, LocalDate validTo,
                          String rulesOf, boolean verified, String note, Map<RegimeDocument, List<String>> basis) {

    public LegalRegime {
        Map<RegimeDocument, List<String>> copy = new EnumMap<>(RegimeDocument.class);
        for (RegimeDocument d : RegimeDocument.values()) {
            copy.put(d, List.copyOf(basis == null ? List.of() : basis.getOrDefault(d, List.of())));
        }
        basis = Map.copyOf(copy);
    }

    /** A verified regime with its own rules and no căn cứ lines (tests, simple uses). */
    public static LegalRegime of(String code, String name, String legalRefs, LocalDate validFrom, LocalDate validTo) {
        return new LegalRegime(code, name, legalRefs, validFrom, validTo, null, true, null, Map.of());
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether the regime borrows the rules of another one. */
    public boolean inherits() {
        return rulesOf != null;
    }

    /** The regime's own căn cứ lines for a document (may be empty: see {@link RegimeCatalog#basis}). */
    public List<String> ownBasis(RegimeDocument document) {
        return basis.get(document);
    }
}
