package vn.tdkt.account.domain;

import java.time.LocalDateTime;
import vn.tdkt.common.domain.Role;

/** An account: login, name, role, whether it is disabled, and its failed sign-ins (locked until a time after 5). */
public record Account(long id, String login, String fullName, Role role, boolean disabled, int failedCount,
                      LocalDateTime lockedUntil, LocalDateTime createdAt, LocalDateTime lastLoginAt) {

    /** True when a sign-in at {@code now} is refused because of earlier failures. */
    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
