package vn.tdkt.decision.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.domain.Recipient;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.decision.data.DecisionRepository;
import vn.tdkt.decision.data.DecisionRepository.AwardTarget;
import vn.tdkt.decision.data.DecisionRepository.RecipientTarget;
import vn.tdkt.decision.domain.AmbiguousDecisionException;
import vn.tdkt.decision.domain.DecisionKeys;
import vn.tdkt.decision.domain.DecisionRef;
import vn.tdkt.decision.domain.AwardFact;
import vn.tdkt.decision.domain.AwardList;
import vn.tdkt.decision.domain.AwardListRow;
import vn.tdkt.decision.domain.BonusRules;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionDraft;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.DecisionNotFoundException;
import vn.tdkt.decision.domain.DecisionRecipient;
import vn.tdkt.decision.domain.DecisionSummary;
import vn.tdkt.decision.domain.HistoryAward;
import vn.tdkt.decision.domain.Payment;
import vn.tdkt.decision.domain.PrintedSubject;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.decision.domain.RegisterEntry;
import vn.tdkt.decision.domain.Revocation;
import vn.tdkt.decision.domain.RevocationDraft;
import vn.tdkt.decision.domain.Statistics0603;
import vn.tdkt.decision.domain.SubjectClass;

/**
 * Quyết định khen thưởng: recording (with the award history rows and the bonus money), revocation, the award and
 * payment lists (also for decisions imported into the award history without a decision record), the decision
 * .docx and the biểu 0603.N statistics. Every write is one transaction; files are written atomically.
 */
public final class DecisionService {

    private static final Logger LOGGER = LoggerFactory.getLogger(DecisionService.class);
    /** Số, ký hiệu of NĐ 30/2020: "125/QĐ-UBND", "15/QĐ-HĐTĐKT". */
    private static final Pattern NUMBER = Pattern.compile("\\d+/[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*");
    private static final String LIST = "Danh sách kèm theo";

    private final Database db;
    private final CatalogueService catalogue;
    private final DecisionRepository repo = new DecisionRepository();

    public DecisionService(Database db, CatalogueService catalogue) {
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
        DecisionInfo info = clean(draft.info());
        Catalogue cat = catalogue.catalogue();
        List<Problem> problems = new ArrayList<>(checkInfo(info));
        List<RecipientDraft> lines = draft.recipients();
        if (lines.isEmpty()) {
            problems.add(new Problem(LIST, 0, null, "quyết định chưa có người nhận khen thưởng nào"));
        }
        int[] goldBook = goldBookNumbers(lines, problems);
        for (int i = 0; i < lines.size(); i++) {
            checkLine(cat, lines.get(i), i + 1, problems);
        }
        throwIfAny(problems);
        Decision saved = db.transaction(dsl -> {
            if (repo.decisionNoUsed(dsl, info.decisionNo(), info.decisionDate())) {
                throw new ValidationException(List.of(new Problem(null, 0, "Số quyết định", "số quyết định "
                        + info.decisionNo() + " ngày " + VnFormat.date(info.decisionDate())
                        + " đã có trong quá trình khen thưởng")));
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
                    problems.add(new Problem(LIST, i + 1, "Họ và tên", "không có cán bộ mã số " + r.personId()));
                }
                if (r.unitId() != null && !units.containsKey(r.unitId())) {
                    problems.add(new Problem(LIST, i + 1, "Đơn vị", "không có đơn vị mã số " + r.unitId()));
                }
                AwardFact fact = fact(info, r);
                String key = (fact.subjectKey() == null ? "H" + VietnameseText.fold(r.householdName()) : fact.subjectKey())
                        + "|" + r.kindCode();
                if (!seen.add(key)) {
                    problems.add(new Problem(LIST, i + 1, "Danh hiệu/Hình thức",
                            "người nhận này đã có \"" + cat.require(r.kindCode()).name() + "\" ở dòng trước"));
                }
                claims.add(fact);
            }
            throwIfAny(problems);
            List<Payment> payments = pay(dsl, cat, claims);
            long id = repo.insertDecision(dsl, info);
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

    private static DecisionInfo clean(DecisionInfo d) {
        return new DecisionInfo(VietnameseText.clean(d.decisionNo()), d.decisionDate(), blankToNull(d.issuerParent()),
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

    private static String blankToNull(String s) {
        String c = cleanLines(s);
        return c == null || c.isEmpty() ? null : c;
    }

    private static List<Problem> checkInfo(DecisionInfo d) {
        List<Problem> p = new ArrayList<>();
        if (blank(d.decisionNo())) {
            p.add(field("Số quyết định", "chưa nhập số quyết định"));
        } else if (!NUMBER.matcher(d.decisionNo()).matches()) {
            p.add(field("Số quyết định", "\"" + d.decisionNo() + "\" không đúng dạng số/ký hiệu, ví dụ 125/QĐ-UBND"));
        }
        if (d.decisionDate() == null) {
            p.add(field("Ngày quyết định", "chưa nhập ngày quyết định"));
        }
        require(p, d.issuer(), "Cơ quan ban hành", "chưa nhập cơ quan ban hành");
        require(p, d.place(), "Địa danh", "chưa nhập địa danh");
        require(p, d.subject(), "Trích yếu", "chưa nhập trích yếu (Về việc …)");
        require(p, d.authority(), "Thẩm quyền", "chưa nhập thẩm quyền ban hành");
        require(p, d.signerName(), "Người ký", "chưa nhập họ tên người ký");
        require(p, d.executors(), "Tổ chức thực hiện", "chưa nhập cơ quan, đơn vị thi hành (Điều 3)");
        if (d.signerTitle().isEmpty()) {
            p.add(field("Chức vụ người ký", "chưa nhập quyền hạn, chức vụ người ký"));
        }
        if (d.formType() == null) {
            p.add(field("Loại hình", "chưa chọn loại hình khen thưởng"));
        }
        if (d.yearFrom() > d.yearTo()) {
            p.add(field("Năm thành tích", "năm bắt đầu " + d.yearFrom() + " sau năm kết thúc " + d.yearTo()));
        } else if (d.decisionDate() != null && d.yearTo() > d.decisionDate().getYear()) {
            p.add(field("Năm thành tích", "kỳ thành tích " + d.period() + " kết thúc sau năm của quyết định"));
        }
        if (d.legalBasis().isEmpty()) {
            p.add(field("Căn cứ", "chưa nhập căn cứ ban hành"));
        }
        if (d.copyTo().isEmpty() || !VietnameseText.fold(d.copyTo().get(d.copyTo().size() - 1)).startsWith("luu")) {
            p.add(field("Nơi nhận", "nơi nhận phải kết thúc bằng dòng \"Lưu: VT, …\""));
        }
        return p;
    }

    private static int[] goldBookNumbers(List<RecipientDraft> lines, List<Problem> problems) {
        int[] numbers = new int[lines.size()];
        Map<Integer, Integer> used = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Integer given = lines.get(i).goldBookNo();
            numbers[i] = given == null ? i + 1 : given;
            if (numbers[i] <= 0) {
                problems.add(new Problem(LIST, i + 1, "Số sổ vàng", "số sổ vàng phải là số dương"));
            }
            Integer other = used.putIfAbsent(numbers[i], i + 1);
            if (other != null) {
                problems.add(new Problem(LIST, i + 1, "Số sổ vàng", "số sổ vàng " + numbers[i] + " trùng với dòng " + other));
            }
        }
        return numbers;
    }

    private static void checkLine(Catalogue cat, RecipientDraft r, int row, List<Problem> problems) {
        Recipient type = r.type();
        if (type == null) {
            problems.add(new Problem(LIST, row, "Họ và tên",
                    "mỗi dòng ghi đúng một người nhận: một cán bộ, một tập thể hoặc một hộ gia đình"));
        }
        Optional<AwardKind> kind = r.kindCode() == null ? Optional.empty() : cat.kind(r.kindCode());
        if (kind.isEmpty()) {
            problems.add(new Problem(LIST, row, "Danh hiệu/Hình thức",
                    r.kindCode() == null ? "chưa chọn danh hiệu hoặc hình thức" : "không có danh hiệu/hình thức mã " + r.kindCode()));
            return;
        }
        AwardKind k = kind.get();
        if (type == Recipient.CA_NHAN && !k.subject().allowsPerson()) {
            problems.add(new Problem(LIST, row, "Danh hiệu/Hình thức", "\"" + k.name() + "\" chỉ dành cho tập thể"));
        } else if (type == Recipient.TAP_THE && !k.subject().allowsUnit()) {
            problems.add(new Problem(LIST, row, "Danh hiệu/Hình thức", "\"" + k.name() + "\" chỉ dành cho cá nhân"));
        } else if (type == Recipient.HO_GIA_DINH && k.category() != AwardCategory.HINH_THUC) {
            problems.add(new Problem(LIST, row, "Danh hiệu/Hình thức",
                    "hộ gia đình chỉ được tặng hình thức khen thưởng, không xét danh hiệu \"" + k.name() + "\""));
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
            claims.add(fact(info, r));
        }
        return db.transaction(dsl -> pay(dsl, cat, claims));
    }

    /** Pays claims against their subjects' award history (not revoked). */
    private List<Payment> pay(DSLContext dsl, Catalogue cat, List<AwardFact> claims) {
        Set<Long> people = new HashSet<>();
        Set<Long> units = new HashSet<>();
        for (AwardFact c : claims) {
            if (c.subjectKey() != null) {
                (c.recipient() == Recipient.CA_NHAN ? people : units).add(Long.parseLong(c.subjectKey().substring(1)));
            }
        }
        return new BonusRules(cat).pay(claims, repo.history(dsl, people, units));
    }

    private static AwardFact fact(DecisionInfo d, RecipientDraft r) {
        String key = r.personId() != null ? AwardFact.personKey(r.personId())
                : r.unitId() != null ? AwardFact.unitKey(r.unitId()) : null;
        String no = d.decisionNo() == null ? "" : d.decisionNo();
        return new AwardFact(key, r.type(), r.kindCode(), d.yearFrom(), d.yearTo(), no, d.decisionDate());
    }

    /**
     * The recorded decision of that number and date (a decision is its number AND its date); a null date means the
     * only decision of that number.
     *
     * @throws AmbiguousDecisionException when no date is given and the number names several decisions
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

    /** Recorded decisions, newest first. */
    public List<DecisionSummary> list() {
        return db.transaction(repo::summaries);
    }

    /**
     * The decision register, newest first: every recorded decision, and every decision number found only in the
     * imported award history (its money computed by the same rules as {@link #awardList}).
     */
    public List<RegisterEntry> register() {
        Catalogue cat = catalogue.catalogue();
        List<RegisterEntry> out = db.transaction(dsl -> {
            List<RegisterEntry> entries = new ArrayList<>();
            Map<Long, List<String>> kinds = repo.decisionKinds(dsl);
            for (DecisionSummary s : repo.summaries(dsl)) {
                entries.add(new RegisterEntry(s.id(), s.decisionNo(), s.decisionDate(), s.authority(), s.subject(),
                        names(cat, kinds.getOrDefault(s.id(), List.of())), s.recipients(), s.total(), s.revoked()));
            }
            List<HistoryAward> imported = repo.importedOnlyAwards(dsl);
            if (imported.isEmpty()) {
                return entries;
            }
            List<Payment> paid = new BonusRules(cat).pay(imported.stream().map(HistoryAward::fact).toList(),
                    repo.allHistory(dsl));
            Map<List<Object>, List<Integer>> byDecision = new LinkedHashMap<>();
            for (int i = 0; i < imported.size(); i++) {
                AwardFact f = imported.get(i).fact();
                byDecision.computeIfAbsent(List.of(f.decisionNo(), f.decisionDate()), k -> new ArrayList<>()).add(i);
            }
            byDecision.forEach((key, lines) -> {
                String no = (String) key.get(0);
                HistoryAward first = imported.get(lines.get(0));
                long total = lines.stream().mapToLong(i -> paid.get(i).amount()).sum();
                int revoked = (int) lines.stream().filter(i -> imported.get(i).revocationId() != null).count();
                List<String> codes = lines.stream().map(i -> imported.get(i).fact().kindCode()).distinct().toList();
                entries.add(new RegisterEntry(null, no, first.fact().decisionDate(), first.authority(), "",
                        names(cat, codes), lines.size(), total, revoked));
            });
            return entries;
        });
        return out.stream().sorted(Comparator.comparing(RegisterEntry::decisionDate).reversed()
                .thenComparing(RegisterEntry::decisionNo)).toList();
    }

    private static List<String> names(Catalogue cat, List<String> kindCodes) {
        return kindCodes.stream().map(c -> cat.kind(c).map(AwardKind::name).orElse(c)).toList();
    }

    /** Award history rows of the decision imported without a decision record (the lines {@link #revokeAwards} takes). */
    public List<HistoryAward> importedAwards(String decisionNo, LocalDate decisionDate) {
        String no = VietnameseText.clean(decisionNo);
        return db.transaction(dsl -> {
            List<DecisionRef> named = decisionDate == null ? repo.decisionsNamed(dsl, no) : List.of();
            if (decisionDate == null && named.isEmpty()) {
                return List.<HistoryAward>of();
            }
            return repo.unlinkedAwards(dsl, no, DecisionKeys.dateOf(named, no, decisionDate));
        });
    }

    /** Every revocation, oldest first. */
    public List<Revocation> revocations() {
        return db.transaction(dsl -> List.copyOf(repo.revocations(dsl).values()));
    }

    /** Revokes every line of a recorded decision. */
    public Revocation revokeDecision(long decisionId, RevocationDraft draft) {
        return revoke(draft, dsl -> {
            List<RecipientTarget> lines = repo.recipientsOfDecision(dsl, decisionId);
            if (lines.isEmpty()) {
                throw new AppException("Không có quyết định khen thưởng mã số " + decisionId + ".");
            }
            return new Targets(lines, List.of());
        });
    }

    /** Revokes some lines of recorded decisions (also household lines). */
    public Revocation revokeRecipients(Collection<Long> recipientIds, RevocationDraft draft) {
        return revoke(draft, dsl -> {
            List<RecipientTarget> lines = repo.recipients(dsl, recipientIds);
            missing(recipientIds, lines.stream().map(RecipientTarget::id).toList(), "dòng quyết định");
            return new Targets(lines, List.of());
        });
    }

    /** Revokes award history rows, recorded or imported. */
    public Revocation revokeAwards(Collection<Long> awardIds, RevocationDraft draft) {
        return revoke(draft, dsl -> {
            List<AwardTarget> awards = repo.awards(dsl, awardIds);
            missing(awardIds, awards.stream().map(AwardTarget::id).toList(), "khen thưởng");
            List<Long> lineIds = awards.stream().map(AwardTarget::recipientId).filter(id -> id != null).toList();
            return new Targets(lineIds.isEmpty() ? List.of() : repo.recipients(dsl, lineIds),
                    awards.stream().filter(a -> a.recipientId() == null).toList());
        });
    }

    /** What one revocation cancels: recorded lines (with their awards) and imported awards. */
    private record Targets(List<RecipientTarget> lines, List<AwardTarget> imported) {
    }

    private static void missing(Collection<Long> asked, List<Long> found, String what) {
        Set<Long> rest = new LinkedHashSet<>(asked);
        found.forEach(rest::remove);
        if (!rest.isEmpty()) {
            throw new AppException("Không tìm thấy " + what + " mã số " + rest + ".");
        }
    }

    private Revocation revoke(RevocationDraft raw, Function<DSLContext, Targets> which) {
        RevocationDraft draft = new RevocationDraft(VietnameseText.clean(raw.decisionNo()), raw.decisionDate(),
                VietnameseText.clean(raw.reason()));
        List<Problem> problems = new ArrayList<>();
        if (blank(draft.decisionNo())) {
            problems.add(field("Số quyết định thu hồi", "chưa nhập số quyết định thu hồi"));
        }
        if (draft.decisionDate() == null) {
            problems.add(field("Ngày quyết định thu hồi", "chưa nhập ngày quyết định thu hồi"));
        }
        require(problems, draft.reason(), "Lý do thu hồi", "chưa nhập lý do thu hồi (Luật Thi đua, khen thưởng 2022, Điều 93)");
        throwIfAny(problems);
        Catalogue cat = catalogue.catalogue();
        Revocation saved = db.transaction(dsl -> {
            Targets t = which.apply(dsl);
            if (t.lines().isEmpty() && t.imported().isEmpty()) {
                throw new ValidationException(List.of(field("Khen thưởng thu hồi", "chưa chọn khen thưởng nào để thu hồi")));
            }
            if (repo.revocationNoUsed(dsl, draft.decisionNo(), draft.decisionDate())) {
                problems.add(field("Số quyết định thu hồi", "quyết định thu hồi số " + draft.decisionNo() + " ngày "
                        + VnFormat.date(draft.decisionDate()) + " đã được ghi"));
            }
            Set<String> authorities = new LinkedHashSet<>();
            long money = 0;
            Set<Long> lineIds = new LinkedHashSet<>();
            Set<Long> awardIds = new LinkedHashSet<>();
            for (RecipientTarget line : t.lines()) {
                checkRevocable(line.revocationId(), line.decisionNo(), line.decisionDate(), draft, problems);
                authorities.add(line.authority());
                lineIds.add(line.id());
                if (line.awardId() != null) {
                    awardIds.add(line.awardId());
                }
                money += line.amount();
            }
            if (!t.imported().isEmpty()) {
                List<AwardFact> facts = t.imported().stream().map(AwardTarget::fact).toList();
                List<Payment> paid = pay(dsl, cat, facts);
                for (int i = 0; i < facts.size(); i++) {
                    AwardTarget a = t.imported().get(i);
                    checkRevocable(a.revocationId(), a.fact().decisionNo(), a.fact().decisionDate(), draft, problems);
                    authorities.add(a.authority());
                    awardIds.add(a.id());
                    money += paid.get(i).amount();
                }
            }
            Set<String> folded = authorities.stream().map(VietnameseText::fold).collect(Collectors.toSet());
            if (folded.size() > 1) {
                problems.add(field("Khen thưởng thu hồi", "các khen thưởng do nhiều cấp quyết định (" + String.join("; ", authorities)
                        + "); cấp nào khen thưởng thì cấp đó thu hồi (Luật Thi đua, khen thưởng 2022, Điều 93 khoản 8): "
                        + "lập quyết định thu hồi riêng cho từng cấp"));
            }
            throwIfAny(problems);
            Revocation r = repo.insertRevocation(dsl, draft, authorities.iterator().next(),
                    lineIds.size() + t.imported().size(), money);
            repo.markRecipients(dsl, lineIds, r.id());
            repo.markAwards(dsl, awardIds, r.id());
            return r;
        });
        LOGGER.info("Recorded revocation {}: {} lines, {} to recover", saved.decisionNo(), saved.revokedAwards(),
                saved.moneyToRecover());
        return saved;
    }

    private static void checkRevocable(Long revocationId, String decisionNo, LocalDate decisionDate,
                                       RevocationDraft draft, List<Problem> problems) {
        if (revocationId != null) {
            problems.add(field("Khen thưởng thu hồi", "khen thưởng theo Quyết định số " + decisionNo + " đã bị thu hồi trước đó"));
        }
        if (draft.decisionDate() != null && draft.decisionDate().isBefore(decisionDate)) {
            problems.add(field("Ngày quyết định thu hồi", "ngày thu hồi " + VnFormat.date(draft.decisionDate())
                    + " trước ngày khen thưởng " + VnFormat.date(decisionDate) + " (Quyết định số " + decisionNo + ")"));
        }
    }

    /** True when the award history row was revoked: it stays visible but earns no money and feeds no chain. */
    public boolean isRevoked(long awardId) {
        return db.transaction(dsl -> repo.isRevoked(dsl, awardId));
    }

    /** Ids of every revoked award history row (for the review engine: leave them out of chains). */
    public Set<Long> revokedAwardIds() {
        return db.transaction(repo::revokedAwardIds);
    }

    /**
     * Danh sách khen thưởng of a decision in the award history: the recorded list (with its stored money) and any
     * award rows of that number imported without a decision record (money computed by the same rules). Revoked
     * lines stay, marked, with no money.
     *
     * @param decisionDate the decision's date; null when the number names a single decision
     * @throws DecisionNotFoundException   when the number (on that date) is neither recorded nor in the award history
     * @throws AmbiguousDecisionException when no date is given and the number names several decisions
     */
    public AwardList awardList(String decisionNo, LocalDate decisionDate) {
        String no = VietnameseText.clean(decisionNo);
        Catalogue cat = catalogue.catalogue();
        return db.transaction(dsl -> {
            LocalDate day = DecisionKeys.dateOf(repo.decisionsNamed(dsl, no), no, decisionDate);
            Optional<Decision> decision = repo.decision(dsl, no, day);
            List<HistoryAward> imported = repo.unlinkedAwards(dsl, no, day);
            if (decision.isEmpty() && imported.isEmpty()) {
                throw new DecisionNotFoundException(no, day);
            }
            Map<Long, Revocation> revocations = repo.revocations(dsl);
            List<AwardListRow> rows = new ArrayList<>();
            decision.ifPresent(d -> rows.addAll(rows(cat, d, revocations)));
            if (!imported.isEmpty()) {
                List<Payment> paid = new BonusRules(cat).pay(imported.stream().map(HistoryAward::fact).toList(),
                        repo.historyOfDecision(dsl, no, day));
                for (int i = 0; i < imported.size(); i++) {
                    HistoryAward a = imported.get(i);
                    rows.add(row(rows.size() + 1, a.printed(), cat.require(a.fact().kindCode()), paid.get(i),
                            revocations.get(a.revocationId())));
                }
            }
            if (decision.isPresent()) {
                DecisionInfo info = decision.get().info();
                return new AwardList(AwardList.Kind.AWARD_LIST, no, info.decisionDate(), info.authority(), info, rows);
            }
            HistoryAward first = imported.get(0);
            return new AwardList(AwardList.Kind.AWARD_LIST, no, first.fact().decisionDate(), first.authority(), null, rows);
        });
    }

    /** Danh sách chi tiền thưởng: the award list without revoked lines and lines without money. */
    public AwardList paymentList(String decisionNo, LocalDate decisionDate) {
        return awardList(decisionNo, decisionDate).payable();
    }

    /** The list of a recorded decision; with revocations null it is the list as issued. */
    private static List<AwardListRow> rows(Catalogue cat, Decision d, Map<Long, Revocation> revocations) {
        List<AwardListRow> rows = new ArrayList<>(d.recipients().size());
        for (DecisionRecipient r : d.recipients()) {
            Revocation revoked = revocations == null || r.revocationId() == null ? null : revocations.get(r.revocationId());
            rows.add(row(rows.size() + 1, new PrintedSubject(r.name(), r.position(), r.unitName()), cat.require(r.kindCode()),
                    r.payment(), revoked));
        }
        return rows;
    }

    private static AwardListRow row(int stt, PrintedSubject s, AwardKind kind, Payment p, Revocation revoked) {
        if (revoked == null) {
            return new AwardListRow(stt, s.name(), s.position(), s.unit(), kind.name(), p.amount(), p.explanation(), false);
        }
        String mark = "đã thu hồi theo Quyết định số " + revoked.decisionNo() + " ngày " + VnFormat.date(revoked.decisionDate());
        String money = p.amount() > 0 ? "; tiền thưởng " + VnFormat.money(p.amount()) + " phải nộp lại" : "";
        return new AwardListRow(stt, s.name(), s.position(), s.unit(), kind.name() + " (" + mark + ")", 0,
                "Không chi: " + mark + " (" + revoked.reason() + ")" + money, true);
    }

    public void writeAwardListXlsx(AwardList list, Path target) {
        writeAwardListXlsx(list, target, Progress.NONE);
    }

    public void writeAwardListXlsx(AwardList list, Path target, Progress progress) {
        new AwardListXlsxWriter().write(list, target, progress);
    }

    /** Writes the payment list; pass {@link #paymentList}'s result (or any list: its payable lines are written). */
    public void writePaymentListXlsx(AwardList list, Path target) {
        writePaymentListXlsx(list, target, Progress.NONE);
    }

    public void writePaymentListXlsx(AwardList list, Path target, Progress progress) {
        AwardList payable = list.kind() == AwardList.Kind.PAYMENT_LIST ? list : list.payable();
        new AwardListXlsxWriter().write(payable, target, progress);
    }

    /** The quyết định khen thưởng .docx with its list as issued (NĐ 30/2020). */
    public void writeDecisionDocx(Decision decision, Path target) {
        Catalogue cat = catalogue.catalogue();
        DecisionInfo info = decision.info();
        AwardList asIssued = new AwardList(AwardList.Kind.AWARD_LIST, info.decisionNo(), info.decisionDate(),
                info.authority(), info, rows(cat, decision, null));
        new DecisionDocxWriter(cat).write(decision, asIssued, target);
    }

    /** Biểu 0603.N of the year: province-level awards decided in the year, revoked ones left out. */
    public Statistics0603 statistics0603(int year) {
        Catalogue cat = catalogue.catalogue();
        Map<String, Integer> columns = new HashMap<>();
        for (AwardKind k : cat.kinds()) {
            Statistics0603.columnOf(k).ifPresent(c -> columns.put(k.code(), c));
        }
        List<Statistics0603.Entry> entries = db.transaction(dsl -> repo.statisticRows(dsl, year, columns.keySet())).stream()
                .map(r -> new Statistics0603.Entry(columns.get(r.kindCode()), SubjectClass.of(r.recipient(), r.position()),
                        r.formType()))
                .toList();
        return Statistics0603.build(year, entries);
    }

    public void writeStatistics0603(int year, Path target) {
        writeStatistics0603(year, target, Progress.NONE);
    }

    public void writeStatistics0603(int year, Path target, Progress progress) {
        progress.update("Đang thống kê khen thưởng năm " + year, 0, 2);
        Statistics0603 stats = statistics0603(year);
        progress.checkCancelled();
        progress.update("Đang ghi biểu 0603.N", 1, 2);
        new Statistics0603XlsxWriter().write(stats, target);
        progress.update("Đã ghi biểu 0603.N", 2, 2);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void require(List<Problem> problems, String value, String field, String message) {
        if (blank(value)) {
            problems.add(field(field, message));
        }
    }

    private static Problem field(String field, String message) {
        return new Problem(null, 0, field, message);
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
