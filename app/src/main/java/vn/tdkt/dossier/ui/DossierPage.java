package vn.tdkt.dossier.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.FormDialog;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.dossier.domain.AttachmentRules;
import vn.tdkt.dossier.domain.AttachmentType;
import vn.tdkt.dossier.domain.ComponentStatus;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierStatus;
import vn.tdkt.dossier.domain.DossierWorkflow;
import vn.tdkt.dossier.domain.Finding;
import vn.tdkt.dossier.domain.LogEntry;
import vn.tdkt.dossier.domain.Procedure;
import vn.tdkt.dossier.domain.SubjectView;
import vn.tdkt.dossier.ui.DossierPageModel.Loaded;

/**
 * One dossier, bound to a {@link DossierPageModel}: its data and subjects, the component checklist with its files
 * ("Đính kèm tệp…" stores a file in the background), the checks for the next status (blocking red, warnings orange),
 * a button per status it may move to (a blocked move shows its findings in the dialog; trả lại asks for the reason)
 * and the change log.
 */
public final class DossierPage implements Screen {

    private static final String WARNING_STYLE = "-fx-text-fill: #c25e00;";
    private static final double ROW_HEIGHT = 24;

    private final Ui ui;
    private final DossierPageModel model;
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final Label status = new Label();
    private final HBox moves = new HBox(6);
    private final GridPane info = new GridPane();
    private final TableView<SubjectView> subjects = new TableView<>();
    private final TableView<ComponentStatus> checklist = new TableView<>();
    private final VBox checks = new VBox(4);
    private final Label checksTitle = new Label();
    private final TableView<LogEntry> log = new TableView<>();
    private final vn.tdkt.audit.ui.ChangeHistoryPane changes;
    private final Button attach = new Button();
    private final Button generate = new Button();
    private final Label generated = new Label();
    private final DatePicker noticeDate = UiFormat.datePicker("noticeDatePicker");
    private final Button saveNotice = new Button();

    DossierPage(Ui ui, DossierPageModel model, Runnable back, vn.tdkt.audit.ui.ChangeHistoryPane changes) {
        this.ui = ui;
        this.changes = changes;
        this.model = model;
        model.onError(ui.dialogs()::error);
        build(back);
        model.loadedProperty().addListener((obs, o, loaded) -> show(loaded));
    }

    private void build(Runnable back) {
        DossierColumns columns = new DossierColumns(ui);
        Button backButton = new Button(ui.text("dossier.page.back"));
        backButton.setId("dossierBackButton");
        backButton.setOnAction(e -> back.run());
        title.setId("dossierTitle");
        title.getStyleClass().add("page-title");
        status.setId("dossierStatus");
        status.setStyle("-fx-background-color: #dde6f2; -fx-background-radius: 4; -fx-padding: 3 8 3 8; -fx-font-weight: bold;");
        moves.setId("statusButtons");
        moves.setAlignment(Pos.CENTER_RIGHT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(10, backButton, title, status, gap, moves);
        header.setAlignment(Pos.CENTER_LEFT);

        info.setId("dossierInfo");
        info.setHgap(12);
        info.setVgap(4);

        subjects.setId("subjectTable");
        subjects.setPlaceholder(new Label(ui.text("dossier.page.noSubjects")));
        subjects.setPrefHeight(170);
        subjects.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        subjects.getColumns().setAll(columns.subjects());

        checksTitle.getStyleClass().add("section-title");
        checks.setId("checksBox");
        ScrollPane checksScroll = new ScrollPane(checks);
        checksScroll.setFitToWidth(true);
        checksScroll.setPrefHeight(170);
        VBox checksPane = new VBox(4, checksTitle, checksScroll);
        VBox subjectsPane = new VBox(4, section("dossier.page.subjects"), subjects);
        HBox.setHgrow(subjectsPane, Priority.ALWAYS);
        HBox.setHgrow(checksPane, Priority.ALWAYS);
        subjectsPane.setPrefWidth(420);
        checksPane.setPrefWidth(520);
        HBox middle = new HBox(14, subjectsPane, checksPane);

        checklist.setId("checklistTable");
        checklist.setPlaceholder(new Label(ui.text("common.noData")));
        checklist.setFixedCellSize(ROW_HEIGHT);
        // as tall as its lines: the page scrolls, the table does not
        checklist.prefHeightProperty().bind(Bindings.size(checklist.getItems()).multiply(ROW_HEIGHT).add(ROW_HEIGHT + 6));
        checklist.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        checklist.getColumns().setAll(columns.checklist());
        attach.setText(ui.text("dossier.page.attach"));
        attach.setId("attachButton");
        attach.setOnAction(e -> attachFile());
        attach.disableProperty().bind(checklist.getSelectionModel().selectedItemProperty().isNull());
        Label attachHint = new Label(ui.format("dossier.page.attachHint", AttachmentRules.acceptedList()));
        attachHint.getStyleClass().add("hint");
        generate.setText(ui.text("dossier.page.generate"));
        generate.setId("generateButton");
        generate.setOnAction(e -> model.generate(checklist.getSelectionModel().getSelectedItem()));
        generate.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !model.writes(checklist.getSelectionModel().getSelectedItem()),
                        checklist.getSelectionModel().selectedItemProperty()));
        generated.setId("generatedResult");
        generated.setWrapText(true);
        generated.setStyle(WARNING_STYLE);
        generated.textProperty().bind(Bindings.createStringBinding(() -> model.generatedProperty().get() == null ? ""
                : model.generatedProperty().get().text(), model.generatedProperty()));
        HBox checklistHeader = new HBox(10, section("dossier.page.checklist"), attach, generate, attachHint);
        checklistHeader.setAlignment(Pos.CENTER_LEFT);

        log.setId("logTable");
        log.setPlaceholder(new Label(ui.text("common.noData")));
        log.setPrefHeight(120);
        log.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        log.getColumns().setAll(columns.log());

        noticeDate.setMaxWidth(140);
        saveNotice.setText(ui.text("dossier.page.noticeSave"));
        saveNotice.setId("saveNoticeButton");
        saveNotice.setOnAction(e -> model.saveNoticeStart(noticeDate.getEditor().getText(), noticeDate.getConverter()::fromString));
        Label noticeName = new Label(ui.text("dossier.page.notice"));
        noticeName.getStyleClass().add("field-name");
        Label noticeHint = new Label(ui.text("dossier.page.noticeHint"));
        noticeHint.getStyleClass().add("hint");
        HBox noticeRow = new HBox(8, noticeName, noticeDate, saveNotice, noticeHint);
        noticeRow.setAlignment(Pos.CENTER_LEFT);

        VBox body = new VBox(8, info, noticeRow, middle, checklistHeader, checklist, generated, section("dossier.page.log"),
                log, section("audit.history.title"), changes.view());
        changes.view().setPrefHeight(220);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-background-color: transparent; -fx-background: #f4f6f9;");
        root.setTop(header);
        BorderPane.setMargin(header, new Insets(0, 0, 10, 0));
        root.setCenter(scroll);
        root.setPadding(new Insets(12));
    }

    private Label section(String key) {
        Label l = new Label(ui.text(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        model.refresh();
        changes.refresh();
    }

    private void show(Loaded loaded) {
        Dossier d = loaded.dossier();
        title.setText(ui.format("dossier.page.title", d.code(), loaded.awardName()));
        status.setText(ui.messages().label(d.status()));
        info.getChildren().clear();
        infoCell(0, 0, "dossier.field.level", loaded.levelName());
        infoCell(0, 2, d.achievementYear() != null ? "dossier.field.year" : "dossier.field.movement", DossiersView.period(d));
        infoCell(1, 0, "dossier.field.unit", loaded.unitName());
        infoCell(1, 2, "dossier.field.procedure", d.procedure() == Procedure.DON_GIAN && d.simplifiedCase() != null
                ? ui.messages().label(d.procedure()) + " — " + ui.messages().label(d.simplifiedCase())
                : ui.messages().label(d.procedure()));
        Label deadline = infoCell(2, 0, "dossier.field.deadline",
                d.deadline() == null ? ui.text("dossier.page.noDeadline") : VnFormat.date(d.deadline()));
        deadline.setId("dossierDeadline");
        if (d.deadline() != null && d.deadline().isBefore(LocalDate.now()) && d.status().acceptsFiles()) {
            deadline.getStyleClass().add("error-text");
        }
        infoCell(2, 2, "dossier.field.regime", loaded.regimeName());

        subjects.getItems().setAll(loaded.subjects());
        ComponentStatus selected = checklist.getSelectionModel().getSelectedItem();
        checklist.getItems().setAll(loaded.checklist());
        if (selected != null) {
            loaded.checklist().stream().filter(cs -> cs.item().component().equals(selected.item().component())).findFirst()
                    .ifPresent(cs -> checklist.getSelectionModel().select(cs));
        }
        attach.setVisible(d.status().acceptsFiles());
        generate.setVisible(d.status().acceptsFiles());
        noticeDate.setValue(d.noticeStart());
        noticeDate.setDisable(!d.status().acceptsFiles());
        saveNotice.setDisable(!d.status().acceptsFiles());
        log.getItems().setAll(loaded.log());

        Optional<DossierStatus> next = DossierWorkflow.next(d.status(), d.procedure());
        checksTitle.setText(next.map(s -> ui.format("dossier.page.checksFor", s)).orElse(ui.text("dossier.page.checks")));
        checks.getChildren().setAll(findingLabels(loaded.checks()));

        moves.getChildren().clear();
        DossierWorkflow.targets(d.status(), d.procedure()).stream().sorted().forEach(target -> {
            Button b = new Button(ui.format("dossier.page.moveTo", target));
            b.setId("move_" + target.name());
            b.setOnAction(e -> model.checkMove(target, findings -> move(d, target, findings)));
            moves.getChildren().add(b);
        });
    }

    private Label infoCell(int row, int col, String key, String value) {
        Label name = new Label(ui.text(key));
        name.getStyleClass().add("field-name");
        Label v = new Label(value);
        v.setWrapText(true);
        info.add(name, col, row);
        info.add(v, col + 1, row);
        return v;
    }

    /** One label per finding, blocking ones red and warnings orange; a green line when there is nothing. */
    private List<Label> findingLabels(List<Finding> findings) {
        if (findings.isEmpty()) {
            Label ok = new Label(ui.text("dossier.page.noFindings"));
            ok.getStyleClass().add("ok-text");
            return List.of(ok);
        }
        return findings.stream().map(f -> {
            Label l = new Label(ui.format("dossier.page.finding", f.severity(), f.text()));
            l.setWrapText(true);
            l.getStyleClass().add("finding");
            if (f.isBlocking()) {
                l.getStyleClass().add("error-text");
            } else {
                l.setStyle(WARNING_STYLE);
            }
            return l;
        }).toList();
    }

    private void attachFile() {
        ComponentStatus target = checklist.getSelectionModel().getSelectedItem();
        String[] patterns = Arrays.stream(AttachmentType.values()).map(t -> "*." + t.ext()).toArray(String[]::new);
        ui.dialogs().chooseOpen(ui.text("dossier.page.attach"), ui.text("dossier.page.attachFilter"), patterns)
                .ifPresent(file -> model.attach(target.item().component().code(), file));
    }

    /** Asks for the note (the reason of a return) beside the move's findings, and moves. */
    private void move(Dossier d, DossierStatus target, List<Finding> findings) {
        FormDialog<List<Finding>> dialog = new FormDialog<>(ui.dialogs(), ui.tasks(), ui.format("dossier.move.title", d.code(), target));
        boolean returning = target == DossierStatus.TRA_LAI;
        if (!returning) {
            VBox box = new VBox(4, findingLabels(findings).toArray(Node[]::new));
            box.setId("moveFindings");
            box.setMaxWidth(480);
            dialog.note(box);
        }
        TextArea note = dialog.field(ui.text(returning ? "dossier.move.reason" : "dossier.move.note"), new TextArea(), null,
                returning);
        note.setId("moveNote");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setPromptText(ui.text(returning ? "dossier.move.reasonHint" : "dossier.move.noteHint"));
        dialog.onSave(() -> model.move(target, note.getText()));
        dialog.showAndWait().ifPresent(warnings -> model.refresh());
    }
}
