package vn.tdkt.account.ui;

import java.time.LocalDateTime;
import vn.tdkt.account.domain.Account;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Messages;

/** A line of the accounts table: login, name, role and state in words, the last sign-in (dd/MM/yyyy HH:mm). */
public record AccountRow(String login, String fullName, String role, String state, String lastSignIn, boolean disabled) {

    static AccountRow of(Account a, Messages messages, LocalDateTime now) {
        String state = a.disabled() ? messages.get("account.state.disabled")
                : a.lockedAt(now) ? messages.format("account.state.locked", time(a.lockedUntil()))
                : messages.get("account.state.active");
        return new AccountRow(a.login(), a.fullName(), messages.label(a.role()), state,
                a.lastLoginAt() == null ? "" : time(a.lastLoginAt()), a.disabled());
    }

    static String time(LocalDateTime t) {
        return VnFormat.date(t.toLocalDate()) + " " + String.format("%02d:%02d", t.getHour(), t.getMinute());
    }
}
