package vn.tdkt.audit.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.audit.domain.AuditEntry;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskExecutor;

/** Lịch sử thay đổi of a person or a dossier, from the audit log, loaded in the background, newest first. */
public final class ChangeHistoryModel {

    private final Supplier<List<AuditEntry>> source;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final ObservableList<ChangeRow> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");

    private ChangeHistoryModel(Supplier<List<AuditEntry>> source, TaskExecutor tasks, Messages messages) {
        this.source = source;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** The history of a person (its row, assignments, ratings, awards…). */
    public static ChangeHistoryModel ofPerson(AuditService audit, long personId, TaskExecutor tasks, Messages messages) {
        return new ChangeHistoryModel(() -> audit.personHistory(personId), tasks, messages);
    }

    /** The history of a dossier (its row, subjects, checks, attachments, log). */
    public static ChangeHistoryModel ofDossier(AuditService audit, long dossierId, TaskExecutor tasks, Messages messages) {
        return new ChangeHistoryModel(() -> audit.dossierHistory(dossierId), tasks, messages);
    }

    public ObservableList<ChangeRow> rows() {
        return rows;
    }

    /** How many changes are shown, or why none could be read. */
    public StringProperty statusProperty() {
        return status;
    }

    public void refresh() {
        tasks.run(messages.get("audit.history.loading"), p -> source.get().stream().map(e -> ChangeRow.of(e, messages)).toList(),
                list -> {
                    rows.setAll(list);
                    status.set(messages.format("audit.history.count", list.size()));
                }, error -> status.set(messages.failure(error))); // the rows read before stay (a lost connection)
    }
}
