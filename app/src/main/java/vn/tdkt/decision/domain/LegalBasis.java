package vn.tdkt.decision.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.tdkt.regime.domain.RegimeCatalog;
import vn.tdkt.regime.domain.RegimeDocument;
import vn.tdkt.regime.domain.Wording;
import vn.tdkt.regime.domain.WordingTemplate;

/**
 * The căn cứ lines a new quyết định khen thưởng starts with: the wording {@link Wording#QD_CAN_CU} of the legal regime in
 * force on its date (README decision 149; by default the regime's lines from legal_regime_basis, document QUYET_DINH,
 * then "Theo đề nghị của Giám đốc Sở Nội vụ."), filled with the regime's lines and the year. The clerk edits them freely.
 */
public final class LegalBasis {

    private static final String PROPOSAL = "Theo đề nghị của Giám đốc Sở Nội vụ.";

    private LegalBasis() {
    }

    /** The regime's wording filled for that date (only the proposal line when no regime covers it; no date: today). */
    public static List<String> defaults(RegimeCatalog regimes, LocalDate decisionDate) {
        LocalDate day = decisionDate == null ? LocalDate.now() : decisionDate;
        return regimes.on(day).map(r -> WordingTemplate.fill(regimes.wording(r, Wording.QD_CAN_CU), Map.of(
                        "can_cu_che_do", String.join("\n", regimes.basis(r, RegimeDocument.QUYET_DINH)),
                        "nam", String.valueOf(day.getYear()))))
                .orElse(List.of(PROPOSAL));
    }

    /** Nơi nhận of a new decision: Điều 3's executors, the issuer's leaders, the archive (last line "Lưu: …"). */
    public static List<String> copyTo() {
        return List.of("Như Điều 3;", "Lưu: VT, NC.");
    }
}
