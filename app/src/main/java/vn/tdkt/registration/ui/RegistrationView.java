package vn.tdkt.registration.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.common.ui.UiText;
import vn.tdkt.registration.domain.LogEntry;
import vn.tdkt.registration.domain.RegistrationStatus;
import vn.tdkt.registration.domain.UnitCoverage;

/**
 * Đăng ký thi đua: the coverage by unit on the left (selecting a unit opens it), the unit's grid on the right (one
 * row per member, a title combo each, fill-down), its collective titles, status and log, who is missing.
 */
public final class RegistrationView implements Screen {

    private final Ui ui;
    private final RegistrationViewModel vm;
    private final BorderPane root = new BorderPane();

    private final RoundBarModel round;
    private final java.util.function.Supplier<UnionTitlesViewModel> onUnionTitles;
    private final SheetImportBar sheetImport;

    /**
     * @param round       the model of the year's round bar (movement and registration deadline)
     * @param unionTitles the model of the union-title catalogue's dialog, made when the dialog opens
     * @param sheets      the model of "Nhập bản đăng ký của đơn vị…" and "Nhập cả thư mục bản đăng ký…" (unit sheets
     *                    imported)
     */
    public RegistrationView(Ui ui, RegistrationViewModel vm, RoundBarModel round,
                            java.util.function.Supplier<UnionTitlesViewModel> unionTitles, SheetImportModel sheets) {
        this.ui = ui;
        this.vm = vm;
        this.round = round;
        this.onUnionTitles = unionTitles;
        this.sheetImport = new SheetImportBar(ui, sheets, vm.unit, vm.year);
        sheets.imported.addListener((o, before, done) -> {
            if (done != null) {
                year.setText(String.valueOf(done.year()));
                vm.showImported(done.year(), done.unitId());
                round.load(done.year());
            }
        });
        sheets.folderImported.addListener((o, before, done) -> {
            if (done != null) {
                year.setText(String.valueOf(done.lastYear()));
                vm.year.set(done.lastYear());
                vm.load();
                round.load(done.lastYear());
            }
        });
        build();
    }

    private final TextField year = new TextField();

    private void build() {
        year.setText(String.valueOf(vm.year.get()));
        year.setId("registrationYearField");
        year.setPrefColumnCount(5);
        Button reload = new Button(ui.text("registration.show"));
        reload.setId("registrationReloadButton");
        reload.setOnAction(e -> {
            try {
                vm.year.set(Integer.parseInt(year.getText().trim()));
                vm.load();
                round.load(vm.year.get());
            } catch (NumberFormatException ex) {
                vm.error.set(ui.format("registration.badYear", year.getText()));
            }
        });
        // the sheets' three buttons go on a second line where the first has no room (English), never under the window
        FlowPane bar = new FlowPane(8, 4, UiText.pageTitle(ui.text("registration.title")),
                new Label(ui.text("registration.year")), year, reload, sheetImport.button(), sheetImport.folderButton(),
                sheetImport.templateButton());
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPrefWrapLength(900);
        Label summary = UiText.data(UiText.bound("registrationCoverageSummary", vm.coverageSummary));
        Label message = UiText.bound("registrationMessage", vm.message);
        Label error = UiText.bound("registrationError", vm.error);
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        // an empty message or error takes no line (the page had a blank band under its coverage line)
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        VBox top = new VBox(4, bar, sheetImport.status(), new RoundBar(ui, round, vm.year::get, vm::load), summary, message,
                error);
        root.setTop(top);
        BorderPane.setMargin(top, new Insets(0, 0, 8, 0));
        SplitPane split = new SplitPane(coverageTable(), unitPane());
        split.setDividerPositions(0.5); // the coverage's seven columns whole; the unit's bars wrap (#10)
        root.setCenter(split);
        root.setPadding(new Insets(12));
    }

    private Node coverageTable() {
        TableView<UnitCoverage> t = new TableView<>(vm.coverage);
        t.setId("registrationCoverageTable");
        // every column shares the pane (the names wrap): the titles past the pane's edge were clipped, not elided (#10)
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<UnitCoverage, String> name = vn.tdkt.common.ui.CellWidths.wrap(
                UiFormat.textColumn(ui.text("registration.col.unitName"), 120, UnitCoverage::unitName));
        t.getColumns().setAll(List.of(
                UiFormat.<UnitCoverage>textColumn(ui.text("registration.col.unitCode"), 60, UnitCoverage::unitCode), name,
                UiFormat.<UnitCoverage>textColumn(ui.text("registration.col.members"), 50, u -> String.valueOf(u.members())),
                UiFormat.<UnitCoverage>textColumn(ui.text("registration.col.registered"), 50, u -> String.valueOf(u.registered())),
                UiFormat.<UnitCoverage>textColumn(ui.text("registration.col.percent"), 50,
                        u -> RegistrationViewModel.percent(u.percent())),
                UiFormat.<UnitCoverage>textColumn(ui.text("registration.col.collective"), 50,
                        u -> ui.text(u.collective() ? "registration.yes" : "registration.no")),
                UiFormat.<UnitCoverage>textColumn(ui.text("registration.col.status"), 60, u -> ui.messages().label(u.status()))));
        vn.tdkt.common.ui.CellWidths.fit(t, name);
        t.getSelectionModel().selectedItemProperty().addListener((obs, o, u) -> {
            if (u != null && (vm.unit.get() == null || vm.unit.get().id() != u.unitId())) {
                vm.units.stream().filter(x -> x.id() == u.unitId()).findFirst().ifPresent(vm::select);
            }
        });
        return t;
    }

    private Node unitPane() {
        Label unit = UiText.data(new Label());
        unit.setId("registrationUnitLabel");
        unit.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.unit.get() == null ? ui.text("registration.chooseUnit") : vm.unit.get().code() + " — " + vm.unit.get().name(),
                vm.unit));
        ComboBox<TitleOption> collective = combo("registrationCollectiveCombo", vm.collectiveTitles);
        collective.valueProperty().bindBidirectional(vm.collective);
        ComboBox<TitleOption> union = combo("registrationUnionCollectiveCombo", vm.unionCollective);
        union.valueProperty().bindBidirectional(vm.unionOfUnit);
        FlowPane titles = new FlowPane(8, 4, new Label(ui.text("registration.collective")), collective,
                new Label(ui.text("registration.unionCollective")), union);
        titles.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TableView<GridRow> grid = grid();
        Button all = new Button(ui.text("registration.selectAll"));
        all.setId("registrationSelectAllButton");
        all.setOnAction(e -> {
            grid.getSelectionModel().selectAll();
            grid.requestFocus();
        });
        Button fill = new Button(ui.text("registration.fillDown"));
        fill.setId("registrationFillDownButton");
        fill.setTooltip(new javafx.scene.control.Tooltip(ui.text("registration.fillDownHint")));
        fill.setOnAction(e -> vm.fillDown(List.copyOf(grid.getSelectionModel().getSelectedIndices())));
        grid.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == javafx.scene.input.KeyCode.D) {
                vm.fillDown(List.copyOf(grid.getSelectionModel().getSelectedIndices()));
                e.consume();
            }
        });
        Button save = new Button(ui.text("registration.save"));
        save.setId("saveRegistrationButton");
        save.setDefaultButton(true);
        save.setOnAction(e -> vm.save());
        Button form = new Button(ui.text("registration.form"));
        form.setId("registrationFormButton");
        form.disableProperty().bind(vm.unit.isNull());
        form.setOnAction(e -> ui.dialogs().chooseSave(ui.text("registration.form"), "ban-dang-ky-thi-dua-"
                + (vm.unit.get() == null ? "" : vm.unit.get().code()) + "-" + vm.year.get() + ".docx", "Word", "*.docx")
                .ifPresent(vm::writeForm));
        vm.written.offerTo(ui.dialogs());
        Button unions = new Button(ui.text("unionTitles.open"));
        unions.setId("registrationUnionTitlesButton");
        unions.setOnAction(e -> {
            new UnionTitlesDialog(ui, onUnionTitles.get()).showAndWait();
            vm.load();
        });
        FlowPane actions = new FlowPane(8, 4, all, fill, save, form, unions);

        Label status = new Label();
        status.setId("registrationStatusLabel");
        status.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> ui.format("registration.statusNow", ui.messages().label(vm.status.get())), vm.status));
        ComboBox<RegistrationStatus> next = new ComboBox<>(vm.nextStatuses);
        next.setId("registrationNextStatusCombo");
        next.valueProperty().bindBidirectional(vm.nextStatus);
        next.setConverter(new StringConverter<>() {
            @Override
            public String toString(RegistrationStatus s) {
                return s == null ? "" : ui.messages().label(s);
            }

            @Override
            public RegistrationStatus fromString(String s) {
                return null;
            }
        });
        TextField reason = new TextField();
        reason.setId("registrationReasonField");
        reason.setPromptText(ui.text("registration.reason"));
        reason.textProperty().bindBidirectional(vm.reason);
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button move = new Button(ui.text("registration.changeStatus"));
        move.setId("registrationChangeStatusButton");
        move.setOnAction(e -> vm.changeStatus());
        HBox statusBar = new HBox(8, status, next, reason, move);
        statusBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label missing = UiText.data(UiText.bound("registrationMissingLabel", vm.missing));
        missing.setWrapText(true);
        ListView<LogEntry> log = new ListView<>(vm.log);
        log.setId("registrationLogList");
        log.setPrefHeight(90);
        log.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(LogEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : VnFormat.date(e.on()) + " · " + ui.messages().label(e.status())
                        + (e.reason() == null ? "" : " · " + e.reason()) + " · " + e.by());
            }
        });
        VBox box = new VBox(6, unit, titles, grid, actions, missing, statusBar, log);
        VBox.setVgrow(grid, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 0, 8));
        return box;
    }

    private TableView<GridRow> grid() {
        TableView<GridRow> t = new TableView<>(vm.rows);
        t.setId("registrationGrid");
        t.setEditable(true);
        t.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        t.setPlaceholder(new Label(ui.text("registration.noMembers")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<GridRow, String> stt = UiFormat.textColumn(ui.text("registration.col.stt"), 40,
                r -> String.valueOf(vm.rows.indexOf(r) + 1));
        TableColumn<GridRow, TitleOption> title = new TableColumn<>(ui.text("registration.col.title"));
        title.setId("registrationTitleColumn");
        title.setPrefWidth(190);
        title.setCellValueFactory(c -> c.getValue().title);
        title.setCellFactory(ComboBoxTableCell.forTableColumn(vm.personalTitles));
        TableColumn<GridRow, TitleOption> unionTitle = new TableColumn<>(ui.text("registration.col.union"));
        unionTitle.setPrefWidth(170);
        unionTitle.setCellValueFactory(c -> c.getValue().union);
        unionTitle.setCellFactory(ComboBoxTableCell.forTableColumn(vm.unionPersonal));
        TableColumn<GridRow, String> note = new TableColumn<>(ui.text("registration.col.note"));
        note.setCellValueFactory(c -> c.getValue().note);
        note.setCellFactory(TextFieldTableCell.forTableColumn());
        t.getColumns().setAll(List.of(stt,
                UiFormat.<GridRow>textColumn(ui.text("registration.col.personCode"), 70, r -> r.member.code()),
                UiFormat.<GridRow>textColumn(ui.text("registration.col.name"), 150, r -> r.member.fullName()),
                UiFormat.<GridRow>textColumn(ui.text("registration.col.position"), 110,
                        r -> r.member.position() == null ? "" : r.member.position()),
                title, unionTitle, note));
        return t;
    }

    private static ComboBox<TitleOption> combo(String id, javafx.collections.ObservableList<TitleOption> items) {
        ComboBox<TitleOption> c = new ComboBox<>(items);
        c.setId(id);
        c.setPrefWidth(230);
        UiText.data(c);
        return c;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        vm.load();
        round.load(vm.year.get());
    }

    /** Shows a year's registrations (Tổng quan's registration card names its year). */
    public void showYear(int y) {
        vm.year.set(y);
        year.setText(String.valueOf(y));
        refresh();
    }
}
