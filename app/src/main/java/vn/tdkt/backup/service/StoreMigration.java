package vn.tdkt.backup.service;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.backup.data.StoreCopy;
import vn.tdkt.backup.domain.TableCount;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.data.ServerSettings;
import vn.tdkt.common.domain.Action;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Permission;

/**
 * {@code tdkt migrate --to jdbc:postgresql://…}: a workstation's embedded store copied to an empty server database.
 * The target is migrated with the same migrations, then every table is copied in foreign-key order in one
 * transaction on the target (its audit triggers off, the log's entries copied as they are so that the chain still
 * verifies), the sequences set, and the rows of every table compared; a target that already holds data is refused
 * and any failure leaves it as it was (decision record 0081).
 */
public final class StoreMigration {

    private static final Logger LOGGER = LoggerFactory.getLogger(StoreMigration.class);

    private StoreMigration() {
    }

    /** Copies the embedded store {@code source} to the server {@code target}; returns the rows of every table. */
    public static List<TableCount> migrate(Database source, ServerSettings target) {
        if (source.isServer()) {
            throw new AppException(Msg.of("migrate.error.sourceIsServer", source.display()));
        }
        Permission.require(Action.RESTORE_BACKUP);
        Map<String, Long> fresh;
        try (Database reference = Database.inMemory()) {
            fresh = StoreCopy.counts(reference.dsl()); // what the migrations alone put in a store (seed rows)
        }
        long start = System.nanoTime();
        try (Database to = Database.connect(target, source.dataDir())) {
            long copyStart = System.nanoTime();
            try {
                List<TableCount> counts = to.transaction(tx -> StoreCopy.copy(source.dsl(), tx, fresh, to.display()));
                long end = System.nanoTime();
                LOGGER.info("Migrated {} to {}: {} tables, {} rows; the target's migrations {} ms, the copy {} ms",
                        source.display(), to.display(), counts.size(), counts.stream().mapToLong(TableCount::target).sum(),
                        (copyStart - start) / 1_000_000, (end - copyStart) / 1_000_000);
                return counts;
            } catch (StoreCopy.Failed e) {
                LOGGER.error("Migration of {} to {} failed on table {} (rolled back)", source.display(), to.display(),
                        e.table(), e);
                throw new AppException(Msg.of("migrate.error.failed", to.display(), e.table()), e);
            }
        }
    }
}
