package vn.tdkt.account.service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.tdkt.account.data.AccountRepository;
import vn.tdkt.account.domain.Account;
import vn.tdkt.account.domain.AccountField;
import vn.tdkt.account.domain.Passwords;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Action;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Permission;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.Role;
import vn.tdkt.common.domain.Session;
import vn.tdkt.common.domain.VietnameseText;

/**
 * Accounts and sign-in. No account = single-user mode (no login, everything allowed); the first account, which must be
 * an administrator, turns login on. Passwords are Argon2id hashes ({@link Passwords}); after {@link #MAX_FAILURES}
 * failed sign-ins in a row an account is locked for {@link #LOCK_TIME}. Managing accounts needs
 * {@link Action#MANAGE_ACCOUNTS} (quản trị), except creating the first one.
 */
public final class AccountService {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,49}");

    private final Database db;
    private final Clock clock;

    public AccountService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        Session.accountsExist(db.transaction(dsl -> new AccountRepository(dsl).count()) > 0);
        Session.signOut();
    }

    /** True when the store has accounts: the window asks for a sign-in, commands need TDKT_USER / TDKT_PASSWORD. */
    public boolean loginRequired() {
        return Session.loginRequired();
    }

    /** The signed-in account (none in single-user mode or before sign-in). */
    public Optional<Session.User> current() {
        return Session.user();
    }

    /** Every account, by login. */
    public List<Account> accounts() {
        Permission.require(Action.MANAGE_ACCOUNTS);
        return db.transaction(dsl -> new AccountRepository(dsl).all());
    }

    /**
     * Creates an account. The first one must be an administrator; it turns login on and, in the window, the person who
     * created it is signed in with it.
     */
    public Account add(String login, String fullName, Role role, char[] password, char[] confirm) {
        String name = normLogin(login);
        String full = ProblemCollector.blankToNull(fullName);
        boolean first = !Session.loginRequired();
        if (!first) {
            Permission.require(Action.MANAGE_ACCOUNTS);
        }
        ProblemCollector p = new ProblemCollector();
        if (p.requireText(name, AccountField.LOGIN, "account.problem.loginMissing")) {
            p.require(LOGIN.matcher(name).matches(), AccountField.LOGIN, "account.problem.loginForm", login);
        }
        p.requireText(full, AccountField.FULL_NAME, "account.problem.nameMissing");
        if (p.requirePresent(role, AccountField.ROLE, "account.problem.roleMissing") && first) {
            p.require(role == Role.QUAN_TRI, AccountField.ROLE, "account.problem.firstIsAdmin", Role.QUAN_TRI);
        }
        checkPassword(p, password, confirm);
        p.throwIfAny();
        Account created = db.transaction(dsl -> {
            AccountRepository repo = new AccountRepository(dsl);
            if (repo.byLogin(name).isPresent()) {
                throw new AppException(Msg.of("account.problem.loginTaken", name));
            }
            long id = repo.insert(name, full, role, Passwords.hash(password), now());
            return repo.byLogin(name).filter(a -> a.id() == id).orElseThrow();
        });
        if (first) {
            Session.accountsExist(true);
        }
        return created;
    }

    /** Turns an account off (it can no longer sign in); the last enabled administrator stays. */
    public void disable(String login) {
        Permission.require(Action.MANAGE_ACCOUNTS);
        db.transaction(dsl -> {
            AccountRepository repo = new AccountRepository(dsl);
            Account a = existing(repo, login);
            if (a.role() == Role.QUAN_TRI && !a.disabled() && repo.activeWithRole(Role.QUAN_TRI) <= 1) {
                throw new AppException(Msg.of("account.problem.lastAdmin", a.login()));
            }
            repo.setDisabled(a.id(), true);
            return null;
        });
    }

    /** Turns a disabled account on again. */
    public void enable(String login) {
        Permission.require(Action.MANAGE_ACCOUNTS);
        db.transaction(dsl -> {
            AccountRepository repo = new AccountRepository(dsl);
            repo.setDisabled(existing(repo, login).id(), false);
            return null;
        });
    }

    /** Gives an account a new password and unlocks it. */
    public void resetPassword(String login, char[] password, char[] confirm) {
        Permission.require(Action.MANAGE_ACCOUNTS);
        ProblemCollector p = new ProblemCollector();
        checkPassword(p, password, confirm);
        p.throwIfAny();
        db.transaction(dsl -> {
            AccountRepository repo = new AccountRepository(dsl);
            repo.setPassword(existing(repo, login).id(), Passwords.hash(password));
            return null;
        });
    }

    /**
     * Signs in: the same message for an unknown login and a wrong password; a disabled or locked account is refused
     * with its reason. Each failure is counted (and written) even though the sign-in fails.
     */
    public Session.User signIn(String login, char[] password) {
        String name = normLogin(login);
        LocalDateTime now = now();
        Optional<Account> found = db.transaction(dsl -> new AccountRepository(dsl).byLogin(name == null ? "" : name));
        if (found.isEmpty()) {
            Passwords.hash(password); // the same time as a wrong password: a login's existence is not told
            throw new AppException(Msg.of("account.signIn.failed"));
        }
        Account a = found.get();
        if (a.disabled()) {
            throw new AppException(Msg.of("account.signIn.disabled", a.login()));
        }
        if (a.lockedAt(now)) {
            throw new AppException(Msg.of("account.signIn.locked", a.login(), a.lockedUntil().toLocalTime().withNano(0)
                    .toString(), a.lockedUntil().toLocalDate()));
        }
        String hash = db.transaction(dsl -> new AccountRepository(dsl).passwordHash(a.id()));
        if (!Passwords.matches(password, hash)) {
            int failures = a.failedCount() + 1;
            LocalDateTime until = failures >= MAX_FAILURES ? now.plus(LOCK_TIME) : null;
            db.transaction(dsl -> {
                new AccountRepository(dsl).failed(a.id(), until != null ? 0 : failures, until);
                return null;
            });
            throw new AppException(until != null ? Msg.of("account.signIn.nowLocked", MAX_FAILURES, LOCK_TIME.toMinutes())
                    : Msg.of("account.signIn.failed"));
        }
        Session.User user = new Session.User(a.id(), a.login(), a.fullName(), a.role());
        Session.signIn(user);
        db.transaction(dsl -> {
            new AccountRepository(dsl).signedIn(a.id(), now);
            return null;
        });
        return user;
    }

    public void signOut() {
        Session.signOut();
    }

    private static Account existing(AccountRepository repo, String login) {
        String name = normLogin(login);
        return repo.byLogin(name == null ? "" : name)
                .orElseThrow(() -> new AppException(Msg.of("account.problem.unknown", login)));
    }

    private static void checkPassword(ProblemCollector p, char[] password, char[] confirm) {
        if (p.require(password != null && password.length >= Passwords.MIN_LENGTH, AccountField.PASSWORD,
                "account.problem.passwordShort", Passwords.MIN_LENGTH)) {
            p.require(confirm == null || java.util.Arrays.equals(password, confirm), AccountField.CONFIRM,
                    "account.problem.passwordMismatch");
        }
    }

    private static String normLogin(String login) {
        String s = ProblemCollector.blankToNull(login);
        return s == null ? null : VietnameseText.clean(s).toLowerCase(Locale.ROOT);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
