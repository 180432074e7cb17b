package vn.tdkt.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Permission;
import vn.tdkt.common.domain.Role;
import vn.tdkt.common.domain.Session;
import vn.tdkt.org.domain.Unit;

/** Permissions hold in the services: each role is refused what it may not do, with the role and action named. */
class PermissionTest {

    private static final char[] PW = "mat-khau-1".toCharArray();
    private AppContext ctx;

    @BeforeEach
    void accounts() {
        ctx = AppContext.inMemory();
        // single-user mode: everything allowed, no login
        assertDoesNotThrow(() -> ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null)));
        ctx.accounts().add("admin", "Nguyễn Quản Trị", Role.QUAN_TRI, PW, PW);
        assertTrue(ctx.accounts().loginRequired());
        ctx.accounts().signIn("admin", PW);
        ctx.accounts().add("vanthu", "Trần Văn Thư", Role.CHUYEN_VIEN, PW, PW);
        ctx.accounts().add("thuky", "Lê Thư Ký", Role.THU_KY, PW, PW);
        ctx.accounts().add("lanhdao", "Phạm Lãnh Đạo", Role.LANH_DAO, PW, PW);
        ctx.accounts().add("uyvien", "Hoàng Ủy Viên", Role.THANH_VIEN, PW, PW);
        ctx.accounts().signOut();
    }

    @AfterEach
    void close() {
        ctx.close();
        Session.accountsExist(false);
    }

    private Permission.Denied refused(String login, Executable call) {
        ctx.accounts().signIn(login, PW);
        try {
            return assertThrows(Permission.Denied.class, call);
        } finally {
            ctx.accounts().signOut();
        }
    }

    @Test
    void nobodySignedInIsRefusedOnceAccountsExist() {
        Permission.Denied d = assertThrows(Permission.Denied.class,
                () -> ctx.org().saveUnit(new Unit(0, "SYT", "Sở Y tế", null, null)));
        assertEquals("Cần đăng nhập để sửa đơn vị, cán bộ và quá trình công tác.",
                d.text(Locale.forLanguageTag("vi")));
        assertEquals("Sign in to edit units, people and their work history.", d.text(Locale.ENGLISH));
    }

    @Test
    void aClerkEditsPeopleButNeitherIssuesDecisionsNorTalliesNorManagesAccounts() {
        ctx.accounts().signIn("vanthu", PW);
        assertDoesNotThrow(() -> ctx.org().saveUnit(new Unit(0, "SYT", "Sở Y tế", null, null)));
        ctx.accounts().signOut();
        Permission.Denied d = refused("vanthu", () -> ctx.decisions().drafting().record(null));
        assertEquals("Tài khoản vanthu (Văn thư / chuyên viên) không có quyền phê duyệt và ban hành quyết định.",
                d.text(Locale.forLanguageTag("vi")));
        assertEquals("Account vanthu (Clerk / officer) may not approve and issue decisions.", d.text(Locale.ENGLISH));
        refused("vanthu", () -> ctx.council().ballots().recordRound(1, "X", null, null));
        refused("vanthu", () -> ctx.review().setOverride("X", "1", null, "", ""));
        refused("vanthu", () -> ctx.accounts().accounts());
    }

    @Test
    void aSecretaryRunsMeetingsButNotImportsDossiersOrRegistrations() {
        assertTrue(refused("thuky", () -> ctx.workbook().apply(null, null)).text(Locale.ENGLISH)
                .contains("may not import data from an Excel file"));
        refused("thuky", () -> ctx.dossiers().createAll(java.util.List.of(), "thuky"));
        refused("thuky", () -> ctx.registrations().save(null, null, "thuky"));
        refused("thuky", () -> ctx.people().save(null));
    }

    @Test
    void aLeaderIssuesDecisionsButChangesNoSettingsNorMeetings() {
        refused("lanhdao", () -> ctx.review().setOverride("X", "1", null, "", ""));
        refused("lanhdao", () -> ctx.council().meetings().deleteMeeting(1));
        refused("lanhdao", () -> ctx.org().deleteUnit(1));
    }

    @Test
    void aCouncilMemberWritesNothing() {
        refused("uyvien", () -> ctx.org().saveUnit(new Unit(0, "SXD", "Sở Xây dựng", null, null)));
        refused("uyvien", () -> ctx.council().ballots().recordRound(1, "X", null, null));
        refused("uyvien", () -> ctx.decisions().drafting().record(null));
        refused("uyvien", () -> ctx.records().deleteAward(1));
    }

    @Test
    void wrongPasswordsLockTheAccountForAWhile() {
        for (int i = 1; i < vn.tdkt.account.service.AccountService.MAX_FAILURES; i++) {
            AppException e = assertThrows(AppException.class, () -> ctx.accounts().signIn("vanthu", "sai".toCharArray()));
            assertEquals("account.signIn.failed", e.text().key());
        }
        AppException locked = assertThrows(AppException.class, () -> ctx.accounts().signIn("vanthu", "sai".toCharArray()));
        assertEquals("account.signIn.nowLocked", locked.text().key());
        // now even the right password is refused until the lock ends
        AppException still = assertThrows(AppException.class, () -> ctx.accounts().signIn("vanthu", PW));
        assertEquals("account.signIn.locked", still.text().key());
        // the administrator's reset unlocks it
        ctx.accounts().signIn("admin", PW);
        ctx.accounts().resetPassword("vanthu", "mat-khau-moi".toCharArray(), "mat-khau-moi".toCharArray());
        ctx.accounts().signOut();
        assertEquals("vanthu", ctx.accounts().signIn("vanthu", "mat-khau-moi".toCharArray()).login());
        ctx.accounts().signOut();
        AppException unknown = assertThrows(AppException.class, () -> ctx.accounts().signIn("khong-co", PW));
        assertEquals("account.signIn.failed", unknown.text().key());
    }

    @Test
    void passwordsAreArgon2idAndNeverInTheLog() {
        String hash = vn.tdkt.account.domain.Passwords.hash(PW);
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertTrue(vn.tdkt.account.domain.Passwords.matches(PW, hash));
        assertTrue(!vn.tdkt.account.domain.Passwords.matches("mat-khau-2".toCharArray(), hash));
        assertTrue(!hash.equals(vn.tdkt.account.domain.Passwords.hash(PW)), "a new salt each time");
        ctx.accounts().signIn("admin", PW);
        assertTrue(ctx.audit().verify().intact());
        ctx.accounts().signOut();
    }
}
