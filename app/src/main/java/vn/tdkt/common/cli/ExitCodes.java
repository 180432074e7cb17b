package vn.tdkt.common.cli;

/**
 * The exit codes every command returns (README, Command line): 0 done, 1 any other failure (a short message, the
 * details in the log), 2 invalid input (every problem on stderr, in the user's language). A command may add its own
 * above these ({@code audit verify}: 3 when the chain is broken).
 */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int INVALID = 2;

    private ExitCodes() {
    }
}
