package vn.tdkt.cli;

/** Command line entry (filled by the workbook work). */
public final class Cli {
    private Cli() {
    }

    public static int run(String[] args) {
        return 1;
    }
}
