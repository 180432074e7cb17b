package vn.tdkt.decision.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.common.domain.Action;
import vn.tdkt.common.domain.Permission;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.decision.data.DecisionRepository;
import vn.tdkt.decision.data.DecisionRepository.AwardTarget;
import vn.tdkt.decision.data.DecisionRepository.RecipientTarget;
import vn.tdkt.decision.domain.AwardFact;
import vn.tdkt.decision.domain.DecisionField;
import vn.tdkt.decision.domain.DecisionKeys;
import vn.tdkt.decision.domain.DecisionRef;
import vn.tdkt.decision.domain.HistoryAward;
import vn.tdkt.decision.domain.Payment;
import vn.tdkt.decision.domain.Recovery;
import vn.tdkt.decision.domain.Revocation;
import vn.tdkt.decision.domain.RevocationDraft;

/**
 * Thu hồi khen thưởng (Luật Thi đua, khen thưởng 2022, Điều 93): a whole decision, some of its lines or award history
 * rows (also imported ones) revoked by one revocation decision of the level that awarded them, in one transaction;
 * revoked rows stay visible but earn no money and feed no chain.
 */
public final class DecisionRevocationService {

    private static final Logger LOGGER = LoggerFactory.getLogger(DecisionRevocationService.class);

    private final Database db;
    private final CatalogueService catalogue;
    private final DecisionRepository repo = new DecisionRepository();
    private final DecisionPricing pricing = new DecisionPricing(repo);

    public DecisionRevocationService(Database db, CatalogueService catalogue) {
        this.db = db;
        this.catalogue = catalogue;
    }

    /** Award history rows of the number imported without a decision record (the lines {@link #revokeAwards} takes). */
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
        Permission.require(Action.ISSUE_DECISIONS);
        return revoke(draft, dsl -> {
            List<RecipientTarget> lines = repo.recipientsOfDecision(dsl, decisionId);
            if (lines.isEmpty()) {
                throw new AppException(Msg.of("decision.problem.noDecisionId", String.valueOf(decisionId)));
            }
            return new Targets(lines, List.of());
        });
    }

    /** Revokes some lines of recorded decisions (also household lines). */
    public Revocation revokeRecipients(Collection<Long> recipientIds, RevocationDraft draft) {
        Permission.require(Action.ISSUE_DECISIONS);
        return revoke(draft, dsl -> {
            List<RecipientTarget> lines = repo.recipients(dsl, recipientIds);
            missing(recipientIds, lines.stream().map(RecipientTarget::id).toList(), "decision.problem.noLines");
            return new Targets(lines, List.of());
        });
    }

    /** Revokes award history rows, recorded or imported. */
    public Revocation revokeAwards(Collection<Long> awardIds, RevocationDraft draft) {
        Permission.require(Action.ISSUE_DECISIONS);
        return revoke(draft, dsl -> {
            List<AwardTarget> awards = repo.awards(dsl, awardIds);
            missing(awardIds, awards.stream().map(AwardTarget::id).toList(), "decision.problem.noAwards");
            List<Long> lineIds = awards.stream().map(AwardTarget::recipientId).filter(id -> id != null).toList();
            return new Targets(lineIds.isEmpty() ? List.of() : repo.recipients(dsl, lineIds),
                    awards.stream().filter(a -> a.recipientId() == null).toList());
        });
    }

    /** True when the award history row was revoked: it stays visible but earns no money and feeds no chain. */
    /**
     * What each recipient of a revocation pays back (Luật Thi đua, khen thưởng 2022, Điều 93 khoản 2), one row per
     * revoked line or imported award; their sum is the revocation's money to recover.
     */
    public List<Recovery> recoveries(long revocationId) {
        return repo.recoveries(db.dsl(), revocationId);
    }

    public boolean isRevoked(long awardId) {
        return db.transaction(dsl -> repo.isRevoked(dsl, awardId));
    }

    /** Ids of every revoked award history row (for the review engine: leave them out of chains). */
    public Set<Long> revokedAwardIds() {
        return db.transaction(repo::revokedAwardIds);
    }

    /** What one revocation cancels: recorded lines (with their awards) and imported awards. */
    private record Targets(List<RecipientTarget> lines, List<AwardTarget> imported) {
    }

    private static void missing(Collection<Long> asked, List<Long> found, String key) {
        Set<Long> rest = new LinkedHashSet<>(asked);
        found.forEach(rest::remove);
        ProblemCollector.refuseUnless(rest.isEmpty(), key, rest.toString());
    }

    private Revocation revoke(RevocationDraft raw, Function<DSLContext, Targets> which) {
        RevocationDraft draft = new RevocationDraft(VietnameseText.clean(raw.decisionNo()), raw.decisionDate(),
                VietnameseText.clean(raw.reason()));
        ProblemCollector problems = new ProblemCollector();
        problems.requireText(draft.decisionNo(), DecisionField.REVOCATION_NUMBER, "decision.problem.noRevocationNumber");
        problems.requirePresent(draft.decisionDate(), DecisionField.REVOCATION_DATE, "decision.problem.noRevocationDate");
        problems.requireText(draft.reason(), DecisionField.REVOCATION_REASON, "decision.problem.noRevocationReason");
        problems.throwIfAny();
        Catalogue cat = catalogue.catalogue();
        Revocation saved = db.transaction(dsl -> {
            Targets t = which.apply(dsl);
            if (t.lines().isEmpty() && t.imported().isEmpty()) {
                throw new ValidationException(List.of(Problem.of(DecisionField.REVOKED, Msg.of("decision.problem.nothingRevoked"))));
            }
            problems.require(!repo.revocationNoUsed(dsl, draft.decisionNo(), draft.decisionDate()), DecisionField.REVOCATION_NUMBER,
                    "decision.problem.revocationNumberUsed", draft.decisionNo(), draft.decisionDate());
            Set<String> authorities = new LinkedHashSet<>();
            long money = 0;
            Set<Long> lineIds = new LinkedHashSet<>();
            Set<Long> awardIds = new LinkedHashSet<>();
            List<Recovery> recoveries = new ArrayList<>();
            String legalRef = Recovery.legalRefOn(draft.decisionDate());
            for (RecipientTarget line : t.lines()) {
                checkRevocable(line.revocationId(), line.decisionNo(), line.decisionDate(), draft, problems);
                authorities.add(line.authority());
                lineIds.add(line.id());
                if (line.awardId() != null) {
                    awardIds.add(line.awardId());
                }
                money += line.amount();
                recoveries.add(new Recovery(0, line.id(), line.awardId(), null, line.amount(), legalRef));
            }
            if (!t.imported().isEmpty()) {
                List<AwardFact> facts = t.imported().stream().map(AwardTarget::fact).toList();
                List<Payment> paid = pricing.pay(dsl, cat, facts);
                for (int i = 0; i < facts.size(); i++) {
                    AwardTarget a = t.imported().get(i);
                    checkRevocable(a.revocationId(), a.fact().decisionNo(), a.fact().decisionDate(), draft, problems);
                    authorities.add(a.authority());
                    awardIds.add(a.id());
                    money += paid.get(i).amount();
                    recoveries.add(new Recovery(0, null, a.id(), null, paid.get(i).amount(), legalRef));
                }
            }
            Set<String> folded = authorities.stream().map(VietnameseText::fold).collect(Collectors.toSet());
            problems.require(folded.size() <= 1, DecisionField.REVOKED, "decision.problem.severalAuthorities",
                    String.join("; ", authorities));
            problems.throwIfAny();
            Revocation r = repo.insertRevocation(dsl, draft, authorities.iterator().next(),
                    lineIds.size() + t.imported().size(), money);
            repo.markRecipients(dsl, lineIds, r.id());
            repo.markAwards(dsl, awardIds, r.id());
            repo.insertRecoveries(dsl, r.id(), recoveries);
            return r;
        });
        LOGGER.info("Recorded revocation {}: {} lines, {} to recover", saved.decisionNo(), saved.revokedAwards(),
                saved.moneyToRecover());
        return saved;
    }

    private static void checkRevocable(Long revocationId, String decisionNo, LocalDate decisionDate,
                                       RevocationDraft draft, ProblemCollector problems) {
        problems.require(revocationId == null, DecisionField.REVOKED, "decision.problem.alreadyRevoked", decisionNo);
        problems.require(draft.decisionDate() == null || !draft.decisionDate().isBefore(decisionDate),
                DecisionField.REVOCATION_DATE, "decision.problem.revokedBefore", draft.decisionDate(), decisionDate, decisionNo);
    }
}
