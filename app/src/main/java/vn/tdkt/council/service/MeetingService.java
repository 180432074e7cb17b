package vn.tdkt.council.service;

import static vn.tdkt.common.domain.ProblemCollector.blankToNull;
import static vn.tdkt.council.service.CouncilAdminService.refusal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.common.domain.Action;
import vn.tdkt.common.domain.Permission;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.SinceOpened;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.council.data.CouncilRepository;
import vn.tdkt.council.domain.AgendaAddition;
import vn.tdkt.council.domain.AgendaGroup;
import vn.tdkt.council.domain.Attendance;
import vn.tdkt.council.domain.AttendanceStatus;
import vn.tdkt.council.domain.Candidate;
import vn.tdkt.dossier.service.DossierCouncilService;
import vn.tdkt.council.domain.CouncilField;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.DossierSubjects;
import vn.tdkt.council.domain.Meeting;
import vn.tdkt.council.domain.QuorumCheck;
import vn.tdkt.council.domain.SubjectInfo;
import vn.tdkt.council.domain.SubjectType;

/**
 * A meeting of the council: the meeting itself, its attendance and quorum, and its agenda (candidates per title with
 * the quotas). Every write is one transaction.
 */
public final class MeetingService {

    private static final Logger LOGGER = LoggerFactory.getLogger(MeetingService.class);

    private final Database db;
    private final CouncilRecords records;
    private final CouncilRepository repo;
    private final DossierCouncilService dossiers;

    public MeetingService(Database db, CatalogueService catalogue, DossierCouncilService dossiers) {
        this.db = db;
        this.dossiers = dossiers;
        this.records = new CouncilRecords(catalogue);
        this.repo = records.repo;
    }

    public List<Meeting> meetings(long councilId) {
        return repo.meetings(db.dsl(), councilId);
    }

    public Optional<Meeting> meeting(long meetingId) {
        return repo.meeting(db.dsl(), meetingId);
    }

    /** Creates (id 0) or updates a meeting; chair and secretary must be two members in office on that day. */
    public Meeting saveMeeting(Meeting draft) {
        return saveMeeting(draft, null);
    }

    /** Saves an edit of the meeting as it was {@code loaded} in the dialog: refused when someone else saved it since. */
    public Meeting saveMeeting(Meeting draft, Meeting loaded) {
        Permission.require(Action.EDIT_MEETINGS);
        Meeting m = new Meeting(draft.id(), draft.councilId(), draft.date(), draft.startTime(),
                VietnameseText.clean(draft.place()), draft.kind(), blankToNull(draft.content()),
                draft.chairId(), draft.secretaryId());
        return db.transaction(dsl -> {
            if (repo.council(dsl, m.councilId()).isEmpty()) {
                throw refusal("council.problem.meetingCouncilGone");
            }
            if (loaded != null && m.id() != 0 && repo.lockMeeting(dsl, m.id())) {
                List<CouncilMember> members = repo.members(dsl, m.councilId());
                Function<Long, String> name = id -> members.stream().filter(x -> id != null && x.id() == id)
                        .map(CouncilMember::fullName).findFirst().orElse(null);
                repo.meeting(dsl, m.id()).ifPresent(stored -> SinceOpened.<Meeting>fields()
                        .field("council.field.meetingDate", Meeting::date).field("council.field.place", Meeting::place)
                        .field("council.field.kind", Meeting::kind).field("council.field.content", Meeting::content)
                        .field("council.field.chair", x -> name.apply(x.chairId()))
                        .field("council.field.secretary", x -> name.apply(x.secretaryId()))
                        .require(loaded, stored, Msg.of("edit.record.meeting", stored.date())));
            }
            ProblemCollector problems = new ProblemCollector();
            problems.requirePresent(m.date(), CouncilField.MEETING_DATE, "council.problem.noMeetingDate");
            problems.requireText(m.place(), CouncilField.PLACE, "council.problem.noPlace");
            problems.requirePresent(m.kind(), CouncilField.KIND, "council.problem.noKind");
            if (m.date() != null) {
                checkOfficer(dsl, problems, m, m.chairId(), CouncilField.CHAIR);
                checkOfficer(dsl, problems, m, m.secretaryId(), CouncilField.SECRETARY);
            }
            problems.require(m.chairId() == null || !m.chairId().equals(m.secretaryId()), CouncilField.SECRETARY,
                    "council.problem.secretaryIsChair");
            if (m.id() != 0 && repo.meeting(dsl, m.id()).isEmpty()) {
                problems.add(Problem.file(Msg.of("council.problem.meetingGone")));
            }
            problems.throwIfAny();
            return repo.insertOrUpdate(dsl, m);
        });
    }

    private void checkOfficer(DSLContext dsl, ProblemCollector problems, Meeting m, Long memberId, CouncilField field) {
        if (memberId == null) {
            return;
        }
        Optional<CouncilMember> member = repo.member(dsl, memberId);
        if (member.isEmpty() || member.get().councilId() != m.councilId()) {
            problems.add(field, "council.problem.notAMember");
        } else if (!member.get().activeOn(m.date())) {
            problems.add(field, "council.problem.notInOffice", member.get().fullName(), m.date());
        }
    }

    /** Deletes a meeting with its attendance, agenda and ballot rounds. */
    public void deleteMeeting(long meetingId) {
        Permission.require(Action.EDIT_MEETINGS);
        db.transaction(dsl -> {
            repo.deleteMeeting(dsl, meetingId);
            return null;
        });
    }

    public List<Attendance> attendance(long meetingId) {
        return repo.attendance(db.dsl(), meetingId);
    }

    /**
     * Records the attendance of every member in office on the meeting day, once each; an absence with reason
     * needs the reason.
     */
    public void setAttendance(long meetingId, List<Attendance> entries) {
        Permission.require(Action.EDIT_MEETINGS);
        db.transaction(dsl -> {
            Meeting m = records.requireMeeting(dsl, meetingId);
            Map<Long, CouncilMember> active = records.activeMembers(dsl, m).stream()
                    .collect(Collectors.toMap(CouncilMember::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
            ProblemCollector problems = new ProblemCollector();
            Set<Long> seen = new HashSet<>();
            List<Attendance> clean = new ArrayList<>();
            for (Attendance a : entries) {
                CouncilMember member = active.get(a.memberId());
                if (member == null) {
                    problems.add(CouncilField.ATTENDANCE, "council.problem.attendanceNotMember",
                            String.valueOf(a.memberId()), m.date());
                } else if (!seen.add(a.memberId())) {
                    problems.add(CouncilField.ATTENDANCE, "council.problem.attendanceTwice", member.fullName());
                } else if (a.status() == null) {
                    problems.add(CouncilField.ATTENDANCE, "council.problem.attendanceNoStatus", member.fullName());
                } else if (a.status() == AttendanceStatus.VANG_CO_LY_DO && blankToNull(a.note()) == null) {
                    problems.add(CouncilField.ATTENDANCE, "council.problem.attendanceNoReason", member.fullName());
                } else if (a.status() == AttendanceStatus.VANG_CO_Y_KIEN && blankToNull(a.note()) == null) {
                    problems.add(CouncilField.ATTENDANCE, "council.problem.attendanceNoOpinion", member.fullName());
                } else {
                    clean.add(new Attendance(a.memberId(), a.status(), blankToNull(a.note())));
                }
            }
            active.values().stream().filter(x -> !seen.contains(x.id())).forEach(x ->
                    problems.add(CouncilField.ATTENDANCE, "council.problem.attendanceMissing", x.fullName()));
            problems.throwIfAny();
            repo.replaceAttendance(dsl, meetingId, clean);
            return null;
        });
    }

    /**
     * Whether the members present reach the quorum of the session kind on the meeting day; the denominator is
     * every member in office per the establishing decision.
     */
    public QuorumCheck quorum(long meetingId) {
        DSLContext dsl = db.dsl();
        return records.quorum(dsl, records.requireMeeting(dsl, meetingId));
    }

    /**
     * Adds a person (by person code) or a collective (by unit code) to the agenda for a title of the catalogue;
     * the name and position are copied from the records.
     */
    public Candidate addCandidate(long meetingId, String titleCode, SubjectType type, String subjectCode, Long dossierId) {
        Permission.require(Action.EDIT_MEETINGS);
        String code = VietnameseText.clean(subjectCode);
        Catalogue cat = records.catalogue();
        return db.transaction(dsl -> {
            Meeting m = records.requireMeeting(dsl, meetingId);
            if (dossierId != null) {
                dossiers.admit(dsl, dossierId, label(m));
            }
            Candidate c = draft(dsl, cat, meetingId, titleCode, type, code, dossierId);
            if (repo.candidateTaken(dsl, c)) {
                throw new ValidationException(List.of(alreadyListed(cat, c)));
            }
            return repo.insert(dsl, c);
        });
    }

    /**
     * Puts every person and unit of a dossier on the agenda for the dossier's award, in one transaction: households
     * (who have no code) and subjects already on the list are passed over and reported; any other refusal (a title
     * not for that kind of subject, a ballot already held, a code no longer in the records) refuses the whole
     * dossier with every problem, and nothing is written.
     */
    public AgendaAddition addCandidates(long meetingId, long dossierId) {
        Permission.require(Action.EDIT_MEETINGS);
        Catalogue cat = records.catalogue();
        AgendaAddition result = db.transaction(dsl -> {
            Meeting m = records.requireMeeting(dsl, meetingId);
            DossierSubjects dossier = repo.dossierSubjects(dsl, dossierId).orElseThrow(() ->
                    refusal("council.problem.dossierGone"));
            dossiers.admit(dsl, dossierId, label(m));
            ProblemCollector problems = new ProblemCollector();
            List<Candidate> added = new ArrayList<>();
            List<AgendaAddition.Skipped> skipped = new ArrayList<>();
            for (DossierSubjects.Subject s : dossier.subjects()) {
                if (s.type() == null || s.code() == null) {
                    skipped.add(new AgendaAddition.Skipped(s.name(), Msg.of("council.agenda.noCode")));
                    continue;
                }
                try {
                    Candidate c = draft(dsl, cat, meetingId, dossier.awardCode(), s.type(), s.code(), dossierId);
                    if (repo.candidateTaken(dsl, c)) {
                        skipped.add(new AgendaAddition.Skipped(s.name(), alreadyListed(cat, c).text()));
                    } else {
                        added.add(repo.insert(dsl, c));
                    }
                } catch (ValidationException e) {
                    e.problems().forEach(p -> problems.add(Problem.file(Msg.of("council.problem.subjectRefused",
                            s.name(), p.text()))));
                }
            }
            problems.throwIfAny();
            return new AgendaAddition(dossier.dossierCode(), added, skipped);
        });
        LOGGER.info("Meeting {}: {} candidates added from dossier {}", meetingId, result.added().size(), dossierId);
        return result;
    }

    /** "phiên họp ngày 20/12/2025" for the dossier's log. */
    private static String label(Meeting m) {
        return Msg.of("council.log.meeting", m.date()).vi();
    }

    /** The candidate as it would be inserted; refuses a title or subject that cannot be on this agenda. */
    private Candidate draft(DSLContext dsl, Catalogue cat, long meetingId, String titleCode, SubjectType type, String code,
                            Long dossierId) {
        ProblemCollector problems = new ProblemCollector();
        Optional<AwardKind> kind = titleCode == null ? Optional.empty() : cat.kind(titleCode);
        if (kind.isEmpty()) {
            problems.add(CouncilRecords.unknownTitle(titleCode));
        } else if (type == SubjectType.CA_NHAN && !kind.get().subject().allowsPerson()
                || type == SubjectType.TAP_THE && !kind.get().subject().allowsUnit()) {
            problems.add(CouncilField.TITLE, type == SubjectType.CA_NHAN ? "council.problem.titleNotForPerson"
                    : "council.problem.titleNotForUnit", kind.get().name());
        }
        Optional<SubjectInfo> info = Optional.empty();
        if (type == null) {
            problems.add(CouncilField.SUBJECT, "council.problem.noSubjectType");
        } else if (code == null || code.isBlank()) {
            problems.add(CouncilField.SUBJECT, type == SubjectType.CA_NHAN ? "council.problem.noPersonCode"
                    : "council.problem.noUnitCode");
        } else {
            info = type == SubjectType.CA_NHAN ? repo.person(dsl, code) : repo.unit(dsl, code);
            problems.require(info.isPresent(), CouncilField.SUBJECT, type == SubjectType.CA_NHAN
                    ? "council.problem.personNotFound" : "council.problem.unitNotFound", code);
        }
        problems.throwIfAny();
        if (repo.hasRounds(dsl, meetingId, titleCode)) {
            throw new ValidationException(List.of(Problem.of(CouncilField.TITLE,
                    Msg.of("council.problem.titleVoted", kind.get().name()))));
        }
        return new Candidate(0, meetingId, titleCode, type, code, info.get().name(), blankToNull(info.get().detail()),
                dossierId, repo.nextSeq(dsl, meetingId, titleCode));
    }

    private static Problem alreadyListed(Catalogue cat, Candidate c) {
        return Problem.of(CouncilField.SUBJECT, Msg.of("council.problem.alreadyListed", c.fullName(),
                cat.require(c.titleCode()).name()));
    }

    public void removeCandidate(long candidateId) {
        Permission.require(Action.EDIT_MEETINGS);
        db.transaction(dsl -> {
            Optional<Candidate> c = repo.candidate(dsl, candidateId);
            if (c.isPresent() && repo.hasRounds(dsl, c.get().meetingId(), c.get().titleCode())) {
                throw refusal("council.problem.candidateVoted");
            }
            repo.deleteCandidate(dsl, candidateId);
            return null;
        });
    }

    /** Sets (or with null removes) the quota of a title at a meeting, before its ballot. */
    public void setQuota(long meetingId, String titleCode, Integer quota) {
        Permission.require(Action.EDIT_MEETINGS);
        db.transaction(dsl -> {
            records.requireMeeting(dsl, meetingId);
            if (records.catalogue().kind(titleCode).isEmpty()) {
                throw new ValidationException(List.of(CouncilRecords.unknownTitle(titleCode)));
            }
            if (quota != null && quota < 1) {
                throw new ValidationException(List.of(Problem.of(CouncilField.QUOTA, Msg.of("council.problem.quotaNotPositive"))));
            }
            if (repo.hasRounds(dsl, meetingId, titleCode)) {
                throw new ValidationException(List.of(Problem.of(CouncilField.QUOTA, Msg.of("council.problem.quotaVoted"))));
            }
            repo.setQuota(dsl, meetingId, titleCode, quota);
            return null;
        });
    }

    /** The agenda: one group per title, titles in the order they were first entered, candidates in order. */
    public List<AgendaGroup> agenda(long meetingId) {
        return records.agenda(db.dsl(), meetingId);
    }
}
