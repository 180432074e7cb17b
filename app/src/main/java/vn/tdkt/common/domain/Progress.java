package vn.tdkt.common.domain;

/** Progress and cancellation of long work, independent of JavaFX so services can report it. */
public interface Progress {

    /** Reports a step whose message is already in words; total may be -1 when unknown. */
    void update(String message, long done, long total);

    /**
     * Reports a step whose message is a bundle text: the window shows it in the user's language. Services report
     * through this one; a listener that does not know the language gets the Vietnamese words.
     */
    default void step(Localizable message, long done, long total) {
        update(message == null ? null : message.in(Texts.VIETNAMESE), done, total);
    }

    /** True once the user asked to stop; long loops check it and throw {@link CancelledException}. */
    boolean isCancelled();

    /** Throws {@link CancelledException} when cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    Progress NONE = new Progress() {
        @Override
        public void update(String message, long done, long total) {
            // nobody listens
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
