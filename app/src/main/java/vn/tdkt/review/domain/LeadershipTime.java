package vn.tdkt.review.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.people.domain.Assignment;
import vn.tdkt.people.domain.Person;

/**
 * The leadership posts of a person's quá trình công tác that the cống hiến frame of NĐ 152/2025 Điều 21 điểm b names
 * (Giám đốc, Phó Giám đốc), read from the position written on each assignment. Whether the post is "Giám đốc sở và
 * tương đương" (and not the head of a centre under a Sở) cannot be read from a name: the rule leaves that to the
 * council ({@link Criterion.Role#JUDGEMENT}).
 */
final class LeadershipTime {

    /** The posts of the frame, highest first. */
    enum Post {
        GIAM_DOC, PHO_GIAM_DOC
    }

    /** One period in a post; {@code to} is the last day counted. */
    record Held(Post post, String position, LocalDate from, LocalDate to) {

        long months() {
            return Period.between(from, to.plusDays(1)).toTotalMonths();
        }
    }

    private LeadershipTime() {
    }

    /** The periods in a post of the frame up to {@code until}, oldest first; periods without a start are skipped. */
    static List<Held> of(Person p, List<Assignment> earlier, LocalDate until) {
        List<Held> out = new ArrayList<>();
        LocalDate currentFrom = p.startDate();
        for (Assignment a : earlier) {
            add(out, a.position(), a.startDate(), a.endDate(), until);
            if (a.endDate() != null && (currentFrom == null || !a.endDate().isBefore(currentFrom))) {
                currentFrom = a.endDate().plusDays(1);
            }
        }
        add(out, p.position(), currentFrom, p.endDate(), until);
        out.sort(java.util.Comparator.comparing(Held::from));
        return out;
    }

    private static void add(List<Held> out, String position, LocalDate from, LocalDate to, LocalDate until) {
        Post post = post(position);
        if (post == null || from == null || from.isAfter(until)) {
            return;
        }
        LocalDate end = to == null || to.isAfter(until) ? until : to;
        out.add(new Held(post, position.trim(), from, end));
    }

    /** The post a position names ("Phó Giám đốc Sở …" → PHO_GIAM_DOC), or null. */
    static Post post(String position) {
        if (position == null) {
            return null;
        }
        String f = VietnameseText.fold(position).trim();
        if (f.startsWith("pho giam doc")) {
            return Post.PHO_GIAM_DOC;
        }
        return f.startsWith("giam doc") ? Post.GIAM_DOC : null;
    }

    /** Months in {@code post}, or in {@code post} and every higher post (higher time counts for the lower standard). */
    static long months(List<Held> held, Post post) {
        return held.stream().filter(h -> h.post().ordinal() <= post.ordinal()).mapToLong(Held::months).sum();
    }
}
