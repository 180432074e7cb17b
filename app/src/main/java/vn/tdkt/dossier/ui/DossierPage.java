package vn.tdkt.dossier.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.FormDialog;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.dossier.domain.Attachment;
import vn.tdkt.dossier.domain.AttachmentRules;
import vn.tdkt.dossier.domain.AttachmentType;
import vn.tdkt.dossier.domain.ChecklistItem;
import vn.tdkt.dossier.domain.ComponentStatus;
import vn.tdkt.dossier.domain.DecidingLevel;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierStatus;
import vn.tdkt.dossier.domain.DossierWorkflow;
import vn.tdkt.dossier.domain.Finding;
import vn.tdkt.dossier.domain.LogEntry;
import vn.tdkt.dossier.domain.Procedure;
import vn.tdkt.regime.domain.LegalRegime;
import vn.tdkt.dossier.domain.SubjectView;
import vn.tdkt.dossier.service.DossierService;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;

/**
 * One dossier: its data and subjects, the component checklist with its files ("Đính kèm tệp…" stores a file in the
 * background), the checks for the next status (blocking red, warnings orange), a button per status it may move to
 * (a blocked move shows its findings in the dialog; trả lại asks for the reason) and the change log.
 */
public final class DossierPage implements Screen {

    /** Writes the components the app generates and stores them with the dossier (wired by the main window). */
    public interface Writer {
        /** Whether the app writes that component. */
        boolean writes(String componentCode);

        /** Writes the component and stores it as the dossier's generated copy; runs off the FX thread. */
        Attachment write(long dossierId, String componentCode, String user, Progress progress);
    }

    private static final String WARNING_STYLE = "-fx-text-fill: #c25e00;";
    private static final double ROW_HEIGHT = 24;
    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private record Loaded(Dossier dossier, String awardName, String levelName, String unitName, String regimeName,
                          List<SubjectView> subjects, List<ComponentStatus> checklist, List<Finding> checks,
                          List<LogEntry> log) {
    }

    private final Ui ui;
    private final DossierService dossiers;
    private final CatalogueService catalogue;
    private final OrgService org;
    private final Writer writer;
    private final long dossierId;
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
    private final Button attach = new Button();
    private final Button generate = new Button();
    private final DatePicker noticeDate = UiFormat.datePicker("noticeDatePicker");
    private final Button saveNotice = new Button();
    private Loaded data;

    DossierPage(Ui ui, DossierService dossiers, CatalogueService catalogue, OrgService org, Writer writer, long dossierId,
                Runnable back) {
        this.ui = ui;
        this.writer = writer;
        this.dossiers = dossiers;
        this.catalogue = catalogue;
        this.org = org;
        this.dossierId = dossierId;
        build(back);
    }

    private void build(Runnable back) {
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
        subjects.getColumns().setAll(List.of(
                UiFormat.<SubjectView>textColumn(ui.text("dossier.subjectCol.kind"), 90, s -> s.subject().kind().label()),
                UiFormat.<SubjectView>textColumn(ui.text("dossier.subjectCol.name"), 190, SubjectView::displayName),
                UiFormat.<SubjectView>textColumn(ui.text("dossier.subjectCol.detail"), 200,
                        s -> s.detail() == null ? "" : s.detail())));

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
        checklist.prefHeightProperty().bind(Bindings.size(checklist.getItems())
                .multiply(ROW_HEIGHT).add(ROW_HEIGHT + 6));
        checklist.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        checklist.getColumns().setAll(checklistColumns());
        attach.setText(ui.text("dossier.page.attach"));
        attach.setId("attachButton");
        attach.setOnAction(e -> attachFile());
        attach.disableProperty().bind(checklist.getSelectionModel().selectedItemProperty().isNull());
        Label attachHint = new Label(ui.format("dossier.page.attachHint", AttachmentRules.acceptedList()));
        attachHint.getStyleClass().add("hint");
        generate.setText(ui.text("dossier.page.generate"));
        generate.setId("generateButton");
        generate.setOnAction(e -> generateDocument());
        generate.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            ComponentStatus cs = checklist.getSelectionModel().getSelectedItem();
            return cs == null || !cs.item().component().generated() || !writer.writes(cs.item().component().code());
        }, checklist.getSelectionModel().selectedItemProperty()));
        HBox checklistHeader = new HBox(10, section("dossier.page.checklist"), attach, generate, attachHint);
        checklistHeader.setAlignment(Pos.CENTER_LEFT);

        log.setId("logTable");
        log.setPlaceholder(new Label(ui.text("common.noData")));
        log.setPrefHeight(120);
        log.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        log.getColumns().setAll(List.of(
                UiFormat.<LogEntry>textColumn(ui.text("dossier.logCol.at"), 130, l -> l.at().format(LOG_TIME)),
                UiFormat.<LogEntry>textColumn(ui.text("dossier.logCol.user"), 110, LogEntry::user),
                UiFormat.<LogEntry>textColumn(ui.text("dossier.logCol.from"), 120, l -> l.from() == null ? "" : l.from().label()),
                UiFormat.<LogEntry>textColumn(ui.text("dossier.logCol.to"), 120, l -> l.to().label()),
                UiFormat.<LogEntry>textColumn(ui.text("dossier.logCol.note"), 300, l -> l.note() == null ? "" : l.note())));

        noticeDate.setMaxWidth(140);
        saveNotice.setText(ui.text("dossier.page.noticeSave"));
        saveNotice.setId("saveNoticeButton");
        saveNotice.setOnAction(e -> saveNoticeStart());
        Label noticeName = new Label(ui.text("dossier.page.notice"));
        noticeName.getStyleClass().add("field-name");
        Label noticeHint = new Label(ui.text("dossier.page.noticeHint"));
        noticeHint.getStyleClass().add("hint");
        HBox noticeRow = new HBox(8, noticeName, noticeDate, saveNotice, noticeHint);
        noticeRow.setAlignment(Pos.CENTER_LEFT);

        VBox body = new VBox(8, info, noticeRow, middle, checklistHeader, checklist, section("dossier.page.log"), log);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-background-color: transparent; -fx-background: #f4f6f9;");
        root.setTop(header);
        BorderPane.setMargin(header, new Insets(0, 0, 10, 0));
        root.setCenter(scroll);
        root.setPadding(new Insets(12));
    }

    private List<TableColumn<ComponentStatus, ?>> checklistColumns() {
        TableColumn<ComponentStatus, ComponentStatus> state = new TableColumn<>(ui.text("dossier.checkCol.state"));
        state.setPrefWidth(80);
        state.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        state.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ComponentStatus cs, boolean empty) {
                super.updateItem(cs, empty);
                getStyleClass().removeAll("error-text", "ok-text");
                if (empty || cs == null) {
                    setText(null);
                    return;
                }
                setText(ui.text(cs.present() ? "dossier.state.present" : "dossier.state.missing"));
                if (cs.present()) {
                    getStyleClass().add("ok-text");
                } else if (cs.item().required()) {
                    getStyleClass().add("error-text");
                }
            }
        });
        TableColumn<ComponentStatus, String> component = UiFormat.textColumn(ui.text("dossier.checkCol.component"), 420,
                cs -> cs.item().component().name());
        component.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(empty ? null : name);
                setTooltip(empty || name == null ? null : new Tooltip(name));
            }
        });
        return List.of(component,
                UiFormat.<ComponentStatus>textColumn(ui.text("dossier.checkCol.requirement"), 230, cs -> requirement(cs.item())),
                UiFormat.<ComponentStatus>textColumn(ui.text("dossier.checkCol.source"), 100, cs -> ui.text(
                        cs.item().component().generated() ? "dossier.source.generated" : "dossier.source.attached")),
                state,
                UiFormat.<ComponentStatus>textColumn(ui.text("dossier.checkCol.files"), 180, this::files));
    }

    private String requirement(ChecklistItem item) {
        if (!item.required()) {
            return ui.text("dossier.req.optional");
        }
        String base = ui.text(item.choiceGroup() == null ? "dossier.req.required" : "dossier.req.oneOf");
        return item.neededAt() == DossierStatus.DU_THAO || item.neededAt() == DossierStatus.DU_HO_SO ? base
                : ui.format("dossier.req.from", base, item.neededAt().label());
    }

    private String files(ComponentStatus cs) {
        return cs.files().stream().map(a -> ui.format(a.generated() ? "dossier.file.generated" : "dossier.file.attached",
                a.originalName())).collect(Collectors.joining("; "));
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
        ui.tasks().run(ui.text("dossier.page.loading"), p -> {
            Dossier d = dossiers.find(dossierId).orElseThrow(() -> new AppException(
                    ui.text("dossier.page.gone")));
            Map<String, String> levels = dossiers.levels().stream().collect(Collectors.toMap(DecidingLevel::code, DecidingLevel::name));
            String unit = org.units().stream().filter(u -> u.id() == d.proposingUnitId()).map(Unit::name).findFirst().orElse("");
            String regime = dossiers.regimes().stream().filter(r -> r.code().equals(d.regimeCode())).map(LegalRegime::name)
                    .findFirst().orElse(d.regimeCode());
            return new Loaded(d, catalogue.catalogue().require(d.awardCode()).name(),
                    levels.getOrDefault(d.decidingLevel(), d.decidingLevel()), unit, regime, dossiers.subjects(dossierId),
                    dossiers.checklist(dossierId), dossiers.checks(dossierId), dossiers.log(dossierId));
        }, this::show, ui.dialogs()::error);
    }

    private void show(Loaded loaded) {
        this.data = loaded;
        Dossier d = loaded.dossier();
        title.setText(ui.format("dossier.page.title", d.code(), loaded.awardName()));
        status.setText(d.status().label());
        info.getChildren().clear();
        infoCell(0, 0, "dossier.field.level", loaded.levelName());
        infoCell(0, 2, d.achievementYear() != null ? "dossier.field.year" : "dossier.field.movement", DossiersView.period(d));
        infoCell(1, 0, "dossier.field.unit", loaded.unitName());
        infoCell(1, 2, "dossier.field.procedure", d.procedure() == Procedure.DON_GIAN && d.simplifiedCase() != null
                ? d.procedure().label() + " — " + d.simplifiedCase().label() : d.procedure().label());
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
        checksTitle.setText(next.map(s -> ui.format("dossier.page.checksFor", s.label())).orElse(ui.text("dossier.page.checks")));
        checks.getChildren().setAll(findingLabels(loaded.checks()));

        moves.getChildren().clear();
        DossierWorkflow.targets(d.status(), d.procedure()).stream().sorted().forEach(target -> {
            Button b = new Button(ui.format("dossier.page.moveTo", target.label()));
            b.setId("move_" + target.name());
            b.setOnAction(e -> prepareMove(target));
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
            Label l = new Label(ui.format("dossier.page.finding", f.severity().label(), f.message()));
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
                .ifPresent(file -> attach(target.item().component().code(), file));
    }

    private void attach(String componentCode, Path file) {
        ui.tasks().run(ui.format("dossier.page.attaching", file.getFileName()),
                p -> dossiers.attach(dossierId, componentCode, file, DossiersView.USER),
                (Attachment a) -> refresh(), ui.dialogs()::error);
    }

    /** Writes the selected generated component (tờ trình, báo cáo thành tích) and stores it with the dossier. */
    private void generateDocument() {
        ComponentStatus target = checklist.getSelectionModel().getSelectedItem();
        String code = target.item().component().code();
        ui.tasks().run(ui.format("dossier.page.generating", target.item().component().name()),
                p -> writer.write(dossierId, code, DossiersView.USER, p), (Attachment a) -> refresh(), ui.dialogs()::error);
    }

    /** Records the first day of the public notice (empty = not published yet) and reloads the checks. */
    private void saveNoticeStart() {
        String typed = noticeDate.getEditor().getText();
        LocalDate start = typed == null || typed.isBlank() ? null : noticeDate.getConverter().fromString(typed);
        if (typed != null && !typed.isBlank() && start == null) {
            ui.dialogs().error(new AppException(ui.format("dossier.page.noticeInvalid", typed)));
            return;
        }
        ui.tasks().run(ui.text("dossier.page.noticeSaving"), p -> dossiers.setNoticeStart(dossierId, start),
                (Dossier saved) -> refresh(), ui.dialogs()::error);
    }

    /** Loads the findings of the move, then asks for the note (the reason of a return) and moves. */
    private void prepareMove(DossierStatus target) {
        ui.tasks().run(ui.text("dossier.page.checking"), p -> dossiers.checks(dossierId, target),
                findings -> move(target, findings), ui.dialogs()::error);
    }

    private void move(DossierStatus target, List<Finding> findings) {
        FormDialog<List<Finding>> d = new FormDialog<>(ui.dialogs(), ui.tasks(),
                ui.format("dossier.move.title", data.dossier().code(), target.label()));
        if (target != DossierStatus.TRA_LAI) {
            VBox box = new VBox(4, findingLabels(findings).toArray(Node[]::new));
            box.setId("moveFindings");
            box.setMaxWidth(480);
            d.note(box);
        }
        boolean returning = target == DossierStatus.TRA_LAI;
        TextArea note = d.field(ui.text(returning ? "dossier.move.reason" : "dossier.move.note"), new TextArea(), null,
                returning);
        note.setId("moveNote");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setPromptText(ui.text(returning ? "dossier.move.reasonHint" : "dossier.move.noteHint"));
        d.onSave(() -> {
            String text = note.getText();
            return p -> dossiers.move(dossierId, target, DossiersView.USER, text);
        });
        d.showAndWait().ifPresent(warnings -> refresh());
    }
}
