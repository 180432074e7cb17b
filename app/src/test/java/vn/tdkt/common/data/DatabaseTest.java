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
    void aDatabaseBehindTheLatestMigrationIsMigratedOnOpen() {
        Path data = tmp.resolve("data");
        try (Database db = Database.open(data)) {
            // undo the latest migration (V51: the movement links of dossiers and decisions)
            db.dsl().execute("ALTER TABLE decision DROP COLUMN movement_id");
            db.dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '" + Database.SCHEMA_VERSION + "'");
        }
        try (Database db = Database.open(data)) {
            assertTrue(db.dsl().fetchExists(DSL.selectOne().from("INFORMATION_SCHEMA.COLUMNS")
                    .where(DSL.field("TABLE_NAME").eq("DECISION")).and(DSL.field("COLUMN_NAME").eq("MOVEMENT_ID"))),
                    "the missing migration ran again");
        }
        try (Database db = Database.open(data)) {
            assertEquals(Database.SCHEMA_VERSION, db.dsl().fetchValue(
                    "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\""));
        }
    }
}
