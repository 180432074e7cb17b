package vn.tdkt.movement.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.movement.domain.BlocCriterion;
import vn.tdkt.movement.domain.BlocRanking.Ranked;
import vn.tdkt.movement.domain.Covenant;
import vn.tdkt.movement.domain.MovementChoice;
import vn.tdkt.movement.ui.BlocScoringViewModel.CriterionRow;
import vn.tdkt.movement.ui.BlocScoringViewModel.ScoreRow;
import vn.tdkt.org.domain.Bloc;

/**
 * Chấm điểm khối thi đua: the covenant of a bloc for a year (signers, criteria), the points grid, the ranking with
 * the Cờ thi đua / Bằng khen proposals and the confirmation that sets the bloc leader; a thin view over the model.
 */
public final class BlocScoringView implements Screen {

    private final Ui ui;
    private final BlocScoringViewModel vm;
    private final VBox root = new VBox(8);

    public BlocScoringView(Ui ui, BlocScoringViewModel vm) {
        this.ui = ui;
        this.vm = vm;
        build();
    }

    public BlocScoringViewModel model() {
        return vm;
    }

    private void build() {
        Label title = new Label(ui.text("bloc.title"));
        title.getStyleClass().add("page-title");
        ComboBox<Bloc> bloc = new ComboBox<>(vm.blocList);
        bloc.setId("blocCombo");
        bloc.setConverter(MovementForm.converter(Bloc::name));
        bloc.valueProperty().bindBidirectional(vm.bloc);
        bloc.setPrefWidth(320);
        TextField year = new TextField();
        year.setId("blocYearField");
        year.setPrefColumnCount(5);
        year.textProperty().bindBidirectional(vm.year);
        Button open = button("blocOpenButton", "bloc.open", vm::open);
        HBox top = new HBox(8, title, new Label(ui.text("bloc.field.BLOC")), bloc, new Label(ui.text("bloc.field.YEAR")), year, open);
        top.setAlignment(Pos.CENTER_LEFT);

        SplitPane split = new SplitPane(covenantPane(), scoringPane());
        split.setDividerPositions(0.36);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label problems = new Label();
        problems.setId("blocProblems");
        problems.setWrapText(true);
        problems.getStyleClass().add("error-text");
        vm.problems.addListener((ListChangeListener<vn.tdkt.common.domain.Problem>) c -> problems.setText(vm.problemText()));
        Label message = new Label();
        message.setId("blocMessage");
        message.textProperty().bind(vm.message);
        vn.tdkt.common.ui.ConversionsTable.review(ui.dialogs(), vm.conversions);
        vm.written.addListener((obs, o, f) -> {
            if (f != null) {
                ui.dialogs().written(f);
            }
        });
        root.getChildren().setAll(top, split, problems, message);
        root.setPadding(new Insets(12));
    }

    private Node covenantPane() {
        TextField signed = new TextField();
        signed.setId("covenantSignedField");
        signed.setPromptText("dd/mm/yyyy");
        signed.textProperty().bindBidirectional(vm.signedOn);
        TextField place = new TextField();
        place.setId("covenantPlaceField");
        place.setPromptText(ui.text("bloc.place"));
        place.textProperty().bindBidirectional(vm.place);
        ComboBox<MovementChoice> plan = new ComboBox<>(vm.movementChoices);
        plan.setId("covenantMovementCombo");
        plan.setConverter(MovementForm.converter(MovementChoice::label));
        plan.valueProperty().bindBidirectional(vm.movement);
        plan.setPromptText(ui.text("bloc.movement"));
        plan.setTooltip(new javafx.scene.control.Tooltip(ui.text("bloc.movement.tip")));
        plan.setMaxWidth(Double.MAX_VALUE);
        TextArea content = new TextArea();
        content.setId("covenantContentArea");
        content.setPromptText(ui.text("bloc.content"));
        content.setPrefRowCount(3);
        content.setWrapText(true);
        content.textProperty().bindBidirectional(vm.content);
        ListView<vn.tdkt.org.domain.Unit> signers = MovementForm.multi("covenantSignerList", vm.members, vm.signers,
                u -> u.name() + " (" + u.code() + ")");
        TableView<CriterionRow> criteria = new TableView<>(vm.criteria);
        criteria.setId("criterionTable");
        criteria.setEditable(true);
        criteria.setPlaceholder(new Label(ui.text("bloc.noCriteria")));
        criteria.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<CriterionRow, String> name = new TableColumn<>(ui.text("bloc.field.CRITERION_NAME"));
        name.setCellValueFactory(f -> f.getValue().name);
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setPrefWidth(240);
        TableColumn<CriterionRow, String> max = new TableColumn<>(ui.text("bloc.field.CRITERION_MAX"));
        max.setCellValueFactory(f -> f.getValue().max);
        max.setCellFactory(TextFieldTableCell.forTableColumn());
        max.setPrefWidth(110);
        criteria.getColumns().setAll(List.of(name, max));
        Button add = button("addCriterionButton", "bloc.addCriterion",
                () -> vm.criteria.add(new CriterionRow(ui.text("bloc.newCriterion"), "10")));
        Button remove = button("removeCriterionButton", "bloc.removeCriterion",
                () -> vm.criteria.remove(criteria.getSelectionModel().getSelectedItem()));
        remove.disableProperty().bind(criteria.getSelectionModel().selectedItemProperty().isNull());
        Button save = button("saveCovenantButton", "bloc.saveCovenant", vm::saveCovenant);
        save.disableProperty().bind(vm.confirmed);
        VBox box = new VBox(6, section("bloc.covenant"), new HBox(6, signed, place), plan, content, section("bloc.field.SIGNERS"),
                signers, section("bloc.criteria"), criteria, new HBox(6, add, remove), save);
        VBox.setVgrow(criteria, Priority.ALWAYS);
        HBox.setHgrow(place, Priority.ALWAYS);
        box.setPadding(new Insets(0, 8, 0, 0));
        return box;
    }

    private Node scoringPane() {
        TableView<ScoreRow> grid = new TableView<>(vm.scores);
        grid.setId("scoreTable");
        grid.setEditable(true);
        grid.setPlaceholder(new Label(ui.text("bloc.noSigners")));
        vm.covenant.addListener((obs, o, c) -> columns(grid, c));
        TableView<Ranked> ranking = new TableView<>(vm.ranking);
        ranking.setId("rankingTable");
        ranking.setPlaceholder(new Label(ui.text("bloc.noRanking")));
        ranking.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ranking.getColumns().setAll(List.of(
                UiFormat.<Ranked>textColumn(ui.text("bloc.col.rank"), 60, r -> Integer.toString(r.rank())),
                UiFormat.<Ranked>textColumn(ui.text("bloc.field.UNIT"), 260, Ranked::unitName),
                UiFormat.<Ranked>textColumn(ui.text("bloc.col.total"), 90,
                        r -> r.total().stripTrailingZeros().toPlainString().replace('.', ',')),
                UiFormat.<Ranked>textColumn(ui.text("bloc.col.proposal"), 140, vm::proposal)));
        Button saveScores = button("saveScoresButton", "bloc.saveScores", vm::saveScores);
        Button importScores = button("importScoresButton", "bloc.importScores", () -> ui.dialogs()
                .chooseOpen(ui.text("bloc.importScores"), "Excel", "*.xlsx").ifPresent(vm::importScores));
        Button template = button("scoreTemplateButton", "bloc.template", () -> ui.dialogs()
                .chooseSave(ui.text("bloc.template"), "cham-diem-khoi.xlsx", "Excel", "*.xlsx").ifPresent(vm::writeTemplate));
        Button proposal = button("blocProposalButton", "bloc.proposal", () -> ui.dialogs()
                .chooseSave(ui.text("bloc.proposal"), "to-trinh-de-nghi-khen-thuong-khoi.docx", "Word", "*.docx")
                .ifPresent(f -> vm.writeProposal(f, java.time.LocalDate.now())));
        Button confirm = button("confirmRankingButton", "bloc.confirm", vm::confirm);
        Button reopen = button("reopenRankingButton", "bloc.reopen", vm::reopen);
        saveScores.disableProperty().bind(vm.covenant.isNull().or(vm.confirmed));
        importScores.disableProperty().bind(vm.covenant.isNull().or(vm.confirmed));
        template.disableProperty().bind(vm.covenant.isNull());
        proposal.disableProperty().bind(vm.confirmed.not());
        confirm.disableProperty().bind(Bindings.isEmpty(vm.ranking).or(vm.confirmed));
        reopen.disableProperty().bind(vm.confirmed.not());
        VBox box = new VBox(6, section("bloc.scores"), grid, new HBox(6, saveScores, template, importScores),
                section("bloc.ranking"), ranking, new HBox(6, confirm, reopen, proposal));
        VBox.setVgrow(grid, Priority.ALWAYS);
        VBox.setVgrow(ranking, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 0, 8));
        return box;
    }

    /**
     * One column per criterion of the covenant shown, its name (and điểm chuẩn) in a header broken into lines, so five
     * criteria stay in view without scrolling.
     */
    private void columns(TableView<ScoreRow> grid, Covenant c) {
        List<TableColumn<ScoreRow, ?>> cols = new ArrayList<>();
        int n = c == null ? 0 : c.criteria().size();
        cols.add(UiFormat.<ScoreRow>textColumn(ui.text("bloc.field.UNIT"), n > 3 ? 124 : 220, r -> r.unit.name()));
        if (c != null) {
            for (BlocCriterion k : c.criteria()) {
                // with more than three criteria the điểm chuẩn stays in the criteria table beside the grid
                String title = n > 3 ? k.name()
                        : k.name() + " (" + k.maxPoints().stripTrailingZeros().toPlainString().replace('.', ',') + ")";
                double w = n > 3 ? 104 : Math.max(110, Math.min(200, 7.5 * title.length()));
                TableColumn<ScoreRow, String> col = new TableColumn<>(lines(title, (int) (w / 8.6)));
                col.setCellValueFactory(f -> f.getValue().points(k.lineNo()));
                col.setCellFactory(TextFieldTableCell.forTableColumn());
                col.setPrefWidth(w);
                cols.add(col);
            }
        }
        grid.getColumns().setAll(cols);
    }

    /** A header text broken between words into lines of at most {@code width} characters (a header does not wrap). */
    static String lines(String text, int width) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (String word : text.split(" ")) {
            if (line > 0 && line + 1 + word.length() > width) {
                out.append('\n');
                line = 0;
            } else if (line > 0) {
                out.append(' ');
                line++;
            }
            out.append(word);
            line += word.length();
        }
        return out.toString();
    }

    private Label section(String key) {
        Label l = new Label(ui.text(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(ui.text(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        vm.load();
    }
}
