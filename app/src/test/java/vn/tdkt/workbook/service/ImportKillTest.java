package vn.tdkt.workbook.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.common.data.jooq.Tables.PERSON;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.cli.Cli;
import vn.tdkt.common.data.Database;
import vn.tdkt.workbook.TestWorkbooks;

/**
 * Killing the process in the middle of an import leaves the previous data intact: the H2 file of a data folder
 * (not run on PostgreSQL, where {@code PostgresConcurrencyTest} kills the connection in the middle of an import instead).
 */
@Tag("h2-file")
class ImportKillTest {

    @TempDir
    Path data;

    @Test
    void killDuringTheWriteLeavesThePreviousData() throws IOException, InterruptedException {
        Path small = TestWorkbooks.base().write(TestWorkbooks.out("kill-small.xlsx"));
        StringWriter err = new StringWriter();
        assertEquals(0, Cli.run(new String[] {"--data", data.toString(), "import", small.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err)), err::toString);
        String before;
        try (Database db = Database.open(data)) {
            before = TestWorkbooks.fingerprint(db);
        }
        Path big = TestWorkbooks.big(TestWorkbooks.out("kill-big.xlsx"), 20_000, true, Map.of());
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "vn.tdkt.Launcher",
                "--data", data.toString(), "import", big.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        StringBuilder seen = new StringBuilder();
        boolean writing = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                seen.append(line).append('\n');
                if (line.contains("Đang ghi dữ liệu")) {
                    writing = true;
                    child.destroyForcibly();
                    break;
                }
            }
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertTrue(writing, "the child never reached the write phase: " + seen);
        assertTrue(child.exitValue() != 0, "the child must have been killed, not finished");
        try (Database db = Database.open(data)) {
            assertEquals(before, TestWorkbooks.fingerprint(db));
            assertEquals(4, db.dsl().fetchCount(PERSON));
            assertFalse(db.dsl().fetchExists(PERSON, PERSON.CODE.like("NV%")));
            assertEquals(List.of("CB001", "CB002", "CB003", "4"), db.dsl().select(PERSON.CODE).from(PERSON)
                    .orderBy(PERSON.ID).fetch(rec -> rec.value1()));
        }
    }
}
