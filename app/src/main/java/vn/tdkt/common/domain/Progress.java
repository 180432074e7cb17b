package vn.tdkt.common.domain;

/** Progress and cancellation of long work, independent of JavaFX so services can report it. */
public interface Progress {

    /** Reports a step; total may be -1 when unknown. */
    void update(String message, long done, long total);

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
