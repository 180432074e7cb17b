package vn.tdkt.council.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Fields;
import vn.tdkt.common.ui.FormDialog;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.council.domain.AgendaGroup;
import vn.tdkt.council.domain.Attendance;
import vn.tdkt.council.domain.AttendanceStatus;
import vn.tdkt.council.domain.Candidate;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.Meeting;
import vn.tdkt.council.domain.MeetingRule;
import vn.tdkt.council.domain.QuorumCheck;
import vn.tdkt.council.domain.Selection;
import vn.tdkt.council.domain.Share;
import vn.tdkt.council.domain.SubjectType;
import vn.tdkt.council.domain.TallyOutcome;
import vn.tdkt.council.domain.TallyResult;
import vn.tdkt.council.domain.VoteThreshold;
import vn.tdkt.council.service.CouncilService;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierFilter;
import vn.tdkt.dossier.domain.SubjectView;
import vn.tdkt.dossier.service.DossierService;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.service.PeopleService;

/**
 * One meeting of the council: attendance with the quorum (live while ticking, then as the service computes it once
 * saved), the agenda with its quotas, and the tally: entered in a form or from the tally workbook, the workbook
 * exported pre-filled, and the results (percentage of all members, Đạt / Không đạt, rank, ties at the cut in orange)
 * with a further round for tied candidates.
 */
public final class MeetingPage implements Screen {

    private static final String WARNING_STYLE = "-fx-text-fill: #c25e00;";

    /** The services a meeting works with. */
    record Services(CouncilService council, DossierService dossiers, CatalogueService catalogue, PeopleService people,
                    OrgService org, PackWriter pack) {
    }

    /**
     * Writes every document of a meeting and its index into a folder and returns how many files it wrote; on
     * cancellation it removes the files of that run (the meeting pack service, wired by the main window).
     */
    @FunctionalInterface
    public interface PackWriter {
        int writePack(long meetingId, Path folder, Progress progress);
    }

    /** A line of the results table. */
    public record ResultRow(String titleName, Candidate candidate, TallyOutcome outcome) {

        public String percentText() {
            return Share.percentText(outcome.percent());
        }
    }

    private record Loaded(Meeting meeting, List<CouncilMember> members, List<Attendance> attendance,
                          Optional<MeetingRule> rule, Optional<QuorumCheck> savedQuorum, List<AgendaGroup> agenda,
                          List<TallyResult> results,
                          Map<String, String> thresholds, List<AwardKind> kinds) {
    }

    /** One member's line of the attendance grid. */
    private record AttendanceLine(CouncilMember member, ChoiceBox<AttendanceStatus> status, TextField note) {
    }

    private final Ui ui;
    private final Services services;
    private final CouncilService council;
    private final long meetingId;
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final GridPane attendanceGrid = new GridPane();
    private final List<AttendanceLine> lines = new ArrayList<>();
    private final Label quorumLabel = new Label();
    private final Label attendanceState = new Label();
    private final TableView<AgendaGroup> groups = new TableView<>();
    private final TableView<Candidate> candidates = new TableView<>();
    private final ComboBox<AgendaGroup> tallyTitle = Fields.combo("tallyTitleChoice", List.of(), AgendaGroup::titleName);
    private final Label tallySummary = new Label();
    private final TableView<ResultRow> results = new TableView<>();
    private final Button secondRound = new Button();
    private Loaded data;

    MeetingPage(Ui ui, Services services, long meetingId, Runnable back) {
        this.ui = ui;
        this.services = services;
        this.council = services.council();
        this.meetingId = meetingId;
        build(back);
    }

    private void build(Runnable back) {
        Button backButton = new Button(ui.text("council.meeting.back"));
        backButton.setId("meetingBackButton");
        backButton.setOnAction(e -> back.run());
        title.setId("meetingTitle");
        title.getStyleClass().add("page-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(10, backButton, title, gap, button("meetingPackButton", "council.pack.export", this::exportPack));
        header.setAlignment(Pos.CENTER_LEFT);
        TabPane tabs = new TabPane(new Tab(ui.text("council.tab.attendance"), attendancePane()),
                new Tab(ui.text("council.tab.agenda"), agendaPane()), new Tab(ui.text("council.tab.tally"), tallyPane()));
        tabs.setId("meetingTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setTop(header);
        BorderPane.setMargin(header, new Insets(0, 0, 8, 0));
        root.setCenter(tabs);
        root.setPadding(new Insets(12));
    }

    // ---- attendance

    private Node attendancePane() {
        attendanceGrid.setId("attendanceGrid");
        attendanceGrid.setHgap(10);
        attendanceGrid.setVgap(4);
        quorumLabel.setId("quorumLabel");
        quorumLabel.setWrapText(true);
        attendanceState.setId("attendanceState");
        attendanceState.getStyleClass().add("hint");
        Button all = new Button(ui.text("council.attendance.allPresent"));
        all.setId("allPresentButton");
        all.setOnAction(e -> lines.forEach(l -> l.status().setValue(AttendanceStatus.CO_MAT)));
        Button save = new Button(ui.text("council.attendance.save"));
        save.setId("saveAttendanceButton");
        save.setDefaultButton(true);
        save.setOnAction(e -> saveAttendance());
        HBox actions = new HBox(8, all, save, attendanceState);
        actions.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroll = new ScrollPane(attendanceGrid);
        scroll.setFitToWidth(true);
        VBox box = new VBox(8, quorumLabel, actions, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private void showAttendance(Loaded d) {
        attendanceGrid.getChildren().clear();
        lines.clear();
        String[] headers = {ui.text("council.attendanceCol.no"), ui.text("council.attendanceCol.name"),
                ui.text("council.attendanceCol.role"), ui.text("council.attendanceCol.status"),
                ui.text("council.attendanceCol.note")};
        for (int c = 0; c < headers.length; c++) {
            Label h = new Label(headers[c]);
            h.getStyleClass().add("field-name");
            attendanceGrid.add(h, c, 0);
        }
        Map<Long, Attendance> saved = d.attendance().stream().collect(Collectors.toMap(Attendance::memberId, a -> a));
        int row = 1;
        for (CouncilMember m : d.members()) {
            ChoiceBox<AttendanceStatus> status = Fields.choice("attendance_" + row, List.of(AttendanceStatus.values()),
                    AttendanceStatus::label);
            TextField note = Fields.text("attendanceNote_" + row);
            note.setPromptText(ui.text("council.attendance.noteHint"));
            note.setPrefColumnCount(30);
            Attendance a = saved.get(m.id());
            status.setValue(a == null ? AttendanceStatus.CO_MAT : a.status());
            note.setText(a == null || a.note() == null ? "" : a.note());
            status.valueProperty().addListener((obs, o, n) -> attendanceChanged());
            note.textProperty().addListener((obs, o, n) -> attendanceChanged());
            attendanceGrid.addRow(row, new Label(Integer.toString(row)), new Label(m.fullName()), new Label(m.role().label()),
                    status, note);
            lines.add(new AttendanceLine(m, status, note));
            row++;
        }
        attendanceState.setText(ui.text(d.attendance().isEmpty() ? "council.attendance.notSaved" : "council.attendance.saved"));
        showQuorum(d.savedQuorum().isPresent() ? d.savedQuorum() : liveQuorum());
    }

    private void attendanceChanged() {
        attendanceState.setText(ui.text("council.attendance.unsaved"));
        showQuorum(liveQuorum());
    }

    /** The quorum of the attendance as ticked, by the rule of the session; empty when no rule applies that day. */
    private Optional<QuorumCheck> liveQuorum() {
        int present = (int) lines.stream().filter(l -> l.status().getValue() == AttendanceStatus.CO_MAT).count();
        return data.rule().map(r -> new QuorumCheck(present, lines.size(), r));
    }

    private void showQuorum(Optional<QuorumCheck> quorum) {
        quorumLabel.getStyleClass().removeAll("ok-text", "error-text");
        quorumLabel.setText(quorum.map(QuorumCheck::message).orElse(ui.text("council.attendance.noRule")));
        quorumLabel.getStyleClass().add(quorum.map(QuorumCheck::ok).orElse(false) ? "ok-text" : "error-text");
    }

    private void saveAttendance() {
        List<Attendance> entries = lines.stream()
                .map(l -> new Attendance(l.member().id(), l.status().getValue(), l.note().getText())).toList();
        ui.tasks().run(ui.text("council.attendance.saving"), p -> {
            council.setAttendance(meetingId, entries);
            return entries;
        }, saved -> refresh(), e -> CouncilDialogs.error(ui, e));
    }

    // ---- agenda

    private Node agendaPane() {
        groups.setId("quotaTable");
        groups.setPlaceholder(new Label(ui.text("council.agenda.none")));
        groups.setPrefHeight(140);
        groups.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        groups.getColumns().setAll(List.of(
                UiFormat.<AgendaGroup>textColumn(ui.text("council.groupCol.title"), 300, AgendaGroup::titleName),
                UiFormat.<AgendaGroup>textColumn(ui.text("council.groupCol.count"), 100, g -> Integer.toString(g.candidates().size())),
                UiFormat.<AgendaGroup>textColumn(ui.text("council.groupCol.quota"), 100,
                        g -> g.quota() == null ? ui.text("council.quota.none") : Integer.toString(g.quota())),
                UiFormat.<AgendaGroup>textColumn(ui.text("council.groupCol.threshold"), 260,
                        g -> data == null ? "" : data.thresholds().getOrDefault(g.titleCode(), ""))));
        candidates.setId("agendaTable");
        candidates.setPlaceholder(new Label(ui.text("council.agenda.none")));
        candidates.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        candidates.getColumns().setAll(List.of(
                UiFormat.<Candidate>textColumn(ui.text("council.candidateCol.title"), 220, c -> titleName(c.titleCode())),
                UiFormat.<Candidate>textColumn(ui.text("council.candidateCol.no"), 50, c -> Integer.toString(c.seq())),
                UiFormat.<Candidate>textColumn(ui.text("council.candidateCol.code"), 90, Candidate::subjectCode),
                UiFormat.<Candidate>textColumn(ui.text("council.candidateCol.name"), 200, Candidate::fullName),
                UiFormat.<Candidate>textColumn(ui.text("council.candidateCol.type"), 80, c -> c.subjectType().label()),
                UiFormat.<Candidate>textColumn(ui.text("council.candidateCol.detail"), 260,
                        c -> c.detail() == null ? "" : c.detail())));
        Button add = button("addCandidateButton", "council.agenda.add", () -> CouncilDialogs.candidate(ui, council, meetingId,
                data.kinds()).ifPresent(c -> refresh()));
        Button fromDossier = button("addFromDossierButton", "council.agenda.fromDossier", this::addFromDossier);
        Button remove = button("removeCandidateButton", "council.agenda.remove", this::removeCandidate);
        remove.disableProperty().bind(candidates.getSelectionModel().selectedItemProperty().isNull());
        Button quota = button("setQuotaButton", "council.agenda.quota", () -> CouncilDialogs.quota(ui, council, meetingId,
                groups.getSelectionModel().getSelectedItem()).ifPresent(g -> refresh()));
        quota.disableProperty().bind(groups.getSelectionModel().selectedItemProperty().isNull());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox box = new VBox(8, new HBox(8, add, fromDossier, remove, gap, quota), groups, candidates);
        VBox.setVgrow(candidates, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private String titleName(String titleCode) {
        return data == null ? titleCode : data.agenda().stream().filter(g -> g.titleCode().equals(titleCode))
                .map(AgendaGroup::titleName).findFirst().orElse(titleCode);
    }

    private void removeCandidate() {
        Candidate c = candidates.getSelectionModel().getSelectedItem();
        if (ui.dialogs().confirm(ui.text("council.agenda.remove"), ui.format("council.agenda.removeConfirm", c.fullName(),
                titleName(c.titleCode())))) {
            ui.tasks().run(ui.text("council.saving"), p -> {
                council.removeCandidate(c.id());
                return c;
            }, done -> refresh(), e -> CouncilDialogs.error(ui, e));
        }
    }

    /** Picks a dossier, then puts each of its persons and units on the agenda for the dossier's award. */
    private void addFromDossier() {
        ui.tasks().run(ui.text("council.loading"), p -> services.dossiers().list(DossierFilter.all()).stream()
                .filter(d -> d.status().acceptsFiles()).toList(), this::chooseDossier, e -> CouncilDialogs.error(ui, e));
    }

    private void chooseDossier(List<Dossier> dossiers) {
        FormDialog<String> d = new FormDialog<>(ui.dialogs(), ui.tasks(), ui.text("council.agenda.fromDossier"));
        ComboBox<Dossier> choice = d.field(ui.text("council.field.dossier"), Fields.combo("dossierCombo", dossiers,
                x -> x.code() + " — " + titleNameOf(x.awardCode()) + " — " + x.status().label()), null, true);
        d.onSave(() -> {
            Dossier chosen = choice.getValue();
            return p -> addSubjects(chosen);
        });
        d.showAndWait().ifPresent(summary -> {
            refresh();
            ui.dialogs().info(ui.text("council.agenda.fromDossier"), summary);
        });
    }

    private String titleNameOf(String awardCode) {
        return data.kinds().stream().filter(k -> k.code().equals(awardCode)).map(AwardKind::name).findFirst().orElse(awardCode);
    }

    /** Runs in the background: adds every person and unit of the dossier; households and refusals are reported. */
    private String addSubjects(Dossier dossier) {
        Map<Long, String> unitCodes = services.org().units().stream().collect(Collectors.toMap(Unit::id, Unit::code));
        int added = 0;
        List<String> skipped = new ArrayList<>();
        for (SubjectView s : services.dossiers().subjects(dossier.id())) {
            SubjectType type = switch (s.subject().kind()) {
                case CA_NHAN -> SubjectType.CA_NHAN;
                case TAP_THE -> SubjectType.TAP_THE;
                case HO_GIA_DINH -> null;
            };
            String code = type == SubjectType.CA_NHAN
                    ? services.people().find(s.subject().personId()).map(Person::code).orElse(null)
                    : type == SubjectType.TAP_THE ? unitCodes.get(s.subject().unitId()) : null;
            if (code == null) {
                skipped.add(ui.format("council.agenda.skipped", s.displayName(), ui.text("council.agenda.noCode")));
                continue;
            }
            try {
                council.addCandidate(meetingId, dossier.awardCode(), type, code, dossier.id());
                added++;
            } catch (AppException e) {
                skipped.add(ui.format("council.agenda.skipped", s.displayName(), e.getMessage()));
            }
        }
        String summary = ui.format("council.agenda.added", added, dossier.code());
        return skipped.isEmpty() ? summary : summary + "\n" + String.join("\n", skipped);
    }

    // ---- tally

    private Node tallyPane() {
        tallyTitle.setPrefWidth(320);
        tallyTitle.valueProperty().addListener((obs, o, n) -> updateSecondRound());
        Button enter = button("enterTallyButton", "council.tally.enter", () -> enterTally(false));
        enter.disableProperty().bind(tallyTitle.valueProperty().isNull());
        secondRound.setText(ui.text("council.tally.second"));
        secondRound.setId("secondRoundButton");
        secondRound.setOnAction(e -> enterTally(true));
        Button importWorkbook = button("importTallyButton", "council.tally.import", this::importWorkbook);
        Button exportWorkbook = button("exportTallyButton", "council.tally.export", this::exportWorkbook);
        Button clear = button("clearRoundsButton", "council.tally.clear", this::clearRounds);
        clear.disableProperty().bind(tallyTitle.valueProperty().isNull());
        HBox formRow = new HBox(8, new Label(ui.text("council.tally.titleChoice")), tallyTitle, enter, secondRound, clear);
        formRow.setAlignment(Pos.CENTER_LEFT);
        HBox workbookRow = new HBox(8, importWorkbook, exportWorkbook);
        tallySummary.setId("tallySummary");
        tallySummary.setWrapText(true);

        results.setId("resultsTable");
        results.setPlaceholder(new Label(ui.text("council.results.none")));
        results.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        results.getColumns().setAll(resultColumns());
        VBox box = new VBox(8, formRow, workbookRow, tallySummary, results);
        VBox.setVgrow(results, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private List<TableColumn<ResultRow, ?>> resultColumns() {
        TableColumn<ResultRow, ResultRow> result = styled(ui.text("council.resultCol.result"), 85,
                r -> r.outcome().result(), r -> r.outcome().reached() ? "-fx-text-fill: #1b6e2a; -fx-font-weight: bold;"
                        : "-fx-text-fill: #b00020; -fx-font-weight: bold;");
        TableColumn<ResultRow, ResultRow> note = styled(ui.text("council.resultCol.note"), 340, r -> r.outcome().note(),
                r -> r.outcome().selection() == Selection.TIED_AT_CUT ? WARNING_STYLE : "");
        TableColumn<ResultRow, String> percent = UiFormat.textColumn(ui.text("council.resultCol.percent"), 85,
                ResultRow::percentText);
        percent.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<ResultRow, String> votes = UiFormat.textColumn(ui.text("council.resultCol.votes"), 70,
                r -> Integer.toString(r.outcome().votes()));
        votes.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<ResultRow, String> rank = UiFormat.textColumn(ui.text("council.resultCol.rank"), 75,
                r -> Integer.toString(r.outcome().rank()));
        rank.setStyle("-fx-alignment: CENTER;");
        return List.of(
                UiFormat.<ResultRow>textColumn(ui.text("council.resultCol.title"), 170, ResultRow::titleName),
                UiFormat.<ResultRow>textColumn(ui.text("council.resultCol.code"), 65, r -> r.candidate().subjectCode()),
                UiFormat.<ResultRow>textColumn(ui.text("council.resultCol.name"), 160, r -> r.candidate().fullName()),
                votes, percent, result, rank, note);
    }

    /** A text column whose cell style depends on the row. */
    private static TableColumn<ResultRow, ResultRow> styled(String header, double width,
                                                            Function<ResultRow, String> text,
                                                            Function<ResultRow, String> style) {
        TableColumn<ResultRow, ResultRow> c = new TableColumn<>(header);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ResultRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : text.apply(r));
                setStyle(empty || r == null ? "" : style.apply(r));
                setTooltip(empty || r == null ? null : new Tooltip(text.apply(r)));
            }
        });
        return c;
    }

    private Optional<TallyResult> resultOf(AgendaGroup g) {
        return g == null || data == null ? Optional.empty()
                : data.results().stream().filter(r -> r.titleCode().equals(g.titleCode())).findFirst();
    }

    private void updateSecondRound() {
        secondRound.setDisable(resultOf(tallyTitle.getValue()).map(r -> !r.undecided()).orElse(true));
    }

    private void enterTally(boolean further) {
        AgendaGroup g = tallyTitle.getValue();
        List<Candidate> voted = g.candidates();
        if (further) {
            Set<Long> tied = resultOf(g).orElseThrow().with(Selection.TIED_AT_CUT).stream()
                    .map(TallyOutcome::candidateId).collect(Collectors.toSet());
            voted = voted.stream().filter(c -> tied.contains(c.id())).toList();
        }
        Integer present = data.savedQuorum().map(QuorumCheck::present).orElse(null);
        TallyDialog.show(ui, council, meetingId, g, voted, data.members().size(), present, further).ifPresent(r -> refresh());
    }

    private void clearRounds() {
        AgendaGroup g = tallyTitle.getValue();
        if (ui.dialogs().confirm(ui.text("council.tally.clear"), ui.format("council.tally.clearConfirm", g.titleName()))) {
            ui.tasks().run(ui.text("council.saving"), p -> {
                council.clearRounds(meetingId, g.titleCode());
                return g;
            }, done -> refresh(), e -> CouncilDialogs.error(ui, e));
        }
    }

    private void importWorkbook() {
        ui.dialogs().chooseOpen(ui.text("council.tally.import"), ui.text("council.tally.filter"), "*.xlsx").ifPresent(file ->
                ui.tasks().run(ui.text("council.tally.importing"), p -> council.importTallyWorkbook(meetingId, file),
                        r -> refresh(), e -> CouncilDialogs.error(ui, e)));
    }

    private void exportWorkbook() {
        String name = "bang-kiem-phieu-" + data.meeting().date() + ".xlsx";
        ui.dialogs().chooseSave(ui.text("council.tally.export"), name, ui.text("council.tally.filter"), "*.xlsx")
                .ifPresent(file -> ui.tasks().run(ui.text("council.tally.exporting"), p -> {
                    council.writeTallyWorkbook(meetingId, file);
                    return file;
                }, (Path done) -> ui.dialogs().info(ui.text("council.tally.export"),
                        ui.format("council.tally.exported", done.toAbsolutePath())), e -> CouncilDialogs.error(ui, e)));
    }

    /** The whole meeting pack into a chosen folder, in the background (Cancel in the status bar removes it again). */
    private void exportPack() {
        ui.dialogs().chooseFolder(ui.text("council.pack.choose")).ifPresent(folder ->
                ui.tasks().run(ui.text("council.pack.exporting"), p -> services.pack().writePack(meetingId, folder, p),
                        count -> ui.dialogs().info(ui.text("council.pack.title"),
                                ui.format("council.pack.done", count, folder.toAbsolutePath())),
                        e -> CouncilDialogs.error(ui, e)));
    }

    private void showTally(Loaded d) {
        AgendaGroup selected = tallyTitle.getValue();
        tallyTitle.getItems().setAll(d.agenda());
        tallyTitle.setValue(d.agenda().stream().filter(g -> selected != null && g.titleCode().equals(selected.titleCode()))
                .findFirst().orElse(d.agenda().isEmpty() ? null : d.agenda().get(0)));
        List<ResultRow> rows = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        for (TallyResult r : d.results()) {
            AgendaGroup g = d.agenda().stream().filter(x -> x.titleCode().equals(r.titleCode())).findFirst().orElseThrow();
            Map<Long, Candidate> byId = g.candidates().stream().collect(Collectors.toMap(Candidate::id, c -> c,
                    (a, b) -> a, LinkedHashMap::new));
            r.ranked().forEach(o -> rows.add(new ResultRow(g.titleName(), byId.get(o.candidateId()), o)));
            summary.add(ui.format("council.results.summary", g.titleName(), r.round(), r.counts().issued(),
                    r.counts().returned(), r.counts().valid(), r.counts().totalMembers(), r.threshold().label(),
                    r.quota() == null ? ui.text("council.quota.none") : Integer.toString(r.quota())));
        }
        results.getItems().setAll(rows);
        tallySummary.setText(String.join("\n", summary));
        updateSecondRound();
    }

    // ---- loading

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(ui.text(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        ui.tasks().run(ui.text("council.loading"), p -> {
            Meeting m = council.meeting(meetingId).orElseThrow(() -> new AppException(ui.text("council.meeting.gone")));
            var rules = council.rules();
            List<AgendaGroup> agenda = council.agenda(meetingId);
            Map<String, String> thresholds = new LinkedHashMap<>();
            agenda.forEach(g -> thresholds.put(g.titleCode(), rules.threshold(g.titleCode(), m.date())
                    .map(VoteThreshold::label).orElse("")));
            List<Attendance> attendance = council.attendance(meetingId);
            Optional<MeetingRule> rule = rules.meetingRule(m.kind(), m.date());
            Optional<QuorumCheck> quorum = attendance.isEmpty() || rule.isEmpty() ? Optional.empty()
                    : Optional.of(council.quorum(meetingId));
            return new Loaded(m, council.activeMembers(m.councilId(), m.date()), attendance, rule, quorum, agenda,
                    council.results(meetingId), thresholds, services.catalogue().catalogue().kinds());
        }, this::show, e -> CouncilDialogs.error(ui, e));
    }

    private void show(Loaded d) {
        this.data = d;
        title.setText(ui.format("council.meeting.title", VnFormat.date(d.meeting().date()), d.meeting().place(),
                d.meeting().kind().label()));
        showAttendance(d);
        AgendaGroup group = groups.getSelectionModel().getSelectedItem();
        groups.getItems().setAll(d.agenda());
        d.agenda().stream().filter(g -> group != null && Objects.equals(g.titleCode(), group.titleCode())).findFirst()
                .ifPresent(g -> groups.getSelectionModel().select(g));
        candidates.getItems().setAll(d.agenda().stream().flatMap(g -> g.candidates().stream()).toList());
        showTally(d);
    }

    /** The results table's rows (for tests and the meeting pack). */
    public List<ResultRow> resultRows() {
        return List.copyOf(results.getItems());
    }
}
