package vn.tdkt.common.ui;

import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import vn.tdkt.common.domain.Msg;

/**
 * A generated document (.docx, .xlsx, .pdf) printed by the system: handed to the program the computer prints that kind
 * of file with ({@link Desktop#print}), where the system offers it; elsewhere (most Linux desktops, a file kind with no
 * printing program) LibreOffice prints it where installed ({@link #LIBREOFFICE}); otherwise the clerk is told in words
 * to open the file and print it from there. Called off the JavaFX thread:
 * the system's program may take a while to start.
 */
public final class DocumentPrint {

    private static final org.slf4j.Logger LOGGER = org.slf4j.LoggerFactory.getLogger(DocumentPrint.class);

    /** The system's printing of files. */
    public interface SystemPrint {
        boolean supported();

        void print(File file) throws IOException;
    }

    /** {@link Desktop}'s printing, when this computer has it. */
    public static final SystemPrint DESKTOP = new SystemPrint() {
        @Override
        public boolean supported() {
            try {
                return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.PRINT);
            } catch (RuntimeException | LinkageError e) {
                LOGGER.info("No system printing here", e);
                return false;
            }
        }

        @Override
        public void print(File file) throws IOException {
            Desktop.getDesktop().print(file);
        }
    };

    /**
     * Where the desktop has no printing of files (Linux desktops but GNOME's, a headless session): LibreOffice, when it
     * is installed, prints the document on the system's default printer itself ({@code soffice --headless -p}), in a
     * profile of its own so a LibreOffice the clerk has open is not disturbed (record 0134). Found on the PATH.
     */
    public static final SystemPrint LIBREOFFICE = new SystemPrint() {
        @Override
        public boolean supported() {
            return office().isPresent() && javax.print.PrintServiceLookup.lookupDefaultPrintService() != null;
        }

        @Override
        public void print(File file) throws IOException {
            Path profile = java.nio.file.Files.createTempDirectory("tdkt-print-");
            try {
                java.nio.file.Files.writeString(java.nio.file.Files.createDirectories(profile.resolve("user"))
                        .resolve("registrymodifications.xcu"), NO_BLANK_PAGES);
                Process p = new ProcessBuilder(office().orElseThrow().toString(), "-env:UserInstallation=" + profile.toUri(),
                        "--headless", "--norestore", "-p", file.getAbsolutePath())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IOException("LibreOffice did not print " + file + " in 180 s");
                }
                if (p.exitValue() != 0) {
                    throw new IOException("LibreOffice ended with " + p.exitValue() + " printing " + file);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while printing " + file, e);
            } finally {
                deleteQuietly(profile);
            }
        }
    };

    /**
     * Writer prints "automatically inserted blank pages" by default: a Quyết định whose Danh sách restarts its page
     * numbers at 1 came out of the printer with an empty page before it (seen on CUPS-PDF: 4 pages for the 3 of its
     * rendering). The print profile turns that off, as the PDF export does (record 0134).
     */
    private static final String NO_BLANK_PAGES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
            <item oor:path="/org.openoffice.Office.Writer/Print">
            <prop oor:name="EmptyPages" oor:op="fuse"><value>false</value></prop></item>
            </oor:items>
            """;

    /** The desktop's printing where it has one, otherwise LibreOffice's. */
    public static final SystemPrint SYSTEM = new SystemPrint() {
        @Override
        public boolean supported() {
            return DESKTOP.supported() || LIBREOFFICE.supported();
        }

        @Override
        public void print(File file) throws IOException {
            (DESKTOP.supported() ? DESKTOP : LIBREOFFICE).print(file);
        }
    };

    private DocumentPrint() {
    }

    private static java.util.Optional<Path> office() {
        String path = System.getenv("PATH");
        if (path == null) {
            return java.util.Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : new String[] {"soffice", "libreoffice"}) {
                Path candidate = Path.of(dir, name);
                if (java.nio.file.Files.isExecutable(candidate)) {
                    return java.util.Optional.of(candidate);
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static void deleteQuietly(Path dir) {
        try (java.util.stream.Stream<Path> all = java.nio.file.Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOGGER.debug("Could not remove {}", dir, e);
        }
    }

    /** Prints a written document through the system, off the JavaFX thread; then says what happened. */
    static void inBackground(Path file, DialogService dialogs) {
        Thread t = new Thread(() -> {
            Msg said = print(file, SYSTEM);
            javafx.application.Platform.runLater(() -> dialogs.info(dialogs.messages().get("window.print.title"),
                    dialogs.messages().text(said)));
        }, "print-file");
        t.setDaemon(true);
        t.start();
    }

    /** Hands the file to the system's printing; the text that says what happened. */
    public static Msg print(Path file, SystemPrint system) {
        String name = file.getFileName().toString();
        if (!system.supported()) {
            return Msg.of("window.print.documentUnsupported", name);
        }
        try {
            system.print(file.toFile());
            return Msg.of("window.print.documentSent", name);
        } catch (IOException | RuntimeException e) {
            LOGGER.warn("The system could not print {}", file, e);
            return Msg.of("window.print.documentUnsupported", name);
        }
    }
}
