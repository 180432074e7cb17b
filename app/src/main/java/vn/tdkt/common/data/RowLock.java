package vn.tdkt.common.data;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Locks a record's rows until the end of the caller's transaction ({@code SELECT 1 … FOR UPDATE}, portable H2 and
 * PostgreSQL): a second save of the same record at once waits, then reads what the first wrote. The saving service
 * locks, reads the record and compares it with what the clerk opened ({@code SinceOpened}, issue #14).
 */
public final class RowLock {

    private RowLock() {
    }

    /** Locks the rows of {@code table} matching {@code where}; whether there was one. */
    public static boolean lock(DSLContext dsl, Table<?> table, Condition where) {
        return !dsl.select(DSL.inline(1)).from(table).where(where).forUpdate().fetch().isEmpty();
    }
}
