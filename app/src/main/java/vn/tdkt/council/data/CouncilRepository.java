package vn.tdkt.council.data;

import static vn.tdkt.common.data.jooq.Tables.BALLOT_ROUND;
import static vn.tdkt.common.data.jooq.Tables.BALLOT_VOTE;
import static vn.tdkt.common.data.jooq.Tables.COUNCIL;
import static vn.tdkt.common.data.jooq.Tables.COUNCIL_ADDRESSEE;
import static vn.tdkt.common.data.jooq.Tables.DECIDING_LEVEL;
import static vn.tdkt.common.data.jooq.Tables.COUNCIL_MEMBER;
import static vn.tdkt.common.data.jooq.Tables.DOSSIER;
import static vn.tdkt.common.data.jooq.Tables.DOSSIER_SUBJECT;
import static vn.tdkt.common.data.jooq.Tables.MEETING;
import static vn.tdkt.common.data.jooq.Tables.MEETING_ATTENDANCE;
import static vn.tdkt.common.data.jooq.Tables.MEETING_CANDIDATE;
import static vn.tdkt.common.data.jooq.Tables.MEETING_QUOTA;
import static vn.tdkt.common.data.jooq.Tables.MEETING_RULE;
import static vn.tdkt.common.data.jooq.Tables.PERSON;
import static vn.tdkt.common.data.jooq.Tables.UNIT;
import static vn.tdkt.common.data.jooq.Tables.VOTE_THRESHOLD;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import vn.tdkt.common.data.RowLock;
import org.jooq.impl.DSL;
import vn.tdkt.common.data.jooq.tables.records.BallotRoundRecord;
import vn.tdkt.common.data.jooq.tables.records.CouncilMemberRecord;
import vn.tdkt.common.data.jooq.tables.records.CouncilRecord;
import vn.tdkt.common.data.jooq.tables.records.MeetingCandidateRecord;
import vn.tdkt.common.data.jooq.tables.records.MeetingRecord;
import vn.tdkt.common.data.jooq.tables.Unit;
import vn.tdkt.council.domain.Attendance;
import vn.tdkt.council.domain.AttendanceStatus;
import vn.tdkt.council.domain.BallotCounts;
import vn.tdkt.council.domain.BallotRound;
import vn.tdkt.council.domain.Candidate;
import vn.tdkt.council.domain.Council;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.CouncilRules;
import vn.tdkt.council.domain.DossierSubjects;
import vn.tdkt.council.domain.Meeting;
import vn.tdkt.council.domain.MeetingRule;
import vn.tdkt.council.domain.MemberRole;
import vn.tdkt.council.domain.SessionKind;
import vn.tdkt.council.domain.Share;
import vn.tdkt.council.domain.SubjectInfo;
import vn.tdkt.council.domain.SubjectType;
import vn.tdkt.council.domain.VoteCount;
import vn.tdkt.council.domain.VoteThreshold;

/** Councils, members, meetings, agenda, ballot rounds and the dated council rules. */
public final class CouncilRepository {

    // ---- rules

    public CouncilRules rules(DSLContext dsl) {
        List<VoteThreshold> thresholds = dsl.selectFrom(VOTE_THRESHOLD).orderBy(VOTE_THRESHOLD.VALID_FROM)
                .fetch(r -> new VoteThreshold(r.getAwardCode(), new Share(r.getNumerator(), r.getDenominator()),
                        r.getStrict(), r.getValidFrom(), r.getValidTo(), r.getLegalRef()));
        List<MeetingRule> meetingRules = dsl.selectFrom(MEETING_RULE).orderBy(MEETING_RULE.VALID_FROM)
                .fetch(r -> new MeetingRule(SessionKind.valueOf(r.getSessionKind()),
                        new Share(r.getQuorumNum(), r.getQuorumDen()), r.getMaxRounds(), r.getValidFrom(), r.getValidTo(),
                        r.getLegalRef()));
        return new CouncilRules(thresholds, meetingRules);
    }

    // ---- councils and members

    public List<Council> councils(DSLContext dsl) {
        Map<Long, Map<String, String>> to = addressees(dsl, null);
        return dsl.selectFrom(COUNCIL).orderBy(COUNCIL.DECISION_DATE.desc(), COUNCIL.ID.desc())
                .fetch(r -> toCouncil(r, to));
    }

    /** Locks the council's row until the end of the transaction (issue #14); whether it is still there. */
    public boolean lockCouncil(DSLContext dsl, long id) {
        return RowLock.lock(dsl, COUNCIL, COUNCIL.ID.eq(id));
    }

    /** Locks the member's row until the end of the transaction; whether it is still there. */
    public boolean lockMember(DSLContext dsl, long id) {
        return RowLock.lock(dsl, COUNCIL_MEMBER, COUNCIL_MEMBER.ID.eq(id));
    }

    /** Locks the meeting's row until the end of the transaction; whether it is still there. */
    public boolean lockMeeting(DSLContext dsl, long id) {
        return RowLock.lock(dsl, MEETING, MEETING.ID.eq(id));
    }

    public Optional<Council> council(DSLContext dsl, long id) {
        Map<Long, Map<String, String>> to = addressees(dsl, id);
        return dsl.selectFrom(COUNCIL).where(COUNCIL.ID.eq(id))
                .fetchOptional(r -> toCouncil(r, to));
    }

    /** Whom each council addresses per deciding level (of one council, or of all when {@code councilId} is null). */
    private static Map<Long, Map<String, String>> addressees(DSLContext dsl, Long councilId) {
        Map<Long, Map<String, String>> out = new java.util.HashMap<>();
        dsl.selectFrom(COUNCIL_ADDRESSEE).where(councilId == null ? org.jooq.impl.DSL.noCondition()
                : COUNCIL_ADDRESSEE.COUNCIL_ID.eq(councilId))
                .forEach(r -> out.computeIfAbsent(r.getCouncilId(), k -> new java.util.TreeMap<>())
                        .put(r.getDecidingLevel(), r.getAddressee()));
        return out;
    }

    private static Council toCouncil(CouncilRecord r, Map<Long, Map<String, String>> to) {
        return new Council(r.getId(), r.getName(), r.getDecisionNo(), r.getDecisionDate(), r.getAuthority(), r.getPlace(),
                to.getOrDefault(r.getId(), Map.of()));
    }

    public Council insertOrUpdate(DSLContext dsl, Council c) {
        Council saved;
        if (c.id() == 0) {
            long id = dsl.insertInto(COUNCIL).set(COUNCIL.NAME, c.name()).set(COUNCIL.DECISION_NO, c.decisionNo())
                    .set(COUNCIL.DECISION_DATE, c.decisionDate()).set(COUNCIL.AUTHORITY, c.authority())
                    .set(COUNCIL.PLACE, c.place())
                    .returningResult(COUNCIL.ID).fetchOne().value1();
            saved = c.withId(id);
        } else {
            dsl.update(COUNCIL).set(COUNCIL.NAME, c.name()).set(COUNCIL.DECISION_NO, c.decisionNo())
                    .set(COUNCIL.DECISION_DATE, c.decisionDate()).set(COUNCIL.AUTHORITY, c.authority())
                    .set(COUNCIL.PLACE, c.place())
                    .where(COUNCIL.ID.eq(c.id())).execute();
            saved = c;
        }
        dsl.deleteFrom(COUNCIL_ADDRESSEE).where(COUNCIL_ADDRESSEE.COUNCIL_ID.eq(saved.id())).execute();
        saved.addressees().forEach((level, to) -> dsl.insertInto(COUNCIL_ADDRESSEE)
                .set(COUNCIL_ADDRESSEE.COUNCIL_ID, saved.id()).set(COUNCIL_ADDRESSEE.DECIDING_LEVEL, level)
                .set(COUNCIL_ADDRESSEE.ADDRESSEE, to).execute());
        return saved;
    }

    /** True when the deciding level's code is known (deciding_level). */
    public boolean levelExists(DSLContext dsl, String code) {
        return dsl.fetchExists(DECIDING_LEVEL, DECIDING_LEVEL.CODE.eq(code));
    }

    public boolean decisionTaken(DSLContext dsl, String decisionNo, long exceptId) {
        return dsl.fetchExists(COUNCIL, COUNCIL.DECISION_NO.eq(decisionNo).and(COUNCIL.ID.ne(exceptId)));
    }

    public boolean hasMeetings(DSLContext dsl, long councilId) {
        return dsl.fetchExists(MEETING, MEETING.COUNCIL_ID.eq(councilId));
    }

    public void deleteCouncil(DSLContext dsl, long councilId) {
        dsl.deleteFrom(COUNCIL).where(COUNCIL.ID.eq(councilId)).execute();
    }

    /** Members in the order of the minutes: chair, vice-chairs, members, secretary; then as entered. */
    public List<CouncilMember> members(DSLContext dsl, long councilId) {
        return dsl.selectFrom(COUNCIL_MEMBER).where(COUNCIL_MEMBER.COUNCIL_ID.eq(councilId)).orderBy(COUNCIL_MEMBER.ID)
                .fetch(CouncilRepository::toMember).stream()
                .sorted(Comparator.comparing(CouncilMember::role)).toList();
    }

    public Optional<CouncilMember> member(DSLContext dsl, long id) {
        return dsl.selectFrom(COUNCIL_MEMBER).where(COUNCIL_MEMBER.ID.eq(id)).fetchOptional(CouncilRepository::toMember);
    }

    public CouncilMember insertOrUpdate(DSLContext dsl, CouncilMember m) {
        if (m.id() == 0) {
            long id = dsl.insertInto(COUNCIL_MEMBER).set(COUNCIL_MEMBER.COUNCIL_ID, m.councilId())
                    .set(COUNCIL_MEMBER.FULL_NAME, m.fullName()).set(COUNCIL_MEMBER.POSITION, m.position())
                    .set(COUNCIL_MEMBER.ROLE, m.role().name()).set(COUNCIL_MEMBER.TERM_FROM, m.termFrom())
                    .set(COUNCIL_MEMBER.TERM_TO, m.termTo()).set(COUNCIL_MEMBER.PERSON_ID, m.personId())
                    .returningResult(COUNCIL_MEMBER.ID).fetchOne().value1();
            return new CouncilMember(id, m.councilId(), m.fullName(), m.position(), m.role(), m.termFrom(), m.termTo(),
                    m.personId());
        }
        dsl.update(COUNCIL_MEMBER).set(COUNCIL_MEMBER.FULL_NAME, m.fullName()).set(COUNCIL_MEMBER.POSITION, m.position())
                .set(COUNCIL_MEMBER.ROLE, m.role().name()).set(COUNCIL_MEMBER.TERM_FROM, m.termFrom())
                .set(COUNCIL_MEMBER.TERM_TO, m.termTo()).set(COUNCIL_MEMBER.PERSON_ID, m.personId())
                .where(COUNCIL_MEMBER.ID.eq(m.id())).execute();
        return m;
    }

    /** True when a meeting names the member as chair or secretary or records his or her attendance. */
    public boolean memberInUse(DSLContext dsl, long memberId) {
        return dsl.fetchExists(MEETING, MEETING.CHAIR_ID.eq(memberId).or(MEETING.SECRETARY_ID.eq(memberId)))
                || dsl.fetchExists(MEETING_ATTENDANCE, MEETING_ATTENDANCE.MEMBER_ID.eq(memberId));
    }

    public void deleteMember(DSLContext dsl, long memberId) {
        dsl.deleteFrom(COUNCIL_MEMBER).where(COUNCIL_MEMBER.ID.eq(memberId)).execute();
    }

    private static CouncilMember toMember(CouncilMemberRecord r) {
        return new CouncilMember(r.getId(), r.getCouncilId(), r.getFullName(), r.getPosition(), MemberRole.valueOf(r.getRole()),
                r.getTermFrom(), r.getTermTo(), r.getPersonId());
    }

    // ---- meetings

    public List<Meeting> meetings(DSLContext dsl, long councilId) {
        return dsl.selectFrom(MEETING).where(MEETING.COUNCIL_ID.eq(councilId))
                .orderBy(MEETING.MEETING_DATE.desc(), MEETING.ID.desc()).fetch(CouncilRepository::toMeeting);
    }

    public Optional<Meeting> meeting(DSLContext dsl, long id) {
        return dsl.selectFrom(MEETING).where(MEETING.ID.eq(id)).fetchOptional(CouncilRepository::toMeeting);
    }

    public Meeting insertOrUpdate(DSLContext dsl, Meeting m) {
        if (m.id() == 0) {
            long id = dsl.insertInto(MEETING).set(MEETING.COUNCIL_ID, m.councilId()).set(MEETING.MEETING_DATE, m.date())
                    .set(MEETING.START_TIME, m.startTime()).set(MEETING.PLACE, m.place()).set(MEETING.KIND, m.kind().name())
                    .set(MEETING.CONTENT, m.content()).set(MEETING.CHAIR_ID, m.chairId())
                    .set(MEETING.SECRETARY_ID, m.secretaryId()).returningResult(MEETING.ID).fetchOne().value1();
            return new Meeting(id, m.councilId(), m.date(), m.startTime(), m.place(), m.kind(), m.content(), m.chairId(),
                    m.secretaryId());
        }
        dsl.update(MEETING).set(MEETING.MEETING_DATE, m.date()).set(MEETING.START_TIME, m.startTime())
                .set(MEETING.PLACE, m.place()).set(MEETING.KIND, m.kind().name()).set(MEETING.CONTENT, m.content())
                .set(MEETING.CHAIR_ID, m.chairId()).set(MEETING.SECRETARY_ID, m.secretaryId())
                .where(MEETING.ID.eq(m.id())).execute();
        return m;
    }

    public void deleteMeeting(DSLContext dsl, long meetingId) {
        dsl.deleteFrom(MEETING).where(MEETING.ID.eq(meetingId)).execute();
    }

    private static Meeting toMeeting(MeetingRecord r) {
        return new Meeting(r.getId(), r.getCouncilId(), r.getMeetingDate(), r.getStartTime(), r.getPlace(),
                SessionKind.valueOf(r.getKind()), r.getContent(), r.getChairId(), r.getSecretaryId());
    }

    public List<Attendance> attendance(DSLContext dsl, long meetingId) {
        return dsl.selectFrom(MEETING_ATTENDANCE).where(MEETING_ATTENDANCE.MEETING_ID.eq(meetingId))
                .orderBy(MEETING_ATTENDANCE.MEMBER_ID)
                .fetch(r -> new Attendance(r.getMemberId(), AttendanceStatus.valueOf(r.getStatus()), r.getNote()));
    }

    public void replaceAttendance(DSLContext dsl, long meetingId, List<Attendance> entries) {
        dsl.deleteFrom(MEETING_ATTENDANCE).where(MEETING_ATTENDANCE.MEETING_ID.eq(meetingId)).execute();
        for (Attendance a : entries) {
            dsl.insertInto(MEETING_ATTENDANCE).set(MEETING_ATTENDANCE.MEETING_ID, meetingId)
                    .set(MEETING_ATTENDANCE.MEMBER_ID, a.memberId()).set(MEETING_ATTENDANCE.STATUS, a.status().name())
                    .set(MEETING_ATTENDANCE.NOTE, a.note()).execute();
        }
    }

    // ---- agenda

    /** Candidates of a meeting by their order within their title, then as entered. */
    public List<Candidate> candidates(DSLContext dsl, long meetingId) {
        return dsl.selectFrom(MEETING_CANDIDATE).where(MEETING_CANDIDATE.MEETING_ID.eq(meetingId))
                .orderBy(MEETING_CANDIDATE.SEQ, MEETING_CANDIDATE.ID).fetch(CouncilRepository::toCandidate);
    }

    public Optional<Candidate> candidate(DSLContext dsl, long id) {
        return dsl.selectFrom(MEETING_CANDIDATE).where(MEETING_CANDIDATE.ID.eq(id))
                .fetchOptional(CouncilRepository::toCandidate);
    }

    public boolean candidateTaken(DSLContext dsl, Candidate c) {
        return dsl.fetchExists(MEETING_CANDIDATE, MEETING_CANDIDATE.MEETING_ID.eq(c.meetingId())
                .and(MEETING_CANDIDATE.TITLE_CODE.eq(c.titleCode()))
                .and(MEETING_CANDIDATE.SUBJECT_TYPE.eq(c.subjectType().name()))
                .and(MEETING_CANDIDATE.SUBJECT_CODE.eq(c.subjectCode())));
    }

    /** The next position within the title: after the last candidate of the title. */
    public int nextSeq(DSLContext dsl, long meetingId, String titleCode) {
        Integer max = dsl.select(DSL.max(MEETING_CANDIDATE.SEQ)).from(MEETING_CANDIDATE)
                .where(MEETING_CANDIDATE.MEETING_ID.eq(meetingId).and(MEETING_CANDIDATE.TITLE_CODE.eq(titleCode)))
                .fetchOne().value1();
        return max == null ? 1 : max + 1;
    }

    public Candidate insert(DSLContext dsl, Candidate c) {
        long id = dsl.insertInto(MEETING_CANDIDATE).set(MEETING_CANDIDATE.MEETING_ID, c.meetingId())
                .set(MEETING_CANDIDATE.TITLE_CODE, c.titleCode()).set(MEETING_CANDIDATE.SUBJECT_TYPE, c.subjectType().name())
                .set(MEETING_CANDIDATE.SUBJECT_CODE, c.subjectCode()).set(MEETING_CANDIDATE.FULL_NAME, c.fullName())
                .set(MEETING_CANDIDATE.DETAIL, c.detail()).set(MEETING_CANDIDATE.DOSSIER_ID, c.dossierId())
                .set(MEETING_CANDIDATE.SEQ, c.seq()).returningResult(MEETING_CANDIDATE.ID).fetchOne().value1();
        return new Candidate(id, c.meetingId(), c.titleCode(), c.subjectType(), c.subjectCode(), c.fullName(), c.detail(),
                c.dossierId(), c.seq());
    }

    public void deleteCandidate(DSLContext dsl, long candidateId) {
        dsl.deleteFrom(MEETING_CANDIDATE).where(MEETING_CANDIDATE.ID.eq(candidateId)).execute();
    }

    private static Candidate toCandidate(MeetingCandidateRecord r) {
        return new Candidate(r.getId(), r.getMeetingId(), r.getTitleCode(), SubjectType.valueOf(r.getSubjectType()),
                r.getSubjectCode(), r.getFullName(), r.getDetail(), r.getDossierId(), r.getSeq());
    }

    /** Name and "position, unit" of the person with that code. */
    public Optional<SubjectInfo> person(DSLContext dsl, String code) {
        return dsl.select(PERSON.FULL_NAME, PERSON.POSITION, UNIT.NAME).from(PERSON).join(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID))
                .where(PERSON.CODE.eq(code))
                .fetchOptional(r -> new SubjectInfo(r.value1(), r.value2() == null || r.value2().isBlank() ? r.value3()
                        : r.value2() + ", " + r.value3()));
    }

    /** Name and parent unit of the unit with that code. */
    public Optional<SubjectInfo> unit(DSLContext dsl, String code) {
        Unit parent = UNIT.as("parent");
        return dsl.select(UNIT.NAME, parent.NAME).from(UNIT).leftJoin(parent).on(parent.ID.eq(UNIT.PARENT_ID))
                .where(UNIT.CODE.eq(code))
                .fetchOptional(r -> new SubjectInfo(r.value1(), r.value2() == null ? "" : r.value2()));
    }

    public Map<String, Integer> quotas(DSLContext dsl, long meetingId) {
        return dsl.selectFrom(MEETING_QUOTA).where(MEETING_QUOTA.MEETING_ID.eq(meetingId))
                .fetchMap(MEETING_QUOTA.TITLE_CODE, MEETING_QUOTA.QUOTA);
    }

    /** Sets the quota of a title at a meeting; null removes it. */
    public void setQuota(DSLContext dsl, long meetingId, String titleCode, Integer quota) {
        dsl.deleteFrom(MEETING_QUOTA).where(MEETING_QUOTA.MEETING_ID.eq(meetingId).and(MEETING_QUOTA.TITLE_CODE.eq(titleCode)))
                .execute();
        if (quota != null) {
            dsl.insertInto(MEETING_QUOTA).set(MEETING_QUOTA.MEETING_ID, meetingId).set(MEETING_QUOTA.TITLE_CODE, titleCode)
                    .set(MEETING_QUOTA.QUOTA, quota).execute();
        }
    }

    // ---- ballot rounds

    /** Every recorded round of a meeting, by title then round. */
    public List<BallotRound> rounds(DSLContext dsl, long meetingId) {
        List<BallotRoundRecord> rounds = dsl.selectFrom(BALLOT_ROUND).where(BALLOT_ROUND.MEETING_ID.eq(meetingId))
                .orderBy(BALLOT_ROUND.TITLE_CODE, BALLOT_ROUND.ROUND_NO).fetch();
        Map<Long, List<VoteCount>> votes = dsl.select(BALLOT_VOTE.ROUND_ID, BALLOT_VOTE.CANDIDATE_ID, BALLOT_VOTE.VOTES,
                        BALLOT_VOTE.VOTES_AGAINST)
                .from(BALLOT_VOTE).join(BALLOT_ROUND).on(BALLOT_ROUND.ID.eq(BALLOT_VOTE.ROUND_ID))
                .join(MEETING_CANDIDATE).on(MEETING_CANDIDATE.ID.eq(BALLOT_VOTE.CANDIDATE_ID))
                .where(BALLOT_ROUND.MEETING_ID.eq(meetingId))
                .orderBy(MEETING_CANDIDATE.SEQ, MEETING_CANDIDATE.ID)
                .fetchGroups(r -> r.value1(), r -> new VoteCount(r.value2(), r.value3(), r.value4()));
        return rounds.stream().map(r -> new BallotRound(r.getMeetingId(), r.getTitleCode(), r.getRoundNo(),
                new BallotCounts(r.getTotalMembers(), r.getPresent(), r.getIssued(), r.getReturned(), r.getValidCount(),
                        r.getInvalidCount()),
                new VoteThreshold(r.getTitleCode(), new Share(r.getThresholdNum(), r.getThresholdDen()),
                        r.getThresholdStrict(), r.getThresholdFrom(), r.getThresholdTo(), r.getThresholdRef()),
                r.getQuota(), votes.getOrDefault(r.getId(), List.of()))).toList();
    }

    public void insert(DSLContext dsl, BallotRound round) {
        BallotCounts c = round.counts();
        VoteThreshold t = round.threshold();
        long id = dsl.insertInto(BALLOT_ROUND).set(BALLOT_ROUND.MEETING_ID, round.meetingId())
                .set(BALLOT_ROUND.TITLE_CODE, round.titleCode()).set(BALLOT_ROUND.ROUND_NO, round.round())
                .set(BALLOT_ROUND.TOTAL_MEMBERS, c.totalMembers()).set(BALLOT_ROUND.PRESENT, c.present())
                .set(BALLOT_ROUND.ISSUED, c.issued()).set(BALLOT_ROUND.RETURNED, c.returned())
                .set(BALLOT_ROUND.VALID_COUNT, c.valid()).set(BALLOT_ROUND.INVALID_COUNT, c.invalid())
                .set(BALLOT_ROUND.QUOTA, round.quota()).set(BALLOT_ROUND.THRESHOLD_NUM, t.share().numerator())
                .set(BALLOT_ROUND.THRESHOLD_DEN, t.share().denominator()).set(BALLOT_ROUND.THRESHOLD_STRICT, t.strict())
                .set(BALLOT_ROUND.THRESHOLD_REF, t.legalRef()).set(BALLOT_ROUND.THRESHOLD_FROM, t.validFrom())
                .set(BALLOT_ROUND.THRESHOLD_TO, t.validTo()).returningResult(BALLOT_ROUND.ID).fetchOne().value1();
        for (VoteCount v : round.votes()) {
            dsl.insertInto(BALLOT_VOTE).set(BALLOT_VOTE.ROUND_ID, id).set(BALLOT_VOTE.CANDIDATE_ID, v.candidateId())
                    .set(BALLOT_VOTE.VOTES, v.votes()).set(BALLOT_VOTE.VOTES_AGAINST, v.against()).execute();
        }
    }

    /** Removes the rounds of a title (all of them: a corrected first round invalidates any later one). */
    public void deleteRounds(DSLContext dsl, long meetingId, String titleCode) {
        dsl.deleteFrom(BALLOT_ROUND).where(BALLOT_ROUND.MEETING_ID.eq(meetingId).and(BALLOT_ROUND.TITLE_CODE.eq(titleCode)))
                .execute();
    }

    /** True when any round has been recorded for the title (the agenda of the title is then frozen). */
    public boolean hasRounds(DSLContext dsl, long meetingId, String titleCode) {
        return dsl.fetchExists(BALLOT_ROUND, BALLOT_ROUND.MEETING_ID.eq(meetingId).and(BALLOT_ROUND.TITLE_CODE.eq(titleCode)));
    }

    /** A dossier's code, award and subjects (persons by person code, units by unit code, households by name). */
    public Optional<DossierSubjects> dossierSubjects(DSLContext dsl, long dossierId) {
        var head = dsl.select(DOSSIER.CODE, DOSSIER.AWARD_CODE).from(DOSSIER).where(DOSSIER.ID.eq(dossierId)).fetchOne();
        if (head == null) {
            return Optional.empty();
        }
        List<DossierSubjects.Subject> subjects = dsl.select(DOSSIER_SUBJECT.KIND, PERSON.CODE, PERSON.FULL_NAME, UNIT.CODE,
                        UNIT.NAME, DOSSIER_SUBJECT.HOUSEHOLD_NAME)
                .from(DOSSIER_SUBJECT)
                .leftJoin(PERSON).on(PERSON.ID.eq(DOSSIER_SUBJECT.PERSON_ID))
                .leftJoin(UNIT).on(UNIT.ID.eq(DOSSIER_SUBJECT.UNIT_ID))
                .where(DOSSIER_SUBJECT.DOSSIER_ID.eq(dossierId)).orderBy(DOSSIER_SUBJECT.ID)
                .fetch(r -> switch (r.value1()) {
                    case "CA_NHAN" -> new DossierSubjects.Subject(SubjectType.CA_NHAN, r.value2(), r.value3());
                    case "TAP_THE" -> new DossierSubjects.Subject(SubjectType.TAP_THE, r.value4(), r.value5());
                    default -> new DossierSubjects.Subject(null, null, r.value6());
                });
        return Optional.of(new DossierSubjects(dossierId, head.value1(), head.value2(), subjects));
    }

    /** The codes among {@code personCodes} of persons recorded as women (the council's tie note, NĐ 152 Điều 4 k6). */
    public Set<String> womenAmong(DSLContext dsl, Collection<String> personCodes) {
        if (personCodes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(dsl.select(PERSON.CODE).from(PERSON)
                .where(PERSON.CODE.in(personCodes).and(PERSON.GENDER.eq(vn.tdkt.common.domain.Gender.FEMALE.label())))
                .fetch(PERSON.CODE));
    }

    /**
     * For each unit code, {women, members}: the persons assigned to the unit itself on the day (started, not left).
     * Units without members on that day are absent.
     */
    public Map<String, int[]> membersByGender(DSLContext dsl, Collection<String> unitCodes, LocalDate day) {
        Map<String, int[]> out = new HashMap<>();
        if (unitCodes.isEmpty()) {
            return out;
        }
        dsl.select(UNIT.CODE, PERSON.GENDER).from(PERSON).join(UNIT).on(PERSON.UNIT_ID.eq(UNIT.ID))
                .where(UNIT.CODE.in(unitCodes)
                        .and(PERSON.START_DATE.isNull().or(PERSON.START_DATE.le(day)))
                        .and(PERSON.END_DATE.isNull().or(PERSON.END_DATE.ge(day))))
                .forEach(r -> {
                    int[] c = out.computeIfAbsent(r.value1(), k -> new int[2]);
                    if (vn.tdkt.common.domain.Gender.FEMALE.label().equals(r.value2())) {
                        c[0]++;
                    }
                    c[1]++;
                });
        return out;
    }
}
