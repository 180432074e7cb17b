package vn.tdkt.home.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskExecutor;
import vn.tdkt.home.domain.DueItem;
import vn.tdkt.home.domain.DueKind;
import vn.tdkt.home.domain.HomeData;
import vn.tdkt.home.domain.RegistrationProgress;
import vn.tdkt.home.domain.UnitYearCount;
import vn.tdkt.home.domain.YearDecisions;
import vn.tdkt.home.service.HomeService;
import vn.tdkt.movement.service.MovementReports;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.record.domain.AwardQuery;

/**
 * The start screen (Tổng quan): what is overdue and due in the next days, movements by status, decisions and money of
 * the year, the two charts and the registration coverage, each card read by its own background call and shown when it
 * finishes; opening a line goes to the record it names.
 */
public final class HomeViewModel {

    /** Days ahead the start screen looks. */
    public static final int DAYS = 7;

    private final HomeService service;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final Consumer<HomeLink> opener;
    private final MovementReports reports;

    public final ObjectProperty<HomeData> data = new SimpleObjectProperty<>();
    /** True once {@link #data} holds the charts and the registration coverage too (the last cards to come). */
    public final BooleanProperty chartsLoaded = new SimpleBooleanProperty();
    public final ObservableList<DueItem> due = FXCollections.observableArrayList();
    public final StringProperty summary = new SimpleStringProperty("");
    /** The last file written (the view offers to open or print it). */
    public final vn.tdkt.common.ui.WrittenFile written = new vn.tdkt.common.ui.WrittenFile();
    public final StringProperty movements = new SimpleStringProperty("");
    public final StringProperty decisions = new SimpleStringProperty("");
    public final StringProperty error = new SimpleStringProperty("");
    /** What the last document written says (the công văn đôn đốc). */
    public final StringProperty notice = new SimpleStringProperty("");

    /** The year's registration coverage while below 100 %, else empty. */
    public final StringProperty registrations = new SimpleStringProperty("");

    /** One entry of the movements card: a status and how many movements are in it. */
    public record StatusCount(MovementStatus status, int count) {
    }

    /** The movements card's entries, in status order; each opens the movement list filtered to its status. */
    public final ObservableList<StatusCount> statusCounts = FXCollections.observableArrayList();

    /** @param opener carries out what an item opens (the main window's navigation) */
    public HomeViewModel(HomeService service, MovementReports reports, TaskExecutor tasks, Messages messages,
                         Supplier<LocalDate> today, Consumer<HomeLink> opener) {
        this.service = service;
        this.reports = reports;
        this.tasks = tasks;
        this.messages = messages;
        this.today = today;
        this.opener = opener;
    }

    /** The bar chart's data (awards by unit and year), set when its query finishes; null until then. */
    public final ObjectProperty<List<UnitYearCount>> awardsByUnitYear = new SimpleObjectProperty<>();
    /** The pie's data (awards by title), set when its query finishes; null until then. */
    public final ObjectProperty<Map<String, Integer>> titles = new SimpleObjectProperty<>();

    /** What a load has received so far; a newer load makes an older one's late answers void. */
    private final class Pieces {
        final LocalDate day;
        List<DueItem> dueItems;
        Map<String, Integer> byStatus;
        YearDecisions dec;
        List<UnitYearCount> bars;
        Map<String, Integer> pie;
        boolean registered;
        RegistrationProgress reg;
        boolean summaryShown;
        Runnable afterSummary;

        Pieces(LocalDate day) {
            this.day = day;
        }

        boolean current() {
            return pieces == this;
        }

        /** Publishes {@link #data} once the summary cards are in, and again with the charts once those are. */
        void publish() {
            if (dueItems == null || byStatus == null || dec == null) {
                return;
            }
            boolean all = bars != null && pie != null && registered;
            if (summaryShown && !all || chartsLoaded.get()) {
                return;
            }
            boolean first = !summaryShown;
            summaryShown = true;
            if (all) {
                chartsLoaded.set(true);
            }
            data.set(new HomeData(day, DAYS, dueItems, byStatus, dec.decisions(), dec.money(), dec.recipients(),
                    all ? bars : List.of(), all ? pie : Map.of(), reg));
            if (first && afterSummary != null) {
                afterSummary.run();
            }
        }
    }

    private Pieces pieces;

    /**
     * Reads every card in its own background call and shows each as it finishes: the due list, the movement counts
     * and the decisions first (the window is usable with them), then the two charts and the registration coverage.
     */
    public void load() {
        LocalDate day = today.get();
        int year = day.getYear();
        Pieces p = new Pieces(day);
        p.afterSummary = () -> charts(p, year);
        pieces = p;
        chartsLoaded.set(false); // the charts on screen stay until the new ones come
        String loading = messages.get("home.loading");
        tasks.run(loading, x -> service.due(day, DAYS), list -> {
            if (p.current()) {
                p.dueItems = list;
                showDue(day, list);
                p.publish();
            }
        }, this::failed);
        tasks.run(loading, x -> service.movementsByStatus(), m -> {
            if (p.current()) {
                p.byStatus = m;
                showMovements(m);
                p.publish();
            }
        }, this::failed);
        tasks.run(loading, x -> service.decisions(year), d -> {
            if (p.current()) {
                p.dec = d;
                decisions.set(messages.format("home.decisions", String.valueOf(year), VnFormat.number(d.decisions()),
                        VnFormat.number(d.recipients()), VnFormat.money(d.money())));
                p.publish();
            }
        }, this::failed);
    }

    /** The two charts and the registration card: queued once the summary cards are in, so they do not delay them. */
    private void charts(Pieces p, int year) {
        String loading = messages.get("home.loading");
        tasks.run(loading, x -> service.awardsByUnitYear(year), b -> {
            if (p.current()) {
                p.bars = b;
                awardsByUnitYear.set(b);
                p.publish();
            }
        }, this::failed);
        tasks.run(loading, x -> service.titles(year), t -> {
            if (p.current()) {
                p.pie = t;
                titles.set(t);
                p.publish();
            }
        }, this::failed);
        tasks.run(loading, x -> service.registrations(year), r -> {
            if (p.current()) {
                p.registered = true;
                p.reg = r;
                showRegistrations(r);
                p.publish();
            }
        }, this::failed);
    }

    private void failed(Throwable t) {
        error.set(messages.failure(t));
    }

    private void showDue(LocalDate day, List<DueItem> list) {
        due.setAll(list);
        long late = list.stream().filter(DueItem::overdue).count();
        summary.set(messages.format("home.summary", VnFormat.date(day), String.valueOf(late),
                String.valueOf(list.size() - late), String.valueOf(DAYS)));
        error.set("");
    }

    private void showMovements(Map<String, Integer> byStatus) {
        StringBuilder b = new StringBuilder();
        statusCounts.setAll(byStatus.entrySet().stream()
                .map(e -> new StatusCount(MovementStatus.valueOf(e.getKey()), e.getValue())).toList());
        byStatus.forEach((status, n) -> {
            if (b.length() > 0) {
                b.append(" · ");
            }
            b.append(messages.label(MovementStatus.valueOf(status))).append(": ").append(n);
        });
        movements.set(b.toString());
    }

    private void showRegistrations(RegistrationProgress r) {
        registrationYear = r == null ? 0 : r.year();
        registrations.set(r == null ? "" : messages.format("registration.home", String.valueOf(r.year()),
                String.valueOf(r.registered()), String.valueOf(r.members()), r.percent().toPlainString().replace('.', ','),
                String.valueOf(r.unitsRegistered()), String.valueOf(r.units()))
                + (r == null || r.deadline() == null ? "" : " " + messages.format("registration.home.deadline",
                VnFormat.date(r.deadline()))));
    }

    /** The most slices the pie shows; the smaller titles beyond them make one "Khác" slice. */
    public static final int PIE_SLICES = 8;

    /**
     * The pie's slices from the titles' counts (largest first): each title named with its count, at most
     * {@value #PIE_SLICES}, the rest summed as "Khác", so the legend beside the pie holds one column.
     */
    public List<Map.Entry<String, Integer>> slices(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> all = List.copyOf(counts.entrySet());
        List<Map.Entry<String, Integer>> out = new java.util.ArrayList<>();
        int shown = all.size() > PIE_SLICES ? PIE_SLICES - 1 : all.size();
        sliceTitles.clear();
        for (int i = 0; i < shown; i++) {
            String label = all.get(i).getKey() + " (" + all.get(i).getValue() + ")";
            sliceTitles.put(label, List.of(all.get(i).getKey()));
            out.add(Map.entry(label, all.get(i).getValue()));
        }
        if (shown < all.size()) {
            int rest = all.subList(shown, all.size()).stream().mapToInt(Map.Entry::getValue).sum();
            String label = messages.format("home.chart.other", String.valueOf(all.size() - shown), String.valueOf(rest));
            sliceTitles.put(label, all.subList(shown, all.size()).stream().map(Map.Entry::getKey).toList());
            out.add(Map.entry(label, rest));
        }
        return out;
    }

    /** The titles each slice of the last {@link #slices} stands for ("Khác": the smaller titles it sums). */
    private final Map<String, List<String>> sliceTitles = new java.util.HashMap<>();
    /** The year the registration card names (its own or the year before's), 0 while it shows none. */
    private int registrationYear;

    /** The year the cards count (today's). */
    private int year() {
        return (data.get() == null ? today.get() : data.get().today()).getYear();
    }

    /**
     * Opens the record a line names: the movement of a milestone, the dossier of a deadline, notice or appraisal, the meeting; a
     * ministry's date names none and opens nothing.
     */
    public void open(DueItem item) {
        if (item != null && item.kind() != DueKind.CENTRAL) {
            opener.accept(new HomeLink.Due(item));
        }
    }

    /** Opens the movement list filtered to a status of the movements card. */
    public void openStatus(MovementStatus status) {
        if (status != null) {
            opener.accept(new HomeLink.Movements(status));
        }
    }

    /** Opens Đăng ký thi đua on the year the registration card names. */
    public void openRegistrations() {
        if (registrationYear != 0) {
            opener.accept(new HomeLink.Registrations(registrationYear));
        }
    }

    /** Opens the decisions register on the year of the decisions card. */
    public void openDecisions() {
        opener.accept(new HomeLink.Decisions(year()));
    }

    /** Opens the award register on what a bar of the chart counts: the unit's awards of the year. */
    public void openBar(String unitName, int awardYear) {
        opener.accept(new HomeLink.Awards(new AwardQuery(unitName, List.of(), awardYear, awardYear)));
    }

    /** Opens the award register on what a slice counts: its titles' awards of the chart's years. */
    public void openSlice(String slice) {
        List<String> kinds = sliceTitles.get(slice);
        if (kinds != null) {
            int to = year();
            opener.accept(new HomeLink.Awards(new AwardQuery(null, kinds, to - HomeService.CHART_YEARS + 1, to)));
        }
    }

    /** Whether a công văn đôn đốc can be written from a line: an overdue milestone of a movement. */
    public boolean canRemind(DueItem item) {
        return item != null && item.kind() == DueKind.MILESTONE && item.overdue();
    }

    /**
     * The file name proposed for the công văn đôn đốc of a line: its movement's code and the day the screen shows
     * ({@code CV-don-doc_SNV-KH15-2026_04-12-2026.docx}, decision 159).
     */
    public String reminderName(DueItem item) {
        LocalDate day = data.get() == null ? today.get() : data.get().today();
        return vn.tdkt.movement.domain.MovementFileNames.reminder(item == null ? null : item.code(), day);
    }

    /**
     * Writes the công văn đôn đốc of the movement of an overdue milestone line, on the day the screen shows: addressed
     * to every unit that has not done a milestone of that movement overdue then.
     */
    public void writeReminder(DueItem item, Path file) {
        if (!canRemind(item)) {
            return;
        }
        LocalDate day = data.get() == null ? today.get() : data.get().today();
        tasks.run(messages.get("home.reminder.writing"), p -> reports.writeReminder(item.targetId(), day, file),
                path -> {
                    notice.set(messages.format("home.reminder.written", path.toString()));
                    error.set("");
                    written.announce(path);
                }, this::failed);
    }

    /** The detail of a line, with the note that a milestone's day was a day off. */
    public String detail(DueItem item) {
        return item.dueOnRest() == null ? item.detail() : messages.format("home.dueOnRest", item.detail(), item.dueOnRest());
    }

    /** "Quá hạn 3 ngày" / "Còn 2 ngày" / "Hôm nay". */
    public String when(DueItem item) {
        if (item.days() < 0) {
            return messages.format("home.late", String.valueOf(-item.days()));
        }
        return item.days() == 0 ? messages.get("home.today") : messages.format("home.left", String.valueOf(item.days()));
    }
}
