package vn.tdkt.common.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import vn.tdkt.common.domain.Field;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;

/**
 * An edit dialog: labelled fields with ControlsFX validation (required fields, dd/MM/yyyy dates), a save that
 * runs in the background, and the service's {@link ValidationException} problems put back on the fields they
 * name: the typed {@link Problem#field()} (fields added with {@link #field(Field, Control, boolean)}), or the
 * column name {@link Problem#column()} for code not yet moved to typed fields. OK (Enter) closes only after a successful save; Esc cancels.
 *
 * @param <R> what the save returns, and the dialog's result
 */
public final class FormDialog<R> extends Dialog<R> {

    private record ServerError(String message, Object value) {
    }

    /** The style class of a control the service's problems name (until the next save). */
    public static final String FIELD_ERROR = "field-error";

    private final Messages messages;
    private final DialogService dialogs;
    private final TaskExecutor runner;
    private final GridPane grid = new GridPane();
    private final VBox body;
    private final Label problemsLabel = new Label();
    private final ValidationSupport validation = new ValidationSupport();
    private final Map<String, Control> byField = new HashMap<>();
    private final Map<Field, Control> byTypedField = new HashMap<>();
    private final Map<Control, ServerError> serverErrors = new HashMap<>();
    private final Map<Control, Validator<Object>> validators = new LinkedHashMap<>();
    private final List<Runnable> validatorsToRegister = new ArrayList<>();
    private final ButtonType okType;
    private Supplier<Function<vn.tdkt.common.domain.Progress, R>> save;
    private Supplier<List<Problem>> check;
    /** The fields' values when the form was shown: closing with other values asks first. */
    private final Map<Control, Object> initial = new HashMap<>();
    private boolean saved;
    private int rows;

    public FormDialog(DialogService dialogs, TaskExecutor runner, String title) {
        this.dialogs = dialogs;
        this.messages = dialogs.messages();
        this.runner = runner;
        setTitle(title);
        setHeaderText(title);
        dialogs.prepare(this); // the window's dialog: its owner, its tables' menu and keys
        okType = new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(okType, cancel);
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labelsCol = new ColumnConstraints();
        labelsCol.setMinWidth(150);
        ColumnConstraints fieldsCol = new ColumnConstraints(320);
        fieldsCol.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labelsCol, fieldsCol);
        problemsLabel.setId("formProblems");
        problemsLabel.setWrapText(true);
        problemsLabel.setMaxWidth(480);
        problemsLabel.setStyle("-fx-text-fill: #b00020;");
        problemsLabel.managedProperty().bind(problemsLabel.textProperty().isNotEmpty());
        body = new VBox(12, grid, problemsLabel);
        getDialogPane().setContent(body);
        validation.setErrorDecorationEnabled(false);
        setResultConverter(bt -> null);
        // Dialog fires DIALOG_SHOWN before it sets its scene's root and shows; register right after that
        setOnShown(e -> Platform.runLater(() -> {
            validatorsToRegister.forEach(Runnable::run);
            validators.keySet().forEach(c -> initial.put(c, FieldValues.current(c)));
        }));
        setOnCloseRequest(e -> {
            if (!saved && edited() && !dialogs.confirm(messages.get("window.form.discardTitle"), messages.get("window.form.discard"))) {
                e.consume();
            }
        });
        Button ok = (Button) getDialogPane().lookupButton(okType);
        ok.setId("okButton");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            submit();
        });
    }

    /**
     * Adds a labelled field.
     *
     * @param field    the field name the service uses in {@link Problem#column()}, or null
     * @param required true for a field that must be filled
     */
    public <C extends Control> C field(String label, C control, String field, boolean required) {
        grid.addRow(rows++, new Label(label + (required ? " *" : "")), control);
        GridPane.setHgrow(control, Priority.ALWAYS);
        control.setMaxWidth(Double.MAX_VALUE);
        if (field != null) {
            byField.put(field, control);
        }
        Validator<Object> validator = validator(label, required);
        validators.put(control, validator);
        // ControlsFX decorations wrap the scene's root: register once the dialog's own scene is in place
        validatorsToRegister.add(() -> validation.registerValidator(control, required, validator));
        return control;
    }

    /**
     * Adds a field a view model or service reports problems on by its typed key ({@link Problem#field()}); the label
     * is the bundle text of {@link Field#labelKey()}.
     */
    public <C extends Control> C field(Field field, C control, boolean required) {
        C c = field(dialogs.messages().get(field.labelKey()), control, (String) null, required);
        byTypedField.put(field, c);
        return c;
    }

    /**
     * Puts the form's own layout (tabs, a wider grid) in place of the labelled rows; its controls are registered
     * with {@link #register}. The problems stay listed under it.
     */
    public void content(Node layout) {
        body.getChildren().set(0, layout);
        VBox.setVgrow(layout, Priority.ALWAYS);
    }

    /**
     * Registers a control laid out by the caller: it gets the same checks as a {@link #field} (required, dd/MM/yyyy)
     * and shows the service's problems on the typed field it names.
     */
    public <C extends Control> C register(String label, C control, Field field, boolean required) {
        if (field != null) {
            byTypedField.put(field, control);
        }
        Validator<Object> validator = validator(label, required);
        validators.put(control, validator);
        validatorsToRegister.add(() -> validation.registerValidator(control, required, validator));
        return control;
    }

    /** Shows the service's problems on the typed field on this control too (a control added with {@link #field}). */
    public void bind(Field field, Control control) {
        byTypedField.put(field, control);
    }

    /**
     * Adds a labelled field that the service's problems point at by their typed {@link Problem#field()}.
     *
     * @param required true for a field that must be filled
     */
    public <C extends Control> C field(Field field, String label, C control, boolean required) {
        byTypedField.put(field, control);
        return field(label, control, (String) null, required);
    }

    /** Adds a full-width node (a hint, a separator). */
    public void note(Node node) {
        grid.add(node, 0, rows++, 2, 1);
    }

    /**
     * Sets the save: {@code readForm} runs on the FX thread when OK is pressed and the fields are valid; it
     * returns the work that runs in the background (the service call).
     */
    public void onSave(Supplier<Function<vn.tdkt.common.domain.Progress, R>> readForm) {
        this.save = readForm;
    }

    /**
     * Sets the form's complete check (a form model: empty fields, impossible dates, the rules shared with the import):
     * on OK every problem it finds is shown at once, on its field and in the list, before anything is saved.
     */
    public void checkWith(Supplier<List<Problem>> formCheck) {
        this.check = formCheck;
    }

    private Validator<Object> validator(String label, boolean required) {
        return (c, value) -> {
            ServerError server = serverErrors.get(c);
            if (server != null && Objects.equals(server.value(), value)) {
                return ValidationResult.fromError(c, server.message());
            }
            if (c instanceof DatePicker dp && !dp.getEditor().getText().isBlank()
                    && dp.getConverter().fromString(dp.getEditor().getText()) == null) {
                return ValidationResult.fromError(c, label + ": "
                        + messages.text(vn.tdkt.common.domain.FormInput.dateProblem(dp.getEditor().getText().strip())));
            }
            return ValidationResult.fromErrorIf(c, messages.format("form.required", label), required && FieldValues.isEmpty(value));
        };
    }

    private void submit() {
        validators.keySet().forEach(FieldValues::commitEditor);
        validation.setErrorDecorationEnabled(true);
        if (check != null) {
            List<Problem> found = check.get();
            if (!found.isEmpty()) {
                showServerProblems(found);
                return;
            }
            serverErrors.clear();
        }
        validation.revalidate();
        if (!showProblems(List.of())) {
            return;
        }
        Function<vn.tdkt.common.domain.Progress, R> work = save.get();
        Node ok = getDialogPane().lookupButton(okType);
        ok.setDisable(true);
        problemsLabel.setText("");
        runner.run(getTitle(), work, result -> {
            ok.setDisable(false);
            saved = true;
            setResult(result);
        }, error -> {
            ok.setDisable(false);
            if (error instanceof ValidationException ve) {
                showServerProblems(ve.problems());
            } else {
                dialogs.error(error);
            }
        });
    }

    /** Puts each problem on the field it names; the rest are listed under the form. */
    private void showServerProblems(List<Problem> problems) {
        serverErrors.clear();
        validators.keySet().forEach(c -> c.getStyleClass().remove(FIELD_ERROR));
        List<String> unplaced = new ArrayList<>();
        for (Problem p : problems) {
            Control c = p.row() > 0 ? null : controlOf(p);
            String text = p.describeInForm(messages.locale());
            if (c == null) {
                unplaced.add(text);
            } else {
                serverErrors.putIfAbsent(c, new ServerError(text, FieldValues.current(c)));
                if (!c.getStyleClass().contains(FIELD_ERROR)) {
                    c.getStyleClass().add(FIELD_ERROR);
                }
            }
        }
        validation.revalidate();
        showProblems(unplaced);
    }

    /** The control of the problem's typed field, else of its column name (code not yet moved to typed fields). */
    Control controlOf(Problem p) {
        if (p.field() != null && byTypedField.containsKey(p.field())) {
            return byTypedField.get(p.field());
        }
        return p.column() == null ? null : byField.get(p.column());
    }

    /**
     * Lists every field's problem (checked here and now: ControlsFX updates its own result later) plus the extra
     * ones under the form; true when there is nothing to list.
     */
    private boolean showProblems(List<String> extra) {
        List<String> lines = new ArrayList<>();
        validators.forEach((c, v) -> v.apply(c, FieldValues.current(c)).getErrors().forEach(m -> lines.add("• " + m.getText())));
        extra.forEach(e -> lines.add("• " + e));
        problemsLabel.setText(String.join("\n", lines));
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
        return lines.isEmpty();
    }

    /** True when a field holds something else than when the form was shown. */
    boolean edited() {
        return !initial.isEmpty() && validators.keySet().stream().anyMatch(c -> !Objects.equals(initial.get(c), FieldValues.current(c)));
    }
}
