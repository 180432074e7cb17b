package vn.tdkt.common.domain;

/** The user cancelled the work; nothing was written. */
public class CancelledException extends AppException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super(Msg.of("common.cancelled"));
    }
}
