package vn.tdkt.council.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.council.data.CouncilRepository;
import vn.tdkt.council.domain.AgendaGroup;
import vn.tdkt.council.domain.Attendance;
import vn.tdkt.council.domain.AttendanceStatus;
import vn.tdkt.council.domain.BallotCounts;
import vn.tdkt.council.domain.BallotRound;
import vn.tdkt.council.domain.Candidate;
import vn.tdkt.council.domain.Council;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.CouncilRules;
import vn.tdkt.council.domain.CountField;
import vn.tdkt.council.domain.Meeting;
import vn.tdkt.council.domain.MeetingRule;
import vn.tdkt.council.domain.MemberRole;
import vn.tdkt.council.domain.QuorumCheck;
import vn.tdkt.council.domain.Selection;
import vn.tdkt.council.domain.SubjectInfo;
import vn.tdkt.council.domain.SubjectType;
import vn.tdkt.council.domain.TallyCalculator;
import vn.tdkt.council.domain.TallyOutcome;
import vn.tdkt.council.domain.TallyResult;
import vn.tdkt.council.domain.VoteCount;
import vn.tdkt.council.domain.VoteThreshold;

/**
 * Use cases of the Hội đồng Thi đua - Khen thưởng: the council and its members, meetings with attendance and
 * agenda, the quorum, ballot rounds and their tally against the dated thresholds. Every write is one transaction.
 */
public final class CouncilService {

    private static final Logger LOGGER = LoggerFactory.getLogger(CouncilService.class);

    public static final String F_COUNCIL_NAME = "Tên Hội đồng";
    public static final String F_DECISION_NO = "Số quyết định thành lập";
    public static final String F_DECISION_DATE = "Ngày quyết định";
    public static final String F_AUTHORITY = "Cơ quan ban hành";
    public static final String F_MEMBER_NAME = "Họ và tên";
    public static final String F_ROLE = "Vai trò";
    public static final String F_TERM_FROM = "Nhiệm kỳ từ ngày";
    public static final String F_TERM_TO = "Nhiệm kỳ đến ngày";
    public static final String F_MEETING_DATE = "Ngày họp";
    public static final String F_PLACE = "Địa điểm";
    public static final String F_KIND = "Loại phiên họp";
    public static final String F_CHAIR = "Chủ trì";
    public static final String F_SECRETARY = "Thư ký";
    public static final String F_ATTENDANCE = "Điểm danh";
    public static final String F_TITLE = "Danh hiệu/Hình thức";
    public static final String F_SUBJECT = "Mã cá nhân/tập thể";
    public static final String F_QUOTA = "Chỉ tiêu";
    public static final String F_VOTES = "Số phiếu đồng ý";
    public static final String F_ROUND = "Vòng bỏ phiếu";

    private final Database db;
    private final CatalogueService catalogue;
    private final CouncilRepository repo = new CouncilRepository();

    public CouncilService(Database db, CatalogueService catalogue) {
        this.db = db;
        this.catalogue = catalogue;
    }

    /** The dated vote thresholds and meeting rules. */
    public CouncilRules rules() {
        return repo.rules(db.dsl());
    }

    // ---- councils and members

    public List<Council> councils() {
        return repo.councils(db.dsl());
    }

    /** Creates (id 0) or updates a council; the establishing decision's number is unique. */
    public Council saveCouncil(Council draft) {
        Council c = new Council(draft.id(), VietnameseText.clean(draft.name()), VietnameseText.clean(draft.decisionNo()),
                draft.decisionDate(), VietnameseText.clean(draft.authority()));
        return db.transaction(dsl -> {
            List<Problem> problems = new ArrayList<>();
            require(problems, c.name(), F_COUNCIL_NAME, "chưa nhập tên Hội đồng");
            require(problems, c.decisionNo(), F_DECISION_NO, "chưa nhập số quyết định thành lập");
            if (c.decisionDate() == null) {
                problems.add(new Problem(null, 0, F_DECISION_DATE, "chưa nhập ngày quyết định thành lập"));
            }
            require(problems, c.authority(), F_AUTHORITY, "chưa nhập cơ quan ban hành quyết định");
            if (!isBlank(c.decisionNo()) && repo.decisionTaken(dsl, c.decisionNo(), c.id())) {
                problems.add(new Problem(null, 0, F_DECISION_NO, "quyết định số \"" + c.decisionNo()
                        + "\" đã được dùng cho một Hội đồng khác"));
            }
            if (c.id() != 0 && repo.council(dsl, c.id()).isEmpty()) {
                problems.add(Problem.file("Không tìm thấy Hội đồng này (có thể đã bị xóa)."));
            }
            refuse(problems);
            return repo.insertOrUpdate(dsl, c);
        });
    }

    /** Deletes a council (with its members) that has held no meeting. */
    public void deleteCouncil(long councilId) {
        db.transaction(dsl -> {
            if (repo.hasMeetings(dsl, councilId)) {
                refuse(List.of(Problem.file("Không xóa được: Hội đồng đã có phiên họp.")));
            }
            repo.deleteCouncil(dsl, councilId);
            return null;
        });
    }

    /** Members in the order of the minutes (chair, vice-chairs, members, secretary). */
    public List<CouncilMember> members(long councilId) {
        return repo.members(db.dsl(), councilId);
    }

    /** Members whose term covers the day: the total number of members that day (the vote denominator). */
    public List<CouncilMember> activeMembers(long councilId, LocalDate day) {
        return repo.members(db.dsl(), councilId).stream().filter(m -> m.activeOn(day)).toList();
    }

    /**
     * Creates (id 0) or updates a member. Refuses a missing name, role or start of term, a term ending before it
     * starts, and a second chair or second secretary over the same period.
     */
    public CouncilMember saveMember(CouncilMember draft) {
        CouncilMember m = new CouncilMember(draft.id(), draft.councilId(), VietnameseText.clean(draft.fullName()),
                blankToNull(VietnameseText.clean(draft.position())), draft.role(), draft.termFrom(), draft.termTo());
        return db.transaction(dsl -> {
            List<Problem> problems = new ArrayList<>();
            if (repo.council(dsl, m.councilId()).isEmpty()) {
                refuse(List.of(Problem.file("Không tìm thấy Hội đồng của thành viên này.")));
            }
            require(problems, m.fullName(), F_MEMBER_NAME, "chưa nhập họ và tên thành viên");
            if (!isBlank(m.fullName()) && VietnameseText.looksLegacyEncoded(m.fullName())) {
                problems.add(new Problem(null, 0, F_MEMBER_NAME,
                        "họ tên có vẻ đang ở bảng mã cũ (TCVN3/VNI), hãy chuyển sang Unicode"));
            }
            if (m.role() == null) {
                problems.add(new Problem(null, 0, F_ROLE, "chưa chọn vai trò trong Hội đồng"));
            }
            if (m.termFrom() == null) {
                problems.add(new Problem(null, 0, F_TERM_FROM, "chưa nhập ngày bắt đầu nhiệm kỳ"));
            } else if (m.termTo() != null && m.termTo().isBefore(m.termFrom())) {
                problems.add(new Problem(null, 0, F_TERM_TO, "ngày kết thúc nhiệm kỳ (" + VnFormat.date(m.termTo())
                        + ") trước ngày bắt đầu (" + VnFormat.date(m.termFrom()) + ")"));
            }
            if (problems.isEmpty() && (m.role() == MemberRole.CHU_TICH || m.role() == MemberRole.UY_VIEN_THU_KY)) {
                repo.members(dsl, m.councilId()).stream()
                        .filter(o -> o.id() != m.id() && o.role() == m.role() && o.overlaps(m)).findFirst()
                        .ifPresent(o -> problems.add(new Problem(null, 0, F_ROLE, "Hội đồng đã có " + m.role().label()
                                + " trong cùng nhiệm kỳ: " + o.fullName())));
            }
            refuse(problems);
            return repo.insertOrUpdate(dsl, m);
        });
    }

    /** Deletes a member no meeting refers to (end the term instead for one who took part in meetings). */
    public void deleteMember(long memberId) {
        db.transaction(dsl -> {
            if (repo.memberInUse(dsl, memberId)) {
                refuse(List.of(Problem.file("Không xóa được: thành viên đã tham gia phiên họp; hãy ghi ngày kết thúc nhiệm kỳ.")));
            }
            repo.deleteMember(dsl, memberId);
            return null;
        });
    }

    // ---- meetings

    public List<Meeting> meetings(long councilId) {
        return repo.meetings(db.dsl(), councilId);
    }

    public Optional<Meeting> meeting(long meetingId) {
        return repo.meeting(db.dsl(), meetingId);
    }

    /** Creates (id 0) or updates a meeting; chair and secretary must be two members in office on that day. */
    public Meeting saveMeeting(Meeting draft) {
        Meeting m = new Meeting(draft.id(), draft.councilId(), draft.date(), draft.startTime(),
                VietnameseText.clean(draft.place()), draft.kind(), blankToNull(VietnameseText.clean(draft.content())),
                draft.chairId(), draft.secretaryId());
        return db.transaction(dsl -> {
            if (repo.council(dsl, m.councilId()).isEmpty()) {
                refuse(List.of(Problem.file("Không tìm thấy Hội đồng của phiên họp này.")));
            }
            List<Problem> problems = new ArrayList<>();
            if (m.date() == null) {
                problems.add(new Problem(null, 0, F_MEETING_DATE, "chưa nhập ngày họp"));
            }
            require(problems, m.place(), F_PLACE, "chưa nhập địa điểm họp");
            if (m.kind() == null) {
                problems.add(new Problem(null, 0, F_KIND, "chưa chọn loại phiên họp"));
            }
            if (m.date() != null) {
                checkOfficer(dsl, problems, m, m.chairId(), F_CHAIR);
                checkOfficer(dsl, problems, m, m.secretaryId(), F_SECRETARY);
            }
            if (m.chairId() != null && m.chairId().equals(m.secretaryId())) {
                problems.add(new Problem(null, 0, F_SECRETARY, "thư ký phải khác người chủ trì"));
            }
            if (m.id() != 0 && repo.meeting(dsl, m.id()).isEmpty()) {
                problems.add(Problem.file("Không tìm thấy phiên họp này (có thể đã bị xóa)."));
            }
            refuse(problems);
            return repo.insertOrUpdate(dsl, m);
        });
    }

    private void checkOfficer(DSLContext dsl, List<Problem> problems, Meeting m, Long memberId, String field) {
        if (memberId == null) {
            return;
        }
        Optional<CouncilMember> member = repo.member(dsl, memberId);
        if (member.isEmpty() || member.get().councilId() != m.councilId()) {
            problems.add(new Problem(null, 0, field, "người được chọn không phải thành viên của Hội đồng"));
        } else if (!member.get().activeOn(m.date())) {
            problems.add(new Problem(null, 0, field, member.get().fullName() + " không trong nhiệm kỳ vào ngày "
                    + VnFormat.date(m.date())));
        }
    }

    /** Deletes a meeting with its attendance, agenda and ballot rounds. */
    public void deleteMeeting(long meetingId) {
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
        db.transaction(dsl -> {
            Meeting m = requireMeeting(dsl, meetingId);
            Map<Long, CouncilMember> active = activeMembers(dsl, m).stream()
                    .collect(Collectors.toMap(CouncilMember::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
            List<Problem> problems = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            List<Attendance> clean = new ArrayList<>();
            for (Attendance a : entries) {
                CouncilMember member = active.get(a.memberId());
                if (member == null) {
                    problems.add(new Problem(null, 0, F_ATTENDANCE, "người có mã " + a.memberId()
                            + " không phải thành viên Hội đồng trong nhiệm kỳ ngày " + VnFormat.date(m.date())));
                } else if (!seen.add(a.memberId())) {
                    problems.add(new Problem(null, 0, F_ATTENDANCE, member.fullName() + " được điểm danh hai lần"));
                } else if (a.status() == null) {
                    problems.add(new Problem(null, 0, F_ATTENDANCE, member.fullName() + ": chưa chọn có mặt hay vắng"));
                } else if (a.status() == AttendanceStatus.VANG_CO_LY_DO && isBlank(a.note())) {
                    problems.add(new Problem(null, 0, F_ATTENDANCE, member.fullName() + ": vắng có lý do nhưng chưa ghi lý do"));
                } else {
                    clean.add(new Attendance(a.memberId(), a.status(), blankToNull(VietnameseText.clean(a.note()))));
                }
            }
            active.values().stream().filter(x -> !seen.contains(x.id())).forEach(x -> problems.add(
                    new Problem(null, 0, F_ATTENDANCE, "chưa điểm danh " + x.fullName())));
            refuse(problems);
            repo.replaceAttendance(dsl, meetingId, clean);
            return null;
        });
    }

    /**
     * Whether the members present reach the quorum of the session kind on the meeting day; the denominator is
     * every member in office per the establishing decision.
     */
    public QuorumCheck quorum(long meetingId) {
        return quorum(db.dsl(), requireMeeting(db.dsl(), meetingId));
    }

    private QuorumCheck quorum(DSLContext dsl, Meeting m) {
        int present = (int) repo.attendance(dsl, m.id()).stream().filter(a -> a.status() == AttendanceStatus.CO_MAT).count();
        return new QuorumCheck(present, activeMembers(dsl, m).size(), meetingRule(dsl, m));
    }

    private MeetingRule meetingRule(DSLContext dsl, Meeting m) {
        return repo.rules(dsl).meetingRule(m.kind(), m.date()).orElseThrow(() -> new ValidationException(List.of(
                Problem.file("Chưa có quy định về số thành viên dự họp cho " + m.kind().label().toLowerCase(Locale.ROOT)
                        + " áp dụng ngày " + VnFormat.date(m.date())))));
    }

    // ---- agenda

    /**
     * Adds a person (by person code) or a collective (by unit code) to the agenda for a title of the catalogue;
     * the name and position are copied from the records.
     */
    public Candidate addCandidate(long meetingId, String titleCode, SubjectType type, String subjectCode, Long dossierId) {
        String code = VietnameseText.clean(subjectCode);
        Catalogue cat = catalogue.catalogue();
        return db.transaction(dsl -> {
            requireMeeting(dsl, meetingId);
            List<Problem> problems = new ArrayList<>();
            Optional<AwardKind> kind = titleCode == null ? Optional.empty() : cat.kind(titleCode);
            if (kind.isEmpty()) {
                problems.add(unknownTitle(titleCode));
            } else if (type == SubjectType.CA_NHAN && !kind.get().subject().allowsPerson()
                    || type == SubjectType.TAP_THE && !kind.get().subject().allowsUnit()) {
                problems.add(new Problem(null, 0, F_TITLE, "\"" + kind.get().name() + "\" không xét cho "
                        + type.label().toLowerCase(Locale.ROOT)));
            }
            Optional<SubjectInfo> info = Optional.empty();
            if (type == null) {
                problems.add(new Problem(null, 0, F_SUBJECT, "chưa chọn cá nhân hay tập thể"));
            } else if (isBlank(code)) {
                problems.add(new Problem(null, 0, F_SUBJECT, "chưa nhập mã " + subjectWord(type)));
            } else {
                info = type == SubjectType.CA_NHAN ? repo.person(dsl, code) : repo.unit(dsl, code);
                if (info.isEmpty()) {
                    problems.add(new Problem(null, 0, F_SUBJECT, "không tìm thấy " + subjectWord(type) + " mã \"" + code + "\""));
                }
            }
            refuse(problems);
            if (repo.hasRounds(dsl, meetingId, titleCode)) {
                refuse(List.of(new Problem(null, 0, F_TITLE, "đã bỏ phiếu \"" + kind.get().name()
                        + "\", không thêm ứng viên được nữa (hủy kết quả bỏ phiếu trước)")));
            }
            Candidate c = new Candidate(0, meetingId, titleCode, type, code, info.get().name(), blankToNull(info.get().detail()),
                    dossierId, repo.nextSeq(dsl, meetingId, titleCode));
            if (repo.candidateTaken(dsl, c)) {
                refuse(List.of(new Problem(null, 0, F_SUBJECT, c.fullName() + " đã có trong danh sách xét \""
                        + kind.get().name() + "\"")));
            }
            return repo.insert(dsl, c);
        });
    }

    public void removeCandidate(long candidateId) {
        db.transaction(dsl -> {
            Optional<Candidate> c = repo.candidate(dsl, candidateId);
            if (c.isPresent() && repo.hasRounds(dsl, c.get().meetingId(), c.get().titleCode())) {
                refuse(List.of(Problem.file("Không xóa được: đã bỏ phiếu cho danh hiệu này (hủy kết quả bỏ phiếu trước).")));
            }
            repo.deleteCandidate(dsl, candidateId);
            return null;
        });
    }

    /** Sets (or with null removes) the quota of a title at a meeting, before its ballot. */
    public void setQuota(long meetingId, String titleCode, Integer quota) {
        db.transaction(dsl -> {
            requireMeeting(dsl, meetingId);
            if (catalogue.catalogue().kind(titleCode).isEmpty()) {
                refuse(List.of(unknownTitle(titleCode)));
            }
            if (quota != null && quota < 1) {
                refuse(List.of(new Problem(null, 0, F_QUOTA, "chỉ tiêu phải lớn hơn 0")));
            }
            if (repo.hasRounds(dsl, meetingId, titleCode)) {
                refuse(List.of(new Problem(null, 0, F_QUOTA, "đã bỏ phiếu cho danh hiệu này, không sửa chỉ tiêu được "
                        + "(hủy kết quả bỏ phiếu trước)")));
            }
            repo.setQuota(dsl, meetingId, titleCode, quota);
            return null;
        });
    }

    /** The agenda: one group per title, titles in the order they were first entered, candidates in order. */
    public List<AgendaGroup> agenda(long meetingId) {
        return agenda(db.dsl(), meetingId);
    }

    private List<AgendaGroup> agenda(DSLContext dsl, long meetingId) {
        Catalogue cat = catalogue.catalogue();
        List<Candidate> all = repo.candidates(dsl, meetingId);
        Map<String, Integer> quotas = repo.quotas(dsl, meetingId);
        List<String> titles = all.stream().sorted(Comparator.comparingLong(Candidate::id)).map(Candidate::titleCode)
                .distinct().toList();
        return titles.stream().map(t -> new AgendaGroup(t, cat.require(t).name(), quotas.get(t),
                all.stream().filter(c -> c.titleCode().equals(t)).toList())).toList();
    }

    // ---- ballots

    /**
     * Records the first round of a title (replacing any earlier entry of it, and the rounds after it) and returns its
     * tally. Refuses counts that do not add up, a total that is not the number of members in office, a number
     * present that differs from the attendance, a meeting without quorum, and votes missing or impossible.
     *
     * @param votes agreeing votes per candidate id, one for every candidate of the title
     */
    public TallyResult recordRound(long meetingId, String titleCode, BallotCounts counts, Map<Long, Integer> votes) {
        TallyResult result = db.transaction(dsl -> recordFirstRound(dsl, meetingId, titleCode, counts, votes));
        LOGGER.info("Meeting {}: round 1 of {} recorded", meetingId, titleCode);
        return result;
    }

    private TallyResult recordFirstRound(DSLContext dsl, long meetingId, String titleCode, BallotCounts counts,
                                         Map<Long, Integer> votes) {
        Meeting m = requireMeeting(dsl, meetingId);
        AgendaGroup group = group(dsl, meetingId, titleCode);
        List<Problem> problems = checkCounts(dsl, m, counts);
        List<VoteCount> list = votesFor(group.candidates(), votes, counts, problems);
        Optional<VoteThreshold> threshold = repo.rules(dsl).threshold(titleCode, m.date());
        if (threshold.isEmpty()) {
            problems.add(new Problem(null, 0, F_TITLE, "chưa có ngưỡng phiếu bầu cho \"" + group.titleName()
                    + "\" áp dụng ngày " + VnFormat.date(m.date())));
        }
        refuse(problems);
        repo.deleteRounds(dsl, meetingId, titleCode);
        repo.insert(dsl, new BallotRound(meetingId, titleCode, 1, counts, threshold.get(), group.quota(), list));
        return TallyCalculator.tally(titleCode, 1, counts, threshold.get(), group.quota(), list);
    }

    /**
     * Records a further round among the candidates tied at the quota cut (only them), within the maximum number
     * of rounds of the session; returns the title's result where their new outcomes replace the earlier ones.
     */
    public TallyResult secondRound(long meetingId, String titleCode, BallotCounts counts, Map<Long, Integer> votes) {
        TallyResult result = db.transaction(dsl -> {
            Meeting m = requireMeeting(dsl, meetingId);
            AgendaGroup group = group(dsl, meetingId, titleCode);
            List<BallotRound> rounds = rounds(dsl, meetingId, titleCode);
            if (rounds.isEmpty()) {
                refuse(List.of(new Problem(null, 0, F_ROUND, "chưa nhập kết quả vòng 1 của \"" + group.titleName() + "\"")));
            }
            TallyResult current = combine(rounds);
            int maxRounds = meetingRule(dsl, m).maxRounds();
            if (!current.undecided()) {
                refuse(List.of(new Problem(null, 0, F_ROUND, "\"" + group.titleName()
                        + "\" không có ứng viên đồng hạng tại điểm cắt, không cần bỏ phiếu thêm")));
            }
            if (current.round() >= maxRounds) {
                refuse(List.of(new Problem(null, 0, F_ROUND, "đã bỏ phiếu đủ " + maxRounds
                        + " vòng (số vòng tối đa); Chủ tịch Hội đồng quyết định các trường hợp đồng hạng tại điểm cắt")));
            }
            Set<Long> tied = current.with(Selection.TIED_AT_CUT).stream().map(TallyOutcome::candidateId)
                    .collect(Collectors.toSet());
            List<Candidate> revoted = group.candidates().stream().filter(c -> tied.contains(c.id())).toList();
            List<Problem> problems = checkCounts(dsl, m, counts);
            List<VoteCount> list = votesFor(revoted, votes, counts, problems);
            refuse(problems);
            BallotRound first = rounds.get(0);
            repo.insert(dsl, new BallotRound(meetingId, titleCode, current.round() + 1, counts, first.threshold(),
                    first.quota(), list));
            return TallyCalculator.revote(current, counts, list);
        });
        LOGGER.info("Meeting {}: round {} of {} recorded", meetingId, result.round(), titleCode);
        return result;
    }

    /** Removes every round of a title, so that its agenda and quota can be corrected. */
    public void clearRounds(long meetingId, String titleCode) {
        db.transaction(dsl -> {
            repo.deleteRounds(dsl, meetingId, titleCode);
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
        for (AgendaGroup g : agenda(dsl, meetingId)) {
            List<BallotRound> rounds = rounds(dsl, meetingId, g.titleCode());
            if (!rounds.isEmpty()) {
                out.add(combine(rounds));
            }
        }
        return out;
    }

    // ---- tally workbook

    /** Writes the tally workbook of a meeting: every candidate of the agenda with the title's quota. */
    public void writeTallyWorkbook(long meetingId, Path file) {
        List<TallyWorkbook.TemplateRow> rows = new ArrayList<>();
        for (AgendaGroup g : agenda(meetingId)) {
            g.candidates().forEach(c -> rows.add(new TallyWorkbook.TemplateRow(c.subjectCode(), c.fullName(), g.titleName(),
                    g.quota())));
        }
        TallyWorkbook.writeTemplate(file, rows);
    }

    /**
     * Records round 1 of every title of a filled tally workbook: rows are matched to the agenda by code and title,
     * the same counts apply to each title. All titles or none.
     */
    public List<TallyResult> importTallyWorkbook(long meetingId, Path file) {
        TallyWorkbook.Filled filled = TallyWorkbook.read(file, catalogue.catalogue());
        List<Candidate> agenda = repo.candidates(db.dsl(), meetingId);
        List<Problem> problems = new ArrayList<>();
        Map<String, Map<Long, Integer>> votesByTitle = new LinkedHashMap<>();
        for (TallyWorkbook.Line l : filled.lines()) {
            Optional<Candidate> c = agenda.stream()
                    .filter(x -> x.titleCode().equals(l.titleCode()) && x.subjectCode().equalsIgnoreCase(l.code())).findFirst();
            if (c.isEmpty()) {
                problems.add(new Problem(TallyWorkbook.SHEET, l.row(), TallyWorkbook.H_CODE, "mã \"" + l.code()
                        + "\" không có trong danh sách xét \"" + catalogue.catalogue().require(l.titleCode()).name()
                        + "\" của phiên họp"));
            } else {
                votesByTitle.computeIfAbsent(l.titleCode(), k -> new LinkedHashMap<>()).put(c.get().id(), l.votes());
            }
        }
        refuse(problems);
        List<TallyResult> results = db.transaction(dsl -> votesByTitle.entrySet().stream()
                .map(e -> recordFirstRound(dsl, meetingId, e.getKey(), filled.counts(), e.getValue())).toList());
        LOGGER.info("Meeting {}: round 1 of {} titles imported from {}", meetingId, results.size(), file);
        return results;
    }

    /** Tallies a filled workbook on its own (tdkt tally): thresholds in force on {@code day}. */
    public TallyWorkbook.Report tallyWorkbook(Path in, Path out, LocalDate day) {
        return TallyWorkbook.tally(in, out, catalogue.catalogue(), rules(), day);
    }

    // ---- helpers

    private List<Problem> checkCounts(DSLContext dsl, Meeting m, BallotCounts counts) {
        List<Problem> problems = new ArrayList<>();
        counts.check().forEach(p -> problems.add(new Problem(null, 0, p.field().label(), p.message())));
        int total = activeMembers(dsl, m).size();
        if (counts.totalMembers() != total) {
            problems.add(new Problem(null, 0, CountField.TOTAL.label(), "tổng số thành viên Hội đồng ("
                    + counts.totalMembers() + ") khác số thành viên trong nhiệm kỳ vào ngày họp "
                    + VnFormat.date(m.date()) + " (" + total + ")"));
        }
        QuorumCheck quorum = quorum(dsl, m);
        if (repo.attendance(dsl, m.id()).isEmpty()) {
            problems.add(new Problem(null, 0, F_ATTENDANCE, "chưa điểm danh phiên họp"));
        } else if (counts.present() != quorum.present()) {
            problems.add(new Problem(null, 0, CountField.PRESENT.label(), "số thành viên có mặt ("
                    + counts.present() + ") khác kết quả điểm danh (" + quorum.present() + ")"));
        } else if (!quorum.ok()) {
            problems.add(new Problem(null, 0, F_ATTENDANCE, quorum.message() + ": phiên họp không được bỏ phiếu"));
        }
        return problems;
    }

    private static List<VoteCount> votesFor(List<Candidate> candidates, Map<Long, Integer> votes, BallotCounts counts,
                                            List<Problem> problems) {
        Set<Long> ids = candidates.stream().map(Candidate::id).collect(Collectors.toSet());
        votes.keySet().stream().filter(id -> !ids.contains(id)).forEach(id -> problems.add(new Problem(null, 0, F_VOTES,
                "ứng viên mã " + id + " không thuộc diện bỏ phiếu vòng này")));
        List<VoteCount> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Integer v = votes.get(c.id());
            if (v == null) {
                problems.add(new Problem(null, 0, F_VOTES, c.fullName() + ": chưa nhập số phiếu đồng ý"));
            } else {
                counts.voteProblem(v).ifPresent(msg -> problems.add(new Problem(null, 0, F_VOTES, c.fullName() + ": " + msg)));
                out.add(new VoteCount(c.id(), v));
            }
        }
        return out;
    }

    private AgendaGroup group(DSLContext dsl, long meetingId, String titleCode) {
        return agenda(dsl, meetingId).stream().filter(g -> g.titleCode().equals(titleCode)).findFirst()
                .orElseThrow(() -> new ValidationException(List.of(new Problem(null, 0, F_TITLE,
                        "phiên họp không có ứng viên nào cho danh hiệu/hình thức mã \"" + titleCode + "\""))));
    }

    private List<BallotRound> rounds(DSLContext dsl, long meetingId, String titleCode) {
        return repo.rounds(dsl, meetingId).stream().filter(r -> r.titleCode().equals(titleCode)).toList();
    }

    /** Round 1 tallied, each later round applied to the candidates it re-voted. */
    private static TallyResult combine(List<BallotRound> rounds) {
        BallotRound first = rounds.get(0);
        TallyResult result = TallyCalculator.tally(first.titleCode(), 1, first.counts(), first.threshold(), first.quota(),
                first.votes());
        for (BallotRound later : rounds.subList(1, rounds.size())) {
            result = TallyCalculator.revote(result, later.counts(), later.votes());
        }
        return result;
    }

    private Meeting requireMeeting(DSLContext dsl, long meetingId) {
        return repo.meeting(dsl, meetingId).orElseThrow(() -> new ValidationException(List.of(
                Problem.file("Không tìm thấy phiên họp này (có thể đã bị xóa)."))));
    }

    private List<CouncilMember> activeMembers(DSLContext dsl, Meeting m) {
        return repo.members(dsl, m.councilId()).stream().filter(x -> x.activeOn(m.date())).toList();
    }

    private static Problem unknownTitle(String titleCode) {
        return new Problem(null, 0, F_TITLE, "không có danh hiệu/hình thức mã \"" + titleCode + "\" trong danh mục");
    }

    private static String subjectWord(SubjectType type) {
        return type == SubjectType.CA_NHAN ? "cán bộ" : "đơn vị";
    }

    private static void require(List<Problem> problems, String value, String field, String message) {
        if (isBlank(value)) {
            problems.add(new Problem(null, 0, field, message));
        }
    }

    private static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s;
    }
}
