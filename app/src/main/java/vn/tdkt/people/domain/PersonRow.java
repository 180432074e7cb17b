package vn.tdkt.people.domain;

/** A person as listed on the people screen, with the current unit's name and the precomputed keys. */
public record PersonRow(Person person, String unitName, String searchKey, String sortKey) {

    public PersonRow(Person person, String unitName) {
        this(person, unitName, person.searchKey(), person.sortKey());
    }
}
