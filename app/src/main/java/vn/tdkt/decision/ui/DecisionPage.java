package vn.tdkt.decision.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.decision.domain.AwardList;
import vn.tdkt.decision.domain.AwardListRow;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.DecisionRecipient;
import vn.tdkt.decision.domain.HistoryAward;
import vn.tdkt.decision.service.DecisionServices;

/**
 * One decision: its particulars, the list with số sổ vàng, money and notes (revoked lines struck through), the three
 * exports and "Thu hồi…". Works for recorded decisions and for numbers found only in the imported award history
 * (no .docx for those: there is no decision text).
 */
final class DecisionPage {

    private final Ui ui;
    private final DecisionServices decisions;
    private final String decisionNo;
    private final LocalDate decisionDate;
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final Label particulars = new Label();
    private final Label total = new Label();
    private final Label result = new Label();
    private final TableView<Line> table = new TableView<>();
    private final Button docx;
    private final Button revoke;
    private Loaded data;

    /**
     * A line of the page.
     *
     * @param goldBookNo  số sổ vàng, or null for an imported line
     * @param recipientId the recorded line, or null for an imported award
     * @param awardId     the award history row, or null for a household line
     */
    record Line(AwardListRow row, Integer goldBookNo, Long recipientId, Long awardId) {
    }

    /** The decision as loaded: its list, the recorded decision (if any), the lines. */
    record Loaded(AwardList list, Optional<Decision> decision, List<Line> lines) {
    }

    DecisionPage(Ui ui, DecisionServices decisions, String decisionNo, LocalDate decisionDate, Runnable back) {
        this.decisionDate = decisionDate;
        this.ui = ui;
        this.decisions = decisions;
        this.decisionNo = decisionNo;
        Button backButton = new Button(ui.text("decision.page.back"));
        backButton.setId("backButton");
        backButton.setOnAction(e -> back.run());
        title.setId("decisionTitle");
        title.getStyleClass().add("page-title");
        HBox header = new HBox(10, backButton, title);
        header.setAlignment(Pos.CENTER_LEFT);
        particulars.setId("decisionParticulars");
        particulars.setWrapText(true);

        Button awardList = button("exportAwardListButton", "decision.page.exportAwardList");
        awardList.setOnAction(e -> export(ui.text("decision.page.exportAwardList"),
                DecisionCells.fileName("danh-sach-khen-thuong", decisionNo, "xlsx"), ui.text("import.filter"), "*.xlsx",
                (file, p) -> decisions.reports().writeAwardListXlsx(decisions.reports().awardList(decisionNo, decisionDate), file, p)));
        Button paymentList = button("exportPaymentListButton", "decision.page.exportPaymentList");
        paymentList.setOnAction(e -> export(ui.text("decision.page.exportPaymentList"),
                DecisionCells.fileName("danh-sach-chi-tien-thuong", decisionNo, "xlsx"), ui.text("import.filter"), "*.xlsx",
                (file, p) -> decisions.reports().writePaymentListXlsx(decisions.reports().paymentList(decisionNo, decisionDate), file, p)));
        docx = button("exportDocxButton", "decision.page.exportDocx");
        docx.setOnAction(e -> export(ui.text("decision.page.exportDocx"),
                DecisionCells.fileName("quyet-dinh", decisionNo, "docx"), ui.text("decision.filter.docx"), "*.docx",
                (file, p) -> {
                    p.update(ui.text("decision.page.writingDocx"), 0, 1);
                    decisions.reports().writeDecisionDocx(decisions.drafting().find(decisionNo, decisionDate).orElseThrow(), file);
                    p.update(ui.text("decision.page.writingDocx"), 1, 1);
                }));
        docx.setDisable(true);
        revoke = button("revokeButton", "decision.page.revoke");
        revoke.setOnAction(e -> revoke());
        revoke.setDisable(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, awardList, paymentList, docx, gap, revoke);
        result.setId("decisionResult");
        result.setWrapText(true);
        result.getStyleClass().add("ok-text");
        result.managedProperty().bind(result.textProperty().isNotEmpty());

        table.setId("recipientTable");
        table.setPlaceholder(new Label(ui.text("decision.list.loading")));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> DecisionCells.markingRow(l -> l.row().revoked()));
        table.getColumns().setAll(columns());
        var c = table.getColumns();
        vn.tdkt.common.ui.CellWidths.fit(table, c.get(2), c.get(3), c.get(4), c.get(7)); // names, posts, units, notes may be cut
        total.setId("decisionPageTotal");
        total.getStyleClass().add("section-title");

        VBox top = new VBox(8, header, particulars, actions, result);
        top.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(top);
        root.setCenter(table);
        root.setBottom(total);
        root.setPadding(new Insets(12));
    }

    private List<TableColumn<Line, ?>> columns() {
        TableColumn<Line, Number> stt = DecisionCells.numberColumn(ui.text("decision.col.stt"), 45, l -> l.row().stt(),
                Number::toString);
        TableColumn<Line, String> gold = UiFormat.textColumn(ui.text("decision.col.goldBook"), 85,
                l -> l.goldBookNo() == null ? "" : l.goldBookNo().toString());
        TableColumn<Line, String> name = UiFormat.textColumn(ui.text("decision.col.name"), 190, l -> l.row().name());
        TableColumn<Line, String> position = UiFormat.textColumn(ui.text("decision.col.position"), 150, l -> l.row().position());
        TableColumn<Line, String> unit = UiFormat.textColumn(ui.text("decision.col.unit"), 200, l -> l.row().unit());
        TableColumn<Line, String> kind = UiFormat.textColumn(ui.text("decision.col.kind"), 230,
                l -> l.row().kindText() == null ? l.row().kindName() : ui.messages().text(l.row().kindText()));
        java.util.function.Function<Line, String> explanation = l -> l.row().noteText() == null ? l.row().explanation()
                : ui.messages().text(l.row().noteText());
        TableColumn<Line, Line> amount = DecisionCells.tipColumn(ui.text("decision.col.amount"), 110,
                l -> VnFormat.money(l.row().amount()), explanation, true);
        TableColumn<Line, Line> note = DecisionCells.tipColumn(ui.text("decision.col.note"), 260, explanation, explanation,
                false);
        return List.of(stt, gold, name, position, unit, kind, amount, note);
    }

    private Button button(String id, String key) {
        Button b = new Button(ui.text(key));
        b.setId(id);
        return b;
    }

    Node view() {
        return root;
    }

    void refresh() {
        ui.tasks().run(ui.format("decision.page.loading", decisionNo), p -> load(), this::show, ui.dialogs()::error);
    }

    /** Reads the list and its lines' identities (background). */
    private Loaded load() {
        AwardList list = decisions.reports().awardList(decisionNo, decisionDate);
        Optional<Decision> decision = decisions.drafting().find(decisionNo, decisionDate);
        List<DecisionRecipient> recorded = decision.map(Decision::recipients).orElse(List.of());
        List<HistoryAward> imported = decisions.revocation().importedAwards(decisionNo, decisionDate);
        List<Line> lines = new ArrayList<>(list.rows().size());
        for (int i = 0; i < list.rows().size(); i++) {
            AwardListRow row = list.rows().get(i);
            if (i < recorded.size()) {
                DecisionRecipient r = recorded.get(i);
                lines.add(new Line(row, r.goldBookNo(), r.id(), r.awardId()));
            } else {
                lines.add(new Line(row, null, null, imported.get(i - recorded.size()).awardId()));
            }
        }
        return new Loaded(list, decision, lines);
    }

    private void show(Loaded loaded) {
        data = loaded;
        AwardList list = loaded.list();
        title.setText(ui.format("decision.page.title", list.decisionNo(), VnFormat.date(list.decisionDate())));
        particulars.setText(loaded.decision().map(d -> particulars(d.info()))
                .orElseGet(() -> ui.format("decision.page.imported", list.authority())));
        table.getItems().setAll(loaded.lines());
        long paid = list.total();
        long revoked = loaded.lines().stream().filter(l -> l.row().revoked()).count();
        total.setText(ui.format("decision.page.total", loaded.lines().size(), VnFormat.money(paid), revoked));
        docx.setDisable(loaded.decision().isEmpty());
        revoke.setDisable(loaded.lines().stream().allMatch(l -> l.row().revoked()));
    }

    private String particulars(DecisionInfo info) {
        return ui.format("decision.page.particulars", info.subject(), info.authority(), String.join(" – ", info.signerTitle()),
                info.signerName(), info.formType(), info.period());
    }

    private void export(String title, String initialName, String filterName, String pattern, BiConsumer<Path, Progress> work) {
        ui.dialogs().chooseSave(title, initialName, filterName, pattern).ifPresent(file ->
                ui.tasks().run(title, p -> {
                    work.accept(file, p);
                    return file;
                }, done -> {
                    result.setText(ui.format("decision.export.done", done.toAbsolutePath().toString()));
                    ui.dialogs().written(done);
                }, ui.dialogs()::error));
    }

    private void revoke() {
        if (data == null) {
            return;
        }
        RevocationDialog.show(ui, decisions, data, table.getSelectionModel().getSelectedItems()).ifPresent(r -> {
            result.setText(ui.format("decision.revoke.done", r.decisionNo(), r.revokedAwards(), VnFormat.money(r.moneyToRecover())));
            refresh();
        });
    }
}
