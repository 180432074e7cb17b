package vn.tdkt.review.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.common.domain.Action;
import vn.tdkt.common.domain.Permission;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.registration.domain.RegisteredTitles;
import vn.tdkt.review.data.ReviewHistoryRepository;
import vn.tdkt.review.data.ReviewRuleRepository;
import vn.tdkt.review.domain.Histories;
import vn.tdkt.review.domain.ParamOverride;
import vn.tdkt.regime.domain.LegalRegime;
import vn.tdkt.review.domain.ReviewEngine;
import vn.tdkt.review.domain.ReviewResult;
import vn.tdkt.review.domain.RuleBook;
import vn.tdkt.review.domain.RuleKey;
import vn.tdkt.review.domain.RuleSet;
import vn.tdkt.review.domain.Title;

/**
 * The year-end review (bình xét): loads the stored history in a few bulk queries and runs the rule engine under the
 * regime in force on the review date; reads and changes the review parameters (province overrides are dated and
 * audited).
 */
public final class ReviewService {

    private static final Logger LOGGER = LoggerFactory.getLogger(ReviewService.class);

    private final Database db;
    private final CatalogueService catalogues;
    private final Clock clock;
    private final IntFunction<RegisteredTitles> registrations;
    private final ReviewRuleRepository rules = new ReviewRuleRepository();
    private final ReviewHistoryRepository histories = new ReviewHistoryRepository();

    public ReviewService(Database db, CatalogueService catalogues) {
        this(db, catalogues, Clock.systemDefaultZone());
    }

    public ReviewService(Database db, CatalogueService catalogues, Clock clock) {
        this(db, catalogues, clock, null);
    }

    /** @param registrations the titles registered in a year, for the province option {@link RegistrationGate} */
    public ReviewService(Database db, CatalogueService catalogues, Clock clock, IntFunction<RegisteredTitles> registrations) {
        this.db = db;
        this.catalogues = catalogues;
        this.clock = clock;
        this.registrations = registrations;
    }

    /**
     * Reviews achievement year {@code year} for every person and unit, under the rules in force on {@code reviewDate}.
     *
     * @throws AppException when the review date is before the year, no regime covers it, or the catalogue lacks a title
     */
    public ReviewResult review(int year, LocalDate reviewDate, Progress progress) {
        if (reviewDate.getYear() < year) {
            throw new AppException(Msg.of("review.problem.dateBeforeYear", reviewDate, String.valueOf(year)));
        }
        checkCatalogue(catalogues.catalogue());
        RuleBook book = rules.load(db.dsl());
        RuleSet ruleSet = book.on(reviewDate);
        ReviewResult result = RegistrationGate.apply(assess(book, year, reviewDate, progress), registrations,
                catalogues.catalogue());
        List<String> unverified = ruleSet.unverifiedReferences();
        if (!unverified.isEmpty()) {
            LOGGER.info("Review of {} under {} used {} references not yet checked against the official text: {}", year,
                    ruleSet.regime().code(), unverified.size(), unverified);
        }
        return result;
    }

    /**
     * The engine over the stored history. The history (awards, ratings, the persons' facts) is reachable only from this
     * call, so it can be collected as soon as the engine has returned, before the result is completed (issue #15).
     */
    private ReviewResult assess(RuleBook book, int year, LocalDate reviewDate, Progress progress) {
        long started = System.nanoTime();
        progress.step(Msg.of("review.progress.history"), 0, -1);
        Histories h = histories.load(db.dsl(), year, reviewDate);
        progress.checkCancelled();
        long loaded = System.nanoTime();
        int persons = h.persons().size();
        int units = h.units().size();
        ReviewResult result = new ReviewEngine(book).review(year, reviewDate, h.persons(), h.units(), progress);
        LOGGER.info("Review of {} on {} under {}: {} persons, {} units, load {} ms, rules {} ms", year, reviewDate,
                result.rules().regime().code(), persons, units, (loaded - started) / 1_000_000,
                (System.nanoTime() - loaded) / 1_000_000);
        return result;
    }

    /** The regime in force on a day. */
    public LegalRegime regimeOn(LocalDate day) {
        return rules.load(db.dsl()).regimeOn(day);
    }

    /** The parameters in force for a review held on the given day (regime defaults and the overrides then valid). */
    public RuleSet parametersOn(LocalDate day) {
        return rules.load(db.dsl()).on(day);
    }

    /** Every regime, oldest first. */
    public List<LegalRegime> regimes() {
        return rules.load(db.dsl()).regimes();
    }

    /**
     * The parameters of a regime with the province overrides in force today (or on the regime's last day when it has
     * ended, or on its first day when it has not begun).
     */
    public RuleSet parameters(LegalRegime regime) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = today.isBefore(regime.validFrom()) ? regime.validFrom()
                : regime.validTo() != null && today.isAfter(regime.validTo()) ? regime.validTo() : today;
        RuleBook book = rules.load(db.dsl());
        LegalRegime stored = book.regimes().stream().filter(r -> r.code().equals(regime.code())).findFirst()
                .orElseThrow(() -> new AppException(Msg.of("review.problem.noRegime", regime.name())));
        return book.forRegime(stored, asOf);
    }

    /** Every override ever made, oldest valid-from first (the audit trail). */
    public List<ParamOverride> overrides() {
        return rules.load(db.dsl()).overrides();
    }

    /**
     * Records a province override of one parameter from a date on. Appended in one transaction, never updating an
     * earlier override, so the table is the audit trail.
     *
     * @param key   a {@link RuleKey} name
     * @param value the new value ("có"/"không" for yes/no, a comma allowed in percentages)
     * @throws AppException with a Vietnamese message when an input is missing or does not fit the parameter
     */
    public ParamOverride setOverride(String key, String value, LocalDate validFrom, String reason, String user) {
        Permission.require(Action.EDIT_SETTINGS);
        RuleKey k;
        try {
            k = RuleKey.valueOf(key == null ? "" : key.trim());
        } catch (IllegalArgumentException e) {
            throw new AppException(Msg.of("review.override.unknownKey", String.valueOf(key)), e);
        }
        String normalized;
        try {
            normalized = k.normalize(value);
        } catch (IllegalArgumentException e) {
            LOGGER.info("Override of {} refused: {}", k, e.getMessage());
            throw new AppException(badValue(k, value), e);
        }
        if (validFrom == null) {
            throw new AppException(Msg.of("review.override.noDate", k.label()));
        }
        String why = VietnameseText.clean(reason == null ? "" : reason);
        String who = VietnameseText.clean(user == null ? "" : user);
        if (why.isEmpty()) {
            throw new AppException(Msg.of("review.override.noReason", k.label()));
        }
        if (who.isEmpty()) {
            throw new AppException(Msg.of("review.override.noUser", k.label()));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        ParamOverride saved = db.transaction(dsl -> rules.insertOverride(dsl, k, normalized, validFrom, why, who, now));
        LOGGER.info("Review parameter {} set to {} from {} by {} ({})", k, normalized, validFrom, who, why);
        return saved;
    }

    /** Why a value does not fit a parameter, by the parameter's type. */
    public static Msg badValue(RuleKey k, String value) {
        return Msg.of(switch (k.type()) {
            case BOOLEAN -> "review.override.notBoolean";
            case INTEGER -> "review.override.notInteger";
            case PERCENT -> "review.override.notPercent";
        }, k.label(), String.valueOf(value));
    }

    private static void checkCatalogue(Catalogue catalogue) {
        for (Title t : Title.values()) {
            AwardKind kind = catalogue.kind(t.kindCode()).orElseThrow(() -> new AppException(
                    Msg.of("review.problem.kindMissing", t.label(), t.kindCode())));
            boolean fits = t.subject() == kind.subject() || kind.subject() == AwardSubject.CA_HAI;
            if (!fits) {
                throw new AppException(Msg.of(t.subject() == AwardSubject.CA_NHAN ? "review.problem.kindNotForPerson"
                        : "review.problem.kindNotForUnit", kind.name()));
            }
        }
    }
}
