package vn.tdkt.backup.data;

import java.util.List;
import java.util.Map;

/**
 * A table of the store as the copy and the logical dump see it: its name in lower case (the same on H2 and
 * PostgreSQL), its name as the engine spells it, its columns in order, its primary key and the columns that refer to
 * the table itself (a unit's parent unit, a movement's parent movement).
 *
 * @param name the lower-case name (the dump's and the messages' name)
 * @param sqlName the name as the engine's catalogue spells it (quoted in every statement)
 * @param columns the columns in table order
 * @param key the primary key columns (lower case), in key order
 * @param selfRefs a column referring to this table (lower case) → the column it refers to
 */
public record StoreTable(String name, String sqlName, List<StoreColumn> columns, List<String> key,
                         Map<String, String> selfRefs) {

    /**
     * A column: its lower-case name, its name as the engine spells it and its JDBC type ({@link java.sql.Types}).
     *
     * @param name the lower-case name
     * @param sqlName the engine's spelling
     * @param type the JDBC type
     */
    public record StoreColumn(String name, String sqlName, int type) {
    }

    /** The position of a column (lower-case name), or -1. */
    public int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }
}
