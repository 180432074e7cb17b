package vn.tdkt.registration.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.org.domain.Unit;

/**
 * The coverage of a year's registrations, per unit, with the totals (the last row, Tổng cộng).
 * <p>
 * A unit's members are the persons whose time at that unit ({@link Member}, the review's meaning of working in a unit
 * in a year) overlaps the year; the unit itself, not its sub-units, so that every person counts once per unit they
 * worked in. Expected to register: the members who had not left that unit before the round's deadline (a leaver or a
 * person transferred away before it is not missing; a person transferred in is expected in the new unit; a person
 * hired later in the year is expected too). Registered: the person has a state title registered in the year, on any
 * unit's sheet (a person who registered and then moved counts as registered in the new unit).
 */
public record Coverage(int year, LocalDate cutoff, List<UnitCoverage> units) {

    public Coverage {
        units = List.copyOf(units);
    }

    /**
     * @param members       every member of every unit in the year (one entry per person and unit)
     * @param registrations the year's registrations
     */
    public static Coverage compute(RegistrationRound round, List<Unit> units, List<Member> members,
                                   List<Registration> registrations) {
        LocalDate cutoff = round.cutoff();
        Set<Long> registeredPeople = new HashSet<>();
        Map<Long, Registration> byUnit = new HashMap<>();
        for (Registration r : registrations) {
            byUnit.put(r.unitId(), r);
            for (PersonEntry e : r.entries()) {
                if (e.kindCode() != null) {
                    registeredPeople.add(e.personId());
                }
            }
        }
        Map<Long, List<Member>> membersOf = new HashMap<>();
        for (Member m : members) {
            membersOf.computeIfAbsent(m.unitId(), k -> new ArrayList<>()).add(m);
        }
        List<UnitCoverage> out = new ArrayList<>(units.size());
        for (Unit u : units) {
            int expected = 0;
            int registered = 0;
            Set<Long> seen = new HashSet<>();
            List<Member> missing = new ArrayList<>();
            for (Member m : membersOf.getOrDefault(u.id(), List.of())) {
                if (m.leftBefore(cutoff) || !seen.add(m.personId())) {
                    continue;
                }
                expected++;
                if (registeredPeople.contains(m.personId())) {
                    registered++;
                } else {
                    missing.add(m);
                }
            }
            // each name's sort key once, not twice per comparison (50 000 people: the start screen's registration card)
            Map<Long, String> keys = new HashMap<>();
            missing.sort(java.util.Comparator.comparing((Member m) -> keys.computeIfAbsent(m.personId(),
                    id -> VietnameseText.nameSortKey(m.fullName()))));
            Registration r = byUnit.get(u.id());
            out.add(new UnitCoverage(u.id(), u.code(), u.name(), expected, registered, r != null && r.collectiveRegistered(),
                    r == null ? RegistrationStatus.CHUA_GUI : r.status(), missing));
        }
        return new Coverage(round.year(), cutoff, out);
    }

    public int members() {
        return units.stream().mapToInt(UnitCoverage::members).sum();
    }

    public int registered() {
        return units.stream().mapToInt(UnitCoverage::registered).sum();
    }

    /** Units whose collective title is registered. */
    public int unitsRegistered() {
        return (int) units.stream().filter(UnitCoverage::collective).count();
    }

    /** Units expected to register this year (with members that year, or registered anyway): the collectives' count. */
    public int unitsExpected() {
        return (int) units.stream().filter(UnitCoverage::expected).count();
    }

    /** The people's share, as the Tổng cộng row's Tỷ lệ (%). */
    public BigDecimal percent() {
        return UnitCoverage.percent(registered(), members());
    }

    /** Every unit and every expected person registered. */
    public boolean complete() {
        return units.stream().allMatch(UnitCoverage::complete);
    }
}
