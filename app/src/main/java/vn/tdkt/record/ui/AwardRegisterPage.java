package vn.tdkt.record.ui;

import java.util.List;
import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.common.ui.UiText;
import vn.tdkt.record.domain.AwardEntry;

/**
 * Sổ khen thưởng on a filter, opened from Tổng quan's charts: the awards with who, unit, title, years and decision; a
 * person's line opens their page (double-click or Enter), "Quay lại" returns to Tổng quan.
 */
public final class AwardRegisterPage implements Screen {

    private final Ui ui;
    private final AwardRegisterModel vm;
    private final BorderPane root = new BorderPane();

    /** @param person opens a person's page */
    public AwardRegisterPage(Ui ui, AwardRegisterModel vm, Runnable back, LongConsumer person) {
        this.ui = ui;
        this.vm = vm;
        build(back, person);
    }

    private void build(Runnable back, LongConsumer person) {
        Button backButton = new Button(ui.text("awardRegister.back"));
        backButton.setId("awardRegisterBack");
        backButton.setOnAction(e -> back.run());
        HBox bar = new HBox(8, backButton, UiText.pageTitle(ui.text("awardRegister.title")));
        bar.setAlignment(Pos.CENTER_LEFT);
        Label filter = UiText.bound("awardRegisterFilter", vm.filter);
        UiText.data(filter);
        Label error = UiText.bound("awardRegisterError", vm.error);
        error.getStyleClass().add("error-text");
        VBox top = new VBox(4, bar, filter, error);
        top.setPadding(new Insets(0, 0, 8, 0));

        TableView<AwardEntry> table = new TableView<>(vm.rows);
        table.setId("awardRegisterTable");
        table.setPlaceholder(new Label(ui.text("awardRegister.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                UiFormat.<AwardEntry>textColumn(ui.text("awardRegister.col.year"), 80, AwardEntry::period),
                UiFormat.<AwardEntry>textColumn(ui.text("awardRegister.col.subject"), 200, vm::subject),
                UiFormat.<AwardEntry>textColumn(ui.text("awardRegister.col.unit"), 220,
                        e -> e.unitName() == null ? "" : e.unitName()),
                UiFormat.<AwardEntry>textColumn(ui.text("awardRegister.col.kind"), 220, AwardEntry::kindName),
                UiFormat.<AwardEntry>textColumn(ui.text("awardRegister.col.decision"), 130, AwardEntry::decisionNo),
                UiFormat.<AwardEntry>dateColumn(ui.text("awardRegister.col.date"), AwardEntry::decisionDate),
                UiFormat.<AwardEntry>textColumn(ui.text("awardRegister.col.authority"), 200, AwardEntry::authority)));
        table.setRowFactory(t -> {
            TableRow<AwardEntry> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()
                        && row.getItem().personId() != null) {
                    person.accept(row.getItem().personId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            AwardEntry selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null && selected.personId() != null) {
                person.accept(selected.personId());
            }
        });
        Label count = UiText.bound("awardRegisterCount", vm.count);
        root.setTop(top);
        root.setCenter(table);
        root.setBottom(count);
        BorderPane.setMargin(count, new Insets(6, 0, 0, 0));
        root.setPadding(new Insets(12));
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
