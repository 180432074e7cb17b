package vn.tdkt.dossier.domain;

import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;

/** A file the dossier does not accept (type, size, content); the message tells the clerk why. */
public class RefusedFileException extends AppException {
    private static final long serialVersionUID = 1L;

    public RefusedFileException(Msg text) {
        super(text);
    }
}
