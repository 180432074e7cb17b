package vn.tdkt.connection.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiText;

/** Kết nối dữ liệu: embedded or a PostgreSQL server, Kiểm tra kết nối, Lưu; where the data is now. */
public final class ConnectionView implements Screen {

    private final ConnectionModel model;
    private final VBox root = new VBox(12);

    /** @param current where this window's data is now, in words */
    public ConnectionView(Ui ui, ConnectionModel model, String current) {
        this.model = model;
        ToggleGroup kind = new ToggleGroup();
        RadioButton embedded = new RadioButton(ui.text("connection.embedded"));
        embedded.setId("connectionEmbedded");
        embedded.setToggleGroup(kind);
        RadioButton server = new RadioButton(ui.text("connection.server"));
        server.setId("connectionServer");
        server.setToggleGroup(kind);
        server.selectedProperty().bindBidirectional(model.serverProperty());
        model.serverProperty().addListener((o, b, s) -> embedded.setSelected(!s));
        embedded.setSelected(!model.serverProperty().get());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(0, 0, 0, 24));
        grid.addRow(0, new Label(ui.text("connection.field.host")), field("connectionHost", model.hostProperty(), 260));
        grid.addRow(1, new Label(ui.text("connection.field.port")), field("connectionPort", model.portProperty(), 90));
        grid.addRow(2, new Label(ui.text("connection.field.database")), field("connectionDatabase", model.databaseProperty(), 200));
        grid.addRow(3, new Label(ui.text("connection.field.user")), field("connectionUser", model.userProperty(), 200));
        PasswordField password = new PasswordField();
        password.setId("connectionPassword");
        password.setPrefWidth(200);
        password.textProperty().bindBidirectional(model.passwordProperty());
        grid.addRow(4, new Label(ui.text("connection.field.password")), password);
        grid.disableProperty().bind(model.serverProperty().not());
        Label passwordHint = new Label(ui.text("connection.passwordHint"));
        passwordHint.getStyleClass().add("hint");
        passwordHint.setWrapText(true);
        passwordHint.setMaxWidth(760);

        Button test = new Button(ui.text("connection.test"));
        test.setId("connectionTestButton");
        test.disableProperty().bind(model.busyProperty());
        test.setOnAction(e -> model.test());
        Button save = new Button(ui.text("connection.save"));
        save.setId("connectionSaveButton");
        save.setOnAction(e -> model.save());
        Label message = new Label();
        message.setId("connectionMessage");
        message.setWrapText(true);
        message.setMaxWidth(760);
        message.textProperty().bind(model.messageProperty());
        message.styleProperty().bind(javafx.beans.binding.Bindings.when(model.failedProperty())
                .then("-fx-text-fill: #b00020;").otherwise("-fx-text-fill: #1b5e20;"));
        Label now = new Label(ui.format("connection.current", current));
        now.setWrapText(true);
        now.setMaxWidth(760);
        Label startHint = new Label(ui.text("connection.startHint"));
        startHint.getStyleClass().add("hint");
        startHint.setWrapText(true);
        startHint.setMaxWidth(760);

        root.getChildren().addAll(UiText.pageTitle(ui.text("connection.title")), now, embedded, server, grid, passwordHint,
                new HBox(8, test, save), message, startHint);
        root.setPadding(new Insets(12));
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, double width) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefWidth(width);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        model.load();
    }
}
