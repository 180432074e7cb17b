package vn.tdkt.backup.domain;

import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;

/** The server database given to {@code migrate --to} already holds data: nothing was written (exit 2). */
public final class TargetNotEmptyException extends AppException {

    private static final long serialVersionUID = 1L;

    public TargetNotEmptyException(String target, String tables) {
        super(Msg.of("migrate.error.notEmpty", target, tables));
    }
}
