package vn.tdkt.connection.ui;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.connection.domain.ConnectionChoice;

/** At a start on the remembered server without {@code TDKT_DB_PASSWORD}: the database password, asked (never stored). */
public final class ServerPasswordDialog {

    private ServerPasswordDialog() {
    }

    /** The password typed, or empty when the person chose to stop. */
    public static Optional<char[]> ask(Ui ui, ConnectionChoice choice) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle(ui.text("connection.askTitle"));
        dialog.setHeaderText(ui.format("connection.askHeaderOf", choice.user()));
        // the dialog keeps its 520 px of text (record 0133); the address has a field of its own (record 0171)
        dialog.getDialogPane().setMaxWidth(vn.tdkt.common.ui.DialogService.TEXT_WIDTH + 60);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        ui.dialogs().prepare(dialog);
        PasswordField password = new PasswordField();
        password.setId("serverPassword");
        Label hint = new Label(ui.text("connection.askHint"));
        hint.setWrapText(true);
        hint.setPrefWidth(vn.tdkt.common.ui.DialogService.TEXT_WIDTH);
        hint.setMaxWidth(vn.tdkt.common.ui.DialogService.TEXT_WIDTH);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(8, new Label(ui.text("connection.askServer")), address(choice.display()),
                new Label(ui.text("connection.field.password")), password, hint);
        box.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(box);
        dialog.setResultConverter(b -> b == ButtonType.OK ? password.getText().toCharArray() : null);
        dialog.setOnShown(e -> password.requestFocus());
        return dialog.showAndWait();
    }

    /**
     * The server's address whole on one line, never broken inside a word (record 0171): a read-only field the clerk can
     * select and copy, scrolled rather than wrapped when longer than the dialog, the whole address in its tooltip.
     */
    static TextField address(String display) {
        TextField field = new TextField(display);
        field.setId("serverAddress");
        field.setEditable(false);
        field.setPrefWidth(vn.tdkt.common.ui.DialogService.TEXT_WIDTH);
        field.setMaxWidth(vn.tdkt.common.ui.DialogService.TEXT_WIDTH);
        field.setTooltip(new Tooltip(display));
        return field;
    }
}
