package vn.tdkt.common.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.record.domain.RecordField;

/** FormDialog puts a problem on the control of its typed field, and still on the control of its column name. */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class FormDialogFieldsFxTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    private record Built(FormDialog<String> dialog, TextField typed, TextField byColumn) {
    }

    private static Built build(String language) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Messages m = Messages.of(language);
            FormDialog<String> d = new FormDialog<>(new DialogService(m), new TaskRunner(), "t");
            TextField typed = d.field(RecordField.DECISION_NO, new TextField(), true);
            TextField byColumn = d.field("Năm", new TextField(), "Năm", true);
            return new Built(d, typed, byColumn);
        }).get();
    }

    @Test
    void typedFieldsAndColumnNamesFindTheirControls() throws Exception {
        Built b = build("vi");
        Msg text = Msg.of("record.problem.noDecisionNo");
        Control typed = b.dialog().controlOf(Problem.of(RecordField.DECISION_NO, text));
        assertSame(b.typed(), typed);
        assertSame(b.byColumn(), b.dialog().controlOf(new Problem(null, 0, "Năm", text)));
        assertNull(b.dialog().controlOf(Problem.of(RecordField.AUTHORITY, text)), "a field the form does not show");
        assertNull(b.dialog().controlOf(Problem.file(text)));
    }

    @Test
    void theTypedFieldsLabelComesFromTheBundleInTheDialogsLanguage() throws Exception {
        assertEquals("Decision no.", Messages.of("en").get(RecordField.DECISION_NO.labelKey()));
        Built en = build("en");
        Problem p = Problem.of(RecordField.DECISION_NO, Msg.of("record.problem.noDecisionNo"));
        assertSame(en.typed(), en.dialog().controlOf(p));
        assertEquals("Decision no.: the decision number is missing", p.describe(Messages.of("en").locale()));
    }
}
