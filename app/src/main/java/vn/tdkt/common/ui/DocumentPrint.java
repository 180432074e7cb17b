package vn.tdkt.common.ui;

import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import vn.tdkt.common.domain.Msg;

/**
 * A generated document (.docx, .xlsx, .pdf) printed by the system: handed to the program the computer prints that kind
 * of file with ({@link Desktop#print}), where the system offers it; elsewhere (most Linux desktops, a file kind with no
 * printing program) the clerk is told in words to open the file and print it from there. Called off the JavaFX thread:
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

    private DocumentPrint() {
    }

    /** Prints a written document through the system, off the JavaFX thread; then says what happened. */
    static void inBackground(Path file, DialogService dialogs) {
        Thread t = new Thread(() -> {
            Msg said = print(file, DESKTOP);
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
