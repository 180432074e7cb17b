package vn.tdkt.workbook.ui;

import java.nio.file.Path;
import java.util.List;
import vn.tdkt.common.ui.TaskExecutor;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.tdkt.common.domain.CancelledException;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.workbook.domain.ImportPlan;
import vn.tdkt.workbook.domain.ImportResult;
import vn.tdkt.workbook.domain.SheetCount;
import vn.tdkt.workbook.service.WorkbookService;

/**
 * Nhập dữ liệu: choose a workbook → the check runs in the background (nothing written) and shows either what
 * would be added and updated per sheet, or every problem with its sheet, row and column → the clerk confirms →
 * the import runs in one transaction → summary. Cancel at any time leaves the data as it was.
 */
public final class ImportView implements Screen {

    private final Ui ui;
    private final WorkbookService workbook;
    private final Runnable showPeople;
    private final BorderPane root = new BorderPane();
    private final Label file = new Label();
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final TableView<SheetCount> counts = new TableView<>();
    private final TableView<Problem> problems = new TableView<>();
    private final Button choose = new Button();
    private final Button apply = new Button();
    private final Button cancel = new Button();
    private final Button people = new Button();
    private final Button saveProblems = new Button();
    private final Button template = new Button();
    private final ConversionsPane conversions;
    private ImportPlan plan;
    private TaskExecutor.Running running;

    public ImportView(Ui ui, WorkbookService workbook, Runnable showPeople) {
        this.ui = ui;
        this.workbook = workbook;
        this.showPeople = showPeople;
        this.conversions = new ConversionsPane(ui);
        build();
        showStep(Step.START);
    }

    private enum Step { START, RUNNING, PROBLEMS, CONVERSIONS, READY, DONE }

    private void build() {
        Label title = new Label(ui.text("import.title"));
        title.getStyleClass().add("page-title");
        Label intro = new Label(ui.text("import.intro"));
        intro.setWrapText(true);
        choose.setText(ui.text("import.choose"));
        choose.setId("chooseFileButton");
        choose.setOnAction(e -> ui.dialogs().chooseOpen(ui.text("import.choose"), ui.text("import.filter"), "*.xlsx")
                .ifPresent(this::analyze));
        file.setId("importFile");
        template.setText(ui.text("window.import.template"));
        template.setId("templateButton");
        template.setOnAction(e -> saveTemplate());
        HBox chooseRow = new HBox(10, choose, template, file);
        chooseRow.setAlignment(Pos.CENTER_LEFT);

        status.setId("importStatus");
        status.setWrapText(true);
        progress.setId("importProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        apply.setText(ui.text("import.apply"));
        apply.setId("applyButton");
        apply.setDefaultButton(true);
        apply.setOnAction(e -> applyPlan());
        cancel.setText(ui.text("import.cancel"));
        cancel.setId("cancelImportButton");
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        people.setText(ui.text("import.showPeople"));
        people.setId("showPeopleButton");
        people.setOnAction(e -> showPeople.run());
        saveProblems.setText(ui.text("window.import.saveProblems"));
        saveProblems.setId("saveProblemsButton");
        saveProblems.setOnAction(e -> saveProblems());
        HBox actions = new HBox(8, apply, cancel, people, saveProblems);

        counts.setId("countsTable");
        counts.setPlaceholder(new Label(ui.text("common.noData")));
        counts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        counts.getColumns().setAll(List.of(
                UiFormat.<SheetCount>textColumn(ui.text("import.col.sheet"), 220, SheetCount::sheet),
                UiFormat.<SheetCount>textColumn(ui.text("import.col.inserted"), 120, c -> Integer.toString(c.inserted())),
                UiFormat.<SheetCount>textColumn(ui.text("import.col.updated"), 120, c -> Integer.toString(c.updated())),
                UiFormat.<SheetCount>textColumn(ui.text("window.import.col.unchanged"), 120,
                        c -> Integer.toString(c.unchanged()))));
        problems.setId("problemsTable");
        problems.setPlaceholder(new Label(ui.text("common.noData")));
        problems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        problems.getColumns().setAll(List.of(
                UiFormat.<Problem>textColumn(ui.text("import.col.sheet"), 140, p -> p.sheet() == null ? "" : p.sheet()),
                UiFormat.<Problem>textColumn(ui.text("import.col.row"), 60, p -> p.row() > 0 ? Integer.toString(p.row()) : ""),
                UiFormat.<Problem>textColumn(ui.text("import.col.column"), 160, p -> p.column() == null ? "" : p.column()),
                UiFormat.<Problem>textColumn(ui.text("import.col.message"), 480, p -> ui.messages().text(p.text()))));

        VBox top = new VBox(10, title, intro, chooseRow, status, progress, actions);
        root.setTop(top);
        BorderPane.setMargin(top, new Insets(0, 0, 10, 0));
        counts.setMaxWidth(640);
        StackPane tables = new StackPane(counts, problems, conversions);
        tables.setAlignment(Pos.TOP_LEFT);
        root.setCenter(tables);
        root.setPadding(new Insets(12));
    }

    private void showStep(Step step) {
        boolean busy = step == Step.RUNNING;
        choose.setDisable(busy);
        progress.setVisible(busy);
        progress.setManaged(busy);
        cancel.setVisible(busy);
        cancel.setManaged(busy);
        apply.setVisible(step == Step.READY || step == Step.CONVERSIONS);
        apply.setManaged(step == Step.READY || step == Step.CONVERSIONS);
        apply.disableProperty().unbind();
        if (step == Step.CONVERSIONS) {
            apply.disableProperty().bind(conversions.acceptedProperty().not());
        } else {
            apply.setDisable(false);
        }
        conversions.setVisible(step == Step.CONVERSIONS);
        people.setVisible(step == Step.DONE);
        people.setManaged(step == Step.DONE);
        saveProblems.setVisible(step == Step.PROBLEMS);
        saveProblems.setManaged(step == Step.PROBLEMS);
        problems.setVisible(step == Step.PROBLEMS);
        counts.setVisible(step == Step.READY || step == Step.DONE);
        if (step == Step.START) {
            status.setText(ui.text("import.start"));
        }
    }

    /** Checks the workbook in the background; writes nothing. */
    public void analyze(Path workbookFile) {
        plan = null;
        file.setText(workbookFile.toAbsolutePath().toString());
        status.setText(ui.text("import.analyzing"));
        status.getStyleClass().removeAll("error-text", "ok-text");
        showStep(Step.RUNNING);
        running = ui.tasks().run(ui.text("import.analyzing"), p -> workbook.analyze(workbookFile, p), this::showPlan, this::failed);
        progress.progressProperty().bind(running.progressProperty());
    }

    private void showPlan(ImportPlan checked) {
        running = null;
        progress.progressProperty().unbind();
        plan = checked;
        if (checked.valid()) {
            counts.getItems().setAll(checked.counts());
            int inserted = checked.counts().stream().mapToInt(SheetCount::inserted).sum();
            int updated = checked.counts().stream().mapToInt(SheetCount::updated).sum();
            if (checked.conversions().isEmpty()) {
                status.setText(ui.format("import.ready", inserted, updated));
                status.getStyleClass().add("ok-text");
                showStep(Step.READY);
            } else {
                conversions.show(checked.conversions());
                status.setText(ui.format("import.conversions", checked.conversions().size(), inserted, updated));
                showStep(Step.CONVERSIONS);
            }
        } else {
            problems.getItems().setAll(checked.problems());
            status.setText(checked.problems().size() < checked.problemCount()
                    ? ui.format("import.problemsFirst", checked.problemCount(), checked.problems().size())
                    : ui.format("import.problems", checked.problemCount()));
            status.getStyleClass().add("error-text");
            showStep(Step.PROBLEMS);
        }
    }

    private void applyPlan() {
        ImportPlan confirmed = plan.conversions().isEmpty() || !conversions.acceptedProperty().get() ? plan
                : plan.acceptConversions();
        status.setText(ui.text("import.applying"));
        status.getStyleClass().removeAll("error-text", "ok-text");
        showStep(Step.RUNNING);
        running = ui.tasks().run(ui.text("import.applying"), p -> workbook.apply(confirmed, p), this::showResult, this::failed);
        progress.progressProperty().bind(running.progressProperty());
    }

    private void showResult(ImportResult result) {
        running = null;
        progress.progressProperty().unbind();
        plan = null;
        counts.getItems().setAll(result.counts());
        int inserted = result.counts().stream().mapToInt(SheetCount::inserted).sum();
        int updated = result.counts().stream().mapToInt(SheetCount::updated).sum();
        int unchanged = result.counts().stream().mapToInt(SheetCount::unchanged).sum();
        String seconds = String.format(ui.messages().locale(), "%.1f", result.millis() / 1000.0);
        status.setText(inserted + updated == 0 ? ui.format("window.import.nothingChanged", unchanged, seconds)
                : ui.format("window.import.done", inserted, updated, unchanged, seconds));
        status.getStyleClass().add("ok-text");
        showStep(Step.DONE);
    }

    /** The empty workbook with its instructions sheet, where the clerk chooses. */
    private void saveTemplate() {
        ui.dialogs().chooseSave(ui.text("window.import.template"), ui.text("window.import.templateName"),
                ui.text("import.filter"), "*.xlsx").ifPresent(target -> ui.tasks().run(ui.text("window.import.template"), p -> {
                    workbook.writeTemplate(target);
                    return target;
                }, ui.dialogs()::written, ui.dialogs()::error));
    }

    /** The problem list as an xlsx to send back with the file. */
    private void saveProblems() {
        List<Problem> listed = List.copyOf(problems.getItems());
        ui.dialogs().chooseSave(ui.text("window.import.saveProblems"), ui.text("window.import.problemsName"),
                ui.text("import.filter"), "*.xlsx").ifPresent(target -> ui.tasks().run(ui.text("window.import.saveProblems"),
                p -> {
                    workbook.writeProblems(listed, target, ui.messages().locale());
                    return target;
                }, ui.dialogs()::written, ui.dialogs()::error));
    }

    private void failed(Throwable error) {
        running = null;
        progress.progressProperty().unbind();
        plan = null;
        showStep(Step.START);
        if (error instanceof CancelledException) {
            status.setText(ui.text("import.cancelled"));
        } else {
            status.setText(ui.text("import.failed"));
            status.getStyleClass().add("error-text");
            ui.dialogs().error(error);
        }
    }

    @Override
    public Node view() {
        return root;
    }

    /** Nothing to reload: the wizard keeps its step while the clerk looks at other pages. */
    @Override
    public void refresh() {
        // the wizard's state is the clerk's work in progress; leaving and coming back keeps it
    }
}
