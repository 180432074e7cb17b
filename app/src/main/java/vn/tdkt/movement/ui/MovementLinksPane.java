package vn.tdkt.movement.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.movement.domain.MovementLinks.LinkedDecision;
import vn.tdkt.movement.domain.MovementLinks.LinkedDossier;
import vn.tdkt.movement.domain.MovementReport;

/**
 * The movement page's tab "Hồ sơ, quyết định": the dossiers and decisions that name the movement shown, and the báo cáo
 * sơ kết / tổng kết written from them.
 */
final class MovementLinksPane {

    private MovementLinksPane() {
    }

    static Node build(Ui ui, MovementViewModel vm) {
        TableView<LinkedDossier> dossiers = new TableView<>(vm.dossiers);
        dossiers.setId("movementDossierTable");
        dossiers.setPlaceholder(new Label(ui.text("movement.links.noDossiers")));
        dossiers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        dossiers.getColumns().setAll(List.of(
                UiFormat.<LinkedDossier>textColumn(ui.text("movement.links.dossierCode"), 120, LinkedDossier::code),
                UiFormat.<LinkedDossier>textColumn(ui.text("movement.links.award"), 200, d -> nz(d.awardName())),
                UiFormat.<LinkedDossier>textColumn(ui.text("movement.links.unit"), 200, d -> nz(d.unitName())),
                UiFormat.<LinkedDossier>dateColumn(ui.text("movement.links.deadline"), LinkedDossier::deadline)));
        TableView<LinkedDecision> decisions = new TableView<>(vm.decisions);
        decisions.setId("movementDecisionTable");
        decisions.setPlaceholder(new Label(ui.text("movement.links.noDecisions")));
        decisions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        decisions.getColumns().setAll(List.of(
                UiFormat.<LinkedDecision>textColumn(ui.text("movement.links.decisionNo"), 120, LinkedDecision::decisionNo),
                UiFormat.<LinkedDecision>dateColumn(ui.text("movement.links.decisionDate"), LinkedDecision::decisionDate),
                UiFormat.<LinkedDecision>textColumn(ui.text("movement.links.subject"), 260, d -> nz(d.subject())),
                UiFormat.<LinkedDecision>textColumn(ui.text("movement.links.lines"), 70, d -> Integer.toString(d.lines())),
                UiFormat.<LinkedDecision>textColumn(ui.text("movement.links.total"), 120, d -> VnFormat.money(d.total()))));
        Label dossierTitle = new Label(ui.text("movement.links.dossiers"));
        dossierTitle.getStyleClass().add("section-title");
        Label decisionTitle = new Label(ui.text("movement.links.decisions"));
        decisionTitle.getStyleClass().add("section-title");
        HBox reports = new HBox(8, report(ui, vm, MovementReport.Kind.SO_KET, "writeSoKetButton", "movement.writeSoKet"),
                report(ui, vm, MovementReport.Kind.TONG_KET, "writeTongKetButton", "movement.writeTongKet"));
        VBox box = new VBox(6, dossierTitle, dossiers, decisionTitle, decisions, reports);
        VBox.setVgrow(dossiers, Priority.ALWAYS);
        VBox.setVgrow(decisions, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    /** A button writing the shown movement's báo cáo of that kind, dated today, with the figures of the data. */
    private static Button report(Ui ui, MovementViewModel vm, MovementReport.Kind kind, String id, String key) {
        Button b = new Button(ui.text(key));
        b.setId(id);
        b.setOnAction(e -> {
            LocalDate day = LocalDate.now();
            ui.dialogs().chooseSave(ui.text(key), vm.reportName(kind, day), "Word", "*.docx")
                    .ifPresent(f -> vm.writeReport(kind, day, f));
        });
        b.disableProperty().bind(vm.selected.isNull());
        return b;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
