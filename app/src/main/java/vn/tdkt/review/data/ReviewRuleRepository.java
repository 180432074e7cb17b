package vn.tdkt.review.data;

import static vn.tdkt.common.data.jooq.Tables.REVIEW_PARAM;
import static vn.tdkt.common.data.jooq.Tables.REVIEW_PARAM_OVERRIDE;
import static vn.tdkt.common.data.jooq.Tables.REVIEW_TITLE_BASIS;
import static vn.tdkt.common.data.jooq.Tables.REVIEW_TITLE_RULE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.common.domain.Session;
import vn.tdkt.regime.data.RegimeRepository;
import vn.tdkt.regime.domain.LegalRegime;
import vn.tdkt.regime.domain.RegimeCatalog;
import vn.tdkt.review.domain.ParamOverride;
import vn.tdkt.review.domain.RuleBook;
import vn.tdkt.review.domain.RuleKey;
import vn.tdkt.review.domain.RuleParam;
import vn.tdkt.review.domain.Title;

/**
 * Reads the review regimes (the legal regimes of {@link RegimeRepository}), their default parameters and title bases,
 * and the province overrides; appends overrides.
 */
public final class ReviewRuleRepository {

    public RuleBook load(DSLContext dsl) {
        RegimeCatalog catalog = new RegimeRepository().catalog(dsl);
        List<LegalRegime> regimes = catalog.regimes();
        Map<String, Map<RuleKey, RuleParam>> defaults = new HashMap<>();
        dsl.selectFrom(REVIEW_PARAM).fetch().forEach(r -> {
            RuleKey key = RuleKey.valueOf(r.getParamKey());
            defaults.computeIfAbsent(r.getRegimeCode(), k -> new EnumMap<>(RuleKey.class))
                    .put(key, new RuleParam(key, r.getVal(), r.getLegalRef(), null));
        });
        Map<String, Map<Title, String>> bases = new HashMap<>();
        Map<String, Map<Title, String>> ruleCodes = new HashMap<>();
        dsl.selectFrom(REVIEW_TITLE_BASIS).fetch().forEach(r -> {
            Map<Title, String> m = bases.computeIfAbsent(r.getRegimeCode(), k -> new EnumMap<>(Title.class));
            for (Title t : Title.values()) {
                if (t.kindCode().equals(r.getKindCode())) {
                    m.put(t, r.getLegalRef());
                    if (r.getRuleCode() != null && (t.subject() == AwardSubject.CA_NHAN || onlyTitleOfKind(t))) {
                        ruleCodes.computeIfAbsent(r.getRegimeCode(), k -> new EnumMap<>(Title.class)).put(t, r.getRuleCode());
                    }
                }
            }
        });
        // A review title that shares its award kind with another (V140: BK_TTG_TAP_THE, BK_TINH_DOT_XUAT, …) has its
        // own basis and rule code; its row wins over the kind's.
        dsl.selectFrom(REVIEW_TITLE_RULE).fetch().forEach(r -> {
            Title t = Title.valueOf(r.getTitleCode());
            bases.computeIfAbsent(r.getRegimeCode(), k -> new EnumMap<>(Title.class)).put(t, r.getLegalRef());
            ruleCodes.computeIfAbsent(r.getRegimeCode(), k -> new EnumMap<>(Title.class)).put(t, r.getRuleCode());
        });
        // A regime without rules of its own (NĐ 42/2010 until entered, the 2026 amendment until published) reviews
        // with the rules of the regime it inherits from (legal_regime.rules_of).
        for (LegalRegime r : regimes) {
            String from = catalog.rulesRegime(r).code();
            if (!defaults.containsKey(r.code()) && defaults.containsKey(from)) {
                defaults.put(r.code(), new EnumMap<>(defaults.get(from)));
            }
            if (!bases.containsKey(r.code()) && bases.containsKey(from)) {
                bases.put(r.code(), new EnumMap<>(bases.get(from)));
            }
            if (!ruleCodes.containsKey(r.code()) && ruleCodes.containsKey(from)) {
                ruleCodes.put(r.code(), new EnumMap<>(ruleCodes.get(from)));
            }
        }
        List<ParamOverride> overrides = dsl.selectFrom(REVIEW_PARAM_OVERRIDE)
                .orderBy(REVIEW_PARAM_OVERRIDE.VALID_FROM, REVIEW_PARAM_OVERRIDE.CHANGED_AT)
                .fetch(r -> new ParamOverride(r.getId(), RuleKey.valueOf(r.getParamKey()), r.getVal(), r.getValidFrom(),
                        r.getReason(), r.getChangedBy(), r.getChangedAt()));
        return new RuleBook(regimes, defaults, bases, ruleCodes, overrides);
    }

    /** Appends an override (never updates one: the table is the audit trail). */
    public ParamOverride insertOverride(DSLContext dsl, RuleKey key, String value, LocalDate validFrom, String reason,
                                        String changedBy, LocalDateTime changedAt) {
        long id = dsl.insertInto(REVIEW_PARAM_OVERRIDE)
                .set(REVIEW_PARAM_OVERRIDE.PARAM_KEY, key.name())
                .set(REVIEW_PARAM_OVERRIDE.VAL, value)
                .set(REVIEW_PARAM_OVERRIDE.VALID_FROM, validFrom)
                .set(REVIEW_PARAM_OVERRIDE.REASON, reason)
                .set(REVIEW_PARAM_OVERRIDE.CHANGED_BY, Session.author(changedBy))
                .set(REVIEW_PARAM_OVERRIDE.CHANGED_AT, changedAt)
                .returning(REVIEW_PARAM_OVERRIDE.ID).fetchOne().getId();
        return new ParamOverride(id, key, value, validFrom, reason, changedBy, changedAt);
    }

    /**
     * True when no other title shares the title's kind: a rule code of such a kind names the collective title's rule
     * (Cờ thi đua của Chính phủ); a code on a kind given to persons and units names the person's rule.
     */
    private static boolean onlyTitleOfKind(Title t) {
        return java.util.Arrays.stream(Title.values()).noneMatch(o -> o != t && o.kindCode().equals(t.kindCode()));
    }
}
