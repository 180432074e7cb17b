package vn.tdkt.record.domain;

/**
 * Which awards the award register lists: those of the years (by their last achievement year, as the start screen's
 * charts count them), of one unit (its own awards and those of the people whose current unit it is) and of some titles
 * or forms.
 *
 * @param unitName the unit's name as the chart shows it, null for every unit
 * @param kindNames the catalogue's names of the titles or forms, empty for every one
 */
public record AwardQuery(String unitName, java.util.List<String> kindNames, int fromYear, int toYear) {

    public AwardQuery {
        kindNames = kindNames == null ? java.util.List.of() : java.util.List.copyOf(kindNames);
        if (fromYear > toYear) {
            throw new IllegalArgumentException("fromYear after toYear");
        }
    }
}
