package vn.tdkt.account.data;

import static vn.tdkt.common.data.jooq.Tables.ACCOUNT;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.tdkt.account.domain.Account;
import vn.tdkt.common.data.jooq.tables.records.AccountRecord;
import vn.tdkt.common.domain.Role;

/** The accounts table. */
public final class AccountRepository {

    private final DSLContext dsl;

    public AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int count() {
        return dsl.fetchCount(ACCOUNT);
    }

    public List<Account> all() {
        return dsl.selectFrom(ACCOUNT).orderBy(ACCOUNT.LOGIN).fetch(AccountRepository::account);
    }

    /** The account of a login (the login is kept in lower case). */
    public Optional<Account> byLogin(String login) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.LOGIN.eq(login)).fetchOptional(AccountRepository::account);
    }

    public String passwordHash(long id) {
        return dsl.select(ACCOUNT.PASSWORD_HASH).from(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOne(ACCOUNT.PASSWORD_HASH);
    }

    public long insert(String login, String fullName, Role role, String hash, LocalDateTime now) {
        return dsl.insertInto(ACCOUNT, ACCOUNT.LOGIN, ACCOUNT.FULL_NAME, ACCOUNT.ROLE, ACCOUNT.PASSWORD_HASH,
                        ACCOUNT.DISABLED, ACCOUNT.FAILED_COUNT, ACCOUNT.CREATED_AT)
                .values(login, fullName, role.name(), hash, false, 0, now).returning(ACCOUNT.ID).fetchOne(ACCOUNT.ID);
    }

    public void setDisabled(long id, boolean disabled) {
        dsl.update(ACCOUNT).set(ACCOUNT.DISABLED, disabled).where(ACCOUNT.ID.eq(id)).execute();
    }

    public void setPassword(long id, String hash) {
        dsl.update(ACCOUNT).set(ACCOUNT.PASSWORD_HASH, hash).set(ACCOUNT.FAILED_COUNT, 0)
                .set(ACCOUNT.LOCKED_UNTIL, (LocalDateTime) null).where(ACCOUNT.ID.eq(id)).execute();
    }

    public void setRole(long id, Role role) {
        dsl.update(ACCOUNT).set(ACCOUNT.ROLE, role.name()).where(ACCOUNT.ID.eq(id)).execute();
    }

    public void failed(long id, int count, LocalDateTime lockedUntil) {
        dsl.update(ACCOUNT).set(ACCOUNT.FAILED_COUNT, count).set(ACCOUNT.LOCKED_UNTIL, lockedUntil)
                .where(ACCOUNT.ID.eq(id)).execute();
    }

    public void signedIn(long id, LocalDateTime now) {
        dsl.update(ACCOUNT).set(ACCOUNT.FAILED_COUNT, 0).set(ACCOUNT.LOCKED_UNTIL, (LocalDateTime) null)
                .set(ACCOUNT.LAST_LOGIN_AT, now).where(ACCOUNT.ID.eq(id)).execute();
    }

    /** How many enabled accounts have the role (the last administrator may not be disabled). */
    public int activeWithRole(Role role) {
        return dsl.fetchCount(ACCOUNT, ACCOUNT.ROLE.eq(role.name()).and(ACCOUNT.DISABLED.isFalse()));
    }

    private static Account account(AccountRecord r) {
        return new Account(r.getId(), r.getLogin(), r.getFullName(), Role.valueOf(r.getRole()), r.getDisabled(),
                r.getFailedCount(), r.getLockedUntil(), r.getCreatedAt(), r.getLastLoginAt());
    }
}
