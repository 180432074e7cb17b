package vn.tdkt.backup.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.backup.data.BackupStore;
import vn.tdkt.backup.data.LogicalDump;
import vn.tdkt.backup.data.StoreCopy;
import vn.tdkt.backup.domain.BackupContents;
import vn.tdkt.backup.domain.TableCount;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.data.FolderLock;
import vn.tdkt.common.domain.Action;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Permission;

/**
 * Backups are H2's own consistent online copy of the database file, zipped. Restore swaps the file while the
 * data folder is locked, keeps the replaced file as a safety copy (listed, and restorable like a backup), and puts it
 * back if the backup cannot be opened; before a restore the window tells when a backup was written and what it holds.
 * On a PostgreSQL server store a backup is the app's own logical dump ({@link LogicalDump}, one consistent read) and a
 * restore checks its manifest, writes the safety copy, and replaces every row in one transaction (record 0080).
 */
public final class BackupService {

    private static final Logger LOGGER = LoggerFactory.getLogger(BackupService.class);
    public static final String AUTO_PREFIX = "tu-dong-";
    public static final int AUTO_KEEP = 10;
    /** The name of a safety copy of the data a restore replaced. */
    public static final String SAFETY_PREFIX = "truoc-khoi-phuc-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private BackupService() {
    }

    /** Writes a consistent copy of the open database to a zip file. */
    public static Path backup(Database db, Path target) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path tmp = Files.createTempFile(parent, "tdkt-backup-", ".zip.part");
            Files.delete(tmp);
            if (db.isServer()) {
                db.transaction(tx -> StoreCopy.dump(tx, tmp, db.display())); // a logical dump: no server tools needed
            } else {
                BackupStore.backupTo(db, tmp);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOGGER.info("Backup written to {}", target);
            return target;
        } catch (IOException | RuntimeException e) {
            LOGGER.error("Backup to {} failed", target, e);
            throw new AppException(Msg.of("backup.error.write", target.toString()), e);
        }
    }

    /** Automatic backup at start into DATA/backups, keeping the newest {@value #AUTO_KEEP}. */
    public static Path autoBackup(Database db) {
        Path dir = db.dataDir().resolve("backups");
        Path file = dir.resolve(AUTO_PREFIX + LocalDateTime.now().format(STAMP) + ".zip");
        backup(db, file);
        pruneAutoBackups(dir);
        return file;
    }

    /** Auto backups of a data folder, newest first. */
    public static List<Path> autoBackups(Path dataDir) {
        Path dir = dataDir.resolve("backups");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(AUTO_PREFIX)
                            && p.getFileName().toString().endsWith(".zip"))
                    .sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new AppException(Msg.of("backup.error.list", dir.toString()), e);
        }
    }

    /** The safety copies a restore kept of the data it replaced (DATA/backups/truoc-khoi-phuc-*), newest first. */
    public static List<Path> safetyCopies(Path dataDir) {
        Path dir = dataDir.resolve("backups");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(SAFETY_PREFIX) && (isDatabaseFile(p)
                            || p.getFileName().toString().endsWith(".zip")))
                    .sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new AppException(Msg.of("backup.error.list", dir.toString()), e);
        }
    }

    /**
     * When a backup (a zip, or a safety copy's database file) was written and what it holds, read from a copy in a
     * temporary folder (the data in use is not touched); a server's dump tells its counts from its manifest.
     */
    public static BackupContents describe(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AppException(Msg.of("backup.error.noFile", file.toString()));
        }
        Path tmp = null;
        try {
            LocalDateTime written = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(),
                    java.time.ZoneId.systemDefault());
            if (!isDatabaseFile(file)) {
                try (ZipFile z = new ZipFile(file.toFile())) {
                    if (LogicalDump.isDump(z)) {
                        LogicalDump.Manifest m = LogicalDump.manifest(z);
                        Map<String, Long> rows = m == null ? Map.of() : m.rows();
                        return new BackupContents(written, rows.getOrDefault("unit", -1L), rows.getOrDefault("person", -1L),
                                rows.getOrDefault("award", -1L));
                    }
                } catch (ZipException e) {
                    throw new AppException(Msg.of("backup.error.notZip", file.getFileName().toString()), e);
                }
                checkBackupFile(file);
            }
            tmp = Files.createTempDirectory("tdkt-xem-sao-luu-");
            if (isDatabaseFile(file)) {
                Files.copy(file, Database.dbFile(tmp));
            } else {
                BackupStore.unpack(file, tmp);
            }
            long[] n = BackupStore.counts(tmp);
            return new BackupContents(written, n[0], n[1], n[2]);
        } catch (IOException | RuntimeException e) {
            if (e instanceof AppException ae) {
                throw ae;
            }
            LOGGER.error("Could not read what {} holds", file, e);
            throw new AppException(Msg.of("backup.error.notOpening", file.getFileName().toString()), e);
        } finally {
            deleteTree(tmp);
        }
    }

    private static boolean isDatabaseFile(Path p) {
        return p.getFileName().toString().endsWith(".mv.db");
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOGGER.warn("Could not delete the temporary folder {}", dir, e);
        }
    }

    private static void pruneAutoBackups(Path dir) {
        List<Path> all = autoBackups(dir.getParent());
        for (Path old : all.subList(Math.min(AUTO_KEEP, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                LOGGER.warn("Could not delete old backup {}", old, e);
            }
        }
    }

    /**
     * Replaces the database of a data folder with a backup. The folder must not be open elsewhere.
     * On any failure the previous database is put back unchanged.
     */
    public static void restore(Path dataDir, Path zip) {
        if (isDatabaseFile(zip)) {
            if (!Files.isRegularFile(zip)) {
                throw new AppException(Msg.of("backup.error.noFile", zip.toString()));
            }
        } else {
            checkBackupFile(zip);
        }
        Path current = Database.dbFile(dataDir);
        Path safety = null;
        try (FolderLock lock = FolderLock.acquire(dataDir)) {
            if (Files.exists(current)) {
                Path dir = Files.createDirectories(dataDir.resolve("backups"));
                safety = dir.resolve(SAFETY_PREFIX + LocalDateTime.now().format(STAMP) + ".mv.db");
                Files.move(current, safety);
            }
            if (isDatabaseFile(zip)) {
                Files.copy(zip, current); // a safety copy: the replaced file itself
            } else {
                BackupStore.unpack(zip, dataDir);
            }
        } catch (IOException | RuntimeException e) {
            putBack(current, safety);
            if (e instanceof AppException ae) {
                throw ae;
            }
            LOGGER.error("Restore of {} from {} failed", dataDir, zip, e);
            throw new AppException(Msg.of("backup.error.restore", zip.toString()), e);
        }
        // open once: validates the file and applies newer migrations to an older backup
        try {
            BackupStore.openOnce(dataDir);
        } catch (RuntimeException e) {
            LOGGER.error("The restored file from {} does not open", zip, e);
            putBack(current, safety);
            throw new AppException(Msg.of("backup.error.notOpening", zip.getFileName().toString()), e);
        }
        LOGGER.info("Restored {} from {} (previous file kept as {})", dataDir, zip, safety);
    }

    /**
     * Replaces every row of the open server store with a backup of a server store (its logical dump). The file must
     * be a dump of the same schema version, every table's entry matching the manifest's checksum; a safety copy of
     * the current data is written to DATA/backups first; the rows are replaced in one transaction (other
     * workstations wait for it). On any failure the data stays as it was. Returns the rows of every table.
     */
    public static List<TableCount> restoreOnServer(Database db, Path zip) {
        Permission.require(Action.RESTORE_BACKUP);
        if (!Files.isRegularFile(zip)) {
            throw new AppException(Msg.of("backup.error.noFile", zip.toString()));
        }
        String name = zip.getFileName().toString();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            LogicalDump.Manifest m = checkedDump(db, z, name);
            Path safety = db.dataDir().resolve("backups")
                    .resolve(SAFETY_PREFIX + LocalDateTime.now().format(STAMP) + ".zip");
            backup(db, safety);
            try {
                List<TableCount> counts = db.transaction(tx -> StoreCopy.restore(tx, z, m));
                LOGGER.info("Restored {} from {} ({} rows; previous data kept as {})", db.display(), zip,
                        counts.stream().mapToLong(TableCount::target).sum(), safety);
                return counts;
            } catch (StoreCopy.Failed e) {
                LOGGER.error("Restore of {} from {} failed on table {} (rolled back)", db.display(), zip, e.table(), e);
                throw new AppException(Msg.of("backup.dump.error.damaged", name, e.table()), e);
            }
        } catch (ZipException e) {
            throw new AppException(Msg.of("backup.error.notZip", name), e);
        } catch (IOException e) {
            LOGGER.error("Restore of {} from {} failed", db.display(), zip, e);
            throw new AppException(Msg.of("backup.error.restore", zip.toString()), e);
        }
    }

    /** The manifest of a dump fit for this store, or the refusal that names what does not fit. */
    private static LogicalDump.Manifest checkedDump(Database db, ZipFile z, String name) throws IOException {
        if (!LogicalDump.isDump(z)) {
            if (z.getEntry(Database.DB_NAME + ".mv.db") != null) {
                throw new AppException(Msg.of("backup.dump.error.embedded", name));
            }
            throw new AppException(Msg.of("backup.dump.error.noManifest", name, LogicalDump.MANIFEST));
        }
        LogicalDump.Manifest m = LogicalDump.manifest(z);
        if (m == null || !LogicalDump.FORMAT.equals(m.format()) || m.formatVersion() < 1) {
            throw new AppException(Msg.of("backup.dump.error.noManifest", name, LogicalDump.MANIFEST));
        }
        if (m.formatVersion() > LogicalDump.FORMAT_VERSION) {
            throw new AppException(Msg.of("backup.dump.error.format", name, String.valueOf(m.formatVersion())));
        }
        int current = StoreCopy.schemaVersion(db.dsl());
        if (m.schemaVersion() != current) {
            throw new AppException(Msg.of("backup.dump.error.schema", name, String.valueOf(m.schemaVersion()),
                    String.valueOf(current)));
        }
        List<String> diff = StoreCopy.tableDifference(db.dsl(), m);
        if (!diff.isEmpty()) {
            throw new AppException(Msg.of("backup.dump.error.tables", name, String.join(", ", diff)));
        }
        for (Map.Entry<String, String> t : m.sha256().entrySet()) {
            if (!t.getValue().equals(LogicalDump.checksum(z, t.getKey()))) {
                throw new AppException(Msg.of("backup.dump.error.checksum", name, t.getKey()));
            }
        }
        return m;
    }

    private static void putBack(Path current, Path safety) {
        try {
            if (safety != null) {
                Files.move(safety, current, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(current);
            }
        } catch (IOException e) {
            LOGGER.error("Could not put the previous database back from {}", safety, e);
        }
    }

    private static void checkBackupFile(Path zip) {
        if (!Files.isRegularFile(zip)) {
            throw new AppException(Msg.of("backup.error.noFile", zip.toString()));
        }
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                if (e.getName().equals(Database.DB_NAME + ".mv.db")) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new AppException(Msg.of("backup.error.notZip", zip.getFileName().toString()), e);
        }
        throw new AppException(Msg.of("backup.error.noDatabase", zip.getFileName().toString(), Database.DB_NAME + ".mv.db"));
    }
}
