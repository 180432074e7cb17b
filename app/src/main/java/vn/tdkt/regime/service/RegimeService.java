package vn.tdkt.regime.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.regime.data.RegimeRepository;
import vn.tdkt.regime.data.TimeLimitRepository;
import vn.tdkt.regime.domain.Amendment;
import vn.tdkt.regime.domain.LegalCalendar;
import vn.tdkt.regime.domain.LegalRegime;
import vn.tdkt.regime.domain.RegimeCatalog;
import vn.tdkt.regime.domain.RegimeDocument;
import vn.tdkt.regime.domain.RegimeField;
import vn.tdkt.regime.domain.Wording;
import vn.tdkt.regime.domain.WordingTemplate;

/**
 * The legal regimes (one table for review, dossiers, meeting documents, decisions and money), the time limits and
 * yearly submission dates, and the province's recording of an amendment once its text is published.
 */
public final class RegimeService {

    private static final Logger LOGGER = LoggerFactory.getLogger(RegimeService.class);
    private static final Pattern LAW_NUMBER = Pattern.compile("\\d{1,3}/\\d{4}/QH\\d{2}");

    private final Database db;
    private final Clock clock;
    private final RegimeRepository repo = new RegimeRepository();
    private final TimeLimitRepository limits = new TimeLimitRepository();

    public RegimeService(Database db) {
        this(db, Clock.systemDefaultZone());
    }

    public RegimeService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Every regime, oldest first. */
    public RegimeCatalog catalog() {
        return db.transaction(repo::catalog);
    }

    /** The regime in force on a day, if the app knows one. */
    public Optional<LegalRegime> regimeOn(LocalDate day) {
        return catalog().on(day);
    }

    /** The căn cứ lines a document dated that day cites. */
    public List<String> basisOn(LocalDate day, RegimeDocument document) {
        return catalog().basisOn(day, document);
    }

    /** Processing limits and the ministry's yearly submission dates, with the day-counting rules. */
    public LegalCalendar calendar() {
        return new LegalCalendar(db.transaction(limits::all));
    }

    /**
     * Saves the office's wording of a regime, in one transaction (README decision 149): a text equal to the default
     * drops the office's row (the regime follows the app's wording again). Every problem of every text at once: an
     * empty text, a brace left open, a placeholder the code does not fill (named, with those it fills).
     *
     * @throws vn.tdkt.common.domain.ValidationException with every problem (nothing is written)
     */
    public RegimeCatalog saveWordings(String regimeCode, Map<Wording, String> texts, String user) {
        ProblemCollector problems = new ProblemCollector();
        Map<Wording, String> clean = new EnumMap<>(Wording.class);
        texts.forEach((w, raw) -> {
            String text = raw == null ? ""
                    : java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFC).replace("\r\n", "\n").strip();
            RegimeField field = RegimeField.of(w);
            if (problems.requireText(text.isEmpty() ? null : text, field, "regime.wording.problem.blank", w.label())) {
                problems.require(!WordingTemplate.unbalanced(text), field, "regime.wording.problem.brace", w.label());
                for (String name : WordingTemplate.unknownPlaceholders(w, text)) {
                    problems.add(field, "regime.wording.problem.unknown", "{" + name + "}", w.label(),
                            String.join(", ", w.placeholders().stream().map(n -> "{" + n + "}").toList()));
                }
            }
            clean.put(w, text);
        });
        problems.throwIfAny();
        LocalDateTime at = LocalDateTime.now(clock);
        RegimeCatalog saved = db.transaction(dsl -> {
            ProblemCollector inTx = new ProblemCollector();
            inTx.require(repo.catalog(dsl).find(regimeCode).isPresent(), RegimeField.REGIME, "regime.problem.unknown",
                    regimeCode);
            inTx.throwIfAny();
            clean.forEach((w, text) -> {
                if (text.equals(w.defaultText())) {
                    repo.resetWording(dsl, regimeCode, w);
                } else {
                    repo.saveWording(dsl, regimeCode, w, text, user, at);
                }
            });
            return repo.catalog(dsl);
        });
        LOGGER.info("Saved the wording {} of regime {} by {}", clean.keySet(), regimeCode, user);
        return saved;
    }

    /**
     * Records the published text of an amending law on a pending regime, in one transaction: its name, legal texts,
     * start (the previous regime ends the day before) and căn cứ lines (the inherited lines plus the amendment's,
     * after the line of the amended law). The rules stay those of the regime it inherits from until they are
     * entered as rules of their own.
     *
     * @throws vn.tdkt.common.domain.ValidationException with every problem (nothing is written)
     */
    public LegalRegime recordAmendment(String regimeCode, Amendment raw, String user) {
        ProblemCollector problems = new ProblemCollector();
        String number = ProblemCollector.blankToNull(raw.number());
        problems.requireText(number, RegimeField.NUMBER, "regime.problem.noNumber");
        if (number != null) {
            problems.require(LAW_NUMBER.matcher(number).matches(), RegimeField.NUMBER, "regime.problem.badNumber", number);
        }
        problems.requirePresent(raw.passed(), RegimeField.PASSED, "regime.problem.noPassed");
        problems.requirePresent(raw.inForce(), RegimeField.IN_FORCE, "regime.problem.noInForce");
        if (raw.passed() != null && raw.inForce() != null) {
            problems.require(!raw.inForce().isBefore(raw.passed()), RegimeField.IN_FORCE, "regime.problem.inForceBeforePassed",
                    VnFormat.date(raw.inForce()), VnFormat.date(raw.passed()));
        }
        problems.throwIfAny();
        Amendment a = new Amendment(number, raw.passed(), raw.inForce());
        LegalRegime saved = db.transaction(dsl -> {
            RegimeCatalog cat = repo.catalog(dsl);
            LegalRegime regime = cat.find(regimeCode).orElse(null);
            ProblemCollector inTx = new ProblemCollector();
            inTx.require(regime != null, RegimeField.REGIME, "regime.problem.unknown", regimeCode);
            inTx.throwIfAny();
            inTx.require(regime.inherits() && regime.validFrom().isAfter(cat.rulesRegime(regime).validFrom()),
                    RegimeField.REGIME, "regime.problem.notAmendable", regime.name());
            inTx.throwIfAny();
            LegalRegime previous = cat.regimes().stream().filter(r -> r.validFrom().isBefore(regime.validFrom()))
                    .reduce((x, y) -> y).orElse(null);
            if (previous != null) {
                inTx.require(a.inForce().isAfter(previous.validFrom()), RegimeField.IN_FORCE, "regime.problem.inForceTooEarly",
                        VnFormat.date(a.inForce()), previous.name(), VnFormat.date(previous.validFrom()));
            }
            if (regime.validTo() != null) {
                inTx.require(!a.inForce().isAfter(regime.validTo()), RegimeField.IN_FORCE, "regime.problem.inForceTooLate",
                        VnFormat.date(a.inForce()), VnFormat.date(regime.validTo()));
            }
            inTx.throwIfAny();
            LegalRegime parent = cat.require(regime.rulesOf());
            Map<RegimeDocument, List<String>> basis = new EnumMap<>(RegimeDocument.class);
            for (RegimeDocument d : RegimeDocument.values()) {
                basis.put(d, a.insertInto(cat.basis(parent, d), d));
            }
            String legalRefs = VietnameseText.clean(parent.legalRefs().replaceFirst("06/2022/QH15",
                    "06/2022/QH15, sửa đổi, bổ sung bởi Luật số " + a.number()));
            if (legalRefs.equals(VietnameseText.clean(parent.legalRefs()))) {
                legalRefs = parent.legalRefs() + "; Luật số " + a.number();
            }
            String note = a.title() + ", có hiệu lực từ " + VnFormat.date(a.inForce())
                    + "; tiêu chuẩn và thủ tục theo chế độ " + parent.name() + " cho đến khi nhập quy định mới";
            repo.recordText(dsl, regime.code(), parent.name().replace("Luật Thi đua, khen thưởng 2022",
                            "Luật Thi đua, khen thưởng 2022 (sửa đổi, bổ sung bởi Luật số " + a.number() + ")"),
                    legalRefs, a.inForce(), previous == null ? null : previous.code(), note, basis, user,
                    LocalDateTime.now(clock));
            return repo.catalog(dsl).require(regime.code());
        });
        LOGGER.info("Recorded amendment {} on regime {} by {}, in force {}", a.number(), saved.code(), user, a.inForce());
        return saved;
    }
}
