package vn.tdkt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.account.cli.Secrets;
import vn.tdkt.audit.cli.AuditCommand;
import vn.tdkt.common.data.PostgresTestServer;
import vn.tdkt.common.data.ServerSettings;
import vn.tdkt.common.domain.Session;
import vn.tdkt.workbook.TestWorkbooks;

/**
 * The commands that matter on a shared store, given {@code --db} on a real PostgreSQL (the embedded test server, in
 * every run: {@code verify} and {@code -Ppostgres}): import and export, backup → change → restore with the app's
 * logical dump, {@code audit verify} intact and after an entry is altered, and {@code user add|list|disable} with the
 * sign-in they turn on. {@code CliTest} runs the same commands on a data folder's H2 file; {@code migrate --to}
 * (H2 → server) is {@code ServerStoreTest}'s.
 */
class ServerCommandsTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @TempDir
    Path tmp;
    private ServerSettings server;
    private final Map<String, String> env = new HashMap<>();

    /** Exit code, stdout and stderr of one run. */
    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void emptyDatabase() throws SQLException {
        String admin = PostgresTestServer.adminUrl();
        String name = "tdkt_cli_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        try (Connection c = DriverManager.getConnection(admin, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        }
        server = new ServerSettings(admin.substring(0, admin.lastIndexOf('/') + 1) + name, "postgres", "");
        env.put(ServerSettings.USER_VARIABLE, server.user());
        env.put(ServerSettings.PASSWORD_VARIABLE, server.password());
    }

    @AfterEach
    void reset() {
        Secrets.environment(null);
        Session.accountsExist(false);
        Session.source("app");
    }

    private Run run(String... args) {
        Secrets.environment(env::get);
        List<String> all = new ArrayList<>(List.of("--data", tmp.resolve("data").toString(), "--db", server.url()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.url(), server.user(), server.password());
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.url(), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void importExportBackupAndRestoreOnTheServer() throws Exception {
        Path base = TestWorkbooks.base().write(tmp.resolve("base.xlsx"));
        Run imp = run("import", base.toString());
        assertEquals(0, imp.code(), imp.err());
        long people = count("SELECT COUNT(*) FROM person");
        assertTrue(people > 0, imp.out());
        Path export = tmp.resolve("xuat.xlsx");
        Run exp = run("export", export.toString());
        assertEquals(0, exp.code(), exp.err());
        Run again = run("import", export.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("0 thêm mới, 0 cập nhật"), again.out());

        Path zip = tmp.resolve("saoluu.zip");
        Run b = run("backup", zip.toString());
        assertEquals(0, b.code(), b.err());
        assertTrue(Files.size(zip) > 0);
        Path more = TestWorkbooks.base().add("Cán bộ", "CB009", "Mai Văn Tư", "Nam", LocalDate.of(1970, 1, 1), null,
                null, "VP", null, null).write(tmp.resolve("more.xlsx"));
        assertEquals(0, run("import", more.toString()).code());
        assertEquals(people + 1, count("SELECT COUNT(*) FROM person"));
        Run r = run("restore", zip.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(people, count("SELECT COUNT(*) FROM person"), "the server's rows are the backup's again");
        Run notBackup = run("restore", base.toString());
        assertEquals(1, notBackup.code(), notBackup.out());
        assertTrue(notBackup.err().contains("không phải bản sao lưu TĐKT của máy chủ"), notBackup.err());
        assertEquals(people, count("SELECT COUNT(*) FROM person"), "a refused restore changes nothing");
    }

    @Test
    void auditVerifyOnTheServerFindsAnAlteredEntry() throws Exception {
        assertEquals(0, run("import", TestWorkbooks.base().write(tmp.resolve("base.xlsx")).toString()).code());
        Run intact = run("audit", "verify");
        assertEquals(0, intact.code(), intact.err());
        long second = count("SELECT MIN(seq) + 1 FROM audit_entry");
        execute("UPDATE audit_entry SET after_data = '{\"name\":\"Phòng khác\"}' WHERE seq = " + second);
        Run broken = run("audit", "verify");
        assertEquals(AuditCommand.BROKEN, broken.code(), broken.out());
        assertTrue(broken.err().contains(String.valueOf(second)), broken.err());
    }

    @Test
    void accountsOnTheServerTurnSignInOnForEveryCommand() throws Exception {
        env.put(Secrets.NEW_PASSWORD, "mat-khau-1");
        Run add = run("user", "add", "--login", "admin", "--name", "Nguyễn Quản Trị", "--role", "quan-tri");
        assertEquals(0, add.code(), add.err());
        assertTrue(add.out().contains("Đã tạo tài khoản admin"), add.out());
        assertEquals(1, count("SELECT COUNT(*) FROM account"));

        Run refused = run("user", "list");
        assertEquals(1, refused.code(), refused.out());
        assertTrue(refused.err().contains("TDKT_USER"), refused.err());

        env.put(Secrets.USER, "admin");
        env.put(Secrets.PASSWORD, "mat-khau-1");
        env.put(Secrets.NEW_PASSWORD, "mat-khau-2");
        assertEquals(0, run("user", "add", "--login", "vanthu", "--name", "Trần Thị Văn Thư", "--role", "chuyen-vien")
                .code());
        Run list = run("user", "list");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("vanthu\tTrần Thị Văn Thư"), list.out());
        Run disable = run("user", "disable", "vanthu");
        assertEquals(0, disable.code(), disable.err());
        assertEquals(1, count("SELECT COUNT(*) FROM account WHERE login = 'vanthu' AND disabled"));
    }
}
