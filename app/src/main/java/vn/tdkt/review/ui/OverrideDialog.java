package vn.tdkt.review.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.ui.FormDialog;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.common.ui.UiText;
import vn.tdkt.review.domain.OverrideField;
import vn.tdkt.review.domain.ParamOverride;
import vn.tdkt.review.domain.RuleKey;
import vn.tdkt.review.domain.RuleParam;
import vn.tdkt.review.service.ReviewService;

/** Sửa (ghi đè của tỉnh): a new value of one parameter from a date on, with the required reason; audited. */
final class OverrideDialog {

    private OverrideDialog() {
    }

    /** Shows the dialog; the saved override, or empty when cancelled. */
    static Optional<ParamOverride> show(Ui ui, ReviewService review, RuleParam param, LocalDate from, String user) {
        RuleKey key = param.key();
        FormDialog<ParamOverride> d = new FormDialog<>(ui.dialogs(), ui.tasks(), ui.text("review.override.title"));
        Label name = new Label(ui.messages().label(key));
        name.setWrapText(true);
        name.getStyleClass().add("section-title");
        d.note(name);
        Label current = new Label(ui.format("review.override.currentValue", ParamText.value(ui, key, param.value())));
        current.getStyleClass().add("hint");
        d.note(current);
        Label reference = UiText.data(new Label(param.reference())); // the law's own words, from the rule row
        reference.setWrapText(true);
        reference.setMaxWidth(480);
        reference.getStyleClass().add("hint");
        d.note(reference);
        Control valueControl;
        if (key.type() == RuleKey.Type.BOOLEAN) {
            ChoiceBox<Boolean> choice = new ChoiceBox<>();
            choice.setId("valueChoice");
            choice.getItems().setAll(Boolean.TRUE, Boolean.FALSE);
            choice.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(Boolean b) {
                    return b == null ? "" : ui.text(b ? "review.value.yes" : "review.value.no");
                }

                @Override
                public Boolean fromString(String s) {
                    return null;
                }
            });
            valueControl = d.field(OverrideField.VALUE, choice, true);
        } else {
            TextField text = new TextField();
            text.setId("valueField");
            text.setPromptText(ui.text(key.type() == RuleKey.Type.PERCENT ? "review.override.percentHint"
                    : "review.override.integerHint"));
            valueControl = d.field(OverrideField.VALUE, text, true);
        }
        DatePicker validFrom = d.field(ui.text("review.override.validFrom"), UiFormat.datePicker("validFromPicker"),
                null, true);
        validFrom.setValue(from);
        TextArea reason = new TextArea();
        reason.setId("reasonField");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setPromptText(ui.text("review.override.reasonHint"));
        d.field(ui.text("review.override.reason"), reason, null, true);
        Label hint = new Label(ui.text("review.override.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(480);
        hint.getStyleClass().add("hint");
        d.note(hint);
        d.onSave(() -> {
            String value = valueControl instanceof ChoiceBox<?> c ? (c.getValue() == null ? "" : String.valueOf(c.getValue()))
                    : ((TextField) valueControl).getText();
            LocalDate day = validFrom.getValue();
            String why = reason.getText();
            return p -> {
                try {
                    key.normalize(value);
                } catch (IllegalArgumentException e) {
                    throw new ValidationException(List.of(Problem.of(OverrideField.VALUE, ReviewService.badValue(key, value))));
                }
                return review.setOverride(key.name(), value, day, why, user);
            };
        });
        return d.showAndWait();
    }
}
