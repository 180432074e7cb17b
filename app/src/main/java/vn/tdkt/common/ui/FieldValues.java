package vn.tdkt.common.ui;

import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextInputControl;

/** What a form's control holds, for {@link FormDialog}'s checks: its value, whether it is empty, its typed text committed. */
final class FieldValues {

    private FieldValues() {
    }

    /** The control's value as the clerk sees it (a date picker's typed text, a list's items), null for other controls. */
    static Object current(Control c) {
        if (c instanceof TextInputControl t) {
            return t.getText();
        }
        if (c instanceof DatePicker dp && dp.isEditable()) {
            return dp.getEditor().getText();
        }
        if (c instanceof ComboBoxBase<?> cb) {
            return cb.getValue();
        }
        if (c instanceof ChoiceBox<?> cb) {
            return cb.getValue();
        }
        if (c instanceof javafx.scene.control.Spinner<?> sp) {
            return sp.getValue();
        }
        if (c instanceof javafx.scene.control.ListView<?> lv) {
            return List.copyOf(lv.getItems());
        }
        return null;
    }

    /** A date typed but not yet committed (no Enter, no focus change) still counts; unreadable text stays for the validator. */
    static void commitEditor(Control c) {
        if (c instanceof DatePicker dp && dp.isEditable()) {
            String text = dp.getEditor().getText();
            java.time.LocalDate parsed = text == null || text.isBlank() ? null : dp.getConverter().fromString(text);
            if (parsed != null || text == null || text.isBlank()) {
                dp.setValue(parsed);
            }
        }
    }

    /** Nothing filled: null, blank text or an empty list. */
    static boolean isEmpty(Object value) {
        return value == null || value instanceof String s && s.isBlank() || value instanceof List<?> l && l.isEmpty();
    }
}
