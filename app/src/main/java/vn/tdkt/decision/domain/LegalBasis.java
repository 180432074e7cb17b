package vn.tdkt.decision.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.regime.domain.RegimeCatalog;
import vn.tdkt.regime.domain.RegimeDocument;

/**
 * The căn cứ lines a new quyết định khen thưởng starts with: those of the legal regime in force on its date, from
 * the one regime table (legal_regime_basis, document QUYET_DINH), then "Theo đề nghị của …", which names who
 * proposed. The clerk edits them freely.
 */
public final class LegalBasis {

    private static final String PROPOSAL = "Theo đề nghị của Giám đốc Sở Nội vụ.";

    private LegalBasis() {
    }

    /** The regime's lines for that date (none when no regime covers it, or no date yet), then the proposal line. */
    public static List<String> defaults(RegimeCatalog regimes, LocalDate decisionDate) {
        List<String> out = new ArrayList<>();
        LocalDate day = decisionDate == null ? LocalDate.now() : decisionDate;
        regimes.on(day).ifPresent(r -> out.addAll(regimes.basis(r, RegimeDocument.QUYET_DINH)));
        out.add(PROPOSAL);
        return List.copyOf(out);
    }

    /** Nơi nhận of a new decision: Điều 3's executors, the issuer's leaders, the archive (last line "Lưu: …"). */
    public static List<String> copyTo() {
        return List.of("Như Điều 3;", "Lưu: VT, NC.");
    }
}
