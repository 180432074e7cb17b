package vn.tdkt.common.domain;

/**
 * The check the services call before they write: {@code Permission.require(Action.EDIT_DOSSIERS)}. Allows everything in
 * single-user mode (no account in the store); otherwise refuses with a Vietnamese message naming the action and the
 * role when the signed-in account's role may not do it, or when nobody is signed in.
 */
public final class Permission {

    private Permission() {
    }

    /** True when the current person may do it. */
    public static boolean allows(Action action) {
        if (!Session.loginRequired()) {
            return true;
        }
        return Session.user().map(u -> action.allowedTo(u.role())).orElse(false);
    }

    /** Refuses with {@link Denied} unless the current person may do it. */
    public static void require(Action action) {
        if (allows(action)) {
            return;
        }
        throw Session.user()
                .map(u -> new Denied(Msg.of("permission.denied", u.login(), u.role(), action)))
                .orElseGet(() -> new Denied(Msg.of("permission.notSignedIn", action)));
    }

    /** A refused action: the message names who, the role and what was refused. */
    public static final class Denied extends AppException {
        private static final long serialVersionUID = 1L;

        public Denied(Msg text) {
            super(text);
        }
    }
}
