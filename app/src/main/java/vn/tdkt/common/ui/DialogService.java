package vn.tdkt.common.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.CancelledException;

/**
 * Every dialog the screens show: short errors in the user's language (technical detail only in the log),
 * confirmations and file choosers. Tests replace the file choosers by subclassing.
 */
public class DialogService {

    private static final org.slf4j.Logger LOGGER = org.slf4j.LoggerFactory.getLogger(DialogService.class);

    private final Messages messages;
    private Window owner;

    public DialogService(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    public Window owner() {
        return owner;
    }

    /**
     * Shows a failure. An {@link AppException} already carries a message for the clerk and is shown as is;
     * anything else is unexpected and gets the generic text (its details go to the log, never to the screen).
     */
    public void error(Throwable error) {
        if (error instanceof CancelledException) {
            info(messages.get("dialog.cancelled.title"), ((AppException) error).text(messages.locale()));
        } else if (error instanceof AppException ae) {
            Alert a = alert(Alert.AlertType.ERROR, messages.get("dialog.error.title"), ae.text(messages.locale()));
            a.showAndWait();
        } else {
            // an unexpected failure: a clear text for the clerk; the exception's own text and trace go to the log only
            LOGGER.error("Unexpected failure shown to the user", error);
            Alert a = alert(Alert.AlertType.ERROR, messages.get("dialog.error.title"), messages.get("dialog.error.logHint"));
            a.setHeaderText(messages.get("dialog.error.unexpected"));
            a.showAndWait();
        }
    }

    public void info(String title, String text) {
        alert(Alert.AlertType.INFORMATION, title, text).showAndWait();
    }

    /** Asks yes/no; the safe answer (Hủy) is the default for Esc. */
    public boolean confirm(String title, String text) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, text);
        ButtonType yes = new ButtonType(messages.get("dialog.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("dialog.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        a.getButtonTypes().setAll(yes, no);
        return a.showAndWait().filter(yes::equals).isPresent();
    }

    /** File to read, or empty when the user cancels. */
    public Optional<Path> chooseOpen(String title, String filterName, String... patterns) {
        File f = chooser(title, filterName, patterns).showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    /** File to write, or empty when the user cancels. */
    public Optional<Path> chooseSave(String title, String initialName, String filterName, String... patterns) {
        FileChooser c = chooser(title, filterName, patterns);
        c.setInitialFileName(initialName);
        File f = c.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    /** Folder to write into, or empty when the user cancels. */
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(title);
        return Optional.ofNullable(c.showDialog(owner)).map(File::toPath);
    }

    private FileChooser chooser(String title, String filterName, String... patterns) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
        return c;
    }

    /**
     * Puts the standard buttons of a JavaFX dialog (OK, Cancel, Yes, No, Close) into the user's language: JavaFX has
     * no Vietnamese texts of its own. Only the buttons' words change; their types (and so the dialog's result) stay.
     */
    public static void localizeButtons(javafx.scene.control.Dialog<?> dialog, Messages messages) {
        javafx.scene.control.DialogPane pane = dialog.getDialogPane();
        for (ButtonType type : pane.getButtonTypes()) {
            String key = switch (type.getButtonData()) {
                case OK_DONE, APPLY, FINISH, NEXT_FORWARD -> "dialog.ok";
                case YES -> "dialog.yes";
                case NO -> "dialog.no";
                case CANCEL_CLOSE, BACK_PREVIOUS -> type == ButtonType.CLOSE ? "dialog.close" : "dialog.cancel";
                default -> null;
            };
            if (key != null && pane.lookupButton(type) instanceof javafx.scene.control.Button b) {
                b.setText(messages.get(key));
            }
        }
    }

    /** The dialog's owner is the window, and its standard buttons speak the user's language. */
    public void prepare(javafx.scene.control.Dialog<?> dialog) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        localizeButtons(dialog, messages);
    }

    private Alert alert(Alert.AlertType type, String title, String text) {
        Alert a = new Alert(type);
        localizeButtons(a, messages);
        a.setTitle(title);
        a.setHeaderText(null);
        Label content = new Label(text);
        content.setWrapText(true);
        content.setMaxWidth(520);
        a.getDialogPane().setContent(content);
        if (owner != null) {
            a.initOwner(owner);
        }
        return a;
    }
}
