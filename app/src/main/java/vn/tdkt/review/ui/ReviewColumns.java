package vn.tdkt.review.ui;

import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.ui.CellWidths;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.review.domain.Proposal;
import vn.tdkt.review.domain.Verdict;

/** The columns of the review table: code, name, unit, title, result (coloured) and the proposal box. */
final class ReviewColumns {

    /** Half of a long name ("Nguyễn Thị Quỳnh Nhài") and of a long unit ("Phòng Công chức - Viên chức"), with the padding. */
    static final double NAME_MIN = 118;
    static final double UNIT_MIN = 128;

    private static final List<String> VERDICT_CLASSES = List.of("verdict-eligible", "verdict-not-eligible", "verdict-held");

    private ReviewColumns() {
    }

    static List<TableColumn<ReviewRow, ?>> of(Ui ui, ReviewViewModel model) {
        TableColumn<ReviewRow, String> code = UiFormat.textColumn(ui.text("review.col.code"), 88,
                r -> r.assessment().subject().code());
        // names and units wrap onto a second line rather than being cut; their minimums keep them to two lines
        TableColumn<ReviewRow, String> name = CellWidths.wrap(UiFormat.textColumn(ui.text("review.col.name"), 150,
                r -> r.assessment().subject().name()));
        code.setMinWidth(80); // "CB00012" whole at 1280 × 800
        name.setMinWidth(NAME_MIN);
        name.setComparator(Comparator.comparing(VietnameseText::nameSortKey));
        TableColumn<ReviewRow, String> unit = CellWidths.wrap(UiFormat.textColumn(ui.text("review.col.unit"), 165,
                ReviewRow::unitName));
        unit.setMinWidth(UNIT_MIN);
        TableColumn<ReviewRow, String> title = CellWidths.wrap(UiFormat.textColumn(ui.text("review.col.title"), 170,
                r -> ReviewDetail.titleText(ui, r.assessment().title())));
        TableColumn<ReviewRow, Verdict> verdict = new TableColumn<>(ui.text("review.col.result"));
        verdict.setPrefWidth(135);
        verdict.setMinWidth(145);
        verdict.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().assessment().verdict()));
        verdict.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Verdict v, boolean empty) {
                super.updateItem(v, empty);
                getStyleClass().removeAll(VERDICT_CLASSES);
                setText(empty || v == null ? null : ui.messages().label(v));
                if (!empty && v != null) {
                    getStyleClass().add(ReviewDetail.verdictClass(v));
                }
            }
        });
        TableColumn<ReviewRow, Proposal> proposed = new TableColumn<>(ui.text("review.col.proposed"));
        proposed.setPrefWidth(75);
        proposed.setMinWidth(70);
        proposed.setCellValueFactory(f -> f.getValue().proposalProperty());
        proposed.setCellFactory(c -> new ProposalCell(model));
        proposed.setComparator(Comparator.nullsLast(Comparator.comparing(Proposal::proposedAt)));
        TableColumn<ReviewRow, String> registered = CellWidths.wrap(UiFormat.textColumn(ui.text("registration.review.col"),
                100, r -> r.registered() == null ? ui.text("registration.review.none")
                        : r.registeredTitle().map(t -> ReviewDetail.titleText(ui, t)).orElse(r.registered())));
        TableColumn<ReviewRow, String> stage = CellWidths.wrap(new TableColumn<>(ui.text("review.col.stage")));
        stage.setId("stageColumn");
        stage.setPrefWidth(110);
        stage.setCellValueFactory(f -> javafx.beans.binding.Bindings.createStringBinding(() -> {
            Proposal p = f.getValue().proposalProperty().get();
            if (p == null) {
                return "";
            }
            String ref = p.progress().decisionNo() != null ? p.progress().decisionNo() : p.progress().dossierCode();
            return ui.messages().label(p.stage()) + (ref == null ? "" : " (" + ref + ")");
        }, f.getValue().proposalProperty()));
        return List.of(code, name, unit, title, verdict, registered, proposed, stage);
    }

    /** The check box of the Đề xuất column: ticking saves (or withdraws) the proposal through the model. */
    private static final class ProposalCell extends TableCell<ReviewRow, Proposal> {
        private final CheckBox box = new CheckBox();

        ProposalCell(ReviewViewModel model) {
            box.getStyleClass().add("proposal-check");
            box.setOnAction(e -> {
                ReviewRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null) {
                    model.propose(row, box.isSelected(), () -> box.setSelected(row.proposed()));
                }
            });
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(Proposal p, boolean empty) {
            super.updateItem(p, empty);
            ReviewRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row == null) {
                setGraphic(null);
                return;
            }
            box.setSelected(p != null);
            box.setDisable(!ReviewViewModel.proposable(row));
            setGraphic(box);
        }
    }
}
