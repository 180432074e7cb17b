package vn.tdkt.backup.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.backup.data.BackupStore;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.data.FolderLock;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;

/**
 * Backups are H2's own consistent online copy of the database file, zipped. Restore swaps the file while the
 * data folder is locked, keeps the replaced file as a safety copy, and puts it back if the backup cannot be opened.
 */
public final class BackupService {

    private static final Logger LOGGER = LoggerFactory.getLogger(BackupService.class);
    public static final String AUTO_PREFIX = "tu-dong-";
    public static final int AUTO_KEEP = 10;
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
            BackupStore.backupTo(db, tmp);
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
        checkBackupFile(zip);
        Path current = Database.dbFile(dataDir);
        Path safety = null;
        try (FolderLock lock = FolderLock.acquire(dataDir)) {
            if (Files.exists(current)) {
                Path dir = Files.createDirectories(dataDir.resolve("backups"));
                safety = dir.resolve("truoc-khoi-phuc-" + LocalDateTime.now().format(STAMP) + ".mv.db");
                Files.move(current, safety);
            }
            BackupStore.unpack(zip, dataDir);
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
