package vn.tdkt.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.account.cli.Secrets;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.cli.Cli;
import vn.tdkt.common.domain.Session;
import vn.tdkt.common.domain.VnFormat;

/** {@code user add|list|disable|reset-password} and {@code audit verify|export} on a data folder, with sign-in. */
class UserAndAuditCommandTest {

    @TempDir
    Path tmp;
    private final Map<String, String> env = new HashMap<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void reset() {
        Secrets.environment(null);
        Session.accountsExist(false);
        Session.source("app");
    }

    private int run(String... args) {
        Secrets.environment(env::get);
        List<String> all = new ArrayList<>(List.of("--data", tmp.resolve("data").toString()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void theFirstAccountTurnsLoginOnAndCommandsThenSignIn() {
        env.put("TDKT_NEW_PASSWORD", "mat-khau-1");
        assertEquals(2, run("user", "add", "--login", "vanthu", "--name", "Trần Thị Văn Thư", "--role", "chuyen-vien"),
                out.toString());
        assertTrue(err.toString().contains("Tài khoản đầu tiên phải có vai trò Quản trị"), err.toString());
        assertEquals(0, run("user", "add", "--login", "admin", "--name", "Nguyễn Quản Trị", "--role", "quan-tri"), err.toString());
        assertTrue(out.toString().contains("Đã tạo tài khoản admin"), out.toString());

        // login is on: without credentials and without a console the command is refused
        assertEquals(1, run("user", "list"));
        assertTrue(err.toString().contains("TDKT_USER"), err.toString());

        env.put("TDKT_USER", "admin");
        env.put("TDKT_PASSWORD", "sai-mat-khau");
        assertEquals(1, run("user", "list"));
        assertTrue(err.toString().contains("Tên đăng nhập hoặc mật khẩu không đúng"), err.toString());

        env.put("TDKT_PASSWORD", "mat-khau-1");
        env.put("TDKT_NEW_PASSWORD", "mat-khau-2");
        assertEquals(0, run("user", "add", "--login", "vanthu", "--name", "Trần Thị Văn Thư", "--role", "chuyen-vien"),
                err.toString());
        assertEquals(0, run("user", "list"), err.toString());
        assertTrue(out.toString().contains("vanthu\tTrần Thị Văn Thư\tVăn thư / chuyên viên\tĐang dùng"), out.toString());

        // a clerk may not manage accounts: refused in the service with the role named
        env.put("TDKT_USER", "vanthu");
        env.put("TDKT_PASSWORD", "mat-khau-2");
        assertEquals(1, run("user", "disable", "admin"));
        assertTrue(err.toString().contains("Tài khoản vanthu (Văn thư / chuyên viên) không có quyền quản lý tài khoản"),
                err.toString());

        env.put("TDKT_USER", "admin");
        env.put("TDKT_PASSWORD", "mat-khau-1");
        env.put("TDKT_NEW_PASSWORD", "mat-khau-3");
        assertEquals(0, run("user", "reset-password", "vanthu"), err.toString());
        assertEquals(1, run("user", "disable", "admin"));
        assertTrue(err.toString().contains("tài khoản quản trị cuối cùng"), err.toString());
        assertEquals(0, run("user", "disable", "vanthu"), err.toString());

        // every one of those writes is in the log, with who and which command
        assertEquals(0, run("audit", "verify"), err.toString());
        assertTrue(out.toString().contains("Nhật ký nguyên vẹn"), out.toString());
        try (AppContext ctx = AppContext.open(tmp.resolve("data"))) {
            // single-user check is off here: read the log through the service as the admin would
            ctx.accounts().signIn("admin", "mat-khau-1".toCharArray());
            assertTrue(ctx.audit().count() >= 4);
        }
    }

    @Test
    void verifyNamesTheFirstBrokenEntryAndExportWritesThePeriod() throws Exception {
        assertEquals(0, run("template", tmp.resolve("mau.xlsx").toString()), err.toString());
        try (AppContext ctx = AppContext.open(tmp.resolve("data"))) {
            ctx.org().saveUnit(new vn.tdkt.org.domain.Unit(0, "SNV", "Sở Nội vụ", null, null));
        }
        Path file = tmp.resolve("nhat-ky.xlsx");
        String today = VnFormat.date(java.time.LocalDate.now());
        assertEquals(0, run("audit", "export", "--from", today, "--to", today, "--out", file.toString()), err.toString());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet s = wb.getSheet(AuditService.SHEET);
            assertEquals(AuditService.COLUMNS.get(0), s.getRow(0).getCell(0).getStringCellValue());
            assertTrue(s.getLastRowNum() >= 1);
            assertEquals("unit", s.getRow(s.getLastRowNum()).getCell(4).getStringCellValue());
            assertEquals("Thêm", s.getRow(s.getLastRowNum()).getCell(6).getStringCellValue());
        }
        assertEquals(2, run("audit", "export", "--from", "31/02/2026", "--to", today, "--out", file.toString()));
        assertTrue(err.toString().contains("--from"), err.toString());

        String url = "jdbc:h2:file:" + tmp.resolve("data").resolve("tdkt").toAbsolutePath();
        try (var c = java.sql.DriverManager.getConnection(url, "sa", ""); var st = c.createStatement()) {
            st.execute("UPDATE audit_entry SET actor = 'os:ai-do' WHERE seq = 1");
        }
        assertEquals(3, run("audit", "verify"));
        assertTrue(err.toString().contains("Nhật ký bị phá vỡ tại mục 1: nội dung không khớp"), err.toString());
    }
}
