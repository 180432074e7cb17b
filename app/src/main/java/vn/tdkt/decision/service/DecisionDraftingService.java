package vn.tdkt.decision.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.common.domain.Action;
import vn.tdkt.common.domain.Permission;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.domain.Recipient;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.decision.data.DecisionRepository;
import vn.tdkt.decision.domain.AwardFact;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionDraft;
import vn.tdkt.decision.domain.DecisionField;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.DecisionKeys;
import vn.tdkt.decision.domain.DecisionRef;
import vn.tdkt.decision.domain.DecisionRecipient;
import vn.tdkt.decision.domain.DecisionSummary;
import vn.tdkt.decision.domain.Payment;
import vn.tdkt.decision.domain.PrintedSubject;
import vn.tdkt.decision.domain.RecipientDraft;

/**
 * Drawing up a quyết định khen thưởng: the check of a draft (every problem at once), the live money preview and
 * the recording of the decision with its list, its số sổ vàng, its money and its award history rows, in one
 * transaction.
 */
public final class DecisionDraftingService {

    private static final Logger LOGGER = LoggerFactory.getLogger(DecisionDraftingService.class);
    /** Số, ký hiệu of NĐ 30/2020: "125/QĐ-UBND", "15/QĐ-HĐTĐKT". */
    private static final Pattern NUMBER = Pattern.compile("\\d+/[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*");

    private final Database db;
    private final CatalogueService catalogue;
    private final DecisionRepository repo = new DecisionRepository();
    private final DecisionPricing pricing = new DecisionPricing(repo);

    public DecisionDraftingService(Database db, CatalogueService catalogue) {
        this.db = db;
        this.catalogue = catalogue;
    }

    /**
     * Records a decision in one transaction: the decision, its list with số sổ vàng and the computed money, and
     * one award history row per person or unit.
     *
     * @throws ValidationException with every problem found (nothing is written)
     */
    public Decision record(DecisionDraft draft) {
        Permission.require(Action.ISSUE_DECISIONS);
        DecisionInfo info = clean(draft.info());
        Catalogue cat = catalogue.catalogue();
        ProblemCollector problems = new ProblemCollector();
        problems.addAll(check(draft.info()));
        List<RecipientDraft> lines = draft.recipients();
        int[] goldBook = goldBookNumbers(lines, problems);
        problems.addAll(checkLines(cat, lines));
        problems.throwIfAny();
        Decision saved = db.transaction(dsl -> {
            if (repo.decisionNoUsed(dsl, info.decisionNo(), info.decisionDate())) {
                throw new ValidationException(List.of(Problem.of(DecisionField.NUMBER,
                        Msg.of("decision.problem.numberUsed", info.decisionNo(), info.decisionDate()))));
            }
            if (draft.movementId() != null && !repo.movementExists(dsl, draft.movementId())) {
                throw new ValidationException(List.of(Problem.of(DecisionField.MOVEMENT,
                        Msg.of("decision.problem.unknownMovement"))));
            }
            Set<Long> personIds = lines.stream().map(RecipientDraft::personId).filter(id -> id != null)
                    .collect(Collectors.toSet());
            Set<Long> unitIds = lines.stream().map(RecipientDraft::unitId).filter(id -> id != null)
                    .collect(Collectors.toSet());
            Map<Long, PrintedSubject> people = repo.people(dsl, personIds);
            Map<Long, PrintedSubject> units = repo.units(dsl, unitIds);
            List<AwardFact> claims = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                RecipientDraft r = lines.get(i);
                if (r.personId() != null && !people.containsKey(r.personId())) {
                    problems.add(line(i + 1, DecisionField.LINE_NAME, "decision.problem.noPerson", String.valueOf(r.personId())));
                }
                if (r.unitId() != null && !units.containsKey(r.unitId())) {
                    problems.add(line(i + 1, DecisionField.LINE_UNIT, "decision.problem.noUnit", String.valueOf(r.unitId())));
                }
                AwardFact fact = DecisionPricing.fact(info, r);
                String key = (fact.subjectKey() == null ? "H" + VietnameseText.fold(r.householdName()) : fact.subjectKey())
                        + "|" + r.kindCode();
                if (!seen.add(key)) {
                    problems.add(line(i + 1, DecisionField.LINE_KIND, "decision.problem.repeated",
                            cat.require(r.kindCode()).name()));
                }
                claims.add(fact);
            }
            problems.throwIfAny();
            List<Payment> payments = pricing.pay(dsl, cat, claims);
            long id = repo.insertDecision(dsl, info, draft.movementId());
            for (int i = 0; i < lines.size(); i++) {
                RecipientDraft r = lines.get(i);
                Recipient type = r.type();
                Long awardId = type == Recipient.HO_GIA_DINH ? null
                        : repo.insertAward(dsl, info, r.personId(), r.unitId(), r.kindCode());
                PrintedSubject printed = switch (type) {
                    case CA_NHAN -> people.get(r.personId());
                    case TAP_THE -> units.get(r.unitId());
                    case HO_GIA_DINH -> new PrintedSubject(r.householdName(), "",
                            r.householdAddress() == null ? "" : r.householdAddress());
                };
                repo.insertRecipient(dsl, id, new DecisionRecipient(0, i + 1, type, r.personId(), r.unitId(),
                        printed.name(), printed.position(), printed.unit(), r.kindCode(), goldBook[i], payments.get(i),
                        awardId, null));
            }
            return repo.decision(dsl, id).orElseThrow();
        });
        LOGGER.info("Recorded decision {} with {} recipients, total {}", saved.info().decisionNo(),
                saved.recipients().size(), saved.total());
        return saved;
    }

    /**
     * Every problem of a draft that needs no database: the particulars, the số sổ vàng and each line's recipient
     * and kind (the same checks {@link #record} makes first). For a form that shows them all before saving.
     */
    public List<Problem> check(DecisionDraft draft) {
        ProblemCollector problems = new ProblemCollector();
        problems.addAll(check(draft.info()));
        goldBookNumbers(draft.recipients(), problems);
        problems.addAll(checkLines(catalogue.catalogue(), draft.recipients()));
        return problems.problems();
    }

    private static List<Problem> check(DecisionInfo raw) {
        DecisionInfo d = clean(raw);
        ProblemCollector p = new ProblemCollector();
        if (p.requireText(d.decisionNo(), DecisionField.NUMBER, "decision.problem.noNumber")) {
            p.require(NUMBER.matcher(d.decisionNo()).matches(), DecisionField.NUMBER, "decision.problem.badNumber", d.decisionNo());
        }
        p.requirePresent(d.decisionDate(), DecisionField.DATE, "decision.problem.noDate");
        p.requireText(d.issuer(), DecisionField.ISSUER, "decision.problem.noIssuer");
        p.requireText(d.place(), DecisionField.PLACE, "decision.problem.noPlace");
        p.requireText(d.subject(), DecisionField.SUBJECT, "decision.problem.noSubject");
        p.requireText(d.authority(), DecisionField.AUTHORITY, "decision.problem.noAuthority");
        p.requireText(d.signerName(), DecisionField.SIGNER_NAME, "decision.problem.noSigner");
        p.requireText(d.executors(), DecisionField.EXECUTORS, "decision.problem.noExecutors");
        p.require(!d.signerTitle().isEmpty(), DecisionField.SIGNER_TITLE, "decision.problem.noSignerTitle");
        p.requirePresent(d.formType(), DecisionField.FORM_TYPE, "decision.problem.noFormType");
        if (d.yearFrom() > d.yearTo()) {
            p.add(DecisionField.YEARS, "decision.problem.yearsReversed", String.valueOf(d.yearFrom()), String.valueOf(d.yearTo()));
        } else if (d.decisionDate() != null && d.yearTo() > d.decisionDate().getYear()) {
            p.add(DecisionField.YEARS, "decision.problem.yearsAfter", d.period());
        }
        p.require(!d.legalBasis().isEmpty(), DecisionField.LEGAL_BASIS, "decision.problem.noLegalBasis");
        p.require(!d.copyTo().isEmpty() && VietnameseText.fold(d.copyTo().get(d.copyTo().size() - 1)).startsWith("luu"),
                DecisionField.COPY_TO, "decision.problem.copyToArchive");
        return p.problems();
    }

    private static DecisionInfo clean(DecisionInfo d) {
        return new DecisionInfo(VietnameseText.clean(d.decisionNo()), d.decisionDate(), linesOrNull(d.issuerParent()),
                cleanLines(d.issuer()), VietnameseText.clean(d.place()), VietnameseText.clean(d.subject()),
                VietnameseText.clean(d.authority()), d.signerTitle().stream().map(VietnameseText::clean).toList(),
                VietnameseText.clean(d.signerName()), d.formType(), d.yearFrom(), d.yearTo(),
                d.legalBasis().stream().map(VietnameseText::clean).filter(s -> !s.isEmpty()).toList(),
                VietnameseText.clean(d.citation()), VietnameseText.clean(d.executors()),
                d.copyTo().stream().map(VietnameseText::clean).filter(s -> !s.isEmpty()).toList());
    }

    /** Cleans each line of a multi-line text, keeping the line breaks. */
    private static String cleanLines(String s) {
        return s == null ? null : Arrays.stream(s.split("\n")).map(VietnameseText::clean)
                .filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }

    /** The cleaned lines, or null when nothing is left. */
    private static String linesOrNull(String s) {
        String c = cleanLines(s);
        return c == null || c.isEmpty() ? null : c;
    }

    private static Problem line(int row, DecisionField field, String key, Object... args) {
        return new Problem(null, row, null, field, Msg.of(key, args));
    }

    private static int[] goldBookNumbers(List<RecipientDraft> lines, ProblemCollector problems) {
        int[] numbers = new int[lines.size()];
        Map<Integer, Integer> used = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Integer given = lines.get(i).goldBookNo();
            numbers[i] = given == null ? i + 1 : given;
            if (numbers[i] <= 0) {
                problems.add(line(i + 1, DecisionField.LINE_GOLD_BOOK, "decision.problem.goldBookPositive"));
            }
            Integer other = used.putIfAbsent(numbers[i], i + 1);
            if (other != null) {
                problems.add(line(i + 1, DecisionField.LINE_GOLD_BOOK, "decision.problem.goldBookTwice",
                        String.valueOf(numbers[i]), String.valueOf(other)));
            }
        }
        return numbers;
    }

    private static List<Problem> checkLines(Catalogue cat, List<RecipientDraft> lines) {
        ProblemCollector problems = new ProblemCollector();
        if (lines.isEmpty()) {
            problems.add(DecisionField.RECIPIENTS, "decision.problem.noRecipients");
        }
        for (int i = 0; i < lines.size(); i++) {
            checkLine(cat, lines.get(i), i + 1, problems);
        }
        return problems.problems();
    }

    private static void checkLine(Catalogue cat, RecipientDraft r, int row, ProblemCollector problems) {
        Recipient type = r.type();
        if (type == null) {
            problems.add(line(row, DecisionField.LINE_NAME, "decision.problem.oneRecipient"));
        }
        Optional<AwardKind> kind = r.kindCode() == null ? Optional.empty() : cat.kind(r.kindCode());
        if (kind.isEmpty()) {
            problems.add(r.kindCode() == null ? line(row, DecisionField.LINE_KIND, "decision.problem.noKind")
                    : line(row, DecisionField.LINE_KIND, "decision.problem.unknownKind", r.kindCode()));
            return;
        }
        AwardKind k = kind.get();
        if (type == Recipient.CA_NHAN && !k.subject().allowsPerson()) {
            problems.add(line(row, DecisionField.LINE_KIND, "decision.problem.unitsOnly", k.name()));
        } else if (type == Recipient.TAP_THE && !k.subject().allowsUnit()) {
            problems.add(line(row, DecisionField.LINE_KIND, "decision.problem.peopleOnly", k.name()));
        } else if (type == Recipient.HO_GIA_DINH && k.category() != AwardCategory.HINH_THUC) {
            problems.add(line(row, DecisionField.LINE_KIND, "decision.problem.householdForm", k.name()));
        }
    }

    /**
     * The money each line would get if the draft were recorded now, computed exactly as {@link #record} does
     * (same rules, same history); nothing is written. For the live total while a decision is being drawn up.
     *
     * @throws IllegalArgumentException when the draft has no decision date, or a line has no single recipient or
     *                                  no known danh hiệu/hình thức
     */
    public List<Payment> preview(DecisionDraft draft) {
        DecisionInfo info = draft.info();
        if (info.decisionDate() == null) {
            throw new IllegalArgumentException("preview needs the decision date");
        }
        Catalogue cat = catalogue.catalogue();
        List<AwardFact> claims = new ArrayList<>(draft.recipients().size());
        for (RecipientDraft r : draft.recipients()) {
            if (r.type() == null || r.kindCode() == null || cat.kind(r.kindCode()).isEmpty()) {
                throw new IllegalArgumentException("preview line without a recipient or a known kind: " + r);
            }
            claims.add(DecisionPricing.fact(info, r));
        }
        return db.transaction(dsl -> pricing.pay(dsl, cat, claims));
    }

    /**
     * The recorded decision of that number and date (a decision is its number AND its date); a null date means the
     * only decision of that number.
     *
     * @throws vn.tdkt.decision.domain.AmbiguousDecisionException when no date is given and the number names several
     */
    public Optional<Decision> find(String decisionNo, LocalDate decisionDate) {
        String no = VietnameseText.clean(decisionNo);
        return db.transaction(dsl -> {
            List<DecisionRef> named = decisionDate == null ? repo.decisionsNamed(dsl, no) : List.of();
            if (decisionDate == null && named.isEmpty()) {
                return Optional.<Decision>empty();
            }
            return repo.decision(dsl, no, DecisionKeys.dateOf(named, no, decisionDate));
        });
    }

    public Optional<Decision> get(long id) {
        return db.transaction(dsl -> repo.decision(dsl, id));
    }

    /** The particulars of the newest recorded decision (issuer, signer, authority …), to prefill a new draft. */
    public Optional<DecisionInfo> template() {
        return db.transaction(dsl -> repo.summaries(dsl).stream().findFirst().map(DecisionSummary::id)
                .flatMap(id -> repo.decision(dsl, id)).map(Decision::info));
    }
}
