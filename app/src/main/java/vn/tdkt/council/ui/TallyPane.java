package vn.tdkt.council.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tdkt.common.ui.Fields;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiText;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.council.domain.AgendaGroup;
import vn.tdkt.council.domain.Selection;
import vn.tdkt.council.service.BallotService;
import vn.tdkt.council.ui.MeetingPageModel.ResultRow;

/**
 * The tally tab: entered in a form or from the tally workbook, the workbook exported pre-filled, and the results
 * (percentage of all members, Đạt / Không đạt, rank, ties at the cut in orange) with a further round for ties.
 */
final class TallyPane {

    private static final String WARNING_STYLE = "-fx-text-fill: #c25e00;";

    private final Ui ui;
    private final MeetingPageModel model;
    private final BallotService ballots;

    TallyPane(Ui ui, MeetingPageModel model, BallotService ballots) {
        this.ui = ui;
        this.model = model;
        this.ballots = ballots;
    }

    Node view() {
        ComboBox<AgendaGroup> title = Fields.combo("tallyTitleChoice", List.of(), AgendaGroup::titleName);
        title.setItems(model.agenda());
        title.valueProperty().bindBidirectional(model.tallyTitleProperty());
        title.setPrefWidth(320);
        Button enter = CouncilDialogs.button(ui, "enterTallyButton", "council.tally.enter", () -> enterTally(false));
        enter.disableProperty().bind(title.valueProperty().isNull());
        Button secondRound = CouncilDialogs.button(ui, "secondRoundButton", "council.tally.second", () -> enterTally(true));
        secondRound.disableProperty().bind(model.secondRoundDueProperty().not());
        Button importWorkbook = CouncilDialogs.button(ui, "importTallyButton", "council.tally.import", this::importWorkbook);
        Button exportWorkbook = CouncilDialogs.button(ui, "exportTallyButton", "council.tally.export", this::exportWorkbook);
        Button clear = CouncilDialogs.button(ui, "clearRoundsButton", "council.tally.clear", this::clearRounds);
        clear.disableProperty().bind(title.valueProperty().isNull());
        HBox formRow = new HBox(8, new Label(ui.text("council.tally.titleChoice")), title, enter, secondRound, clear);
        formRow.setAlignment(Pos.CENTER_LEFT);
        Label notice = UiText.bound("tallyImportNotice", model.noticeProperty());
        HBox workbookRow = new HBox(8, importWorkbook, exportWorkbook, notice);
        workbookRow.setAlignment(Pos.CENTER_LEFT);
        vn.tdkt.common.ui.ConversionsTable.review(ui.dialogs(), model.conversions());
        Label summary = new Label();
        summary.setId("tallySummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.tallySummaryProperty());

        TableView<ResultRow> results = new TableView<>(model.results());
        results.setId("resultsTable");
        results.setPlaceholder(new Label(ui.text("council.results.none")));
        results.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        results.getColumns().setAll(resultColumns());
        VBox box = new VBox(8, formRow, workbookRow, summary, results);
        VBox.setVgrow(results, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private List<TableColumn<ResultRow, ?>> resultColumns() {
        TableColumn<ResultRow, ResultRow> result = styled(ui.text("council.resultCol.result"), 85,
                r -> ui.messages().text(r.outcome().resultText()),
                        r -> r.outcome().reached() ? "-fx-text-fill: #1b6e2a; -fx-font-weight: bold;"
                        : "-fx-text-fill: #b00020; -fx-font-weight: bold;");
        TableColumn<ResultRow, ResultRow> note = styled(ui.text("council.resultCol.note"), 340,
                r -> ui.messages().text(r.outcome().noteText()),
                r -> r.outcome().selection() == Selection.TIED_AT_CUT ? WARNING_STYLE : "");
        TableColumn<ResultRow, String> percent = UiFormat.textColumn(ui.text("council.resultCol.percent"), 85,
                ResultRow::percentText);
        percent.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<ResultRow, String> votes = UiFormat.textColumn(ui.text("council.resultCol.votes"), 70,
                r -> Integer.toString(r.outcome().votes()));
        votes.setStyle("-fx-alignment: CENTER-RIGHT;");
        // as the board counted them (#13); empty when it did not
        TableColumn<ResultRow, String> against = UiFormat.textColumn(ui.text("council.resultCol.against"), 80,
                r -> r.outcome().against() == null ? "" : Integer.toString(r.outcome().against()));
        against.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<ResultRow, String> rank = UiFormat.textColumn(ui.text("council.resultCol.rank"), 75,
                r -> Integer.toString(r.outcome().rank()));
        rank.setStyle("-fx-alignment: CENTER;");
        return List.of(
                UiFormat.<ResultRow>textColumn(ui.text("council.resultCol.title"), 170, ResultRow::titleName),
                UiFormat.<ResultRow>textColumn(ui.text("council.resultCol.code"), 65, r -> r.candidate().subjectCode()),
                UiFormat.<ResultRow>textColumn(ui.text("council.resultCol.name"), 160, r -> r.candidate().fullName()),
                votes, against, percent, result, rank, note);
    }

    /** A text column whose cell style depends on the row. */
    private static TableColumn<ResultRow, ResultRow> styled(String header, double width, Function<ResultRow, String> text,
                                                            Function<ResultRow, String> style) {
        TableColumn<ResultRow, ResultRow> c = new TableColumn<>(header);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ResultRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : text.apply(r));
                setStyle(empty || r == null ? "" : style.apply(r));
                setTooltip(empty || r == null ? null : new Tooltip(text.apply(r)));
            }
        });
        return c;
    }

    private void enterTally(boolean further) {
        AgendaGroup g = model.tallyTitleProperty().get();
        TallyDialog.show(ui, ballots, model.meetingId(), g, model.votedOn(further), model.memberCount(),
                model.presentCount(), further).ifPresent(r -> model.load());
    }

    private void clearRounds() {
        AgendaGroup g = model.tallyTitleProperty().get();
        if (ui.dialogs().confirm(ui.text("council.tally.clear"), ui.format("council.tally.clearConfirm", g.titleName()))) {
            model.clearRounds(g);
        }
    }

    private void importWorkbook() {
        ui.dialogs().chooseOpen(ui.text("council.tally.import"), ui.text("council.tally.filter"), "*.xlsx")
                .ifPresent(model::importWorkbook);
    }

    private void exportWorkbook() {
        ui.dialogs().chooseSave(ui.text("council.tally.export"), model.workbookName(), ui.text("council.tally.filter"),
                "*.xlsx").ifPresent(file -> model.exportWorkbook(file, (Path done) -> ui.dialogs().written(done)));
    }
}
