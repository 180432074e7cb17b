package vn.tdkt.account.ui;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.tdkt.common.domain.Session;
import vn.tdkt.common.ui.Ui;

/**
 * Đăng nhập: asked before any data is shown when the store has accounts. Stays open on a refusal (its reason under
 * the fields); "Thoát" closes it without an account.
 */
public final class SignInDialog {

    private final Dialog<Session.User> dialog = new Dialog<>();
    private final SignInModel model;

    public SignInDialog(Ui ui, SignInModel model) {
        this.model = model;
        dialog.setTitle(ui.text("account.window.signInTitle"));
        dialog.setHeaderText(ui.text("account.window.signInHeader"));
        ButtonType signIn = new ButtonType(ui.text("account.window.signIn"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(ui.text("account.window.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(signIn, quit);
        if (ui.dialogs().owner() != null) { // not prepare(): its standard words would replace Đăng nhập / Thoát
            dialog.initOwner(ui.dialogs().owner());
        }
        TextField login = new TextField();
        login.setId("signInLogin");
        login.textProperty().bindBidirectional(model.loginProperty());
        PasswordField password = new PasswordField();
        password.setId("signInPassword");
        password.textProperty().bindBidirectional(model.passwordProperty());
        Label message = new Label();
        message.setId("signInMessage");
        message.getStyleClass().add("problem-text");
        message.setStyle("-fx-text-fill: #b00020;");
        message.setWrapText(true);
        message.setMaxWidth(380);
        message.textProperty().bind(model.messageProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(ui.text("account.field.login")), login);
        grid.addRow(1, new Label(ui.text("account.field.password")), password);
        VBox box = new VBox(10, grid, message);
        box.setPadding(new Insets(10));
        box.setPrefWidth(420);
        dialog.getDialogPane().setContent(box);
        Button ok = (Button) dialog.getDialogPane().lookupButton(signIn);
        ok.setId("signInButton");
        ok.disableProperty().bind(model.busyProperty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes only once the service accepts the password
            model.signIn(user -> {
                dialog.setResult(user);
                dialog.close();
            });
        });
        dialog.getDialogPane().lookupButton(quit).setId("signInQuit");
        dialog.setResultConverter(b -> null);
        dialog.setOnShown(e -> login.requestFocus());
    }

    /** Shows the dialog until an account signs in (present) or the person chooses Thoát (empty). */
    public Optional<Session.User> ask() {
        Optional<Session.User> r = dialog.showAndWait();
        return r.isPresent() ? r : Optional.ofNullable(dialog.getResult());
    }
}
