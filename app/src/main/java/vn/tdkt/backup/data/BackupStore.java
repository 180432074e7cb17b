package vn.tdkt.backup.data;

import java.nio.file.Path;
import org.h2.tools.Restore;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.data.jooq.Tables;

/** The database side of backups: H2's online {@code BACKUP TO}, its restore tool, and opening a restored file. */
public final class BackupStore {

    private BackupStore() {
    }

    /** Writes H2's consistent online copy of the open database to the zip file. */
    public static void backupTo(Database db, Path zip) {
        db.dsl().execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
    }

    /** Unpacks the database file of a backup into the data folder (which must be locked and hold no database file). */
    public static void unpack(Path zip, Path dataDir) {
        Restore.execute(zip.toAbsolutePath().toString(), dataDir.toAbsolutePath().toString(), Database.DB_NAME);
    }

    /** The counts of units, people and awards of the database of a (copied) data folder: {units, people, awards}. */
    public static long[] counts(Path dataDir) {
        try (Database db = Database.open(dataDir)) {
            return new long[] {db.dsl().fetchCount(Tables.UNIT), db.dsl().fetchCount(Tables.PERSON),
                db.dsl().fetchCount(Tables.AWARD)};
        }
    }

    /** Opens the data folder's database once: validates the file and applies newer migrations to an older backup. */
    public static void openOnce(Path dataDir) {
        try (Database db = Database.open(dataDir)) {
            db.dsl().fetchCount(Tables.UNIT);
        }
    }
}
