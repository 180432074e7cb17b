package vn.tdkt.common.ui;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableColumn;
import javafx.util.StringConverter;
import vn.tdkt.common.domain.VnFormat;

/** JavaFX glue for the Vietnamese formats of {@link VnFormat}: dd/MM/yyyy pickers and table columns. */
public final class UiFormat {

    /** dd/MM/yyyy both ways; text that is no date reads as empty. */
    public static final StringConverter<LocalDate> DATE = new StringConverter<>() {
        @Override
        public String toString(LocalDate d) {
            return VnFormat.date(d);
        }

        @Override
        public LocalDate fromString(String s) {
            return VnFormat.parseDate(s).orElse(null);
        }
    };

    private UiFormat() {
    }

    /** {@link #DATE}, but text that is no date is kept and shown back instead of being replaced. */
    static final class KeepingDateConverter extends StringConverter<LocalDate> {
        private String unreadable;

        @Override
        public String toString(LocalDate d) {
            if (d != null) {
                unreadable = null;
                return VnFormat.date(d);
            }
            return unreadable == null ? "" : unreadable;
        }

        @Override
        public LocalDate fromString(String s) {
            LocalDate d = VnFormat.parseDate(s).orElse(null);
            unreadable = d == null && s != null && !s.isBlank() ? s : null;
            return d;
        }
    }

    /**
     * A dd/MM/yyyy picker that never erases what was typed: text that is no date (31/02/1990) stays in the field, the
     * value is empty, and the form reports it ({@link vn.tdkt.common.domain.FormInput#dateProblem}). JavaFX's own
     * converter would put the last valid value back when the field loses focus.
     */
    public static DatePicker datePicker(String id) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setConverter(new KeepingDateConverter());
        p.setPromptText("dd/MM/yyyy"); // the house date format (VnFormat.DATE), the same in both languages
        p.setMaxWidth(Double.MAX_VALUE);
        return p;
    }

    /** A read-only text column. */
    public static <S> TableColumn<S, String> textColumn(String title, double width, Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }

    /** A read-only date column shown dd/MM/yyyy and sorted by date. */
    public static <S> TableColumn<S, LocalDate> dateColumn(String title, Function<S, LocalDate> value) {
        TableColumn<S, LocalDate> c = new TableColumn<>(title);
        c.setPrefWidth(100);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty ? null : VnFormat.date(d));
            }
        });
        return c;
    }
}
