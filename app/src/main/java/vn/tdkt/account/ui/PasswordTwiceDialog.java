package vn.tdkt.account.ui;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import vn.tdkt.common.ui.Ui;

/** Đặt lại mật khẩu: the new password typed twice (the service checks both and says every problem). */
final class PasswordTwiceDialog {

    private PasswordTwiceDialog() {
    }

    /** The two typings, or empty when cancelled. */
    static Optional<String[]> ask(Ui ui, String login) {
        Dialog<String[]> dialog = new Dialog<>();
        dialog.setTitle(ui.text("account.window.resetTitle"));
        dialog.setHeaderText(ui.format("account.window.resetHeader", login));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        ui.dialogs().prepare(dialog);
        PasswordField first = new PasswordField();
        first.setId("resetPassword");
        PasswordField again = new PasswordField();
        again.setId("resetConfirm");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label(ui.text("account.field.password")), first);
        grid.addRow(1, new Label(ui.text("account.field.confirm")), again);
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(b -> b == ButtonType.OK ? new String[] {first.getText(), again.getText()} : null);
        dialog.setOnShown(e -> first.requestFocus());
        return dialog.showAndWait();
    }
}
