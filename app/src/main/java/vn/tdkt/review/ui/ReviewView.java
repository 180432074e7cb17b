package vn.tdkt.review.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import vn.tdkt.common.ui.TaskExecutor;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.CancelledException;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Choice;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.org.domain.OrgTree;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.domain.PersonRow;
import vn.tdkt.people.service.PeopleService;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.Criterion;
import vn.tdkt.review.domain.NextStep;
import vn.tdkt.review.domain.Proposal;
import vn.tdkt.review.domain.ReviewResult;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.Verdict;
import vn.tdkt.review.service.ProposalService;
import vn.tdkt.review.service.ReviewExport;
import vn.tdkt.review.service.ReviewService;

/**
 * Bình xét năm …: runs the review of a year on a review date in the background, lists one row per (subject,
 * title) with its verdict and the clerk's proposal, filters by unit (with its sub-units), title, result and a
 * diacritic-insensitive search, shows every criterion with its evidence and legal reference for the selected row,
 * counts eligible / proposed per title against the ratio cap in force, and exports the visible rows to xlsx.
 */
public final class ReviewView implements Screen {

    static final String STYLESHEET = ReviewView.class.getResource("review-screens.css").toExternalForm();
    private static final List<String> VERDICT_CLASSES = List.of("verdict-eligible", "verdict-not-eligible", "verdict-held");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Ui ui;
    private final ReviewService review;
    private final ProposalService proposals;
    private final PeopleService people;
    private final OrgService org;
    private final String user;
    private final ObservableList<ReviewRow> master = FXCollections.observableArrayList();
    private final FilteredList<ReviewRow> filtered = new FilteredList<>(master);
    private final TableView<ReviewRow> table = new TableView<>();
    private final Spinner<Integer> yearSpinner;
    private final DatePicker datePicker = UiFormat.datePicker("reviewDatePicker");
    private final Button runButton = new Button();
    private final Button cancelButton = new Button();
    private final Button exportButton = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Label pageTitle = new Label();
    private final Label regimeLabel = new Label();
    private final Label scopeLabel = new Label();
    private final FlowPane counters = new FlowPane(6, 6);
    private final ComboBox<Choice<Unit>> unitFilter = new ComboBox<>();
    private final ComboBox<Choice<Title>> titleFilter = new ComboBox<>();
    private final ComboBox<Choice<Verdict>> resultFilter = new ComboBox<>();
    private final TextField search = TextFields.createClearableTextField();
    private final Label count = new Label();
    private final Label statusLabel = new Label();
    private final Label emptyLabel = new Label();
    private final VBox detail = new VBox(4);
    private final BorderPane root = new BorderPane();
    private List<Unit> units = List.of();
    private ReviewResult result;
    private TaskExecutor.Running running;
    private int generation;

    public ReviewView(Ui ui, ReviewService review, ProposalService proposals, PeopleService people, OrgService org,
                      String user) {
        this.ui = ui;
        this.review = review;
        this.proposals = proposals;
        this.people = people;
        this.org = org;
        this.user = user;
        int lastYear = LocalDate.now().getYear() - 1;
        this.yearSpinner = new Spinner<>(1990, 2100, lastYear);
        build();
    }

    private void build() {
        pageTitle.setId("reviewTitle");
        pageTitle.getStyleClass().add("page-title");
        pageTitle.setText(ui.format("review.title", String.valueOf(yearSpinner.getValue())));
        yearSpinner.setId("yearSpinner");
        yearSpinner.setEditable(true);
        yearSpinner.setPrefWidth(90);
        datePicker.setPrefWidth(130);
        datePicker.setValue(LocalDate.of(yearSpinner.getValue(), 12, 31));
        yearSpinner.valueProperty().addListener((obs, o, y) -> datePicker.setValue(LocalDate.of(y, 12, 31)));
        runButton.setId("runButton");
        runButton.setText(ui.text("review.run"));
        runButton.setDefaultButton(true);
        runButton.setOnAction(e -> runReview());
        cancelButton.setId("cancelReviewButton");
        cancelButton.setText(ui.text("review.cancel"));
        cancelButton.setDisable(true);
        cancelButton.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        progress.setId("reviewProgress");
        progress.setPrefWidth(140);
        progress.setVisible(false);
        exportButton.setId("exportButton");
        exportButton.setText(ui.text("review.export"));
        exportButton.setDisable(true);
        exportButton.setOnAction(e -> export());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox controls = new HBox(8, new Label(ui.text("review.year")), yearSpinner, new Label(ui.text("review.date")),
                datePicker, runButton, cancelButton, progress, gap, exportButton);
        controls.setAlignment(Pos.CENTER_LEFT);
        regimeLabel.setId("regimeLabel");
        regimeLabel.getStyleClass().add("hint");
        regimeLabel.setWrapText(true);

        scopeLabel.getStyleClass().add("field-name");
        counters.setId("counters");
        VBox counterBox = new VBox(4, scopeLabel, counters);

        search.setId("searchField");
        search.setPromptText(ui.text("review.search"));
        search.setPrefColumnCount(22);
        unitFilter.setId("unitFilter");
        unitFilter.setPrefWidth(230);
        titleFilter.setId("titleFilter");
        titleFilter.setPrefWidth(270);
        resultFilter.setId("resultFilter");
        resultFilter.setPrefWidth(170);
        fillStaticFilters();
        HBox filters = new HBox(8, search, unitFilter, titleFilter, resultFilter);
        filters.setAlignment(Pos.CENTER_LEFT);
        search.textProperty().addListener((obs, o, n) -> applyFilter());
        // a combo box's value is null for a moment while its items are replaced
        unitFilter.valueProperty().addListener((obs, o, n) -> {
            if (n != null) {
                applyFilter();
                updateCounters();
            }
        });
        titleFilter.valueProperty().addListener((obs, o, n) -> applyFilter());
        resultFilter.valueProperty().addListener((obs, o, n) -> applyFilter());

        VBox top = new VBox(8, pageTitle, controls, regimeLabel, counterBox, filters);
        top.setPadding(new Insets(0, 0, 8, 0));

        table.setId("reviewTable");
        emptyLabel.setText(ui.text("review.empty"));
        table.setPlaceholder(emptyLabel);
        table.getColumns().setAll(columns());
        SortedList<ReviewRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, row) -> showDetail(row));

        detail.setId("detailPane");
        detail.getStyleClass().add("detail-pane");
        detail.setFillWidth(true);
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        showDetail(null);
        SplitPane split = new SplitPane(table, detailScroll);
        split.setDividerPositions(0.64);

        count.setId("countLabel");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> ui.format("review.count", filtered.size(), master.size()), filtered, master));
        statusLabel.setId("reviewStatus");
        statusLabel.getStyleClass().add("hint");
        HBox bottom = new HBox(16, count, statusLabel);
        bottom.setPadding(new Insets(6, 0, 0, 0));

        root.setTop(top);
        root.setCenter(split);
        root.setBottom(bottom);
        root.setPadding(new Insets(12));
        root.getStylesheets().add(STYLESHEET);
    }

    private List<TableColumn<ReviewRow, ?>> columns() {
        TableColumn<ReviewRow, String> code = UiFormat.textColumn(ui.text("review.col.code"), 70,
                r -> r.assessment().subject().code());
        TableColumn<ReviewRow, String> name = UiFormat.textColumn(ui.text("review.col.name"), 150,
                r -> r.assessment().subject().name());
        code.setMinWidth(64);
        name.setComparator(Comparator.comparing(VietnameseText::nameSortKey));
        TableColumn<ReviewRow, String> unit = TooltipCell.on(UiFormat.textColumn(ui.text("review.col.unit"), 130,
                ReviewRow::unitName), null);
        TableColumn<ReviewRow, String> title = TooltipCell.on(UiFormat.textColumn(ui.text("review.col.title"), 220,
                r -> titleText(r.assessment().title())), null);
        TableColumn<ReviewRow, Verdict> verdict = new TableColumn<>(ui.text("review.col.result"));
        verdict.setPrefWidth(135);
        verdict.setMinWidth(145);
        verdict.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().assessment().verdict()));
        verdict.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Verdict v, boolean empty) {
                super.updateItem(v, empty);
                getStyleClass().removeAll(VERDICT_CLASSES);
                if (empty || v == null) {
                    setText(null);
                } else {
                    setText(v.label());
                    getStyleClass().add(verdictClass(v));
                }
            }
        });
        TableColumn<ReviewRow, Proposal> proposed = new TableColumn<>(ui.text("review.col.proposed"));
        proposed.setPrefWidth(75);
        proposed.setMinWidth(70);
        proposed.setCellValueFactory(f -> f.getValue().proposalProperty());
        proposed.setCellFactory(c -> new ProposalCell());
        proposed.setComparator(Comparator.nullsLast(Comparator.comparing(Proposal::proposedAt)));
        return List.of(code, name, unit, title, verdict, proposed);
    }

    /** The check box of the Đề xuất column: ticking saves (or withdraws) the proposal in the background. */
    private final class ProposalCell extends TableCell<ReviewRow, Proposal> {
        private final CheckBox box = new CheckBox();

        ProposalCell() {
            box.getStyleClass().add("proposal-check");
            box.setOnAction(e -> {
                ReviewRow row = rowOf(this);
                if (row != null) {
                    propose(row, box.isSelected(), box);
                }
            });
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(Proposal p, boolean empty) {
            super.updateItem(p, empty);
            ReviewRow row = empty ? null : rowOf(this);
            if (row == null) {
                setGraphic(null);
                return;
            }
            box.setSelected(p != null);
            box.setDisable(p == null && row.assessment().verdict() != Verdict.ELIGIBLE);
            setGraphic(box);
        }
    }

    private static ReviewRow rowOf(TableCell<ReviewRow, ?> cell) {
        int i = cell.getIndex();
        List<ReviewRow> items = cell.getTableView().getItems();
        return i >= 0 && i < items.size() ? items.get(i) : null;
    }

    private void propose(ReviewRow row, boolean proposed, CheckBox box) {
        ReviewResult shown = result;
        Assessment a = row.assessment();
        ui.tasks().run(ui.text("review.proposal.saving"),
                p -> proposals.setProposed(shown.year(), a.subject(), a.title(), proposed, user),
                saved -> {
                    row.proposalProperty().set(saved.orElse(null));
                    updateCounters();
                    if (table.getSelectionModel().getSelectedItem() == row) {
                        showDetail(row);
                    }
                }, error -> {
                    box.setSelected(row.proposed());
                    ui.dialogs().error(error);
                });
    }

    private void fillStaticFilters() {
        List<Choice<Title>> titles = new ArrayList<>();
        titles.add(new Choice<>(null, ui.text("review.filter.allTitles")));
        for (Title t : Title.values()) {
            titles.add(new Choice<>(t, titleText(t)));
        }
        titleFilter.getItems().setAll(titles);
        titleFilter.setValue(titles.get(0));
        List<Choice<Verdict>> verdicts = new ArrayList<>();
        verdicts.add(new Choice<>(null, ui.text("review.filter.allResults")));
        for (Verdict v : Verdict.values()) {
            verdicts.add(new Choice<>(v, v.label()));
        }
        resultFilter.getItems().setAll(verdicts);
        resultFilter.setValue(verdicts.get(0));
        Choice<Unit> all = new Choice<>(null, ui.text("review.filter.allUnits"));
        unitFilter.getItems().setAll(List.of(all));
        unitFilter.setValue(all);
    }

    /** The full name as in the law; a collective's Giấy khen and Bằng khen are marked as such. */
    String titleText(Title t) {
        boolean shared = t.subject() == AwardSubject.TAP_THE && Arrays.stream(Title.values())
                .anyMatch(o -> o.subject() == AwardSubject.CA_NHAN && o.label().equals(t.label()));
        return shared ? ui.format("review.title.collective", t.label()) : t.label();
    }

    private static String verdictClass(Verdict v) {
        return switch (v) {
            case ELIGIBLE -> "verdict-eligible";
            case NOT_ELIGIBLE -> "verdict-not-eligible";
            case HELD -> "verdict-held";
        };
    }

    private Set<Long> unitScope() {
        Choice<Unit> c = unitFilter.getValue();
        return c == null || c.value() == null ? null : OrgTree.withDescendants(units, c.value().id());
    }

    private void applyFilter() {
        Set<Long> unitIds = unitScope();
        Title title = titleFilter.getValue() == null ? null : titleFilter.getValue().value();
        Verdict verdict = resultFilter.getValue() == null ? null : resultFilter.getValue().value();
        String[] words = VietnameseText.fold(search.getText()).split(" ");
        filtered.setPredicate(r -> {
            if (unitIds != null && !unitIds.contains(r.unitId())
                    || title != null && r.assessment().title() != title
                    || verdict != null && r.assessment().verdict() != verdict) {
                return false;
            }
            for (String w : words) {
                if (!w.isEmpty() && !r.searchKey().contains(w)) {
                    return false;
                }
            }
            return true;
        });
        emptyLabel.setText(ui.text(master.isEmpty() ? "review.empty" : "review.noMatch"));
    }

    private void updateCounters() {
        counters.getChildren().clear();
        if (result == null) {
            scopeLabel.setText("");
            return;
        }
        Set<Long> unitIds = unitScope();
        List<ReviewRow> scope = unitIds == null ? master
                : master.stream().filter(r -> unitIds.contains(r.unitId())).toList();
        scopeLabel.setText(ui.format("review.counters.scope", unitFilter.getValue().label()));
        for (ReviewCounters.Counter c : ReviewCounters.count(scope, result.rules())) {
            if (c.eligible() == 0 && c.proposed() == 0 && c.cap() == null) {
                continue;
            }
            Label l = new Label(c.cap() == null
                    ? ui.format("review.counter", titleText(c.title()), c.eligible(), c.proposed())
                    : ui.format("review.counter.cap", titleText(c.title()), c.eligible(), c.proposed(), c.cap(),
                    VnFormat.decimal(c.percent()), c.base()));
            l.setId("counter-" + c.title().name());
            l.getStyleClass().add("counter");
            if (c.exceeded()) {
                l.getStyleClass().add("counter-exceeded");
                l.setTooltip(new Tooltip(ui.text("review.counter.exceeded")));
            }
            counters.getChildren().add(l);
        }
        if (counters.getChildren().isEmpty()) {
            Label none = new Label(ui.text("review.counters.none"));
            none.getStyleClass().add("hint");
            counters.getChildren().add(none);
        }
    }

    private void showDetail(ReviewRow row) {
        detail.getChildren().clear();
        if (row == null || result == null) {
            Label hint = new Label(ui.text("review.detail.hint"));
            hint.getStyleClass().add("hint");
            hint.setWrapText(true);
            detail.getChildren().add(hint);
            return;
        }
        Assessment a = row.assessment();
        Label head = wrapped(ui.format("review.detail.head", a.subject().name(), a.subject().code(), titleText(a.title())));
        head.getStyleClass().add("section-title");
        Label verdict = wrapped(a.verdict().label());
        verdict.setId("detailVerdict");
        verdict.getStyleClass().add(verdictClass(a.verdict()));
        Label basis = wrapped(ui.format("review.detail.basis", a.legalRef()));
        basis.getStyleClass().add("hint");
        detail.getChildren().addAll(head, verdict, basis, section("review.detail.criteria"));
        for (Criterion c : a.criteria()) {
            String role = switch (c.role()) {
                case REQUIRED -> "";
                case ONE_OF -> " (" + ui.text("review.detail.oneOf") + ")";
                case HOLD -> " (" + ui.text("review.detail.hold") + ")";
            };
            Label mark = wrapped((c.met() ? "✓ " : "✗ ") + c.text() + role);
            mark.getStyleClass().add(c.met() ? "criterion-met" : "criterion-unmet");
            Label evidence = wrapped(ui.format("review.detail.evidence", c.evidence()));
            evidence.getStyleClass().add("criterion-evidence");
            Label ref = wrapped(ui.format("review.detail.ref", c.legalRef()));
            ref.getStyleClass().add("criterion-ref");
            detail.getChildren().addAll(mark, evidence, ref);
        }
        if (a.subject().type() == AwardSubject.CA_NHAN) {
            detail.getChildren().add(section("review.detail.next"));
            List<NextStep> steps = result.nextSteps(a.subject());
            if (steps.isEmpty()) {
                detail.getChildren().add(wrapped(ui.text("review.detail.noNext")));
            }
            steps.forEach(s -> detail.getChildren().add(wrapped("• " + s.text())));
        }
        Proposal p = row.proposalProperty().get();
        if (p != null) {
            Label by = wrapped(ui.format("review.detail.proposedBy", p.proposedBy(), STAMP.format(p.proposedAt())));
            by.getStyleClass().add("ok-text");
            detail.getChildren().add(by);
        }
    }

    private Label section(String key) {
        Label l = new Label(ui.text(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    @Override
    public Node view() {
        return root;
    }

    /** Runs the review again with the year and date shown (the data may have changed since). */
    @Override
    public void refresh() {
        runReview();
    }

    private record Loaded(ReviewResult result, List<Unit> units, List<ReviewRow> rows) {
    }

    private void runReview() {
        commitInputs();
        int year = yearSpinner.getValue();
        LocalDate day = datePicker.getValue();
        if (day == null) {
            ui.dialogs().error(new AppException(ui.text("review.dateMissing")));
            return;
        }
        int mine = ++generation;
        runButton.setDisable(true);
        cancelButton.setDisable(false);
        progress.setVisible(true);
        statusLabel.setText("");
        running = ui.tasks().run(ui.format("review.running", String.valueOf(year)), p -> load(year, day, p),
                loaded -> {
                    if (mine == generation) {
                        finished();
                        show(loaded);
                    }
                }, error -> {
                    if (mine == generation) {
                        finished();
                        if (error instanceof CancelledException) {
                            statusLabel.setText(ui.text("review.cancelled"));
                        } else {
                            ui.dialogs().error(error);
                        }
                    }
                });
        progress.progressProperty().bind(running.progressProperty());
    }

    private void finished() {
        running = null;
        progress.progressProperty().unbind();
        progress.setVisible(false);
        runButton.setDisable(false);
        cancelButton.setDisable(true);
    }

    /** Background: the review, the units, the people's units and the year's proposals, joined into rows. */
    private Loaded load(int year, LocalDate day, Progress p) {
        ReviewResult r = review.review(year, day, p);
        List<Unit> allUnits = org.units();
        Map<Long, Unit> unitById = new HashMap<>();
        allUnits.forEach(u -> unitById.put(u.id(), u));
        Map<Long, PersonRow> personById = new HashMap<>();
        people.index().all().forEach(row -> personById.put(row.person().id(), row));
        Map<String, Proposal> proposed = new HashMap<>();
        proposals.proposals(year).forEach(x -> proposed.put(key(x.subjectType(), x.subjectId(), x.title()), x));
        List<ReviewRow> rows = new ArrayList<>(r.assessments().size());
        for (Assessment a : r.assessments()) {
            Proposal prop = proposed.get(key(a.subject().type(), a.subject().id(), a.title()));
            if (a.subject().type() == AwardSubject.CA_NHAN) {
                PersonRow pr = personById.get(a.subject().id());
                rows.add(new ReviewRow(a, pr == null ? -1 : pr.person().unitId(), pr == null ? "" : pr.unitName(), prop));
            } else {
                Unit u = unitById.get(a.subject().id());
                Unit parent = u == null || u.parentId() == null ? null : unitById.get(u.parentId());
                rows.add(new ReviewRow(a, a.subject().id(), parent == null ? "" : parent.name(), prop));
            }
            p.checkCancelled();
        }
        return new Loaded(r, allUnits, rows);
    }

    private static String key(AwardSubject type, long id, Title title) {
        return type + ":" + id + ":" + title;
    }

    private void show(Loaded data) {
        result = data.result();
        units = data.units();
        pageTitle.setText(ui.format("review.title", String.valueOf(result.year())));
        regimeLabel.setText(ui.format("review.regime", VnFormat.date(result.reviewDate()),
                result.rules().regime().name(), result.rules().regime().legalRefs()));
        Choice<Unit> previous = unitFilter.getValue();
        List<Choice<Unit>> choices = new ArrayList<>();
        Choice<Unit> all = new Choice<>(null, ui.text("review.filter.allUnits"));
        choices.add(all);
        units.forEach(u -> choices.add(new Choice<>(u, u.name())));
        unitFilter.getItems().setAll(choices);
        unitFilter.setValue(choices.stream().filter(c -> previous != null && c.value() != null
                && previous.value() != null && c.value().id() == previous.value().id()).findFirst().orElse(all));
        master.setAll(data.rows());
        applyFilter();
        updateCounters();
        table.getSelectionModel().clearSelection();
        showDetail(null);
        exportButton.setDisable(false);
    }

    /** A year or date typed but not yet committed (no Enter, no focus change) still counts. */
    private void commitInputs() {
        String y = yearSpinner.getEditor().getText();
        try {
            int typed = Integer.parseInt(y.trim());
            if (typed != yearSpinner.getValue() && typed >= 1990 && typed <= 2100) {
                yearSpinner.getValueFactory().setValue(typed);
            }
        } catch (NumberFormatException e) {
            yearSpinner.getEditor().setText(String.valueOf(yearSpinner.getValue()));
        }
        String text = datePicker.getEditor().getText();
        if (datePicker.getSkin() != null && !text.equals(UiFormat.DATE.toString(datePicker.getValue()))) {
            datePicker.setValue(text.isBlank() ? null : UiFormat.DATE.fromString(text));
        }
    }

    private void export() {
        ReviewResult shown = result;
        List<Assessment> visible = table.getItems().stream().map(ReviewRow::assessment).toList();
        ui.dialogs().chooseSave(ui.text("review.export.title"), "binh-xet-" + shown.year() + ".xlsx",
                ui.text("review.export.filter"), "*.xlsx").ifPresent(chosen -> {
            Path file = chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? chosen
                    : chosen.resolveSibling(chosen.getFileName() + ".xlsx");
            ui.tasks().run(ui.text("review.export.running"), p -> {
                ReviewExport.write(visible, file, ReviewExport.sheetName(shown.year()), p);
                return file;
            }, done -> statusLabel.setText(ui.format("review.export.done", visible.size(), done.toString())),
                    ui.dialogs()::error);
        });
    }

    /** The rows after filtering, in display order. */
    public List<ReviewRow> visibleRows() {
        return List.copyOf(table.getItems());
    }

    /** The review on display, or null before the first one finished. */
    public ReviewResult result() {
        return result;
    }
}
