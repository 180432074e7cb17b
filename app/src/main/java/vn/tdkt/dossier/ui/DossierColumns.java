package vn.tdkt.dossier.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.dossier.domain.ChecklistItem;
import vn.tdkt.dossier.domain.ComponentStatus;
import vn.tdkt.dossier.domain.DossierStatus;
import vn.tdkt.dossier.domain.LogEntry;
import vn.tdkt.dossier.domain.SubjectView;

/** The columns of a dossier page's tables: subjects, the component checklist with its files, the status log. */
final class DossierColumns {

    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Ui ui;

    DossierColumns(Ui ui) {
        this.ui = ui;
    }

    List<TableColumn<SubjectView, ?>> subjects() {
        return List.of(
                UiFormat.<SubjectView>textColumn(ui.text("dossier.subjectCol.kind"), 90, s -> ui.messages().label(s.subject().kind())),
                UiFormat.<SubjectView>textColumn(ui.text("dossier.subjectCol.name"), 190, s -> ui.messages().text(s.display())),
                UiFormat.<SubjectView>textColumn(ui.text("dossier.subjectCol.detail"), 200,
                        s -> s.detail() == null ? "" : s.detail()));
    }

    List<TableColumn<LogEntry, ?>> log() {
        return List.of(
                UiFormat.<LogEntry>textColumn(ui.text("dossier.logCol.at"), 130, l -> l.at().format(LOG_TIME)),
                UiFormat.<LogEntry>textColumn(ui.text("dossier.logCol.user"), 110, LogEntry::user),
                UiFormat.<LogEntry>textColumn(ui.text("dossier.logCol.from"), 120, l -> ui.messages().label(l.from())),
                UiFormat.<LogEntry>textColumn(ui.text("dossier.logCol.to"), 120, l -> ui.messages().label(l.to())),
                UiFormat.<LogEntry>textColumn(ui.text("dossier.logCol.note"), 300, l -> l.note() == null ? "" : l.note()));
    }

    List<TableColumn<ComponentStatus, ?>> checklist() {
        TableColumn<ComponentStatus, ComponentStatus> state = new TableColumn<>(ui.text("dossier.checkCol.state"));
        state.setPrefWidth(80);
        state.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        state.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ComponentStatus cs, boolean empty) {
                super.updateItem(cs, empty);
                getStyleClass().removeAll("error-text", "ok-text");
                if (empty || cs == null) {
                    setText(null);
                    return;
                }
                setText(ui.text(cs.present() ? "dossier.state.present" : "dossier.state.missing"));
                if (cs.present()) {
                    getStyleClass().add("ok-text");
                } else if (cs.item().required()) {
                    getStyleClass().add("error-text");
                }
            }
        });
        TableColumn<ComponentStatus, String> component = UiFormat.textColumn(ui.text("dossier.checkCol.component"), 420,
                cs -> cs.item().component().name());
        component.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(empty ? null : name);
                setTooltip(empty || name == null ? null : new Tooltip(name));
            }
        });
        return List.of(component,
                UiFormat.<ComponentStatus>textColumn(ui.text("dossier.checkCol.requirement"), 230, cs -> requirement(cs.item())),
                UiFormat.<ComponentStatus>textColumn(ui.text("dossier.checkCol.source"), 100, cs -> ui.text(
                        cs.item().component().generated() ? "dossier.source.generated" : "dossier.source.attached")),
                state,
                UiFormat.<ComponentStatus>textColumn(ui.text("dossier.checkCol.files"), 180, this::files));
    }

    private String requirement(ChecklistItem item) {
        if (!item.required()) {
            return ui.text("dossier.req.optional");
        }
        String base = ui.text(item.choiceGroup() == null ? "dossier.req.required" : "dossier.req.oneOf");
        return item.neededAt() == DossierStatus.DU_THAO || item.neededAt() == DossierStatus.DU_HO_SO ? base
                : ui.format("dossier.req.from", base, ui.messages().label(item.neededAt()));
    }

    private String files(ComponentStatus cs) {
        return cs.files().stream().map(a -> ui.format(a.generated() ? "dossier.file.generated" : "dossier.file.attached",
                a.originalName())).collect(Collectors.joining("; "));
    }
}
