package vn.tdkt.council.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.common.domain.Action;
import vn.tdkt.common.domain.Permission;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.ConversionsNotAccepted;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.council.data.CouncilRepository;
import vn.tdkt.council.domain.AgendaGroup;
import vn.tdkt.council.domain.BallotCounts;
import vn.tdkt.council.domain.BallotRound;
import vn.tdkt.council.domain.Candidate;
import vn.tdkt.council.domain.CountField;
import vn.tdkt.council.domain.CouncilField;
import vn.tdkt.council.domain.Meeting;
import vn.tdkt.council.domain.QuorumCheck;
import vn.tdkt.council.domain.Selection;
import vn.tdkt.council.domain.SubjectType;
import vn.tdkt.council.domain.TallyCalculator;
import vn.tdkt.council.domain.TallyOutcome;
import vn.tdkt.council.domain.TallyResult;
import vn.tdkt.council.domain.VoteCount;
import vn.tdkt.council.domain.VoteThreshold;
import vn.tdkt.council.domain.WomenAtTies;
import vn.tdkt.dossier.service.DossierCouncilService;

/**
 * The ballots of a meeting: rounds per title and their tally against the dated thresholds, entered in a form or
 * from the tally workbook, and the tally workbook itself (written pre-filled, read back, or tallied on its own for
 * {@code tdkt tally}). Every write is one transaction.
 */
public final class BallotService {

    private static final Logger LOGGER = LoggerFactory.getLogger(BallotService.class);

    private final Database db;
    private final CouncilRecords records;
    private final CouncilRepository repo;
    private final WomenTies women;
    private final DossierCouncilService dossiers;

    /**
     * @param womenPreference the preference for women at equal achievements in force on a day (NĐ 152 Điều 4 k6)
     * @param dossiers        writes each result on the candidate's dossier and moves the dossier
     */
    public BallotService(Database db, CatalogueService catalogue, WomenAtTies.Rule womenPreference,
                         DossierCouncilService dossiers) {
        this.db = db;
        this.dossiers = dossiers;
        this.records = new CouncilRecords(catalogue);
        this.repo = records.repo;
        this.women = new WomenTies(repo, womenPreference);
    }

    private TallyResult markWomen(DSLContext dsl, TallyResult r, Meeting m, AgendaGroup group) {
        Map<Long, WomenTies.Subject> subjects = new java.util.HashMap<>();
        group.candidates().forEach(c -> subjects.put(c.id(), new WomenTies.Subject(c.subjectCode(), c.subjectType())));
        return women.mark(dsl, r, m.date(), subjects);
    }

    /**
     * Records the first round of a title (replacing any earlier entry of it, and the rounds after it) and returns its
     * tally. Refuses counts that do not add up, a total that is not the number of members in office, a number
     * present that differs from the attendance, a meeting without quorum, and votes missing or impossible.
     *
     * @param votes agreeing votes per candidate id, one for every candidate of the title
     */
    public TallyResult recordRound(long meetingId, String titleCode, BallotCounts counts, Map<Long, Integer> votes) {
        return recordRound(meetingId, titleCode, counts, votes, Map.of());
    }

    /**
     * {@link #recordRound(long, String, BallotCounts, Map)} with the disagreeing votes of the candidates the board counted
     * them for (#13): đồng ý + không đồng ý ≤ phiếu hợp lệ; a candidate without one keeps none.
     */
    public TallyResult recordRound(long meetingId, String titleCode, BallotCounts counts, Map<Long, Integer> votes,
                                   Map<Long, Integer> against) {
        Permission.require(Action.EDIT_MEETINGS);
        TallyResult result = db.transaction(dsl -> recordFirstRound(dsl, meetingId, titleCode, counts, votes, against));
        LOGGER.info("Meeting {}: round 1 of {} recorded", meetingId, titleCode);
        return result;
    }

    /** @param against the disagreeing votes per candidate id the tally workbook gave (#13), none for the others */
    private TallyResult recordFirstRound(DSLContext dsl, long meetingId, String titleCode, BallotCounts counts,
                                         Map<Long, Integer> votes, Map<Long, Integer> against) {
        Meeting m = records.requireMeeting(dsl, meetingId);
        AgendaGroup group = records.group(dsl, meetingId, titleCode);
        ProblemCollector problems = checkCounts(dsl, m, counts);
        List<VoteCount> list = votesFor(group.candidates(), votes, against, counts, problems);
        Optional<VoteThreshold> threshold = repo.rules(dsl).threshold(titleCode, m.date());
        problems.require(threshold.isPresent(), CouncilField.TITLE, "council.problem.noThreshold", group.titleName(),
                m.date());
        problems.throwIfAny();
        repo.deleteRounds(dsl, meetingId, titleCode);
        repo.insert(dsl, new BallotRound(meetingId, titleCode, 1, counts, threshold.get(), group.quota(), list));
        TallyResult result = TallyCalculator.tally(titleCode, 1, counts, threshold.get(), group.quota(), list);
        writeResults(dsl, meetingId, result, group);
        return markWomen(dsl, result, m, group);
    }

    /**
     * The council's result on each candidate's dossier subject (the dossier moves to Đã bỏ phiếu once all of it is
     * voted): Đạt when selected, Đồng hạng when tied at the quota cut, otherwise Không đạt (below the threshold or
     * beyond the quota).
     */
    private void writeResults(DSLContext dsl, long meetingId, TallyResult result, AgendaGroup group) {
        Map<Long, Map<DossierCouncilService.SubjectCode, DossierCouncilService.Result>> byDossier = new LinkedHashMap<>();
        for (Candidate c : group.candidates()) {
            Optional<TallyOutcome> o = result.outcome(c.id());
            if (c.dossierId() != null && o.isPresent()) {
                DossierCouncilService.Result r = switch (o.get().selection()) {
                    case SELECTED -> DossierCouncilService.Result.DAT;
                    case TIED_AT_CUT -> DossierCouncilService.Result.DONG_HANG;
                    case BEYOND_QUOTA, NOT_REACHED -> DossierCouncilService.Result.KHONG_DAT;
                };
                byDossier.computeIfAbsent(c.dossierId(), k -> new LinkedHashMap<>()).put(
                        new DossierCouncilService.SubjectCode(c.subjectType() == SubjectType.CA_NHAN, c.subjectCode()), r);
            }
        }
        byDossier.forEach((dossierId, results) -> dossiers.recordResults(dsl, dossierId, meetingId, results));
    }

    /**
     * Records a further round among the candidates tied at the quota cut (only them), within the maximum number
     * of rounds of the session; returns the title's result where their new outcomes replace the earlier ones.
     */
    public TallyResult secondRound(long meetingId, String titleCode, BallotCounts counts, Map<Long, Integer> votes) {
        Permission.require(Action.EDIT_MEETINGS);
        TallyResult result = db.transaction(dsl -> {
            Meeting m = records.requireMeeting(dsl, meetingId);
            AgendaGroup group = records.group(dsl, meetingId, titleCode);
            List<BallotRound> rounds = records.rounds(dsl, meetingId, titleCode);
            if (rounds.isEmpty()) {
                throw roundRefused("council.problem.noFirstRound", group.titleName());
            }
            TallyResult current = CouncilRecords.combine(rounds);
            int maxRounds = records.meetingRule(dsl, m).maxRounds();
            if (!current.undecided()) {
                throw roundRefused("council.problem.noTie", group.titleName());
            }
            if (current.round() >= maxRounds) {
                throw roundRefused("council.problem.maxRounds", maxRounds);
            }
            Set<Long> tied = current.with(Selection.TIED_AT_CUT).stream().map(TallyOutcome::candidateId)
                    .collect(Collectors.toSet());
            List<Candidate> revoted = group.candidates().stream().filter(c -> tied.contains(c.id())).toList();
            ProblemCollector problems = checkCounts(dsl, m, counts);
            List<VoteCount> list = votesFor(revoted, votes, Map.of(), counts, problems);
            problems.throwIfAny();
            BallotRound first = rounds.get(0);
            repo.insert(dsl, new BallotRound(meetingId, titleCode, current.round() + 1, counts, first.threshold(),
                    first.quota(), list));
            TallyResult after = TallyCalculator.revote(current, counts, list);
            writeResults(dsl, meetingId, after, group);
            return markWomen(dsl, after, m, group);
        });
        LOGGER.info("Meeting {}: round {} of {} recorded", meetingId, result.round(), titleCode);
        return result;
    }

    private static ValidationException roundRefused(String key, Object... args) {
        return new ValidationException(List.of(Problem.of(CouncilField.ROUND, Msg.of(key, args))));
    }

    /** Removes every round of a title, so that its agenda and quota can be corrected. */
    public void clearRounds(long meetingId, String titleCode) {
        Permission.require(Action.EDIT_MEETINGS);
        db.transaction(dsl -> {
            repo.deleteRounds(dsl, meetingId, titleCode);
            Map<Long, List<DossierCouncilService.SubjectCode>> byDossier = new LinkedHashMap<>();
            records.group(dsl, meetingId, titleCode).candidates().stream().filter(c -> c.dossierId() != null)
                    .forEach(c -> byDossier.computeIfAbsent(c.dossierId(), k -> new ArrayList<>()).add(
                            new DossierCouncilService.SubjectCode(c.subjectType() == SubjectType.CA_NHAN, c.subjectCode())));
            byDossier.forEach((dossierId, subjects) -> dossiers.clearResults(dsl, dossierId, meetingId, subjects));
            return null;
        });
    }

    /** The recorded rounds of a meeting as entered (for the Biên bản kiểm phiếu of each round). */
    public List<BallotRound> rounds(long meetingId) {
        return repo.rounds(db.dsl(), meetingId);
    }

    /** The result of every title that has been voted on, in agenda order, later rounds applied. */
    public List<TallyResult> results(long meetingId) {
        DSLContext dsl = db.dsl();
        List<TallyResult> out = new ArrayList<>();
        Meeting m = null;
        for (AgendaGroup g : records.agenda(dsl, meetingId)) {
            List<BallotRound> rounds = records.rounds(dsl, meetingId, g.titleCode());
            if (!rounds.isEmpty()) {
                m = m == null ? records.requireMeeting(dsl, meetingId) : m;
                out.add(markWomen(dsl, CouncilRecords.combine(rounds), m, g));
            }
        }
        return out;
    }

    /** Writes the tally workbook of a meeting: every candidate of the agenda with the title's quota. */
    public void writeTallyWorkbook(long meetingId, Path file) {
        List<TallyWorkbook.TemplateRow> rows = new ArrayList<>();
        for (AgendaGroup g : records.agenda(db.dsl(), meetingId)) {
            g.candidates().forEach(c -> rows.add(new TallyWorkbook.TemplateRow(c.subjectCode(), c.fullName(), g.titleName(),
                    g.quota())));
        }
        TallyWorkbook.writeTemplate(file, rows);
    }

    /**
     * Records round 1 of every title of a filled tally workbook: rows are matched to the agenda by code and title,
     * the same counts apply to each title. All titles or none. Cells typed in TCVN3 or VNI are converted and written
     * only when {@code acceptConversions}; otherwise a valid workbook with such cells is refused with them
     * ({@code ConversionsNotAccepted}) and nothing is recorded.
     */
    public List<TallyResult> importTallyWorkbook(long meetingId, Path file, boolean acceptConversions) {
        Permission.require(Action.EDIT_MEETINGS);
        TallyWorkbook.Filled filled = TallyWorkbook.read(file, records.catalogue());
        List<Candidate> agenda = repo.candidates(db.dsl(), meetingId);
        ProblemCollector problems = new ProblemCollector();
        Map<String, Map<Long, Integer>> votesByTitle = new LinkedHashMap<>();
        Map<Long, Integer> against = new java.util.HashMap<>();
        for (TallyWorkbook.Line l : filled.lines()) {
            Optional<Candidate> c = agenda.stream()
                    .filter(x -> x.titleCode().equals(l.titleCode()) && x.subjectCode().equalsIgnoreCase(l.code())).findFirst();
            if (c.isEmpty()) {
                problems.add(new Problem(TallyWorkbook.SHEET, l.row(), TallyWorkbook.H_CODE, Msg.of(
                        "council.problem.codeNotOnAgenda", l.code(), records.catalogue().require(l.titleCode()).name())));
            } else {
                votesByTitle.computeIfAbsent(l.titleCode(), k -> new LinkedHashMap<>()).put(c.get().id(), l.votes());
                if (l.against() != null) {
                    against.put(c.get().id(), l.against());
                }
            }
        }
        problems.throwIfAny();
        ConversionsNotAccepted.check(filled.conversions(), acceptConversions);
        List<TallyResult> results = db.transaction(dsl -> votesByTitle.entrySet().stream()
                .map(e -> recordFirstRound(dsl, meetingId, e.getKey(), filled.counts(), e.getValue(), against)).toList());
        LOGGER.info("Meeting {}: round 1 of {} titles imported from {}", meetingId, results.size(), file);
        return results;
    }

    /** Tallies a filled workbook on its own (tdkt tally): thresholds in force on {@code day}. */
    public TallyWorkbook.Report tallyWorkbook(Path in, Path out, LocalDate day, boolean acceptConversions) {
        DSLContext dsl = db.dsl();
        return TallyWorkbook.tally(in, out, records.catalogue(), repo.rules(dsl), day, acceptConversions, (r, lines) -> {
            Map<Long, WomenTies.Subject> subjects = new java.util.HashMap<>();
            lines.forEach(l -> subjects.put((long) l.row(), new WomenTies.Subject(l.code(), null)));
            return women.mark(dsl, r, day, subjects);
        });
    }

    private ProblemCollector checkCounts(DSLContext dsl, Meeting m, BallotCounts counts) {
        ProblemCollector problems = new ProblemCollector();
        counts.check().forEach(p -> problems.add(Problem.of(CouncilField.of(p.field()), p.text())));
        int total = records.activeMembers(dsl, m).size();
        problems.require(counts.totalMembers() == total, CouncilField.of(CountField.TOTAL), "council.problem.totalDiffers",
                counts.totalMembers(), m.date(), total);
        QuorumCheck quorum = records.quorum(dsl, m);
        if (repo.attendance(dsl, m.id()).isEmpty()) {
            problems.add(CouncilField.ATTENDANCE, "council.problem.noAttendance");
        } else if (counts.present() != quorum.present()) {
            problems.add(CouncilField.of(CountField.PRESENT), "council.problem.presentDiffers", counts.present(),
                    quorum.present());
        } else if (!quorum.ok()) {
            problems.add(CouncilField.ATTENDANCE, "council.problem.noQuorum", quorum.text());
        }
        return problems;
    }

    private static List<VoteCount> votesFor(List<Candidate> candidates, Map<Long, Integer> votes, Map<Long, Integer> against,
                                            BallotCounts counts, ProblemCollector problems) {
        Set<Long> ids = candidates.stream().map(Candidate::id).collect(Collectors.toSet());
        votes.keySet().stream().filter(id -> !ids.contains(id)).forEach(id -> problems.add(CouncilField.VOTES,
                "council.problem.notVotedOn", String.valueOf(id)));
        List<VoteCount> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Integer v = votes.get(c.id());
            if (v == null) {
                problems.add(CouncilField.VOTES, "council.problem.noVotes", c.fullName());
            } else {
                counts.voteProblem(v).ifPresent(msg -> problems.add(CouncilField.VOTES, "council.problem.votes",
                        c.fullName(), msg));
                Integer no = against.get(c.id());
                if (no != null) {
                    counts.againstProblem(v, no).ifPresent(msg -> problems.add(CouncilField.VOTES, "council.problem.votes",
                            c.fullName(), msg));
                }
                out.add(new VoteCount(c.id(), v, no));
            }
        }
        return out;
    }
}
