package vn.tdkt.council.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.ui.ConversionReview;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskExecutor;
import vn.tdkt.council.domain.AgendaAddition;
import vn.tdkt.council.domain.AgendaGroup;
import vn.tdkt.council.domain.Attendance;
import vn.tdkt.council.domain.AttendanceStatus;
import vn.tdkt.council.domain.Candidate;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.CouncilRules;
import vn.tdkt.council.domain.Meeting;
import vn.tdkt.council.domain.MeetingRule;
import vn.tdkt.council.domain.QuorumCheck;
import vn.tdkt.council.domain.Selection;
import vn.tdkt.council.domain.Share;
import vn.tdkt.council.domain.TallyOutcome;
import vn.tdkt.council.domain.TallyResult;
import vn.tdkt.council.domain.VoteThreshold;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierFilter;
import vn.tdkt.dossier.domain.DossierStatus;

/**
 * The state and commands of one meeting's page: the attendance as ticked with its live quorum (the service's once
 * saved), the agenda with quotas and thresholds, and the tally (results, summary, whether a further round is
 * due). Every service call goes through the {@link TaskExecutor}; failures go to {@link #onError}.
 */
public final class MeetingPageModel {

    /** Whether the attendance on screen is the saved one. */
    public enum AttendanceState { NOT_SAVED, SAVED, UNSAVED }

    /** One member's line of the attendance grid. */
    public static final class AttendanceLine {
        private final CouncilMember member;
        private final ObjectProperty<AttendanceStatus> status = new SimpleObjectProperty<>(this, "status");
        private final StringProperty note = new SimpleStringProperty(this, "note", "");

        AttendanceLine(CouncilMember member, AttendanceStatus status, String note) {
            this.member = member;
            this.status.set(status);
            this.note.set(note == null ? "" : note);
        }

        public CouncilMember member() {
            return member;
        }

        public ObjectProperty<AttendanceStatus> statusProperty() {
            return status;
        }

        public StringProperty noteProperty() {
            return note;
        }
    }

    /** A line of the results table. */
    public record ResultRow(String titleName, Candidate candidate, TallyOutcome outcome) {

        public String percentText() {
            return Share.percentText(outcome.percent());
        }
    }

    private record Loaded(Meeting meeting, List<CouncilMember> members, List<Attendance> attendance,
                          Optional<MeetingRule> rule, Optional<QuorumCheck> savedQuorum, List<AgendaGroup> agenda,
                          List<TallyResult> results, Map<String, String> thresholds, List<AwardKind> kinds) {
    }

    private final MeetingServices services;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final long meetingId;
    private final ReadOnlyObjectWrapper<Meeting> meeting = new ReadOnlyObjectWrapper<>(this, "meeting");
    private final ObservableList<AttendanceLine> attendance = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<QuorumCheck>> quorum = new ReadOnlyObjectWrapper<>(this, "quorum",
            Optional.empty());
    private final ReadOnlyObjectWrapper<AttendanceState> attendanceState = new ReadOnlyObjectWrapper<>(this,
            "attendanceState", AttendanceState.NOT_SAVED);
    private final ObservableList<AgendaGroup> agenda = FXCollections.observableArrayList();
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<AgendaGroup> tallyTitle = new SimpleObjectProperty<>(this, "tallyTitle");
    private final ObservableList<ResultRow> results = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<String> tallySummary = new ReadOnlyObjectWrapper<>(this, "tallySummary", "");
    private final BooleanBinding secondRoundDue;
    private Loaded data;
    private boolean filling;
    private Consumer<Throwable> onError = e -> { };
    private final ConversionReview conversions = new ConversionReview();
    private final ReadOnlyObjectWrapper<String> notice = new ReadOnlyObjectWrapper<>(this, "notice", "");

    public MeetingPageModel(MeetingServices services, TaskExecutor tasks, Messages messages, long meetingId) {
        this.services = services;
        this.tasks = tasks;
        this.messages = messages;
        this.meetingId = meetingId;
        this.secondRoundDue = Bindings.createBooleanBinding(() -> resultOf(tallyTitle.get()).map(TallyResult::undecided)
                .orElse(false), tallyTitle, results);
    }

    /** Where failures of the commands go (the view shows them). */
    public void onError(Consumer<Throwable> handler) {
        this.onError = handler;
    }

    public long meetingId() {
        return meetingId;
    }

    // ---- loading

    /** Loads the meeting, its members, attendance, agenda, rules and results. */
    public void load() {
        tasks.run(messages.get("council.loading"), p -> {
            var council = services.council();
            Meeting m = council.meetings().meeting(meetingId)
                    .orElseThrow(() -> new AppException(Msg.of("council.meeting.gone")));
            CouncilRules rules = council.admin().rules();
            List<AgendaGroup> groups = council.meetings().agenda(meetingId);
            Map<String, String> thresholds = new LinkedHashMap<>();
            groups.forEach(g -> thresholds.put(g.titleCode(), rules.threshold(g.titleCode(), m.date())
                    .map(VoteThreshold::label).orElse("")));
            List<Attendance> saved = council.meetings().attendance(meetingId);
            Optional<MeetingRule> rule = rules.meetingRule(m.kind(), m.date());
            Optional<QuorumCheck> q = saved.isEmpty() || rule.isEmpty() ? Optional.empty()
                    : Optional.of(council.meetings().quorum(meetingId));
            return new Loaded(m, council.admin().activeMembers(m.councilId(), m.date()), saved, rule, q, groups,
                    council.ballots().results(meetingId), thresholds, services.catalogue().catalogue().kinds());
        }, this::show, onError());
    }

    private Consumer<Throwable> onError() {
        return e -> onError.accept(e);
    }

    private void show(Loaded d) {
        AgendaGroup selected = tallyTitle.get();
        data = d;
        filling = true;
        Map<Long, Attendance> saved = d.attendance().stream().collect(Collectors.toMap(Attendance::memberId, a -> a));
        List<AttendanceLine> lines = new ArrayList<>();
        for (CouncilMember m : d.members()) {
            Attendance a = saved.get(m.id());
            AttendanceLine line = new AttendanceLine(m, a == null ? AttendanceStatus.CO_MAT : a.status(),
                    a == null ? null : a.note());
            line.statusProperty().addListener((obs, o, n) -> attendanceChanged());
            line.noteProperty().addListener((obs, o, n) -> attendanceChanged());
            lines.add(line);
        }
        attendance.setAll(lines);
        filling = false;
        attendanceState.set(d.attendance().isEmpty() ? AttendanceState.NOT_SAVED : AttendanceState.SAVED);
        quorum.set(d.savedQuorum().isPresent() ? d.savedQuorum() : liveQuorum());
        agenda.setAll(d.agenda());
        candidates.setAll(d.agenda().stream().flatMap(g -> g.candidates().stream()).toList());
        List<ResultRow> rows = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        for (TallyResult r : d.results()) {
            AgendaGroup g = d.agenda().stream().filter(x -> x.titleCode().equals(r.titleCode())).findFirst().orElseThrow();
            Map<Long, Candidate> byId = g.candidates().stream().collect(Collectors.toMap(Candidate::id, c -> c));
            r.ranked().forEach(o -> rows.add(new ResultRow(g.titleName(), byId.get(o.candidateId()), o)));
            summary.add(messages.format("council.results.summary", g.titleName(), r.round(), r.counts().issued(),
                    r.counts().returned(), r.counts().valid(), r.counts().totalMembers(),
                    messages.format(r.threshold().strict() ? "council.threshold.above" : "council.threshold.atLeast",
                            r.threshold().share().text()),
                    quotaText(r.quota())));
        }
        results.setAll(rows);
        tallySummary.set(String.join("\n", summary));
        tallyTitle.set(d.agenda().stream().filter(g -> selected != null && g.titleCode().equals(selected.titleCode()))
                .findFirst().orElse(d.agenda().isEmpty() ? null : d.agenda().get(0)));
        meeting.set(d.meeting());
    }

    // ---- attendance

    private void attendanceChanged() {
        if (!filling) {
            attendanceState.set(AttendanceState.UNSAVED);
            quorum.set(liveQuorum());
        }
    }

    /** The quorum of the attendance as ticked, by the rule of the session; empty when no rule applies that day. */
    private Optional<QuorumCheck> liveQuorum() {
        int present = (int) attendance.stream().filter(l -> l.statusProperty().get() == AttendanceStatus.CO_MAT).count();
        return data == null ? Optional.empty() : data.rule().map(r -> new QuorumCheck(present, attendance.size(), r));
    }

    public void markAllPresent() {
        attendance.forEach(l -> l.statusProperty().set(AttendanceStatus.CO_MAT));
    }

    public void saveAttendance() {
        List<Attendance> entries = attendance.stream().map(l -> new Attendance(l.member().id(), l.statusProperty().get(),
                l.noteProperty().get())).toList();
        tasks.run(messages.get("council.attendance.saving"), p -> {
            services.council().meetings().setAttendance(meetingId, entries);
            return entries;
        }, saved -> load(), onError());
    }

    // ---- agenda

    public void removeCandidate(Candidate c) {
        tasks.run(messages.get("council.saving"), p -> {
            services.council().meetings().removeCandidate(c.id());
            return c;
        }, done -> load(), onError());
    }

    /**
     * The dossiers whose subjects can be put on the agenda: Đủ hồ sơ (admitted once nothing blocks them) or already
     * Trình Hội đồng; never a dossier in Dự thảo or returned.
     */
    public void dossiers(Consumer<List<Dossier>> then) {
        tasks.run(messages.get("council.loading"), p -> services.dossiers().list(DossierFilter.all()).stream()
                .filter(d -> d.status() == DossierStatus.DU_HO_SO || d.status() == DossierStatus.TRINH_HOI_DONG).toList(),
                then, onError());
    }

    /**
     * Puts every person and unit of the dossier on the agenda for its award in one service call (one transaction),
     * reloads, and hands over the summary: how many were added and who was passed over, why.
     */
    public void addFromDossier(long dossierId, Consumer<String> summary) {
        tasks.run(messages.get("council.saving"), p -> services.council().meetings().addCandidates(meetingId, dossierId),
                added -> {
                    load();
                    summary.accept(summary(added));
                }, onError());
    }

    private String summary(AgendaAddition a) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.format("council.agenda.added", a.added().size(), a.dossierCode()));
        a.skipped().forEach(s -> lines.add(messages.format("council.agenda.skipped", s.name(), s.reason())));
        return String.join("\n", lines);
    }

    /** The name of a title of the catalogue (the code when unknown). */
    public String titleName(String titleCode) {
        return data == null ? titleCode : data.kinds().stream().filter(k -> k.code().equals(titleCode))
                .map(AwardKind::name).findFirst().orElse(titleCode);
    }

    public String threshold(AgendaGroup g) {
        return data == null ? "" : data.thresholds().getOrDefault(g.titleCode(), "");
    }

    public String quotaText(Integer quota) {
        return quota == null ? messages.get("council.quota.none") : Integer.toString(quota);
    }

    public List<AwardKind> kinds() {
        return data == null ? List.of() : data.kinds();
    }

    // ---- tally

    private Optional<TallyResult> resultOf(AgendaGroup g) {
        return g == null || data == null ? Optional.empty()
                : data.results().stream().filter(r -> r.titleCode().equals(g.titleCode())).findFirst();
    }

    /** The candidates voted on for the chosen title: all of them, or for a further round the tied ones. */
    public List<Candidate> votedOn(boolean further) {
        AgendaGroup g = tallyTitle.get();
        if (!further) {
            return g.candidates();
        }
        Set<Long> tied = resultOf(g).orElseThrow().with(Selection.TIED_AT_CUT).stream()
                .map(TallyOutcome::candidateId).collect(Collectors.toSet());
        return g.candidates().stream().filter(c -> tied.contains(c.id())).toList();
    }

    /** The members in office on the meeting day (the total of the ballot). */
    public int memberCount() {
        return data == null ? 0 : data.members().size();
    }

    /** The members present per the saved attendance; null before it is saved. */
    public Integer presentCount() {
        return data == null ? null : data.savedQuorum().map(QuorumCheck::present).orElse(null);
    }

    public void clearRounds(AgendaGroup g) {
        tasks.run(messages.get("council.saving"), p -> {
            services.council().ballots().clearRounds(meetingId, g.titleCode());
            return g;
        }, done -> load(), onError());
    }

    /**
     * Records round 1 from a filled tally workbook; a workbook with cells typed in TCVN3 / VNI waits in
     * {@link #conversions()} for the clerk, and is recorded once accepted.
     */
    public void importWorkbook(Path file) {
        importWorkbook(file, false);
    }

    private void importWorkbook(Path file, boolean accept) {
        notice.set("");
        tasks.run(messages.get("council.tally.importing"), p -> services.council().ballots().importTallyWorkbook(meetingId,
                file, accept), r -> load(), e -> {
                    if (!conversions.offer(e, () -> importWorkbook(file, true),
                            () -> notice.set(messages.format("legacy.declined", file.getFileName().toString())))) {
                        onError.accept(e);
                    }
                });
    }

    /** The TCVN3 / VNI cells of an imported tally workbook waiting for the clerk's acceptance. */
    public ConversionReview conversions() {
        return conversions;
    }

    /** A line about the last import (declined conversions); empty otherwise. */
    public javafx.beans.property.ReadOnlyObjectProperty<String> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The file name offered for the tally workbook. */
    public String workbookName() {
        return "bang-kiem-phieu-" + (meeting.get() == null ? "" : meeting.get().date()) + ".xlsx";
    }

    public void exportWorkbook(Path file, Consumer<Path> done) {
        tasks.run(messages.get("council.tally.exporting"), p -> {
            services.council().ballots().writeTallyWorkbook(meetingId, file);
            return file;
        }, done, onError());
    }

    /** The whole meeting pack into a folder (Cancel in the status bar removes it again); hands over the file count. */
    public void exportPack(Path folder, Consumer<Integer> done) {
        tasks.run(messages.get("council.pack.exporting"), p -> services.pack().writePack(meetingId, folder, p), done,
                onError());
    }

    /** Whether the window wired the Phiếu lấy ý kiến writer. */
    public boolean writesOpinionForms() {
        return services.opinions() != null;
    }

    /** The Phiếu lấy ý kiến of every member in office (or of those absent) into a .docx, in the background. */
    public void exportOpinionForms(boolean absentOnly, Path file, Consumer<Path> done) {
        tasks.run(messages.get("council.opinion.exporting"),
                p -> services.opinions().writeOpinionForms(meetingId, absentOnly, file), done, onError());
    }

    // ---- state

    public ReadOnlyObjectProperty<Meeting> meetingProperty() {
        return meeting.getReadOnlyProperty();
    }

    public ObservableList<AttendanceLine> attendance() {
        return attendance;
    }

    public ReadOnlyObjectProperty<Optional<QuorumCheck>> quorumProperty() {
        return quorum.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AttendanceState> attendanceStateProperty() {
        return attendanceState.getReadOnlyProperty();
    }

    public ObservableList<AgendaGroup> agenda() {
        return agenda;
    }

    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    public ObjectProperty<AgendaGroup> tallyTitleProperty() {
        return tallyTitle;
    }

    public ObservableList<ResultRow> results() {
        return results;
    }

    public ReadOnlyObjectProperty<String> tallySummaryProperty() {
        return tallySummary.getReadOnlyProperty();
    }

    /** True when the chosen title's result has candidates tied at the quota cut (a further round is offered). */
    public BooleanBinding secondRoundDueProperty() {
        return secondRoundDue;
    }

    /** The agenda group of that title code on display, if any (keeps a selection across reloads). */
    public Optional<AgendaGroup> group(String titleCode) {
        return agenda.stream().filter(g -> Objects.equals(g.titleCode(), titleCode)).findFirst();
    }
}
