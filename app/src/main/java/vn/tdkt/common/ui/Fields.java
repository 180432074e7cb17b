package vn.tdkt.common.ui;

import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/** Form controls the edit dialogs share: pickers showing a label per item, and digits-only fields. */
public final class Fields {

    private Fields() {
    }

    public static TextField text(String id) {
        TextField t = new TextField();
        t.setId(id);
        return t;
    }

    /** A text field that accepts digits only, at most {@code max} of them. */
    public static TextField digits(String id, int max) {
        TextField t = text(id);
        t.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().matches("\\d{0," + max + "}") ? c : null));
        return t;
    }

    public static <T> ComboBox<T> combo(String id, List<T> items, Function<T, String> label) {
        ComboBox<T> c = new ComboBox<>(FXCollections.observableArrayList(items));
        c.setId(id);
        c.setConverter(converter(label));
        return c;
    }

    public static <T> ChoiceBox<T> choice(String id, List<T> items, Function<T, String> label) {
        ChoiceBox<T> c = new ChoiceBox<>(FXCollections.observableArrayList(items));
        c.setId(id);
        c.setConverter(converter(label));
        return c;
    }

    /** A display-only converter: the label of a value, "" for none. */
    public static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
