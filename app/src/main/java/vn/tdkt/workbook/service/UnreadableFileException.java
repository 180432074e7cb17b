package vn.tdkt.workbook.service;

import vn.tdkt.common.domain.AppException;

/** The file is missing, not an .xlsx workbook, encrypted or damaged; the message says which, in Vietnamese. */
public class UnreadableFileException extends AppException {
    private static final long serialVersionUID = 1L;

    public UnreadableFileException(String userMessage) {
        super(userMessage);
    }

    public UnreadableFileException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
