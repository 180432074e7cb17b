package vn.tdkt.registration.domain;

/**
 * A unit sheet imported from the window: whose registration of which year it replaced and what it held, for the
 * summary shown after it.
 *
 * @param collectiveTitle the name of the collective state title registered, or null
 * @param converted      cells read from TCVN3 / VNI (accepted by the clerk before the write)
 */
public record SheetImport(String fileName, long unitId, String unitCode, String unitName, int year, int rows,
                          int registered, String collectiveTitle, int converted) {
}
