package vn.tdkt.review.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import vn.tdkt.common.ui.Choice;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.review.domain.Proposal;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.Verdict;

/**
 * Bình xét năm …: the controls of the review screen bound to the {@link ReviewViewModel}: year and date, run and
 * cancel, the counters, the filters, the table with the proposal boxes, the detail of the selected row, export.
 */
public final class ReviewView implements Screen {

    static final String STYLESHEET = ReviewView.class.getResource("review-screens.css").toExternalForm();
    private static final List<String> VERDICT_CLASSES = List.of("verdict-eligible", "verdict-not-eligible", "verdict-held");

    private final Ui ui;
    private final ReviewViewModel model;
    private final TableView<ReviewRow> table = new TableView<>();
    private final ComboBox<Choice<Unit>> unitFilter = new ComboBox<>();
    private final ReviewCounterPane counters;
    private final ReviewDetail detail;
    private final BorderPane root = new BorderPane();
    private final javafx.beans.value.ChangeListener<Proposal> proposalShown = (obs, o, n) -> showDetail();
    private boolean fillingUnits;

    private final Opener opener;

    /** Where the records of a proposal open (the main window's pages). */
    public interface Opener {
        void dossier(long dossierId);

        void meeting(long meetingId);

        void decision(vn.tdkt.review.domain.ProposalProgress progress);
    }

    /** A review screen whose proposals open nothing (tests of the screen alone). */
    public ReviewView(Ui ui, ReviewViewModel model) {
        this(ui, model, null);
    }

    /** @param opener opens a proposal's dossier, meeting or decision (null: the buttons are not shown) */
    public ReviewView(Ui ui, ReviewViewModel model, Opener opener) {
        this.ui = ui;
        this.opener = opener;
        this.model = model;
        this.detail = new ReviewDetail(ui);
        this.counters = new ReviewCounterPane(ui, model);
        model.onError(ui.dialogs()::error);
        build();
    }

    private void build() {
        VBox top = new VBox(8);
        top.getChildren().addAll(ReviewRunBar.nodes(ui, model, this::exportRows));
        top.getChildren().addAll(counters.view(), filters());
        if (opener != null) {
            top.getChildren().add(ReviewThreadBar.of(ui, model, table.getSelectionModel().selectedItemProperty(), opener));
        }
        top.setPadding(new Insets(0, 0, 8, 0));

        table.setId("reviewTable");
        Label empty = new Label();
        empty.textProperty().bind(Bindings.createStringBinding(() -> ui.text(model.rows().isEmpty() ? "review.empty"
                : "review.noMatch"), model.rows()));
        table.setPlaceholder(empty);
        table.getColumns().setAll(ReviewColumns.of(ui, model));
        // names, units, titles and stages wrap (never cut); codes and results are as wide as their widest cell
        vn.tdkt.common.ui.CellWidths.fit(table);
        SortedList<ReviewRow> sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, row) -> {
            if (o != null) {
                o.proposalProperty().removeListener(proposalShown);
            }
            if (row != null) {
                row.proposalProperty().addListener(proposalShown);
            }
            showDetail();
        });
        model.shownProperty().addListener((obs, o, n) -> {
            table.getSelectionModel().clearSelection();
            showDetail();
        });
        ScrollPane detailScroll = new ScrollPane(detail.view());
        detailScroll.setFitToWidth(true);
        showDetail();
        SplitPane split = new SplitPane(table, detailScroll);
        split.setDividerPositions(0.78); // the table gets the room for codes, names and units at 1280 × 800

        Label count = new Label();
        count.setId("countLabel");
        count.textProperty().bind(Bindings.createStringBinding(() -> ui.format("review.count", model.visibleRows().size(),
                model.rows().size()), model.visibleRows(), model.rows()));
        Label status = new Label();
        status.setId("reviewStatus");
        status.getStyleClass().add("hint");
        status.textProperty().bind(model.statusProperty());
        HBox bottom = new HBox(16, count, status);
        bottom.setPadding(new Insets(6, 0, 0, 0));

        root.setTop(top);
        root.setCenter(split);
        root.setBottom(bottom);
        root.setPadding(new Insets(12));
        root.getStylesheets().add(STYLESHEET);
    }

    private HBox filters() {
        TextField search = TextFields.createClearableTextField();
        search.setId("searchField");
        search.setPromptText(ui.text("review.search"));
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(model.searchProperty());
        unitFilter.setId("unitFilter");
        unitFilter.setPrefWidth(230);
        fillUnits();
        model.units().addListener((ListChangeListener<Unit>) c -> fillUnits());
        // a combo box's value is null for a moment while its items are replaced
        unitFilter.valueProperty().addListener((obs, o, n) -> {
            if (n != null && !fillingUnits) {
                model.unitProperty().set(n.value());
                counters.show(n.label());
            }
        });
        List<Choice<Title>> titles = new ArrayList<>();
        titles.add(new Choice<>(null, ui.text("review.filter.allTitles")));
        for (Title t : Title.values()) {
            titles.add(new Choice<>(t, ReviewDetail.titleText(ui, t)));
        }
        ComboBox<Choice<Title>> titleFilter = choices("titleFilter", 270, titles, model.titleProperty()::set);
        List<Choice<Verdict>> verdicts = new ArrayList<>();
        verdicts.add(new Choice<>(null, ui.text("review.filter.allResults")));
        for (Verdict v : Verdict.values()) {
            verdicts.add(new Choice<>(v, ui.messages().label(v)));
        }
        ComboBox<Choice<Verdict>> resultFilter = choices("resultFilter", 170, verdicts, model.verdictProperty()::set);
        HBox filters = new HBox(8, search, unitFilter, titleFilter, resultFilter);
        filters.setAlignment(Pos.CENTER_LEFT);
        return filters;
    }

    private static <T> ComboBox<Choice<T>> choices(String id, double width, List<Choice<T>> items, Consumer<T> chosen) {
        ComboBox<Choice<T>> box = new ComboBox<>();
        box.setId(id);
        box.setPrefWidth(width);
        box.getItems().setAll(items);
        box.setValue(items.get(0));
        box.valueProperty().addListener((obs, o, n) -> chosen.accept(n == null ? null : n.value()));
        return box;
    }

    /** The unit choices, keeping the unit in scope across reviews. */
    private void fillUnits() {
        fillingUnits = true;
        Choice<Unit> all = new Choice<>(null, ui.text("review.filter.allUnits"));
        List<Choice<Unit>> choices = new ArrayList<>();
        choices.add(all);
        model.units().forEach(u -> choices.add(new Choice<>(u, u.name())));
        unitFilter.getItems().setAll(choices);
        Unit scope = model.unitProperty().get();
        unitFilter.setValue(choices.stream().filter(c -> scope != null && c.value() != null && c.value().id() == scope.id())
                .findFirst().orElse(all));
        fillingUnits = false;
    }

    private void showDetail() {
        detail.show(table.getSelectionModel().getSelectedItem(), model.resultProperty().get());
    }

    @Override
    public Node view() {
        return root;
    }

    /** Runs the review again with the year and date shown (the data may have changed since). */
    @Override
    public void refresh() {
        model.run();
    }

    /** Every row or the filtered ones, as the clerk chooses when a filter hides some; then the file. */
    private void exportRows() {
        List<ReviewRow> shown = List.copyOf(table.getItems());
        List<ReviewRow> all = List.copyOf(model.rows());
        java.util.Optional<List<ReviewRow>> rows = shown.size() == all.size() ? java.util.Optional.of(all)
                : ui.dialogs().choose(ui.text("review.export.title"), ui.format("window.review.exportWhich", all.size(), shown.size()),
                        ui.format("window.review.exportAll", all.size()), ui.format("window.review.exportShown", shown.size()))
                        .map(c -> c == 0 ? all : shown);
        rows.ifPresent(chosen -> ui.dialogs().chooseSave(ui.text("review.export.title"), model.exportName(),
                ui.text("review.export.filter"), "*.xlsx").ifPresent(file -> model.export(file, chosen, ui.dialogs()::written)));
    }
}
