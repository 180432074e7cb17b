package vn.tdkt.review.domain;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.people.domain.Assignment;
import vn.tdkt.people.domain.Person;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.Discipline;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.PersonHold;
import vn.tdkt.record.domain.Rating;

/**
 * A person's stored history as the review sees it: earlier assignments, yearly ratings, disciplines, initiatives and
 * awards (only those decided on or before the review date), and the pending procedures that hold a commendation.
 */
public record PersonHistory(Person person, List<Assignment> assignments, List<Rating> ratings,
                            List<Discipline> disciplines, List<Initiative> initiatives, List<Award> awards,
                            List<PersonHold> holds)
        implements SubjectHistory {

    public PersonHistory {
        assignments = List.copyOf(assignments);
        ratings = List.copyOf(ratings);
        disciplines = List.copyOf(disciplines);
        initiatives = List.copyOf(initiatives);
        awards = List.copyOf(awards);
        holds = List.copyOf(holds);
    }

    /** A history without pending procedures. */
    public PersonHistory(Person person, List<Assignment> assignments, List<Rating> ratings, List<Discipline> disciplines,
                         List<Initiative> initiatives, List<Award> awards) {
        this(person, assignments, ratings, disciplines, initiatives, awards, List.of());
    }

    /** The pending procedure open on a day (the earliest opened), or null. */
    public PersonHold holdOn(LocalDate day) {
        PersonHold out = null;
        for (PersonHold h : holds) {
            if (h.openOn(day) && (out == null || h.from().isBefore(out.from()))) {
                out = h;
            }
        }
        return out;
    }

    @Override
    public SubjectRef ref() {
        return new SubjectRef(AwardSubject.CA_NHAN, person.id(), person.code(), person.fullName());
    }

    /**
     * The first day of work known: the earliest of the current assignment's start and earlier assignments' starts;
     * null when no date is recorded.
     */
    public LocalDate employmentStart() {
        LocalDate start = person.startDate();
        for (Assignment a : assignments) {
            if (a.startDate() != null && (start == null || a.startDate().isBefore(start))) {
                start = a.startDate();
            }
        }
        return start;
    }
}
