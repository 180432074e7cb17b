package vn.tdkt.council.service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.council.data.CouncilRepository;
import vn.tdkt.council.domain.AgendaGroup;
import vn.tdkt.council.domain.AttendanceStatus;
import vn.tdkt.council.domain.BallotRound;
import vn.tdkt.council.domain.Candidate;
import vn.tdkt.council.domain.CouncilField;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.Meeting;
import vn.tdkt.council.domain.MeetingRule;
import vn.tdkt.council.domain.QuorumCheck;
import vn.tdkt.council.domain.TallyCalculator;
import vn.tdkt.council.domain.TallyResult;

/**
 * The look-ups the meeting and ballot services share, inside the caller's transaction: the meeting, its members in
 * office, its rule and quorum, its agenda and rounds.
 */
final class CouncilRecords {

    final CouncilRepository repo = new CouncilRepository();
    private final CatalogueService catalogue;

    CouncilRecords(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    Catalogue catalogue() {
        return catalogue.catalogue();
    }

    Meeting requireMeeting(DSLContext dsl, long meetingId) {
        return repo.meeting(dsl, meetingId).orElseThrow(() -> new ValidationException(List.of(
                Problem.file(Msg.of("council.problem.meetingGone")))));
    }

    List<CouncilMember> activeMembers(DSLContext dsl, Meeting m) {
        return repo.members(dsl, m.councilId()).stream().filter(x -> x.activeOn(m.date())).toList();
    }

    QuorumCheck quorum(DSLContext dsl, Meeting m) {
        int present = (int) repo.attendance(dsl, m.id()).stream().filter(a -> a.status() == AttendanceStatus.CO_MAT).count();
        return new QuorumCheck(present, activeMembers(dsl, m).size(), meetingRule(dsl, m));
    }

    MeetingRule meetingRule(DSLContext dsl, Meeting m) {
        return repo.rules(dsl).meetingRule(m.kind(), m.date()).orElseThrow(() -> new ValidationException(List.of(
                Problem.file(Msg.of("council.problem.noMeetingRule", m.kind(), m.date())))));
    }

    /** One group per title, titles in the order they were first entered, candidates in order. */
    List<AgendaGroup> agenda(DSLContext dsl, long meetingId) {
        Catalogue cat = catalogue();
        List<Candidate> all = repo.candidates(dsl, meetingId);
        Map<String, Integer> quotas = repo.quotas(dsl, meetingId);
        List<String> titles = all.stream().sorted(Comparator.comparingLong(Candidate::id)).map(Candidate::titleCode)
                .distinct().toList();
        return titles.stream().map(t -> new AgendaGroup(t, cat.require(t).name(), quotas.get(t),
                all.stream().filter(c -> c.titleCode().equals(t)).toList())).toList();
    }

    AgendaGroup group(DSLContext dsl, long meetingId, String titleCode) {
        return agenda(dsl, meetingId).stream().filter(g -> g.titleCode().equals(titleCode)).findFirst()
                .orElseThrow(() -> new ValidationException(List.of(Problem.of(CouncilField.TITLE,
                        Msg.of("council.problem.noCandidateForTitle", titleCode)))));
    }

    List<BallotRound> rounds(DSLContext dsl, long meetingId, String titleCode) {
        return repo.rounds(dsl, meetingId).stream().filter(r -> r.titleCode().equals(titleCode)).toList();
    }

    /** Round 1 tallied, each later round applied to the candidates it re-voted. */
    static TallyResult combine(List<BallotRound> rounds) {
        BallotRound first = rounds.get(0);
        TallyResult result = TallyCalculator.tally(first.titleCode(), 1, first.counts(), first.threshold(), first.quota(),
                first.votes());
        for (BallotRound later : rounds.subList(1, rounds.size())) {
            result = TallyCalculator.revote(result, later.counts(), later.votes());
        }
        return result;
    }

    static Problem unknownTitle(String titleCode) {
        return Problem.of(CouncilField.TITLE, Msg.of("council.problem.unknownTitle", titleCode));
    }
}
