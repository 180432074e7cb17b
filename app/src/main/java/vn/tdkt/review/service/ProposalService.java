package vn.tdkt.review.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.review.data.ProposalRepository;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.decision.domain.NewDraft;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.decision.domain.StoredDraft;
import vn.tdkt.decision.service.DecisionDraftingService;
import vn.tdkt.review.domain.ProposalStage;
import vn.tdkt.dossier.domain.DecidingLevel;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierSubject;
import vn.tdkt.dossier.domain.NewDossier;
import vn.tdkt.dossier.domain.Procedure;
import vn.tdkt.dossier.service.DossierService;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.review.domain.Proposal;
import vn.tdkt.review.domain.ProposalPick;
import vn.tdkt.review.domain.ProposalProgress;
import vn.tdkt.review.domain.SubjectRef;
import vn.tdkt.review.domain.Title;

/** The clerk's proposals of a review year: which (subject, title) is put forward, by whom and when. */
public final class ProposalService {

    private static final Logger LOGGER = LoggerFactory.getLogger(ProposalService.class);

    private final Database db;
    private final Clock clock;
    private final DossierService dossiers;
    private final OrgService org;
    private final DecisionDraftingService drafting;
    private final ProposalRepository repository = new ProposalRepository();

    /** Proposals only, without the dossier command (tests of the marks). */
    public ProposalService(Database db, Clock clock) {
        this(db, clock, null, null, null);
    }

    /** Proposals and "Lập hồ sơ", without "Lập quyết định". */
    public ProposalService(Database db, Clock clock, DossierService dossiers, OrgService org) {
        this(db, clock, dossiers, org, null);
    }

    /**
     * @param dossiers where "Lập hồ sơ" creates the dossiers; org the units (for the proposing unit); drafting where
     *                 "Lập quyết định" creates the draft decisions
     */
    public ProposalService(Database db, Clock clock, DossierService dossiers, OrgService org,
                           DecisionDraftingService drafting) {
        this.db = db;
        this.clock = clock;
        this.dossiers = dossiers;
        this.org = org;
        this.drafting = drafting;
    }

    /** Every proposal of an achievement year, with its stage (dossier, council, decision). */
    public List<Proposal> proposals(int year) {
        return repository.ofYear(db.dsl(), year);
    }

    /**
     * Marks or unmarks a proposal, in one transaction. Marking twice keeps the first mark.
     *
     * @return the stored proposal when marked, empty when unmarked
     * @throws AppException when the title is not for this kind of subject or the user is unknown
     */
    public Optional<Proposal> setProposed(int year, SubjectRef subject, Title title, boolean proposed, String user) {
        if (title.subject() != subject.type()) {
            throw new AppException(Msg.of(subject.type() == vn.tdkt.catalog.domain.AwardSubject.CA_NHAN
                    ? "review.proposal.notForPerson" : "review.proposal.notForUnit", title.label(), subject.name()));
        }
        if (!proposed) {
            boolean removed = db.transaction(dsl -> repository.delete(dsl, year, subject, title));
            LOGGER.info("Proposal of {} for {} in {} withdrawn by {} ({})", subject.code(), title, year, user,
                    removed ? "removed" : "none");
            return Optional.empty();
        }
        String who = VietnameseText.clean(user == null ? "" : user);
        if (who.isEmpty()) {
            throw new AppException(Msg.of("review.proposal.noUser"));
        }
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Proposal saved = db.transaction(dsl -> repository.insert(dsl, year, subject, title, who, now));
        LOGGER.info("Proposal of {} for {} in {} marked by {}", subject.code(), title, year, who);
        return Optional.of(saved);
    }

    /**
     * Marks every pick as proposed in one transaction (the review's "tick all eligible" of the rows shown: by unit,
     * by title, by the words searched); a pick already proposed keeps its first mark.
     *
     * @return the stored proposals, in the order of the picks
     */
    public List<Proposal> proposeAll(int year, List<ProposalPick> picks, String user) {
        String who = VietnameseText.clean(user == null ? "" : user);
        if (who.isEmpty()) {
            throw new AppException(Msg.of("review.proposal.noUser"));
        }
        for (ProposalPick p : picks) {
            if (p.title().subject() != p.subject().type()) {
                throw new AppException(Msg.of("review.proposal.notForPerson", p.title().label(), p.subject().name()));
            }
        }
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        List<Proposal> saved = db.transaction(dsl -> picks.stream()
                .map(p -> repository.insert(dsl, year, p.subject(), p.title(), who, now)).toList());
        LOGGER.info("{} proposals of {} marked by {}", saved.size(), year, who);
        return saved;
    }

    /**
     * "Lập hồ sơ" from the ticked rows: one dossier per title and deciding level (the award's default level, Luật TĐKT
     * 2022 Điều 80), proposed by the lowest unit that holds every subject of it (a collective counts under its parent),
     * created in one transaction with every subject; proposals already in a dossier or decided are left out.
     *
     * @return the dossiers created
     * @throws AppException when no pick is left to put in a dossier
     */
    public List<Dossier> openDossiers(int year, List<ProposalPick> picks, String user) {
        Map<String, ProposalProgress> progress = new HashMap<>();
        proposals(year).forEach(p -> progress.put(key(p.subjectType(), p.subjectId(), p.title()), p.progress()));
        Map<Title, List<ProposalPick>> byTitle = new LinkedHashMap<>();
        for (ProposalPick p : picks) {
            ProposalProgress pr = progress.get(key(p.subject().type(), p.subject().id(), p.title()));
            if (pr != null && !pr.inDossier()) {
                byTitle.computeIfAbsent(p.title(), t -> new ArrayList<>()).add(p);
            }
        }
        if (byTitle.isEmpty()) {
            throw new AppException(Msg.of("review.thread.nothingToFile"));
        }
        List<Unit> units = org.units();
        Map<Long, Unit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        List<DecidingLevel> levels = dossiers.levels();
        List<NewDossier> planned = new ArrayList<>();
        byTitle.forEach((title, group) -> {
            List<DossierSubject> subjects = group.stream().map(p -> p.subject().type() == AwardSubject.CA_NHAN
                    ? DossierSubject.person(p.subject().id()) : DossierSubject.unit(p.subject().id())).toList();
            long unit = proposingUnit(group, byId);
            DecidingLevel level = DecidingLevel.defaultFor(levels, title.kindCode());
            planned.add(new NewDossier(Dossier.draft(title.kindCode(), level == null ? null : level.code(), year, null, unit,
                    Procedure.THUONG, null, null),
                    subjects));
        });
        List<Dossier> created = dossiers.createAll(planned, user);
        LOGGER.info("{} dossiers opened from {} proposals of {}", created.size(), picks.size(), year);
        return created;
    }

    /**
     * "Lập quyết định" from the ticked rows: one draft decision per deciding level and danh hiệu/hình thức (Luật TĐKT
     * 2022 Điều 80: who decides), each filled with the header remembered for its level, created in one transaction;
     * proposals already in a draft or decided, and those the council voted down, are left out.
     *
     * @return the drafts created
     * @throws AppException when no pick is left to put in a decision
     */
    public List<StoredDraft> draftDecisions(int year, List<ProposalPick> picks, String user) {
        Map<String, ProposalProgress> progress = new HashMap<>();
        proposals(year).forEach(p -> progress.put(key(p.subjectType(), p.subjectId(), p.title()), p.progress()));
        List<DecidingLevel> levels = dossiers.levels();
        Map<List<String>, List<RecipientDraft>> groups = new LinkedHashMap<>();
        for (ProposalPick p : picks) {
            ProposalProgress pr = progress.get(key(p.subject().type(), p.subject().id(), p.title()));
            if (pr == null || pr.inDecision() || pr.stage() == ProposalStage.KHONG_DAT) {
                continue;
            }
            DecidingLevel level = DecidingLevel.defaultFor(levels, p.title().kindCode());
            RecipientDraft line = p.subject().type() == AwardSubject.CA_NHAN
                    ? RecipientDraft.person(p.subject().id(), p.title().kindCode())
                    : RecipientDraft.unit(p.subject().id(), p.title().kindCode());
            groups.computeIfAbsent(java.util.Arrays.asList(level == null ? null : level.code(), p.title().kindCode()),
                    k -> new ArrayList<>()).add(line);
        }
        if (groups.isEmpty()) {
            throw new AppException(Msg.of("review.thread.nothingToDecide"));
        }
        List<NewDraft> planned = new ArrayList<>();
        groups.forEach((k, lines) -> planned.add(new NewDraft(k.get(0), k.get(1), year, lines)));
        List<StoredDraft> created = drafting.createDrafts(planned, user);
        LOGGER.info("{} draft decisions from {} proposals of {}", created.size(), picks.size(), year);
        return created;
    }

    private static String key(AwardSubject type, long id, Title t) {
        return type + "|" + id + "|" + t;
    }

    /** The lowest unit above or at every pick's unit (a collective counts under its parent unit). */
    static long proposingUnit(List<ProposalPick> picks, Map<Long, Unit> units) {
        List<Long> common = null;
        for (ProposalPick p : picks) {
            Unit u = units.get(p.unitId());
            if (p.subject().type() == AwardSubject.TAP_THE && u != null && u.parentId() != null) {
                u = units.get(u.parentId());
            }
            List<Long> chain = new ArrayList<>();
            for (Unit x = u; x != null; x = x.parentId() == null ? null : units.get(x.parentId())) {
                chain.add(0, x.id());
            }
            if (common == null) {
                common = chain;
            } else {
                int n = 0;
                while (n < common.size() && n < chain.size() && common.get(n).equals(chain.get(n))) {
                    n++;
                }
                common = new ArrayList<>(common.subList(0, n));
            }
        }
        if (common == null || common.isEmpty()) {
            return picks.get(0).unitId();
        }
        return common.get(common.size() - 1);
    }
}
