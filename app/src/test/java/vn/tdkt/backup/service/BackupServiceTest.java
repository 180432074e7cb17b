package vn.tdkt.backup.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.common.data.jooq.Tables.UNIT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;

/** The data folder's H2 file: its backups, its restore, its lock (not run on PostgreSQL, whose store has no file). */
@Tag("h2-file")
class BackupServiceTest {

    @TempDir
    Path tmp;

    private static List<String> unitCodes(Database db) {
        return db.dsl().select(UNIT.CODE).from(UNIT).orderBy(UNIT.CODE).fetch(r -> r.value1());
    }

    @Test
    void restoreBringsBackTheBackedUpState() throws Exception {
        Path data = tmp.resolve("data");
        Path zip = tmp.resolve("sao-luu.zip");
        try (Database db = Database.open(data)) {
            new OrgService(db).saveUnit(new Unit(0, "A", "Đơn vị A", null, null));
            BackupService.backup(db, zip);
            new OrgService(db).saveUnit(new Unit(0, "B", "Đơn vị B", null, null));
            assertEquals(List.of("A", "B"), unitCodes(db));
        }
        BackupService.restore(data, zip);
        try (Database db = Database.open(data)) {
            assertEquals(List.of("A"), unitCodes(db));
        }
        try (var files = Files.list(data.resolve("backups"))) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("truoc-khoi-phuc-")),
                    "the replaced database is kept as a safety copy");
        }
    }

    /** Issue #12: the safety copy of replaced data is listed and restorable; a backup tells its date and contents. */
    @Test
    void theSafetyCopyIsListedAndRestoresTheReplacedDataAndABackupTellsWhatItHolds() throws Exception {
        Path data = tmp.resolve("data");
        Path zip = tmp.resolve("sao-luu.zip");
        try (Database db = Database.open(data)) {
            new OrgService(db).saveUnit(new Unit(0, "A", "Đơn vị A", null, null));
            BackupService.backup(db, zip);
            new OrgService(db).saveUnit(new Unit(0, "B", "Đơn vị B", null, null));
        }
        var told = BackupService.describe(zip);
        assertEquals(1, told.units());
        assertEquals(0, told.people());
        assertEquals(0, told.awards());
        assertEquals(Files.getLastModifiedTime(zip).toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDateTime(),
                told.written());
        assertTrue(BackupService.safetyCopies(data).isEmpty());

        BackupService.restore(data, zip);
        List<Path> safety = BackupService.safetyCopies(data);
        assertEquals(1, safety.size(), "the replaced data is listed");
        assertEquals(2, BackupService.describe(safety.get(0)).units(), "the safety copy holds A and B");
        try (Database db = Database.open(data)) {
            assertEquals(List.of("A"), unitCodes(db));
        }

        BackupService.restore(data, safety.get(0));
        try (Database db = Database.open(data)) {
            assertEquals(List.of("A", "B"), unitCodes(db), "the safety copy restored");
        }
        assertEquals(2, BackupService.safetyCopies(data).size(), "the data it replaced is kept in turn");
        AppException e = assertThrows(AppException.class, () -> BackupService.describe(tmp.resolve("khong-co.zip")));
        assertTrue(e.getMessage().contains("khong-co.zip"), e.getMessage());
    }

    @Test
    void restoreRefusesWhileTheFolderIsOpenAndChangesNothing() {
        Path data = tmp.resolve("data");
        Path zip = tmp.resolve("sao-luu.zip");
        try (Database db = Database.open(data)) {
            new OrgService(db).saveUnit(new Unit(0, "A", "Đơn vị A", null, null));
            BackupService.backup(db, zip);
            new OrgService(db).saveUnit(new Unit(0, "B", "Đơn vị B", null, null));
            AppException e = assertThrows(AppException.class, () -> BackupService.restore(data, zip));
            assertTrue(e.getMessage().contains("đang được"), e.getMessage());
            assertEquals(List.of("A", "B"), unitCodes(db));
        }
    }

    @Test
    void restoreRefusesAFileThatIsNotABackup() throws Exception {
        Path data = tmp.resolve("data");
        try (Database db = Database.open(data)) {
            new OrgService(db).saveUnit(new Unit(0, "A", "Đơn vị A", null, null));
        }
        Path notZip = Files.writeString(tmp.resolve("ghi-chu.zip"), "không phải zip");
        AppException e = assertThrows(AppException.class, () -> BackupService.restore(data, notZip));
        assertTrue(e.getMessage().contains("không phải tệp sao lưu"), e.getMessage());
        try (Database db = Database.open(data)) {
            assertEquals(List.of("A"), unitCodes(db));
        }
    }

    @Test
    void automaticBackupsKeepTheNewestTen() {
        Path data = tmp.resolve("data");
        try (Database db = Database.open(data)) {
            for (int i = 0; i < 12; i++) {
                BackupService.autoBackup(db);
            }
        }
        assertEquals(BackupService.AUTO_KEEP, BackupService.autoBackups(data).size());
    }

    @Test
    void secondInstanceOnTheSameFolderGetsAClearMessage() {
        Path data = tmp.resolve("data");
        try (Database first = Database.open(data)) {
            AppException e = assertThrows(AppException.class, () -> Database.open(data));
            assertTrue(e.getMessage().contains("đang được một cửa sổ hoặc lệnh TĐKT khác sử dụng"), e.getMessage());
        }
        try (Database again = Database.open(data)) {
            assertEquals(0, unitCodes(again).size());
        }
    }
}
