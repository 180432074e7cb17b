package vn.tdkt.registration.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.registration.domain.UnionTitle;

/**
 * Danh mục danh hiệu Công đoàn: the union titles (a catalogue of their own, never mixed with the state titles) in a
 * table; below it the selected title's form (code, name, for whom, order, in use) with Mới, Lưu and Ngừng dùng /
 * Dùng lại. A thin view over {@link UnionTitlesViewModel}.
 */
public final class UnionTitlesDialog extends Dialog<Void> {

    public UnionTitlesDialog(Ui ui, UnionTitlesViewModel vm) {
        setTitle(ui.text("unionTitles.title"));
        setResizable(true);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        ui.dialogs().prepare(this);

        TableView<UnionTitle> table = new TableView<>(vm.titles);
        table.setId("unionTitlesTable");
        table.setPrefSize(700, 260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                UiFormat.<UnionTitle>textColumn(ui.text("unionTitles.col.code"), 90, UnionTitle::code),
                UiFormat.<UnionTitle>textColumn(ui.text("unionTitles.col.name"), 250, UnionTitle::name),
                UiFormat.<UnionTitle>textColumn(ui.text("unionTitles.col.subject"), 150, t -> subject(ui, t.subject())),
                UiFormat.<UnionTitle>textColumn(ui.text("unionTitles.col.rank"), 60, t -> String.valueOf(t.rank())),
                UiFormat.<UnionTitle>textColumn(ui.text("unionTitles.col.active"), 80,
                        t -> ui.text(t.active() ? "unionTitles.inUse" : "unionTitles.outOfUse"))));
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, t) -> vm.select(t));

        TextField code = new TextField();
        code.setId("unionTitleCodeField");
        code.textProperty().bindBidirectional(vm.code);
        code.editableProperty().bind(vm.codeEditable);
        TextField name = new TextField();
        name.setId("unionTitleNameField");
        name.setPrefColumnCount(30);
        name.textProperty().bindBidirectional(vm.name);
        ComboBox<AwardSubject> subject = new ComboBox<>();
        subject.setId("unionTitleSubjectCombo");
        subject.getItems().setAll(AwardSubject.values());
        subject.setConverter(new StringConverter<>() {
            @Override
            public String toString(AwardSubject s) {
                return s == null ? "" : subject(ui, s);
            }

            @Override
            public AwardSubject fromString(String s) {
                return null;
            }
        });
        subject.valueProperty().bindBidirectional(vm.subject);
        TextField rank = new TextField();
        rank.setId("unionTitleRankField");
        rank.setPrefColumnCount(5);
        rank.textProperty().bindBidirectional(vm.rank);
        CheckBox active = new CheckBox(ui.text("unionTitles.active"));
        active.setId("unionTitleActiveBox");
        active.selectedProperty().bindBidirectional(vm.active);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(ui.text("unionTitles.col.code")), code, new Label(ui.text("unionTitles.col.subject")), subject);
        form.addRow(1, new Label(ui.text("unionTitles.col.name")), name, new Label(ui.text("unionTitles.col.rank")), rank);
        form.add(active, 1, 2);

        Button add = new Button(ui.text("unionTitles.new"));
        add.setId("unionTitleNewButton");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            vm.newTitle();
        });
        Button save = new Button(ui.text("unionTitles.save"));
        save.setId("unionTitleSaveButton");
        save.setOnAction(e -> vm.save());
        Button toggle = new Button();
        toggle.setId("unionTitleToggleButton");
        toggle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> ui.text(
                vm.selected.get() != null && !vm.selected.get().active() ? "unionTitles.enable" : "unionTitles.disable"),
                vm.selected));
        toggle.disableProperty().bind(vm.selected.isNull());
        toggle.setOnAction(e -> vm.toggleActive());
        HBox actions = new HBox(8, add, save, toggle);

        Label hint = new Label(ui.text("unionTitles.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMaxWidth(700);
        Label message = new Label();
        message.setId("unionTitlesMessage");
        message.textProperty().bind(vm.message);
        Label error = new Label();
        error.setId("unionTitlesError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setMaxWidth(700);
        error.textProperty().bind(vm.error);
        VBox box = new VBox(8, hint, table, form, actions, message, error);
        box.setPadding(new Insets(4));
        getDialogPane().setContent(box);
        vm.load();
    }

    private static String subject(Ui ui, AwardSubject s) {
        return switch (s) {
            case CA_NHAN -> ui.text("unionTitles.subject.person");
            case TAP_THE -> ui.text("unionTitles.subject.collective");
            case CA_HAI -> ui.text("unionTitles.subject.both");
        };
    }
}
