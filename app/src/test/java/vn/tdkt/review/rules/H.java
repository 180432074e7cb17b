package vn.tdkt.review.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.org.domain.BlocLeader;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Assignment;
import vn.tdkt.people.domain.Person;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.Discipline;
import vn.tdkt.record.domain.DisciplineForm;
import vn.tdkt.record.domain.HoldReason;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.InitiativeKind;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.PersonHold;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.PersonHistory;
import vn.tdkt.review.domain.ReviewEngine;
import vn.tdkt.review.domain.ReviewResult;
import vn.tdkt.review.domain.RuleBook;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.UnitHistory;

/** Builders of histories for the rule tables, and a one-call review. */
final class H {

    static final AtomicLong IDS = new AtomicLong(1000);
    static final Unit AGENCY = new Unit(1, "SO", "Sở Nội vụ", null, null);

    private H() {
    }

    static P person(String code) {
        return new P(code);
    }

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /** Reviews the persons (all in {@link #AGENCY}) and the units with the given rule book. */
    static ReviewResult review(RuleBook book, int year, LocalDate date, List<PersonHistory> persons, List<UnitHistory> units) {
        List<UnitHistory> all = new ArrayList<>(units);
        if (all.stream().noneMatch(u -> u.unit().id() == AGENCY.id())) {
            all.add(new UnitHistory(AGENCY, null, List.of(), List.of(), List.of(), List.of()));
        }
        return new ReviewEngine(book).review(year, date, persons, all, Progress.NONE);
    }

    static Assessment assess(PersonHistory p, Title t, int year, LocalDate date) {
        return assess(Rules.book(), p, t, year, date);
    }

    static Assessment assess(RuleBook book, PersonHistory p, Title t, int year, LocalDate date) {
        return review(book, year, date, List.of(p), List.of()).find(p.ref(), t).orElseThrow();
    }

    static UnitHistory unit(long id, String blocName, List<Rating> ratings, List<Award> awards, List<BlocLeader> leads,
                            List<PersonHistory> members) {
        return new UnitHistory(new Unit(id, "DV" + id, "Đơn vị " + id, AGENCY.id(), blocName == null ? null : 7L),
                blocName, ratings, awards, leads, members);
    }

    static Rating unitRating(long unitId, int year, RatingLevel level) {
        return new Rating(IDS.incrementAndGet(), null, unitId, year, level);
    }

    static Award unitAward(long unitId, String kind, int year) {
        return new Award(IDS.incrementAndGet(), null, unitId, kind, AwardFormType.CONG_TRANG, year, year,
                kind + "-" + year + "/QĐ-UBND", d(year + 1, 1, 15), "UBND tỉnh");
    }

    /** A person under construction. */
    static final class P {
        private final long id = IDS.incrementAndGet();
        private final String code;
        private Gender gender = Gender.MALE;
        private LocalDate start = d(2010, 1, 1);
        private LocalDate end;
        private final List<PersonHold> holds = new ArrayList<>();
        private long unitId = AGENCY.id();
        private final List<Rating> ratings = new ArrayList<>();
        private final List<Award> awards = new ArrayList<>();
        private final List<Initiative> initiatives = new ArrayList<>();
        private final List<Discipline> disciplines = new ArrayList<>();
        private final List<Assignment> assignments = new ArrayList<>();
        private String position = "Chuyên viên";

        P(String code) {
            this.code = code;
        }

        P woman() {
            gender = Gender.FEMALE;
            return this;
        }

        P start(LocalDate day) {
            start = day;
            return this;
        }

        /** Leaves (retires, moves away) on the given day. */
        P end(LocalDate day) {
            end = day;
            return this;
        }

        /** An award of a year decided on a given day (e.g. in January of the next year, in the same round). */
        P awardDecided(String kind, int year, LocalDate decided) {
            awards.add(new Award(IDS.incrementAndGet(), id, null, kind, AwardFormType.CONG_TRANG, year, year,
                    kind + "-" + year + "/QĐ", decided, "Giám đốc Sở"));
            return this;
        }

        /** An award of a loại hình (đột xuất, chuyên đề …) for a year, decided on a given day. */
        P awardDecided(String kind, int year, LocalDate decided, AwardFormType type) {
            awards.add(new Award(IDS.incrementAndGet(), id, null, kind, type, year, year, kind + "-" + year + "/QĐ", decided,
                    "Chủ tịch UBND tỉnh"));
            return this;
        }

        /** A pending procedure entered on the person (NĐ 152 Điều 4 k4). */
        P hold(HoldReason reason, LocalDate from, LocalDate until) {
            holds.add(new PersonHold(IDS.incrementAndGet(), id, reason, "QĐ-TTr-" + from.getYear(), from, until, null));
            return this;
        }

        /** The current position (quá trình công tác: the current assignment). */
        P position(String text) {
            position = text;
            return this;
        }

        /** An earlier assignment in a position (quá trình công tác). */
        P assignment(String post, LocalDate from, LocalDate to) {
            assignments.add(new Assignment(IDS.incrementAndGet(), id, unitId, post, from, to));
            return this;
        }

        P unit(long id) {
            unitId = id;
            return this;
        }

        P rating(int year, RatingLevel level) {
            ratings.add(new Rating(IDS.incrementAndGet(), id, null, year, level));
            return this;
        }

        P ratings(int from, int to, RatingLevel level) {
            for (int y = from; y <= to; y++) {
                rating(y, level);
            }
            return this;
        }

        P award(String kind, int year) {
            return award(kind, year, AwardFormType.CONG_TRANG);
        }

        P award(String kind, int year, AwardFormType type) {
            awards.add(new Award(IDS.incrementAndGet(), id, null, kind, type, year, year, kind + "-" + year + "/QĐ",
                    d(year + 1, 1, 15), "Giám đốc Sở"));
            return this;
        }

        P initiative(InitiativeScope scope, int year) {
            long n = IDS.incrementAndGet();
            initiatives.add(new Initiative(n, id, InitiativeKind.SANG_KIEN, "Sáng kiến " + n, scope, year, "SK-" + n,
                    d(year, 11, 30)));
            return this;
        }

        P discipline(DisciplineForm form, LocalDate from, LocalDate until) {
            disciplines.add(new Discipline(IDS.incrementAndGet(), id, form, "KL-" + from.getYear(), from, until));
            return this;
        }

        PersonHistory build() {
            Person p = new Person(id, code, "Cán bộ " + code, gender, d(1985, 5, 5), null, position, unitId, start, end);
            return new PersonHistory(p, assignments, ratings, disciplines, initiatives, awards, holds);
        }
    }
}
