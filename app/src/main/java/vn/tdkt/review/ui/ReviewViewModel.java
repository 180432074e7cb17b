package vn.tdkt.review.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.CancelledException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskExecutor;
import vn.tdkt.org.domain.OrgTree;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.Proposal;
import vn.tdkt.review.domain.ProposalPick;
import vn.tdkt.review.domain.ReviewResult;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.Verdict;
import vn.tdkt.review.service.ProposalService;
import vn.tdkt.review.service.ReviewExport;
import vn.tdkt.review.service.ReviewSheetService;

/**
 * The state and commands of the review screen: the year and review date, the review run in the background (one
 * service call returning ready lines, cancellable, a later run superseding an earlier one), the filters (unit with
 * its sub-units, title, result, diacritic-insensitive words), the counters of the unit in scope (the CSTĐCS ratio
 * cap among them), the proposals ticked, and the export of the visible rows.
 */
public final class ReviewViewModel {

    private final ReviewSheetService sheets;
    private final ProposalService proposals;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final String user;
    private final IntegerProperty year = new SimpleIntegerProperty(this, "year");
    private final ObjectProperty<LocalDate> reviewDate = new SimpleObjectProperty<>(this, "reviewDate");
    private final ReadOnlyObjectWrapper<ReviewResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final ObservableList<ReviewRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ReviewRow> visible = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>(this, "unit");
    private final ObjectProperty<Title> title = new SimpleObjectProperty<>(this, "title");
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>(this, "verdict");
    private final ObservableList<ReviewCounters.Counter> counters = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<TaskExecutor.Running> task = new ReadOnlyObjectWrapper<>(this, "task");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty changed = new SimpleBooleanProperty(this, "changed");
    private Consumer<Throwable> onError = e -> { };
    private int generation;

    public ReviewViewModel(ReviewSheetService sheets, ProposalService proposals, TaskExecutor tasks, Messages messages,
                           String user, int initialYear) {
        this.sheets = sheets;
        this.proposals = proposals;
        this.tasks = tasks;
        this.messages = messages;
        this.user = user;
        year.addListener((obs, o, y) -> reviewDate.set(LocalDate.of(y.intValue(), 12, 31)));
        year.set(initialYear);
        search.addListener((obs, o, n) -> applyFilter());
        unit.addListener((obs, o, n) -> {
            applyFilter();
            updateCounters();
        });
        title.addListener((obs, o, n) -> applyFilter());
        verdict.addListener((obs, o, n) -> applyFilter());
    }

    /** Where failures of the commands go (the view shows them). */
    public void onError(Consumer<Throwable> handler) {
        this.onError = handler;
    }

    // ---- the review

    /** Runs the review of the year on the review date; a run started later supersedes this one. */
    public void run() {
        LocalDate day = reviewDate.get();
        if (day == null) {
            onError.accept(new AppException(Msg.of("review.dateMissing")));
            return;
        }
        int y = year.get();
        int mine = ++generation;
        running.set(true);
        status.set("");
        task.set(tasks.run(messages.format("review.running", String.valueOf(y)), p -> sheets.sheet(y, day, p),
                sheet -> {
                    if (mine == generation) {
                        finished();
                        show(sheet);
                    }
                }, error -> {
                    if (mine == generation) {
                        finished();
                        if (error instanceof CancelledException) {
                            status.set(messages.get("review.cancelled"));
                        } else {
                            onError.accept(error);
                        }
                    }
                }));
        if (mine != generation || !running.get()) {
            task.set(null); // finished on the calling thread already
        }
    }

    /** Cancels the review under way, if any. */
    public void cancel() {
        TaskExecutor.Running t = task.get();
        if (t != null) {
            t.cancel();
        }
    }

    private void finished() {
        running.set(false);
        task.set(null);
    }

    private void show(ReviewSheetService.ReviewSheet sheet) {
        Unit previous = unit.get();
        units.setAll(sheet.units());
        rows.setAll(sheet.lines().stream().map(ReviewRow::new).toList());
        result.set(sheet.result());
        unit.set(previous == null ? null : units.stream().filter(u -> u.id() == previous.id()).findFirst().orElse(null));
        applyFilter();
        updateCounters();
        changed.set(!changed.get());
    }

    // ---- filters and counters

    private Set<Long> unitScope() {
        Unit u = unit.get();
        return u == null ? null : OrgTree.withDescendants(units, u.id());
    }

    private void applyFilter() {
        Set<Long> unitIds = unitScope();
        Title t = title.get();
        Verdict v = verdict.get();
        String[] words = VietnameseText.fold(search.get()).split(" ");
        visible.setPredicate(r -> {
            if (unitIds != null && !unitIds.contains(r.unitId())
                    || t != null && r.assessment().title() != t
                    || v != null && r.assessment().verdict() != v) {
                return false;
            }
            for (String w : words) {
                if (!w.isEmpty() && !r.searchKey().contains(w)) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Per title of the unit in scope: eligible, proposed and the cap; titles with nothing to count are left out. */
    private void updateCounters() {
        if (result.get() == null) {
            counters.clear();
            return;
        }
        Set<Long> unitIds = unitScope();
        List<ReviewRow> scope = unitIds == null ? rows : rows.stream().filter(r -> unitIds.contains(r.unitId())).toList();
        counters.setAll(ReviewCounters.count(scope, result.get().rules()).stream()
                .filter(c -> c.eligible() > 0 || c.proposed() > 0 || c.cap() != null).toList());
    }

    // ---- proposals

    /**
     * Proposes (or withdraws) the row's subject for its title; the row and the counters follow once saved. Only an
     * eligible or a not-assessed row can be proposed ({@link #proposable}).
     * A refusal leaves the row as it was, runs {@code onRefused} (the view resets its box) and goes to
     * {@link #onError}.
     */
    public void propose(ReviewRow row, boolean proposed, Runnable onRefused) {
        if (proposed && !proposable(row)) {
            onRefused.run();
            onError.accept(new AppException(Msg.of("review.proposal.notEligible")));
            return;
        }
        ReviewResult shown = result.get();
        Assessment a = row.assessment();
        tasks.run(messages.get("review.proposal.saving"),
                p -> proposals.setProposed(shown.year(), a.subject(), a.title(), proposed, user),
                saved -> {
                    row.proposalProperty().set(saved.orElse(null));
                    updateCounters();
                }, error -> {
                    onRefused.run();
                    onError.accept(error);
                });
    }

    /**
     * Proposes every eligible row shown that is not proposed yet (the filters choose: a unit, a title, words), in one
     * service call (one transaction); the rows then show their proposals.
     */
    public void proposeAllShown() {
        ReviewResult shown = result.get();
        if (shown == null) {
            return;
        }
        List<ProposalPick> picks = visible.stream()
                .filter(r -> !r.proposed() && r.assessment().verdict() == Verdict.ELIGIBLE).map(ReviewViewModel::pick).toList();
        if (picks.isEmpty()) {
            status.set(messages.get("review.thread.noneToPropose"));
            return;
        }
        tasks.run(messages.get("review.proposal.saving"), p -> {
            proposals.proposeAll(shown.year(), picks, user);
            return proposals.proposals(shown.year());
        }, stored -> {
            showProposals(stored);
            status.set(messages.format("review.thread.proposed", picks.size()));
        }, onError::accept);
    }

    /**
     * "Lập hồ sơ": the proposed rows shown that are in no dossier yet go into new dossiers, one per title and deciding
     * level, in one service call (one transaction); the rows then show "Trong hồ sơ" and the dossier.
     */
    public void openDossiers() {
        ReviewResult shown = result.get();
        if (shown == null) {
            return;
        }
        List<ProposalPick> picks = visible.stream().filter(r -> r.proposed() && !r.proposalProperty().get().progress()
                .inDossier()).map(ReviewViewModel::pick).toList();
        if (picks.isEmpty()) {
            onError.accept(new AppException(Msg.of("review.thread.nothingToFile")));
            return;
        }
        tasks.run(messages.get("review.thread.filing"), p -> {
            List<String> codes = proposals.openDossiers(shown.year(), picks, user).stream().map(d -> d.code()).toList();
            return new Filed(codes, proposals.proposals(shown.year()));
        }, filed -> {
            showProposals(filed.proposals());
            status.set(messages.format("review.thread.filed", filed.codes().size(), String.join(", ", filed.codes())));
        }, onError::accept);
    }

    private record Filed(List<String> codes, List<Proposal> proposals) {
    }

    /**
     * "Lập quyết định": the proposed rows shown that are in no draft or decision yet (and that the council did not
     * vote down) go into new draft decisions, one per deciding level and title (Luật TĐKT 2022 Điều 80), each
     * starting with the header remembered for its level, in one service call (one transaction); the rows then show
     * "Trong dự thảo quyết định" and open their draft.
     */
    public void draftDecisions() {
        ReviewResult shown = result.get();
        if (shown == null) {
            return;
        }
        List<ProposalPick> picks = visible.stream().filter(ReviewViewModel::decidable).map(ReviewViewModel::pick).toList();
        if (picks.isEmpty()) {
            onError.accept(new AppException(Msg.of("review.thread.nothingToDecide")));
            return;
        }
        tasks.run(messages.get("review.thread.drafting"), p -> {
            List<vn.tdkt.decision.domain.StoredDraft> drafts = proposals.draftDecisions(shown.year(), picks, user);
            int lines = drafts.stream().mapToInt(d -> d.draft().recipients().size()).sum();
            return new Drafted(drafts.size(), lines, proposals.proposals(shown.year()));
        }, drafted -> {
            showProposals(drafted.proposals());
            status.set(messages.format("review.thread.drafted", drafted.drafts(), drafted.lines()));
        }, onError::accept);
    }

    private record Drafted(int drafts, int lines, List<Proposal> proposals) {
    }

    /** Whether "Lập quyết định" takes the row: proposed, in no draft or decision, not voted down by the council. */
    static boolean decidable(ReviewRow r) {
        Proposal p = r.proposalProperty().get();
        return p != null && !p.progress().inDecision()
                && p.progress().stage() != vn.tdkt.review.domain.ProposalStage.KHONG_DAT;
    }

    private static ProposalPick pick(ReviewRow r) {
        return new ProposalPick(r.assessment().subject(), r.assessment().title(), r.unitId());
    }

    /** Puts the stored proposals (with their stages) on the rows; the counters follow. */
    private void showProposals(List<Proposal> stored) {
        for (ReviewRow r : rows) {
            Assessment a = r.assessment();
            r.proposalProperty().set(stored.stream().filter(p -> p.concerns(a.subject(), a.title())).findFirst().orElse(null));
        }
        updateCounters();
    }

    /**
     * Whether the row's proposal box can be changed: proposed and in no dossier yet, or eligible, or not assessed (a
     * đột xuất or theo đợt award the clerk proposes on the council's judgement, decision 76; "Đề xuất tất cả" still
     * takes only the eligible rows).
     */
    public static boolean proposable(ReviewRow row) {
        if (row.proposed()) {
            return !row.proposalProperty().get().progress().inDossier(); // withdrawn in its dossier, not here
        }
        Verdict v = row.assessment().verdict();
        return v == Verdict.ELIGIBLE || v == Verdict.NOT_ASSESSED;
    }

    // ---- export

    /** The file name offered for the export. */
    public String exportName() {
        return "binh-xet-" + (result.get() == null ? year.get() : result.get().year()) + ".xlsx";
    }

    /**
     * Writes the given rows (every row, or the filtered ones, as the clerk chose), in the given display order, to an
     * xlsx file (".xlsx" added when missing), with their unit and whether they are proposed.
     */
    public void export(Path chosen, List<ReviewRow> inOrder) {
        export(chosen, inOrder, file -> { });
    }

    /** {@link #export(Path, List)}, then the written file to {@code written} (the window offers "Mở tệp"). */
    public void export(Path chosen, List<ReviewRow> inOrder, java.util.function.Consumer<Path> written) {
        ReviewResult shown = result.get();
        List<ReviewExport.Line> lines = inOrder.stream()
                .map(r -> new ReviewExport.Line(r.assessment(), r.unitName(), r.proposed())).toList();
        Path file = chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? chosen
                : chosen.resolveSibling(chosen.getFileName() + ".xlsx");
        tasks.run(messages.get("review.export.running"), p -> {
            ReviewExport.writeLines(lines, file, ReviewExport.sheetName(shown.year()), vn.tdkt.common.domain.Texts.VIETNAMESE, p);
            return file;
        }, done -> {
            status.set(messages.format("review.export.done", lines.size(), done.toString()));
            written.accept(done);
        }, onError::accept);
    }

    // ---- state

    public IntegerProperty yearProperty() {
        return year;
    }

    public ObjectProperty<LocalDate> reviewDateProperty() {
        return reviewDate;
    }

    public ReadOnlyObjectProperty<ReviewResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObservableList<Unit> units() {
        return units;
    }

    /** Every row of the review. */
    public ObservableList<ReviewRow> rows() {
        return rows;
    }

    /** The rows the filters let through, in review order (the view sorts them). */
    public FilteredList<ReviewRow> visibleRows() {
        return visible;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The unit in scope (with its sub-units), null for every unit. */
    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    /** The title shown, null for every title. */
    public ObjectProperty<Title> titleProperty() {
        return title;
    }

    /** The result shown, null for every result. */
    public ObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    public ObservableList<ReviewCounters.Counter> counters() {
        return counters;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The review under way (for its progress), null when none. */
    public ReadOnlyObjectProperty<TaskExecutor.Running> taskProperty() {
        return task.getReadOnlyProperty();
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Flips each time a review is shown (the view clears its selection). */
    public BooleanProperty shownProperty() {
        return changed;
    }
}
