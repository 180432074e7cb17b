package vn.tdkt.common.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jooq.impl.DSL;

class DatabaseTest {

    @TempDir
    Path tmp;

    @Test
    void schemaVersionConstantIsTheHighestMigration() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int highest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            assertEquals(highest, Database.SCHEMA_VERSION, "update Database.SCHEMA_VERSION with the new migration");
        }
    }

    @Test
    void aDatabaseBehindTheLatestMigrationIsMigratedOnOpen() throws IOException {
        String table = latestMigrationTable();
        Path data = tmp.resolve("data");
        try (Database db = Database.open(data)) {
            if (table != null) {
                db.dsl().execute("DROP TABLE " + table);
            }
            db.dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '" + Database.SCHEMA_VERSION + "'");
        }
        try (Database db = Database.open(data)) {
            assertTrue(table == null || db.dsl().fetchExists(DSL.selectOne().from("INFORMATION_SCHEMA.TABLES")
                    .where(DSL.field("TABLE_NAME").eq(table.toUpperCase(java.util.Locale.ROOT)))), "the missing migration ran again");
        }
        try (Database db = Database.open(data)) {
            assertEquals(Database.SCHEMA_VERSION, db.dsl().fetchValue(
                    "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\""));
        }
    }

    /** The table the highest migration creates (the test drops it and lets the migration run again), null for a data step. */
    private static String latestMigrationTable() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            Path latest = files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .max(java.util.Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString()
                            .substring(1, p.getFileName().toString().indexOf("__"))))).orElseThrow();
            String sql = Files.readString(latest);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("CREATE TABLE (\\w+)").matcher(sql);
            if (m.find()) {
                return m.group(1);
            }
            // a data-only step is stepped back by its history row alone: its inserts must be guarded (NOT EXISTS)
            assertTrue(sql.contains("NOT EXISTS"), latest + " creates no table and its inserts are not guarded: give this test "
                    + "another way to step the schema back");
            return null;
        }
    }
}
