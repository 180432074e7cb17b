package vn.tdkt.common.domain;

/** A failure with a message a clerk can read (Vietnamese); technical detail stays in the cause and the log. */
public class AppException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AppException(String userMessage) {
        super(userMessage);
    }

    public AppException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
