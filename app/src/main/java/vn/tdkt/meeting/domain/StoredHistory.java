package vn.tdkt.meeting.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Assignment;
import vn.tdkt.people.domain.Person;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.Rating;

/**
 * What the documents of a meeting read from the records, loaded in a few bulk queries: every unit, the nominated
 * people and the people of the nominated units (with their assignments), and the ratings, initiatives and awards of
 * the reporting years. Grouped once for look-ups by person and by unit.
 */
public final class StoredHistory {

    private final Map<Long, Unit> units = new HashMap<>();
    private final Map<Long, List<Unit>> children = new HashMap<>();
    private final Map<String, Person> peopleByCode = new HashMap<>();
    private final Map<String, Unit> unitsByCode = new HashMap<>();
    private final List<Person> people;
    private final List<Assignment> assignments;
    private final Map<Long, List<Rating>> personRatings;
    private final Map<Long, List<Rating>> unitRatings;
    private final Map<Long, List<Initiative>> initiatives;
    private final Map<Long, List<Award>> personAwards;
    private final Map<Long, List<Award>> unitAwards;
    private final List<Award> awards;
    private final Map<Long, List<BlocLead>> blocLeads;

    public StoredHistory(List<Unit> units, List<Person> people, List<Assignment> assignments, List<Rating> ratings,
                         List<Initiative> initiatives, List<Award> awards) {
        this(units, people, assignments, ratings, initiatives, awards, List.of());
    }

    /** @param blocLeads the years the nominated units led their bloc */
    public StoredHistory(List<Unit> units, List<Person> people, List<Assignment> assignments, List<Rating> ratings,
                         List<Initiative> initiatives, List<Award> awards, List<BlocLead> blocLeads) {
        this.blocLeads = blocLeads.stream().collect(Collectors.groupingBy(BlocLead::unitId));
        for (Unit u : units) {
            this.units.put(u.id(), u);
            unitsByCode.put(u.code(), u);
            if (u.parentId() != null) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        people.forEach(p -> peopleByCode.put(p.code(), p));
        this.people = List.copyOf(people);
        this.assignments = List.copyOf(assignments);
        this.personRatings = ratings.stream().filter(r -> r.personId() != null).collect(Collectors.groupingBy(Rating::personId));
        this.unitRatings = ratings.stream().filter(r -> r.unitId() != null).collect(Collectors.groupingBy(Rating::unitId));
        this.initiatives = initiatives.stream().collect(Collectors.groupingBy(Initiative::personId));
        this.personAwards = awards.stream().filter(a -> a.personId() != null).collect(Collectors.groupingBy(Award::personId));
        this.unitAwards = awards.stream().filter(a -> a.unitId() != null).collect(Collectors.groupingBy(Award::unitId));
        this.awards = List.copyOf(awards);
    }

    /** The years the unit led its bloc, by year. */
    public List<BlocLead> blocLeadsOf(long unitId) {
        return blocLeads.getOrDefault(unitId, List.of()).stream().sorted(java.util.Comparator.comparingInt(BlocLead::year))
                .toList();
    }

    /** The initiatives of the people working in the unit or below it (a collective's giải pháp, sáng kiến). */
    public List<Initiative> initiativesWithin(long unitId) {
        Set<Long> tree = subtree(unitId);
        return people.stream().filter(p -> tree.contains(p.unitId())).flatMap(p -> initiativesOf(p.id()).stream()).toList();
    }

    public Optional<Person> person(String code) {
        return Optional.ofNullable(peopleByCode.get(code));
    }

    public Optional<Unit> unit(String code) {
        return Optional.ofNullable(unitsByCode.get(code));
    }

    public Optional<Unit> unit(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(units.get(id));
    }

    /** A unit and every unit below it. */
    public Set<Long> subtree(long unitId) {
        Set<Long> out = new HashSet<>();
        List<Long> pending = new ArrayList<>(List.of(unitId));
        while (!pending.isEmpty()) {
            long id = pending.remove(pending.size() - 1);
            if (out.add(id)) {
                children.getOrDefault(id, List.of()).forEach(c -> pending.add(c.id()));
            }
        }
        return out;
    }

    /** "Phòng Thi đua, khen thưởng, Sở Nội vụ": the unit with its parent, as đơn vị công tác is written. */
    public String unitPath(long unitId) {
        Unit u = units.get(unitId);
        if (u == null) {
            return "";
        }
        return unit(u.parentId()).map(p -> u.name() + ", " + p.name()).orElse(u.name());
    }

    public List<Person> people() {
        return people;
    }

    public List<Assignment> assignments() {
        return assignments;
    }

    public List<Award> awards() {
        return awards;
    }

    public List<Rating> ratingsOfPerson(long id) {
        return personRatings.getOrDefault(id, List.of());
    }

    public List<Rating> ratingsOfUnit(long id) {
        return unitRatings.getOrDefault(id, List.of());
    }

    public List<Initiative> initiativesOf(long personId) {
        return initiatives.getOrDefault(personId, List.of());
    }

    public List<Award> awardsOfPerson(long id) {
        return personAwards.getOrDefault(id, List.of());
    }

    public List<Award> awardsOfUnit(long id) {
        return unitAwards.getOrDefault(id, List.of());
    }
}
