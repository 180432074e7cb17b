package vn.tdkt.registration.domain;

import java.util.Map;

/**
 * The state titles registered in a year: person id → award kind code, unit id → its collective award kind code (the
 * review's "registered vs achieved" column and the province option "not registered ⇒ not eligible").
 */
public record RegisteredTitles(int year, Map<Long, String> persons, Map<Long, String> units) {

    public RegisteredTitles {
        persons = Map.copyOf(persons);
        units = Map.copyOf(units);
    }

    /** The person's registered title code, or null. */
    public String ofPerson(long personId) {
        return persons.get(personId);
    }

    /** The unit's registered collective title code, or null. */
    public String ofUnit(long unitId) {
        return units.get(unitId);
    }
}
