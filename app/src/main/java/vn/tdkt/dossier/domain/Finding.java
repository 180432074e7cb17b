package vn.tdkt.dossier.domain;

import vn.tdkt.common.domain.Msg;

/** One result of the checks before a dossier moves on; {@link #text()} is put into words in the user's language. */
public record Finding(Severity severity, Msg text) {

    public static Finding blocking(String key, Object... args) {
        return new Finding(Severity.CHAN, Msg.of(key, args));
    }

    public static Finding warning(String key, Object... args) {
        return new Finding(Severity.CANH_BAO, Msg.of(key, args));
    }

    /** The text in Vietnamese (the log's and the documents' language). */
    public String message() {
        return text.vi();
    }

    public boolean isBlocking() {
        return severity == Severity.CHAN;
    }
}
