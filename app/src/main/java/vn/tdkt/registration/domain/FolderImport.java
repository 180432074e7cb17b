package vn.tdkt.registration.domain;

import java.util.List;

/**
 * A folder of unit sheets imported from the window in one transaction, for the summary shown after it.
 *
 * @param folder     the folder's name
 * @param sheets     the unit sheets written (one per .xlsx file)
 * @param units      the units whose registration was replaced
 * @param years      the years of the sheets, in order (the page shows the last)
 * @param rows       member rows read in all the sheets
 * @param registered members registered with a state title
 * @param converted  cells read from TCVN3 / VNI (accepted by the clerk before the write)
 */
public record FolderImport(String folder, int sheets, int units, List<Integer> years, int rows, int registered,
                           int converted) {

    public FolderImport {
        years = List.copyOf(years);
    }

    /** The year the page shows after the import: the latest of the sheets'. */
    public int lastYear() {
        return years.get(years.size() - 1);
    }
}
