package vn.tdkt.review.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import vn.tdkt.org.domain.Bloc;
import vn.tdkt.org.domain.BlocLeader;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Assignment;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.domain.UnitPeriod;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.Discipline;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.PersonHold;
import vn.tdkt.record.domain.Rating;

/**
 * Groups the stored rows into the histories the engine reads, for the review of one year.
 * <p>
 * Persons reviewed: those whose work (earliest known start) began by 31/12 of the year and who had not left before
 * 01/01 of the year. Unit members: the persons whose current assignment or an earlier assignment overlaps the year
 * at the unit or one of its sub-units. The current assignment runs from the person's start date (or the day after
 * the last earlier assignment ended, whichever is later) to the person's end date ({@link UnitPeriod}, shared with
 * the registrations).
 */
public record Histories(List<PersonHistory> persons, List<UnitHistory> units) {

    public Histories {
        persons = List.copyOf(persons);
        units = List.copyOf(units);
    }

    public static Histories assemble(int year, List<Unit> units, List<Bloc> blocs, List<BlocLeader> leaders,
                                     List<Person> people, List<Assignment> assignments, List<Rating> ratings,
                                     List<Discipline> disciplines, List<Initiative> initiatives, List<Award> awards) {
        return assemble(year, units, blocs, leaders, people, assignments, ratings, disciplines, initiatives, awards,
                List.of());
    }

    /** As above, with the pending procedures that hold a person's commendation (NĐ 152/2025 Điều 4 khoản 4). */
    public static Histories assemble(int year, List<Unit> units, List<Bloc> blocs, List<BlocLeader> leaders,
                                     List<Person> people, List<Assignment> assignments, List<Rating> ratings,
                                     List<Discipline> disciplines, List<Initiative> initiatives, List<Award> awards,
                                     List<PersonHold> holds) {
        return assemble(year, units, blocs, leaders, people, assignments, ratings, disciplines, initiatives, awards, holds,
                List.of());
    }

    /** As above, with the chuyên đề movements each unit led ({@link MovementLead}, Luật 2022 Điều 25, 26). */
    public static Histories assemble(int year, List<Unit> units, List<Bloc> blocs, List<BlocLeader> leaders,
                                     List<Person> people, List<Assignment> assignments, List<Rating> ratings,
                                     List<Discipline> disciplines, List<Initiative> initiatives, List<Award> awards,
                                     List<PersonHold> holds, List<MovementLead> movementLeads) {
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        LocalDate dec31 = LocalDate.of(year, 12, 31);
        Map<Long, List<Assignment>> assignmentsOf = group(assignments, Assignment::personId);
        Map<Long, List<Rating>> personRatings = new HashMap<>();
        Map<Long, List<Rating>> unitRatings = new HashMap<>();
        for (Rating r : ratings) {
            if (r.personId() != null) {
                personRatings.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r);
            } else {
                unitRatings.computeIfAbsent(r.unitId(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<Long, List<Award>> personAwards = new HashMap<>();
        Map<Long, List<Award>> unitAwards = new HashMap<>();
        for (Award a : awards) {
            if (a.personId() != null) {
                personAwards.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(a);
            } else {
                unitAwards.computeIfAbsent(a.unitId(), k -> new ArrayList<>()).add(a);
            }
        }
        Map<Long, List<Discipline>> disciplinesOf = group(disciplines, Discipline::personId);
        Map<Long, List<Initiative>> initiativesOf = group(initiatives, Initiative::personId);
        Map<Long, List<PersonHold>> holdsOf = group(holds, PersonHold::personId);
        Map<Long, Unit> unitById = new HashMap<>();
        units.forEach(u -> unitById.put(u.id(), u));
        Map<Long, List<PersonHistory>> members = new HashMap<>();
        List<PersonHistory> persons = new ArrayList<>();
        for (Person p : people) {
            List<Assignment> as = assignmentsOf.getOrDefault(p.id(), List.of());
            PersonHistory h = new PersonHistory(p, as, personRatings.getOrDefault(p.id(), List.of()),
                    disciplinesOf.getOrDefault(p.id(), List.of()), initiativesOf.getOrDefault(p.id(), List.of()),
                    personAwards.getOrDefault(p.id(), List.of()), holdsOf.getOrDefault(p.id(), List.of()));
            LocalDate start = h.employmentStart();
            if (start != null && start.isAfter(dec31) || p.endDate() != null && p.endDate().isBefore(jan1)) {
                continue;
            }
            persons.add(h);
            Set<Long> unitsOfYear = new LinkedHashSet<>();
            for (UnitPeriod period : UnitPeriod.of(p, as)) {
                if (period.overlaps(jan1, dec31)) {
                    unitsOfYear.add(period.unitId());
                }
            }
            Set<Long> withParents = new LinkedHashSet<>();
            for (Long id : unitsOfYear) {
                Unit u = unitById.get(id);
                for (int depth = 0; u != null && depth < 50 && withParents.add(u.id()); depth++) {
                    u = u.parentId() == null ? null : unitById.get(u.parentId());
                }
            }
            withParents.forEach(id -> members.computeIfAbsent(id, k -> new ArrayList<>()).add(h));
        }
        Map<Long, String> blocNames = new HashMap<>();
        blocs.forEach(b -> blocNames.put(b.id(), b.name()));
        Map<Long, List<BlocLeader>> leads = group(leaders, BlocLeader::unitId);
        Map<Long, List<MovementLead>> movementsLed = group(movementLeads, MovementLead::unitId);
        List<UnitHistory> unitHistories = new ArrayList<>();
        for (Unit u : units) {
            unitHistories.add(new UnitHistory(u, u.blocId() == null ? null : blocNames.get(u.blocId()),
                    unitRatings.getOrDefault(u.id(), List.of()), unitAwards.getOrDefault(u.id(), List.of()),
                    leads.getOrDefault(u.id(), List.of()), members.getOrDefault(u.id(), List.of()),
                    movementsLed.getOrDefault(u.id(), List.of())));
        }
        return new Histories(persons, unitHistories);
    }

    private static <T> Map<Long, List<T>> group(List<T> rows, ToLongFunction<T> key) {
        Map<Long, List<T>> out = new HashMap<>();
        for (T r : rows) {
            out.computeIfAbsent(key.applyAsLong(r), k -> new ArrayList<>()).add(r);
        }
        return out;
    }
}
