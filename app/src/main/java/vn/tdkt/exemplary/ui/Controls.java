package vn.tdkt.exemplary.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import vn.tdkt.common.ui.Ui;

/** Small builders the exemplary screens share: bound fields, combos, buttons and tables with ids. */
final class Controls {

    private final Ui ui;

    Controls(Ui ui) {
        this.ui = ui;
    }

    TextField field(String id, StringProperty value, String promptKey, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        if (promptKey != null) {
            f.setPromptText(ui.text(promptKey));
        }
        if (columns > 0) {
            f.setPrefColumnCount(columns);
        }
        return f;
    }

    <T> ComboBox<T> combo(String id, ObservableList<T> items, Property<T> value, Function<T, String> text) {
        ComboBox<T> c = new ComboBox<>(items);
        c.setId(id);
        c.setConverter(converter(text));
        c.valueProperty().bindBidirectional(value);
        return c;
    }

    /**
     * A combo whose box says its prompt whenever it holds no value: JavaFX shows the prompt only until a first value
     * is chosen, and a box set back to none (after a request is made, a milestone followed) stays blank.
     */
    <T> ComboBox<T> prompted(ComboBox<T> c, String promptKey) {
        String prompt = ui.text(promptKey);
        c.setPromptText(prompt);
        c.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? prompt : c.getConverter().toString(item));
            }
        });
        return c;
    }

    Button button(String id, String key, Runnable action) {
        Button b = new Button(ui.text(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    <T> TableView<T> table(String id, ObservableList<T> items, List<TableColumn<T, ?>> columns) {
        TableView<T> t = new TableView<>(items);
        t.setId(id);
        t.setPlaceholder(new Label(ui.text("common.noData")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().setAll(columns);
        return t;
    }

    Label label(String key) {
        return new Label(ui.text(key));
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
