package vn.tdkt.account.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.tdkt.common.domain.Role;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.common.ui.UiText;

/** Tài khoản: the accounts table, the add form beside it, Khoá / Mở khoá / Đặt lại mật khẩu under it. */
public final class AccountsView implements Screen {

    private final Ui ui;
    private final AccountsModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<AccountRow> table = new TableView<>();
    private final TextField login = new TextField();
    private final TextField fullName = new TextField();
    private final ComboBox<Role> role = new ComboBox<>();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirm = new PasswordField();

    public AccountsView(Ui ui, AccountsModel model) {
        this.ui = ui;
        this.model = model;
        build();
    }

    private void build() {
        Label title = UiText.pageTitle(ui.text("account.window.title"));
        Label hint = new Label(ui.text("account.window.singleUserHint"));
        hint.setId("singleUserHint");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.visibleProperty().bind(model.singleUserProperty());
        hint.managedProperty().bind(hint.visibleProperty());
        Label refusal = new Label();
        refusal.setId("accountsRefusal");
        refusal.setWrapText(true);
        refusal.setStyle("-fx-text-fill: #b00020; -fx-font-weight: bold;");
        refusal.textProperty().bind(model.refusalProperty());
        refusal.visibleProperty().bind(model.refusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        VBox top = new VBox(6, title, hint, refusal);
        top.setPadding(new Insets(0, 0, 10, 0));

        table.setId("accountTable");
        table.setItems(model.rows());
        table.setPlaceholder(new Label(ui.text("account.window.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                UiFormat.<AccountRow>textColumn(ui.text("account.field.login"), 110, AccountRow::login),
                UiFormat.<AccountRow>textColumn(ui.text("account.field.full_name"), 160, AccountRow::fullName),
                UiFormat.<AccountRow>textColumn(ui.text("account.field.role"), 165, AccountRow::role),
                UiFormat.<AccountRow>textColumn(ui.text("account.window.col.state"), 110, AccountRow::state),
                UiFormat.<AccountRow>textColumn(ui.text("account.window.col.lastSignIn"), 170, AccountRow::lastSignIn)));
        Button disable = selectionButton("disableAccountButton", "account.window.disable", model::disable);
        disable.disableProperty().bind(Bindings.createBooleanBinding(() -> selected() == null || selected().disabled(),
                table.getSelectionModel().selectedItemProperty()));
        Button enable = selectionButton("enableAccountButton", "account.window.enable", model::enable);
        enable.disableProperty().bind(Bindings.createBooleanBinding(() -> selected() == null || !selected().disabled(),
                table.getSelectionModel().selectedItemProperty()));
        Button reset = selectionButton("resetPasswordButton", "account.window.reset",
                row -> PasswordTwiceDialog.ask(ui, row.login()).ifPresent(pw -> model.resetPassword(row, pw[0], pw[1])));
        reset.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Label info = new Label();
        info.setId("accountInfo");
        info.setWrapText(true);
        info.textProperty().bind(model.infoProperty());
        HBox actions = new HBox(8, disable, enable, reset, info);
        VBox center = new VBox(8, table, actions);
        VBox.setVgrow(table, Priority.ALWAYS);

        root.setTop(top);
        root.setCenter(center);
        root.setRight(form());
        BorderPane.setMargin(root.getRight(), new Insets(0, 0, 0, 12));
        root.setPadding(new Insets(12));
        center.disableProperty().bind(model.refusalProperty().isNotEmpty());
        root.getRight().disableProperty().bind(model.refusalProperty().isNotEmpty());
    }

    private Node form() {
        login.setId("accountLogin");
        fullName.setId("accountFullName");
        role.setId("accountRole");
        role.getItems().setAll(model.roles());
        role.setPromptText(ui.text("account.window.rolePrompt"));
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role r) {
                return r == null ? "" : ui.messages().label(r);
            }

            @Override
            public Role fromString(String s) {
                return null;
            }
        });
        role.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Role r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : ui.messages().label(r));
            }
        });
        role.setButtonCell(new ListCell<>() { // the prompt again after the form is cleared (a ComboBox drops it)
            @Override
            protected void updateItem(Role r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? role.getPromptText() : ui.messages().label(r));
            }
        });
        role.setMaxWidth(Double.MAX_VALUE);
        password.setId("accountPassword");
        confirm.setId("accountConfirm");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(ui.text("account.field.login")), login);
        grid.addRow(1, new Label(ui.text("account.field.full_name")), fullName);
        grid.addRow(2, new Label(ui.text("account.field.role")), role);
        grid.addRow(3, new Label(ui.text("account.field.password")), password);
        grid.addRow(4, new Label(ui.text("account.field.confirm")), confirm);
        Button add = new Button(ui.text("account.window.add"));
        add.setId("addAccountButton");
        add.setDefaultButton(false);
        add.setOnAction(e -> model.add(login.getText(), fullName.getText(), role.getValue(), password.getText(),
                confirm.getText(), this::clearForm));
        Label problems = new Label();
        problems.setId("accountProblems");
        problems.setWrapText(true);
        problems.setMaxWidth(300);
        problems.setStyle("-fx-text-fill: #b00020;");
        problems.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", model.problems()), model.problems()));
        VBox box = new VBox(10, UiText.section(ui, "account.window.addTitle"), grid, add, problems);
        box.setPrefWidth(300);
        box.setMinWidth(300);
        return box;
    }

    private void clearForm() {
        login.clear();
        fullName.clear();
        role.setValue(null);
        password.clear();
        confirm.clear();
    }

    private AccountRow selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private Button selectionButton(String id, String key, java.util.function.Consumer<AccountRow> action) {
        Button b = new Button(ui.text(key));
        b.setId(id);
        b.setOnAction(e -> {
            if (selected() != null) {
                action.accept(selected());
            }
        });
        return b;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        model.refresh();
    }
}
