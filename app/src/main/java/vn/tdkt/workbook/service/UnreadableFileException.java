package vn.tdkt.workbook.service;

import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;

/** The file is missing, not an .xlsx workbook, encrypted or damaged; the message (a bundle text) says which. */
public class UnreadableFileException extends AppException {
    private static final long serialVersionUID = 1L;

    public UnreadableFileException(Msg text) {
        super(text);
    }

    public UnreadableFileException(Msg text, Throwable cause) {
        super(text, cause);
    }
}
