package vn.tdkt.account.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.Role;
import vn.tdkt.common.domain.Session;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;

/** The sign-in and the Tài khoản screen's models, without the toolkit, over an in-memory store. */
class AccountsModelTest {

    private static final String PW = "mat-khau-1";
    private AppContext ctx;
    private final Messages vi = Messages.of("vi");
    private final AtomicInteger sessionChanges = new AtomicInteger();
    private AccountsModel model;

    @BeforeEach
    void open() {
        ctx = AppContext.inMemory();
        model = new AccountsModel(ctx.accounts(), new DirectTaskExecutor(), vi, sessionChanges::incrementAndGet);
    }

    @AfterEach
    void close() {
        ctx.close();
        Session.accountsExist(false);
    }

    private void admin() {
        model.add("admin", "Nguyễn Quản Trị", Role.QUAN_TRI, PW, PW, () -> { });
        assertEquals(List.of(), model.problems());
    }

    @Test
    void theFirstAccountMustBeAnAdministratorAndSignsItsMakerIn() {
        model.refresh();
        assertTrue(model.singleUserProperty().get());
        assertEquals("", model.refusalProperty().get());
        model.add("vanthu", "Trần Văn Thư", Role.CHUYEN_VIEN, PW, PW, () -> { });
        assertEquals(List.of("Vai trò: Tài khoản đầu tiên phải có vai trò Quản trị (để quản lý các tài khoản khác)."),
                model.problems());
        assertFalse(ctx.accounts().loginRequired());
        admin();
        assertTrue(ctx.accounts().loginRequired());
        assertEquals("admin", Session.user().orElseThrow().login());
        assertEquals(1, sessionChanges.get());
        assertEquals("Đã tạo tài khoản admin (Nguyễn Quản Trị, Quản trị).", model.infoProperty().get());
        // the list shows it at once, and the single-user hint is gone
        assertEquals(List.of("admin"), model.rows().stream().map(AccountRow::login).toList());
        assertFalse(model.singleUserProperty().get());
    }

    @Test
    void everyProblemOfTheFormIsShownAtOnce() {
        admin();
        model.add("A B", "", null, "ngan", "khac", () -> { });
        assertEquals(List.of(
                "Tên đăng nhập: Tên đăng nhập \"A B\" chỉ được gồm chữ không dấu, chữ số và . _ -, từ 2 đến 50 ký tự.",
                "Họ và tên: Chưa nhập họ và tên.",
                "Vai trò: Chưa chọn vai trò.",
                "Mật khẩu: Mật khẩu phải có ít nhất 8 ký tự."), model.problems());
        model.add("vanthu", "Trần Văn Thư", Role.CHUYEN_VIEN, PW, "mat-khau-2", () -> { });
        assertEquals(List.of("Nhập lại mật khẩu: Hai lần nhập mật khẩu không giống nhau."), model.problems());
    }

    @Test
    void theAdministratorListsDisablesEnablesAndResetsAccounts() {
        admin();
        AtomicInteger cleared = new AtomicInteger();
        model.add("vanthu", "Trần Văn Thư", Role.CHUYEN_VIEN, PW, PW, cleared::incrementAndGet);
        assertEquals(1, cleared.get());
        model.refresh();
        assertEquals(List.of("admin", "vanthu"), model.rows().stream().map(AccountRow::login).toList());
        AccountRow clerk = model.rows().get(1);
        assertEquals("Văn thư / chuyên viên", clerk.role());
        assertEquals("Đang dùng", clerk.state());
        assertEquals("", clerk.lastSignIn());
        assertTrue(model.rows().get(0).lastSignIn().matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d"), model.rows().get(0).lastSignIn());
        model.disable(clerk);
        assertEquals("Đã khoá", model.rows().get(1).state());
        assertEquals("Đã khoá tài khoản vanthu.", model.infoProperty().get());
        model.disable(model.rows().get(0));
        assertEquals(List.of("Không thể khoá \"admin\": đây là tài khoản quản trị cuối cùng còn dùng được."), model.problems());
        model.enable(model.rows().get(1));
        assertEquals("Đang dùng", model.rows().get(1).state());
        model.resetPassword(model.rows().get(1), "moi-mat-khau", "moi-mat-khaU");
        assertEquals(List.of("Nhập lại mật khẩu: Hai lần nhập mật khẩu không giống nhau."), model.problems());
        model.resetPassword(model.rows().get(1), "moi-mat-khau", "moi-mat-khau");
        assertEquals("Đã đặt mật khẩu mới cho vanthu (tài khoản được mở khoá).", model.infoProperty().get());
        ctx.accounts().signOut();
        ctx.accounts().signIn("vanthu", "moi-mat-khau".toCharArray());
    }

    @Test
    void aClerkSeesTheRefusalInsteadOfTheAccounts() {
        admin();
        model.add("vanthu", "Trần Văn Thư", Role.CHUYEN_VIEN, PW, PW, () -> { });
        ctx.accounts().signOut();
        ctx.accounts().signIn("vanthu", PW.toCharArray());
        model.refresh();
        assertEquals(List.of(), model.rows());
        assertEquals("Tài khoản vanthu (Văn thư / chuyên viên) không có quyền quản lý tài khoản.", model.refusalProperty().get());
        model.add("thuky", "Lê Thư Ký", Role.THU_KY, PW, PW, () -> { });
        assertEquals(List.of("Tài khoản vanthu (Văn thư / chuyên viên) không có quyền quản lý tài khoản."), model.problems());
    }

    @Test
    void signInSaysWrongPasswordThenLockedWithTheTimeAndDisabled() {
        admin();
        model.add("vanthu", "Trần Văn Thư", Role.CHUYEN_VIEN, PW, PW, () -> { });
        model.add("thuky", "Lê Thư Ký", Role.THU_KY, PW, PW, () -> { });
        model.refresh();
        model.disable(model.rows().stream().filter(r -> r.login().equals("thuky")).findFirst().orElseThrow());
        ctx.accounts().signOut();
        SignInModel signIn = new SignInModel(ctx.accounts(), new DirectTaskExecutor(), vi);
        AtomicReference<Session.User> in = new AtomicReference<>();
        signIn.loginProperty().set("vanthu");
        for (int i = 1; i < 5; i++) {
            signIn.passwordProperty().set("sai-mat-khau");
            signIn.signIn(in::set);
            assertEquals("Tên đăng nhập hoặc mật khẩu không đúng.", signIn.messageProperty().get());
            assertEquals("", signIn.passwordProperty().get());
        }
        signIn.passwordProperty().set("sai-mat-khau");
        signIn.signIn(in::set);
        assertEquals("Nhập sai mật khẩu 5 lần liền: tài khoản tạm khoá 15 phút.", signIn.messageProperty().get());
        signIn.passwordProperty().set(PW);
        signIn.signIn(in::set);
        assertTrue(signIn.messageProperty().get().matches(
                "Tài khoản \"vanthu\" tạm khoá vì nhập sai mật khẩu nhiều lần, đến \\d\\d:\\d\\d:\\d\\d ngày \\d\\d/\\d\\d/\\d{4}\\."),
                signIn.messageProperty().get());
        assertEquals(null, in.get());
        signIn.loginProperty().set("thuky");
        signIn.passwordProperty().set(PW);
        signIn.signIn(in::set);
        assertEquals("Tài khoản \"thuky\" đã bị khoá; hãy liên hệ người quản trị.", signIn.messageProperty().get());
        signIn.loginProperty().set("admin");
        signIn.passwordProperty().set(PW);
        signIn.signIn(in::set);
        assertEquals("admin", in.get().login());
        assertEquals("", signIn.messageProperty().get());
        assertEquals("admin", Session.user().orElseThrow().login()); // where Permission.require reads it
    }
}
