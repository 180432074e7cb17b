package vn.tdkt.common.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db");

    @TempDir
    Path tmp;

    @Test
    void schemaVersionConstantIsTheHighestMigration() throws IOException {
        int highest = versions("migration", "h2", "postgresql").stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertEquals(highest, Database.SCHEMA_VERSION, "update Database.SCHEMA_VERSION with the new migration");
    }

    /** Record 0029: a script in an engine's own words exists in the words of the other engine too, and only there. */
    @Test
    void everyVendorScriptHasItsTwinAndNoVersionIsInTwoPlaces() throws IOException {
        assertEquals(versions("h2"), versions("postgresql"), "db/h2 and db/postgresql hold the same versions");
        Set<Integer> both = new TreeSet<>(versions("migration"));
        both.retainAll(versions("h2"));
        assertTrue(both.isEmpty(), "a version is portable or per engine, never both: " + both);
        assertEquals(new TreeSet<>(java.util.List.of("classpath:db/migration", "classpath:db/postgresql")),
                new TreeSet<>(java.util.List.of(Database.locations(SQLDialect.POSTGRES))));
    }

    /** The H2 file of a data folder, migrated by Flyway to the previous version first (not run on PostgreSQL). */
    @Test
    @Tag("h2-file")
    void aDatabaseBehindTheLatestMigrationIsMigratedOnOpen() throws IOException {
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        int previous = versions("migration", "h2").stream().filter(v -> v < Database.SCHEMA_VERSION)
                .mapToInt(Integer::intValue).max().orElseThrow();
        String url = "jdbc:h2:file:" + data.resolve(Database.DB_NAME).toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations(Database.locations(SQLDialect.H2))
                .target(String.valueOf(previous)).load().migrate();
        try (Database db = Database.open(data)) {
            assertEquals(Database.SCHEMA_VERSION, db.dsl().fetchValue(
                    "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\""), "the missing migrations ran");
        }
        try (Database db = Database.open(data)) {
            assertEquals(Database.SCHEMA_VERSION, db.dsl().fetchValue(
                    "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\""));
        }
    }

    private static Set<Integer> versions(String... folders) throws IOException {
        Set<Integer> out = new TreeSet<>();
        for (String folder : folders) {
            try (Stream<Path> files = Files.list(MIGRATIONS.resolve(folder))) {
                out.addAll(files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                        .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).collect(Collectors.toSet()));
            }
        }
        return out;
    }
}
