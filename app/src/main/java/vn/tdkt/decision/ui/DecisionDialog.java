package vn.tdkt.decision.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tdkt.common.domain.Field;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.ui.Fields;
import vn.tdkt.common.ui.FormDialog;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionField;
import vn.tdkt.decision.domain.StoredDraft;
import vn.tdkt.decision.ui.DecisionDialogModel.Line;
import vn.tdkt.decision.ui.DecisionDialogModel.SignerMode;
import vn.tdkt.movement.domain.MovementChoice;
import vn.tdkt.record.domain.AwardFormType;

/**
 * Lập quyết định khen thưởng, bound to a {@link DecisionDialogModel}. Tab "Thông tin quyết định": the particulars;
 * tab "Danh sách khen thưởng": people, units or a household added with a kind that suits them, each line's money
 * and the total computed live by the model. OK saves through {@link FormDialog} (in the background); the service's
 * problems are put on the fields they name and listed under the form, which stays open.
 */
final class DecisionDialog<R> {

    private final Ui ui;
    private final DecisionDialogModel model;
    private final FormDialog<R> dialog;

    /** Lập quyết định: the save records the decision with its number and date. */
    static DecisionDialog<Decision> of(Ui ui, DecisionDialogModel model) {
        return new DecisionDialog<>(ui, model, "decision.draft.title", "decision.draft.save", model::save);
    }

    /** Sửa dự thảo: the model edits a stored draft; the save writes it back, still a draft (number and date at issue). */
    static DecisionDialog<StoredDraft> draft(Ui ui, DecisionDialogModel model, String user) {
        return new DecisionDialog<>(ui, model, "decision.drafts.editTitle", "decision.drafts.saveDraft",
                () -> model.saveDraft(user));
    }

    private DecisionDialog(Ui ui, DecisionDialogModel model, String titleKey, String saveKey,
                           Supplier<Function<Progress, R>> save) {
        this.ui = ui;
        this.model = model;
        this.dialog = new FormDialog<>(ui.dialogs(), ui.tasks(), ui.text(titleKey));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        TabPane tabs = new TabPane(new Tab(ui.text("decision.draft.tabInfo"), infoPane()),
                new Tab(ui.text("decision.draft.tabList"), listPane()));
        tabs.setId("decisionTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(1180, 620);
        dialog.content(tabs);
        dialog.getDialogPane().getStylesheets().add(DecisionsView.STYLESHEET);
        dialog.getDialogPane().getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .findFirst().ifPresent(b -> ((Button) dialog.getDialogPane().lookupButton(b)).setText(ui.text(saveKey)));
        dialog.onSave(save);
        model.onError(ui.dialogs()::error);
    }

    Optional<R> showAndWait() {
        return dialog.showAndWait();
    }

    // ---------------------------------------------------------------- tab 1: the decision's particulars

    private Node infoPane() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        ColumnConstraints label = new ColumnConstraints(150);
        ColumnConstraints field = new ColumnConstraints(200, 400, Double.MAX_VALUE);
        field.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(label, field, label, field);

        TextField number = text("decisionNoField", model.number, "decision.field.numberHint");
        DatePicker date = UiFormat.datePicker("decisionDatePicker");
        date.valueProperty().bindBidirectional(model.date);
        TextField issuerParent = text("issuerParentField", model.issuerParent, null);
        TextArea issuer = new TextArea();
        issuer.setId("issuerField");
        issuer.setPrefRowCount(2);
        issuer.setPromptText(ui.text("decision.field.issuerHint"));
        issuer.textProperty().bindBidirectional(model.issuer);
        ComboBox<SignerMode> signerMode = Fields.combo("signerModeCombo", List.of(SignerMode.values()), m -> ui.text(m.labelKey()));
        signerMode.valueProperty().bindBidirectional(model.signerMode);
        TextField signerFor = text("signerForField", model.signerFor, "decision.field.signerForHint");
        signerFor.disableProperty().bind(model.signerMode.isEqualTo(SignerMode.DIRECT));
        ComboBox<AwardFormType> formType = Fields.combo("formTypeCombo", List.of(AwardFormType.values()), ui.messages()::label);
        formType.valueProperty().bindBidirectional(model.formType);
        Spinner<Integer> yearFrom = year("yearFromSpinner", model.yearFrom.get());
        Spinner<Integer> yearTo = year("yearToSpinner", model.yearTo.get());
        yearFrom.getValueFactory().valueProperty().bindBidirectional(model.yearFrom);
        yearTo.getValueFactory().valueProperty().bindBidirectional(model.yearTo);
        TextField goldBook = Fields.digits("goldBookStartField", 7);
        goldBook.setPromptText(ui.text("decision.field.goldBookHint"));
        goldBook.textProperty().bindBidirectional(model.goldBookStart);
        HBox years = new HBox(6, yearFrom, new Label("–"), yearTo);
        years.setAlignment(Pos.CENTER_LEFT);
        ListView<String> legalBasis = editableList("legalBasisList");
        legalBasis.setItems(model.legalBasis);
        legalBasis.setPrefHeight(118);
        ListView<String> copyTo = editableList("copyToList");
        copyTo.setItems(model.copyTo);
        copyTo.setPrefHeight(90);

        boolean draft = model.editsDraft();
        if (draft) {
            number.setDisable(true);
            number.setPromptText(ui.text("decision.drafts.numberAtIssue"));
        }
        int r = 0;
        add(g, r, 0, "decision.field.number", number, DecisionField.NUMBER, !draft);
        add(g, r++, 2, "decision.field.date", date, DecisionField.DATE, !draft);
        add(g, r, 0, "decision.field.issuerParent", issuerParent, null, false);
        add(g, r++, 2, "decision.field.issuer", issuer, DecisionField.ISSUER, true);
        add(g, r, 0, "decision.field.place", text("placeField", model.place, "decision.field.placeHint"), DecisionField.PLACE, true);
        add(g, r++, 2, "decision.field.authority", text("authorityField", model.authority, "decision.field.authorityHint"),
                DecisionField.AUTHORITY, true);
        TextField subject = text("subjectField", model.subject, "decision.field.subjectHint");
        add(g, r++, 0, "decision.field.subject", subject, DecisionField.SUBJECT, true);
        GridPane.setColumnSpan(subject, 3);
        add(g, r, 0, "decision.field.signerMode", signerMode, null, false);
        add(g, r++, 2, "decision.field.signerFor", signerFor, null, false);
        add(g, r, 0, "decision.field.signerPosition", text("signerPositionField", model.signerPosition,
                "decision.field.signerPositionHint"), DecisionField.SIGNER_TITLE, true);
        add(g, r++, 2, "decision.field.signerName", text("signerNameField", model.signerName, null), DecisionField.SIGNER_NAME, true);
        add(g, r, 0, "decision.field.formType", formType, DecisionField.FORM_TYPE, true);
        place(g, r++, 2, "decision.field.years", years, yearFrom, DecisionField.YEARS);
        add(g, r, 0, "decision.field.citation", text("citationField", model.citation, "decision.field.citationHint"), null, false);
        add(g, r++, 2, "decision.field.goldBookStart", goldBook, null, false);
        TextField executors = text("executorsField", model.executors, "decision.field.executorsHint");
        add(g, r++, 0, "decision.field.executors", executors, DecisionField.EXECUTORS, true);
        GridPane.setColumnSpan(executors, 3);
        ComboBox<MovementChoice> movement = Fields.combo("decisionMovementCombo", model.movements(), MovementChoice::label);
        movement.setPromptText(ui.text("decision.field.movementHint"));
        movement.valueProperty().bindBidirectional(model.movement);
        Button noMovement = new Button(ui.text("decision.field.noMovement"));
        noMovement.setId("decisionNoMovementButton");
        noMovement.setOnAction(e -> model.movement.set(null));
        HBox movementBox = new HBox(6, movement, noMovement);
        HBox.setHgrow(movement, Priority.ALWAYS);
        movement.setMaxWidth(Double.MAX_VALUE);
        g.add(label("decision.field.movement", false), 0, r);
        g.add(movementBox, 1, r++);
        dialog.register(ui.text("decision.field.movement"), movement, DecisionField.MOVEMENT, false);
        GridPane.setColumnSpan(movementBox, 3);
        Node basisBox = listBox(legalBasis);
        place(g, r++, 0, "decision.field.legalBasis", basisBox, legalBasis, DecisionField.LEGAL_BASIS);
        GridPane.setColumnSpan(basisBox, 3);
        Node copyBox = listBox(copyTo);
        place(g, r, 0, "decision.field.copyTo", copyBox, copyTo, DecisionField.COPY_TO);
        GridPane.setColumnSpan(copyBox, 3);
        ScrollPane scroll = new ScrollPane(g);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private TextField text(String id, javafx.beans.property.StringProperty value, String hintKey) {
        TextField t = Fields.text(id);
        t.textProperty().bindBidirectional(value);
        if (hintKey != null) {
            t.setPromptText(ui.text(hintKey));
        }
        return t;
    }

    private static Spinner<Integer> year(String id, int initial) {
        Spinner<Integer> s = new Spinner<>(1990, 2100, initial);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(100);
        return s;
    }

    /** A labelled control in the grid, checked by the form and showing the problems of its field. */
    private void add(GridPane g, int row, int col, String key, Control c, Field field, boolean required) {
        g.add(label(key, required || field != null), col, row);
        g.add(c, col + 1, row);
        c.setMaxWidth(Double.MAX_VALUE);
        dialog.register(ui.text(key), c, field, required && !model.editsDraft()); // a draft's header is checked at issue
    }

    /** A labelled box in the grid whose problems show on one of its controls (not checked as required by the form). */
    private void place(GridPane g, int row, int col, String key, Node box, Control target, Field field) {
        g.add(label(key, true), col, row);
        g.add(box, col + 1, row);
        dialog.register(ui.text(key), target, field, false);
    }

    private Label label(String key, boolean required) {
        Label l = new Label(ui.text(key) + (required ? " *" : ""));
        l.setWrapText(true);
        return l;
    }

    private static ListView<String> editableList(String id) {
        ListView<String> list = new ListView<>();
        list.setId(id);
        list.setEditable(true);
        list.setCellFactory(TextFieldListCell.forListView());
        return list;
    }

    /** A list of text lines edited in place (double click), with buttons to add and remove a line. */
    private Node listBox(ListView<String> list) {
        Button add = new Button(ui.text("decision.draft.addLine"));
        add.setId(list.getId() + "Add");
        add.setOnAction(e -> {
            list.getItems().add("");
            list.layout();
            list.edit(list.getItems().size() - 1);
        });
        Button remove = new Button(ui.text("decision.draft.removeLine"));
        remove.setId(list.getId() + "Remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> list.getItems().remove(list.getSelectionModel().getSelectedIndex()));
        HBox box = new HBox(8, list, new VBox(6, add, remove));
        HBox.setHgrow(list, Priority.ALWAYS);
        return box;
    }

    // ---------------------------------------------------------------- tab 2: the list

    private Node listPane() {
        DecisionPickers pickers = new DecisionPickers(ui, model);
        TableView<Line> table = DraftTable.of(ui, model);
        Button remove = new Button(ui.text("decision.draft.remove"));
        remove.setId("removeRecipientButton");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(table.getSelectionModel().getSelectedItems()));
        Label total = new Label();
        total.setId("draftTotal");
        total.getStyleClass().add("section-title");
        total.textProperty().bind(model.totalProperty());
        dialog.register(ui.text("decision.draft.tabList"), table, DecisionField.RECIPIENTS, false);
        BorderPane right = new BorderPane(table);
        HBox bottom = new HBox(12, remove, total);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(6, 0, 0, 0));
        right.setBottom(bottom);
        HBox box = new HBox(12, pickers.view(), right);
        HBox.setHgrow(right, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    static <T> ListCell<T> cell(Function<T, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        };
    }

}
