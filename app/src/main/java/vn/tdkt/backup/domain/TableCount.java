package vn.tdkt.backup.domain;

/**
 * The rows of one table on both sides of a copy (migrate) or of a restore: what was read and what the target holds.
 *
 * @param table the table's name (lower case)
 * @param source the rows read from the source
 * @param target the rows the target holds after the copy
 */
public record TableCount(String table, long source, long target) {

    /** True when the target holds as many rows as were read. */
    public boolean matches() {
        return source == target;
    }
}
