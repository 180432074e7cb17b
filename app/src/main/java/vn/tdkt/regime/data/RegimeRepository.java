package vn.tdkt.regime.data;

import static vn.tdkt.common.data.jooq.Tables.LEGAL_REGIME;
import static vn.tdkt.common.data.jooq.Tables.LEGAL_REGIME_BASIS;
import static vn.tdkt.common.data.jooq.Tables.REGIME_WORDING;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import vn.tdkt.common.domain.Session;
import vn.tdkt.regime.domain.LegalRegime;
import vn.tdkt.regime.domain.RegimeCatalog;
import vn.tdkt.regime.domain.RegimeDocument;
import vn.tdkt.regime.domain.Wording;

/** Reads the legal regimes with their căn cứ lines and the office's wording; records the text of an amendment. */
public final class RegimeRepository {

    public RegimeCatalog catalog(DSLContext dsl) {
        Map<String, Map<RegimeDocument, List<String>>> lines = new HashMap<>();
        dsl.selectFrom(LEGAL_REGIME_BASIS)
                .orderBy(LEGAL_REGIME_BASIS.REGIME_CODE, LEGAL_REGIME_BASIS.DOCUMENT, LEGAL_REGIME_BASIS.LINE_NO)
                .fetch().forEach(r -> lines.computeIfAbsent(r.getRegimeCode(), k -> new EnumMap<>(RegimeDocument.class))
                        .computeIfAbsent(RegimeDocument.valueOf(r.getDocument()), k -> new ArrayList<>()).add(r.getText()));
        List<LegalRegime> regimes = dsl.selectFrom(LEGAL_REGIME).orderBy(LEGAL_REGIME.VALID_FROM)
                .fetch(r -> new LegalRegime(r.getCode(), r.getName(), r.getLegalRefs(), r.getValidFrom(), r.getValidTo(),
                        r.getRulesOf(), Boolean.TRUE.equals(r.getVerified()), r.getNote(),
                        lines.getOrDefault(r.getCode(), Map.of())));
        Map<String, Map<Wording, String>> wordings = new HashMap<>();
        dsl.selectFrom(REGIME_WORDING).fetch().forEach(r -> wordings.computeIfAbsent(r.getRegimeCode(),
                k -> new EnumMap<>(Wording.class)).put(Wording.valueOf(r.getWording()), r.getBody()));
        return new RegimeCatalog(regimes, wordings);
    }

    /** Writes the office's text of a wording for a regime, replacing the previous one. */
    public void saveWording(DSLContext dsl, String code, Wording wording, String body, String user, LocalDateTime at) {
        resetWording(dsl, code, wording);
        dsl.insertInto(REGIME_WORDING).set(REGIME_WORDING.REGIME_CODE, code).set(REGIME_WORDING.WORDING, wording.name())
                .set(REGIME_WORDING.BODY, body).set(REGIME_WORDING.UPDATED_BY, Session.author(user))
                .set(REGIME_WORDING.UPDATED_AT, at).execute();
    }

    /** Drops the office's text: the regime has the default wording again. */
    public void resetWording(DSLContext dsl, String code, Wording wording) {
        dsl.deleteFrom(REGIME_WORDING).where(REGIME_WORDING.REGIME_CODE.eq(code))
                .and(REGIME_WORDING.WORDING.eq(wording.name())).execute();
    }

    /** Rewrites a regime's texts and start, and closes the previous regime the day before. */
    public void recordText(DSLContext dsl, String code, String name, String legalRefs, LocalDate validFrom,
                           String previousCode, String note, Map<RegimeDocument, List<String>> basis, String user,
                           LocalDateTime at) {
        dsl.update(LEGAL_REGIME).set(LEGAL_REGIME.NAME, name).set(LEGAL_REGIME.LEGAL_REFS, legalRefs)
                .set(LEGAL_REGIME.VALID_FROM, validFrom).set(LEGAL_REGIME.VERIFIED, true).set(LEGAL_REGIME.NOTE, note)
                .set(LEGAL_REGIME.UPDATED_BY, Session.author(user)).set(LEGAL_REGIME.UPDATED_AT, at)
                .where(LEGAL_REGIME.CODE.eq(code)).execute();
        if (previousCode != null) {
            dsl.update(LEGAL_REGIME).set(LEGAL_REGIME.VALID_TO, validFrom.minusDays(1))
                    .where(LEGAL_REGIME.CODE.eq(previousCode)).execute();
        }
        dsl.deleteFrom(LEGAL_REGIME_BASIS).where(LEGAL_REGIME_BASIS.REGIME_CODE.eq(code)).execute();
        basis.forEach((document, list) -> {
            for (int i = 0; i < list.size(); i++) {
                dsl.insertInto(LEGAL_REGIME_BASIS).set(LEGAL_REGIME_BASIS.REGIME_CODE, code)
                        .set(LEGAL_REGIME_BASIS.DOCUMENT, document.name()).set(LEGAL_REGIME_BASIS.LINE_NO, i + 1)
                        .set(LEGAL_REGIME_BASIS.TEXT, list.get(i)).execute();
            }
        });
    }
}
