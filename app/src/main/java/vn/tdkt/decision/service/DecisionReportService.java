package vn.tdkt.decision.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.decision.data.DecisionRepository;
import vn.tdkt.decision.domain.AwardFact;
import vn.tdkt.decision.domain.AwardList;
import vn.tdkt.decision.domain.DecisionKeys;
import vn.tdkt.decision.domain.AwardListRow;
import vn.tdkt.decision.domain.BonusRules;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.DecisionNotFoundException;
import vn.tdkt.decision.domain.DecisionSummary;
import vn.tdkt.decision.domain.HistoryAward;
import vn.tdkt.decision.domain.Payment;
import vn.tdkt.decision.domain.RegisterEntry;
import vn.tdkt.decision.domain.Revocation;
import vn.tdkt.decision.domain.Statistics0602;
import vn.tdkt.decision.domain.Statistics0603;
import vn.tdkt.export.domain.ReportingUnits;

/**
 * What is read and printed from the decisions: the register (recorded decisions and numbers known only from the
 * imported award history), the award and payment lists, the decision .docx and biểu 0603.N. Files are written
 * atomically.
 */
public final class DecisionReportService {

    private final Database db;
    private final CatalogueService catalogue;
    private final DecisionRepository repo = new DecisionRepository();

    public DecisionReportService(Database db, CatalogueService catalogue) {
        this.db = db;
        this.catalogue = catalogue;
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
                        DecisionPricing.names(cat, kinds.getOrDefault(s.id(), List.of())), s.recipients(), s.total(), s.revoked(),
                        s.overrides()));
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
                        DecisionPricing.names(cat, codes), lines.size(), total, revoked));
            });
            return entries;
        });
        return out.stream().sorted(Comparator.comparing(RegisterEntry::decisionDate).reversed()
                .thenComparing(RegisterEntry::decisionNo)).toList();
    }

    /**
     * Danh sách khen thưởng of a decision in the award history: the recorded list (with its stored money) and any
     * award rows of that number imported without a decision record (money computed by the same rules). Revoked
     * lines stay, marked, with no money.
     *
     * @param decisionDate the decision's date; null when the number names a single decision
     * @throws DecisionNotFoundException   when the number (on that date) is neither recorded nor in the award history
     * @throws vn.tdkt.decision.domain.AmbiguousDecisionException when no date is given and the number names several
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
            decision.ifPresent(d -> rows.addAll(DecisionPricing.rows(cat, d, revocations)));
            if (!imported.isEmpty()) {
                List<Payment> paid = new BonusRules(cat).pay(imported.stream().map(HistoryAward::fact).toList(),
                        repo.historyOfDecision(dsl, no, day));
                for (int i = 0; i < imported.size(); i++) {
                    HistoryAward a = imported.get(i);
                    rows.add(DecisionPricing.row(rows.size() + 1, a.printed(), cat.require(a.fact().kindCode()), paid.get(i),
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
                info.authority(), info, DecisionPricing.rows(cat, decision, null));
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
                .map(r -> new Statistics0603.Entry(columns.get(r.kindCode()), r.recipient(), r.position(), r.formType()))
                .toList();
        return Statistics0603.build(year, entries);
    }

    /** Biểu 0602.N of the year: Nhà nước-level awards decided in the year, revoked ones left out (README decision 112). */
    public void writeStatistics0602(int year, ReportingUnits units, Path target) {
        Catalogue cat = catalogue.catalogue();
        List<Statistics0602.Column> columns = Statistics0602.columns(cat.kinds());
        java.util.Set<String> codes = new java.util.HashSet<>();
        columns.forEach(c -> codes.addAll(c.kinds()));
        List<Statistics0602.Entry> entries = db.transaction(dsl -> repo.statisticRows(dsl, year, codes)).stream()
                .map(r -> new Statistics0602.Entry(r.kindCode(), r.recipient(), r.position(), r.formType())).toList();
        new Statistics0602XlsxWriter().write(Statistics0602.build(year, columns, entries), units, target);
    }

    /** Biểu 0603.N of the year with its reporting and receiving units (README decision 148). */
    public void writeStatistics0603(int year, ReportingUnits units, Path target, Progress progress) {
        progress.step(Msg.of("decision.stats.counting", String.valueOf(year)), 0, 2);
        Statistics0603 stats = statistics0603(year);
        progress.checkCancelled();
        progress.step(Msg.of("decision.stats.writing"), 1, 2);
        new Statistics0603XlsxWriter().write(stats, units, target);
        progress.step(Msg.of("decision.stats.written"), 2, 2);
    }
}
