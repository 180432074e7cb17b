package vn.tdkt.common.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
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
import vn.tdkt.common.domain.LegacyConverter;

/**
 * Every dialog the screens show: short errors in the user's language (technical detail only in the log),
 * confirmations and file choosers. Tests replace the file choosers by subclassing.
 */
public class DialogService {

    private static final org.slf4j.Logger LOGGER = org.slf4j.LoggerFactory.getLogger(DialogService.class);

    /** The kind of {@link #chooseFolder} of a folder documents are written into. */
    public static final String FOLDERS_TO_WRITE = "folder";

    private final Messages messages;
    private final LastFolders folders = new LastFolders();
    private Window owner;

    private final OpenMessages open = new OpenMessages();
    /** Where a lost connection already told is noted again in one line (the window's status bar); none: the log. */
    private java.util.function.Consumer<String> notices = text -> { };

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

    /** What every dialog's scene gets when shown: the tables' shared menu and keys (the window's TableActions). */
    private java.util.function.Consumer<javafx.scene.Scene> dialogScenes = scene -> { };

    /**
     * What the main window gives its dialogs: the one line where failures already told are noted (the status bar,
     * record 0132) instead of another dialog, and what every dialog's scene gets when shown (the tables' menu and keys,
     * "In danh sách…" included, record 0135).
     */
    public void attachWindow(java.util.function.Consumer<String> notices,
                             java.util.function.Consumer<javafx.scene.Scene> dialogScenes) {
        this.notices = notices;
        this.dialogScenes = dialogScenes;
    }

    /**
     * Shows a failure. An {@link AppException} already carries a message for the clerk and is shown as is;
     * anything else is unexpected and gets the generic text (its details go to the log, never to the screen).
     */
    public void error(Throwable error) {
        if (vn.tdkt.common.domain.ConnectionLostException.alreadySaid(error)) {
            // the clerk read the lost connection once (record 0132): until the server answers again, one line says it
            String line = messages.failure(error);
            LOGGER.info("Not shown again until the connection works: {}", line);
            notices.accept(line);
        } else if (error instanceof CancelledException) {
            info(messages.get("dialog.cancelled.title"), ((AppException) error).text(messages.locale()));
        } else if (error instanceof AppException ae) {
            String text = ae.text(messages.locale());
            if (!open.open(text)) {
                // several background reads failing at once (a lost connection): one dialog says it
                LOGGER.info("Not shown again while open: {}", text);
                return;
            }
            try {
                alert(Alert.AlertType.ERROR, messages.get("dialog.error.title"), text).showAndWait();
            } finally {
                open.closed(text);
            }
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

    /**
     * Shows the cells an import read as Unicode from TCVN3 / VNI (sheet, row, column, encoding, before → after) and asks
     * whether to import with them: true for "Chấp nhận chuyển mã và nhập", false for Hủy (nothing is written).
     */
    public boolean acceptConversions(List<LegacyConverter.Conversion> cells) {
        return ConversionsTable.ask(this, cells);
    }

    /** Asks which of two ways to go (e.g. every row or the filtered ones): 0, 1, or empty when cancelled. */
    public Optional<Integer> choose(String title, String text, String first, String second) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, text);
        ButtonType one = new ButtonType(first, ButtonBar.ButtonData.YES);
        ButtonType two = new ButtonType(second, ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        a.getButtonTypes().setAll(one, two, cancel);
        // each button as wide as its words: three as wide as the longest would widen the dialog past its text (record 0133)
        a.getButtonTypes().forEach(t -> ButtonBar.setButtonUniformSize(a.getDialogPane().lookupButton(t), false));
        return a.showAndWait().filter(b -> b != cancel).map(b -> b == one ? 0 : 1);
    }

    /** File to read, or empty when the user cancels; opens in the folder last used for this kind of file. */
    public Optional<Path> chooseOpen(String title, String filterName, String... patterns) {
        File f = chooser(title, filterName, patterns).showOpenDialog(owner);
        return remember(Optional.ofNullable(f).map(File::toPath), patterns);
    }

    /** File to write, or empty when the user cancels; opens in the folder last used for this kind of file. */
    public Optional<Path> chooseSave(String title, String initialName, String filterName, String... patterns) {
        FileChooser c = chooser(title, filterName, patterns);
        c.setInitialFileName(initialName);
        File f = c.showSaveDialog(owner);
        return remember(Optional.ofNullable(f).map(File::toPath), patterns);
    }

    /**
     * A folder, or empty when the user cancels; starts in the last folder chosen for this kind of folder
     * ({@link #FOLDERS_TO_WRITE}: where documents are written; another kind, such as the folder of the units' sheets
     * to import, remembers its own).
     */
    public Optional<Path> chooseFolder(String title, String kind) {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(title);
        folders.last(kind).ifPresent(c::setInitialDirectory);
        Optional<Path> chosen = Optional.ofNullable(c.showDialog(owner)).map(File::toPath);
        chosen.ifPresent(p -> folders.remember(kind, p));
        return chosen;
    }

    /**
     * Says a file was written and offers "Mở tệp" / "Mở thư mục" (the system's program for it, its folder), so the clerk
     * does not hunt for what was just exported, and "In" (the system prints it, {@link DocumentPrint}).
     */
    public void written(Path file) {
        Alert a = alert(Alert.AlertType.INFORMATION, messages.get("window.written.title"),
                messages.format("window.written.text", file.toAbsolutePath()));
        ButtonType open = new ButtonType(messages.get("window.written.open"), ButtonBar.ButtonData.LEFT);
        ButtonType folder = new ButtonType(messages.get("window.written.folder"), ButtonBar.ButtonData.LEFT);
        ButtonType print = new ButtonType(messages.get("window.written.print"), ButtonBar.ButtonData.LEFT);
        ButtonType close = ButtonType.CLOSE; // "Đóng": localizeButtons names a CANCEL_CLOSE of our own "Hủy"
        a.getButtonTypes().setAll(open, folder, print, close);
        a.showAndWait().ifPresent(b -> {
            if (b == open) {
                open(file);
            } else if (b == print) {
                DocumentPrint.inBackground(file, this);
            } else if (b == folder) {
                open(file.toAbsolutePath().getParent());
            }
        });
    }

    /** Opens a file or folder with the system's program, off the JavaFX thread; a failure is shown, not thrown. */
    public void open(Path target) {
        Thread t = new Thread(() -> {
            try {
                java.awt.Desktop.getDesktop().open(target.toFile());
            } catch (Exception | LinkageError e) {
                LOGGER.warn("Could not open {} with the system's program", target, e);
                javafx.application.Platform.runLater(() -> info(messages.get("window.written.title"),
                        messages.format("window.written.cannotOpen", target.toAbsolutePath())));
            }
        }, "open-file");
        t.setDaemon(true);
        t.start();
    }

    private FileChooser chooser(String title, String filterName, String... patterns) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
        folders.last(String.join(";", patterns)).ifPresent(c::setInitialDirectory);
        return c;
    }

    private Optional<Path> remember(Optional<Path> chosen, String... patterns) {
        chosen.ifPresent(p -> folders.remember(String.join(";", patterns), p.toAbsolutePath().getParent()));
        return chosen;
    }

    /**
     * Puts the standard buttons of a JavaFX dialog (OK, Cancel, Yes, No, Close) into the user's language: JavaFX has
     * no Vietnamese texts of its own. Only the buttons' words change; their types (and so the dialog's result) stay.
     * A button type of the caller's own keeps its text, whatever its role.
     */
    static void localizeButtons(javafx.scene.control.Dialog<?> dialog, Messages messages) {
        relabel(dialog, messages);
        // a dialog's pane may create its buttons only when it is shown (ChoiceDialog, Alert): relabel them then too
        dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWING, e -> relabel(dialog, messages));
    }

    /** JavaFX's own button types, the only ones that carry its English words. */
    private static final java.util.Set<ButtonType> STANDARD = java.util.Set.of(ButtonType.OK, ButtonType.CANCEL,
            ButtonType.YES, ButtonType.NO, ButtonType.CLOSE, ButtonType.APPLY, ButtonType.FINISH, ButtonType.NEXT,
            ButtonType.PREVIOUS);

    private static void relabel(javafx.scene.control.Dialog<?> dialog, Messages messages) {
        javafx.scene.control.DialogPane pane = dialog.getDialogPane();
        for (ButtonType type : pane.getButtonTypes()) {
            if (!STANDARD.contains(type)) {
                continue; // a button the caller named ("Thử lại", "Dùng dữ liệu trên máy này") keeps its words
            }
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
        own(dialog);
        localizeButtons(dialog, messages);
    }

    /** The dialog's owner is the window, and its tables get the window's menu and keys when it shows (record 0135). */
    private void own(javafx.scene.control.Dialog<?> dialog) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWN,
                e -> dialogScenes.accept(dialog.getDialogPane().getScene()));
    }

    /** Width at which a dialog's text wraps: a short line to read, the dialog well inside 1280 × 800 (record 0133). */
    public static final double TEXT_WIDTH = 520;

    /**
     * A dialog's text wrapped at {@link #TEXT_WIDTH}: a maximum width alone does not do it, the dialog asks its
     * content's preferred width, which for a label is its text on one line; its height is never less than it needs.
     */
    private static Label wrapped(String text) {
        Label content = new Label(text);
        content.setId("dialogText");
        content.setWrapText(true);
        content.setPrefWidth(TEXT_WIDTH);
        content.setMaxWidth(TEXT_WIDTH);
        content.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return content;
    }

    private Alert alert(Alert.AlertType type, String title, String text) {
        Alert a = new Alert(type);
        localizeButtons(a, messages);
        a.setTitle(title);
        a.setHeaderText(null);
        a.getDialogPane().setContent(wrapped(text));
        if (owner != null) {
            a.initOwner(owner);
        }
        return a;
    }
}
