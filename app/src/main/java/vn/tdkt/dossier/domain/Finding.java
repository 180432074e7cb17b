package vn.tdkt.dossier.domain;

/** One result of the checks before a dossier moves on, in Vietnamese. */
public record Finding(Severity severity, String message) {

    public static Finding blocking(String message) {
        return new Finding(Severity.CHAN, message);
    }

    public static Finding warning(String message) {
        return new Finding(Severity.CANH_BAO, message);
    }

    public boolean isBlocking() {
        return severity == Severity.CHAN;
    }
}
