package vn.tdkt.meeting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.council.domain.AgendaGroup;
import vn.tdkt.council.domain.BallotRound;
import vn.tdkt.council.domain.Council;
import vn.tdkt.council.domain.Meeting;
import vn.tdkt.council.domain.MemberRole;
import vn.tdkt.council.domain.QuorumCheck;
import vn.tdkt.council.domain.TallyResult;

/**
 * A council meeting as its documents print it: the council per its establishing decision, the meeting, every member
 * in office that day with attendance, the agenda per title, the recorded rounds and the results.
 *
 * @param quorum   null when the roll has not been called
 * @param nominees the printed subject of each candidate, by candidate id
 */
public record MeetingDoc(Letterhead letterhead, Council council, Meeting meeting, List<MemberLine> members,
                         QuorumCheck quorum, List<AgendaGroup> agenda, List<BallotRound> rounds,
                         List<TallyResult> results, Map<Long, Nominee> nominees) {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");
    /** Members of the Ban kiểm phiếu proposed from those present. */
    private static final int COUNTING_BOARD = 3;

    public MeetingDoc {
        members = List.copyOf(members);
        agenda = List.copyOf(agenda);
        rounds = List.copyOf(rounds);
        results = List.copyOf(results);
        nominees = Map.copyOf(nominees);
    }

    public LocalDate date() {
        return meeting.date();
    }

    /** Tổng số thành viên Hội đồng: every member in office on the meeting day (the vote denominator). */
    public int totalMembers() {
        return members.size();
    }

    public List<MemberLine> present() {
        return members.stream().filter(MemberLine::present).toList();
    }

    public List<MemberLine> absent() {
        return members.stream().filter(m -> !m.present()).toList();
    }

    /** True once the roll has been called. */
    public boolean rollCalled() {
        return members.stream().anyMatch(m -> m.status() != null);
    }

    public Optional<MemberLine> chair() {
        return member(meeting.chairId());
    }

    public Optional<MemberLine> secretary() {
        return member(meeting.secretaryId());
    }

    private Optional<MemberLine> member(Long id) {
        return id == null ? Optional.empty() : members.stream().filter(m -> m.member().id() == id).findFirst();
    }

    public Nominee nominee(long candidateId) {
        Nominee n = nominees.get(candidateId);
        if (n == null) {
            throw new IllegalArgumentException("Không có ứng viên mã " + candidateId + " trong phiên họp");
        }
        return n;
    }

    public Optional<TallyResult> result(String titleCode) {
        return results.stream().filter(r -> r.titleCode().equals(titleCode)).findFirst();
    }

    public List<BallotRound> rounds(String titleCode) {
        return rounds.stream().filter(r -> r.titleCode().equals(titleCode)).toList();
    }

    /**
     * The year whose achievements the meeting considers: the last year 20xx written in the meeting's content
     * ("Xét đề nghị khen thưởng năm 2025"), otherwise the meeting's year when it is held from July on, else the year
     * before (year-end meetings run into January).
     */
    public int achievementYear() {
        return achievementYear(meeting);
    }

    /** See {@link #achievementYear()}. */
    public static int achievementYear(Meeting meeting) {
        if (meeting.content() != null) {
            Matcher m = YEAR.matcher(meeting.content());
            Integer last = null;
            while (m.find()) {
                last = Integer.parseInt(m.group(1));
            }
            if (last != null && last <= meeting.date().getYear()) {
                return last;
            }
        }
        return meeting.date().getMonthValue() >= 7 ? meeting.date().getYear() : meeting.date().getYear() - 1;
    }

    /**
     * The Ban kiểm phiếu the pack prints: the secretary (ủy viên kiêm thư ký) as Trưởng ban when present, completed
     * with the first ủy viên present, then any other member present except the chair, up to three.
     */
    public List<MemberLine> countingBoard() {
        List<MemberLine> board = new ArrayList<>();
        secretary().filter(MemberLine::present).ifPresent(board::add);
        for (MemberRole role : List.of(MemberRole.UY_VIEN_THU_KY, MemberRole.UY_VIEN, MemberRole.PHO_CHU_TICH)) {
            for (MemberLine m : present()) {
                if (board.size() < COUNTING_BOARD && m.member().role() == role && !board.contains(m)
                        && !Long.valueOf(m.member().id()).equals(meeting.chairId())) {
                    board.add(m);
                }
            }
        }
        return board;
    }
}
