package vn.tdkt.record.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskExecutor;
import vn.tdkt.record.domain.AwardEntry;
import vn.tdkt.record.domain.AwardQuery;
import vn.tdkt.record.service.RecordService;

/**
 * The award register (Sổ khen thưởng) on a filter: the awards a bar of Tổng quan's chart (a unit's awards of a year) or
 * a slice of its pie (a title's awards of the chart's years) counts, read in the background.
 */
public final class AwardRegisterModel {

    private final RecordService records;
    private final TaskExecutor tasks;
    private final Messages messages;
    private AwardQuery query;

    public final ObservableList<AwardEntry> rows = FXCollections.observableArrayList();
    /** What the register is filtered to, in words. */
    public final StringProperty filter = new SimpleStringProperty("");
    /** "n khen thưởng". */
    public final StringProperty count = new SimpleStringProperty("");
    public final StringProperty error = new SimpleStringProperty("");

    public AwardRegisterModel(RecordService records, TaskExecutor tasks, Messages messages, AwardQuery query) {
        this.records = records;
        this.tasks = tasks;
        this.messages = messages;
        this.query = query;
    }

    public AwardQuery query() {
        return query;
    }

    /** Shows another filter. */
    public void show(AwardQuery q) {
        query = q;
        load();
    }

    /** Reads the lines of the filter. */
    public void load() {
        AwardQuery q = query;
        filter.set(describe(q));
        tasks.run(messages.get("awardRegister.loading"), p -> records.register(q), list -> {
            if (q == query) {
                rows.setAll(list);
                count.set(messages.format("awardRegister.count", String.valueOf(list.size())));
                error.set("");
            }
        }, t -> error.set(messages.failure(t)));
    }

    /** "Đơn vị: …; năm 2025; danh hiệu, hình thức: …" from the filter. */
    String describe(AwardQuery q) {
        String years = q.fromYear() == q.toYear() ? messages.format("awardRegister.year", String.valueOf(q.toYear()))
                : messages.format("awardRegister.years", String.valueOf(q.fromYear()), String.valueOf(q.toYear()));
        StringBuilder b = new StringBuilder();
        if (q.unitName() != null) {
            b.append(messages.format("awardRegister.unit", q.unitName())).append("; ");
        }
        b.append(years);
        if (!q.kindNames().isEmpty()) {
            b.append("; ").append(messages.format("awardRegister.kinds", String.join(", ", q.kindNames())));
        }
        return b.toString();
    }

    /** Who a line is about: the person, or the collective. */
    public String subject(AwardEntry e) {
        return e.personName() != null ? e.personName() : messages.get("awardRegister.collective");
    }
}
