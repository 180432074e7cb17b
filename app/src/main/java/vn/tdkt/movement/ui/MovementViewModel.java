package vn.tdkt.movement.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.LoggerFactory;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskExecutor;
import vn.tdkt.movement.domain.LaunchLevel;
import vn.tdkt.movement.domain.LogEntry;
import vn.tdkt.movement.domain.Milestone;
import vn.tdkt.movement.domain.MilestoneRow;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.MovementField;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.domain.MovementReport;
import vn.tdkt.movement.domain.MovementScope;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.movement.domain.Phase;
import vn.tdkt.movement.domain.PhaseKind;
import vn.tdkt.movement.domain.PlanPart;
import vn.tdkt.movement.domain.PlannedReward;
import vn.tdkt.movement.domain.SubMovement;
import vn.tdkt.movement.domain.MovementLinks;
import vn.tdkt.movement.domain.MovementLinks.LinkedDecision;
import vn.tdkt.movement.domain.MovementLinks.LinkedDossier;
import vn.tdkt.movement.service.MovementDocuments;
import vn.tdkt.movement.service.MovementLinkService;
import vn.tdkt.movement.service.MovementReports;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;

/**
 * The movements screen's state and commands: the list, the movement being edited (every field, sub-movements with
 * their lead units, participants, planned rewards, the plan's free texts), its status moves, its milestones and the
 * Kế hoạch. Every service call goes through the {@link TaskExecutor}; problems come back as a list with their fields.
 */
public final class MovementViewModel {

    /** An editable sub-movement line. */
    public static final class ItemRow {
        public final StringProperty content = new SimpleStringProperty("");
        public final ObjectProperty<Unit> lead = new SimpleObjectProperty<>();

        public ItemRow(String content, Unit lead) {
            this.content.set(content);
            this.lead.set(lead);
        }
    }

    private final MovementService service;
    private final OrgService org;
    private final CatalogueService catalogue;
    private final MovementDocuments documents;
    private final MovementReports reports;
    private final MovementLinkService links;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final String user;

    public final ObservableList<Movement> movements = FXCollections.observableArrayList();
    /** The status the list is filtered to (from Tổng quan's movements card), null for every movement. */
    public final ObjectProperty<MovementStatus> statusFilter = new SimpleObjectProperty<>();
    /** The last file written (the view offers to open or print it). */
    public final vn.tdkt.common.ui.WrittenFile written = new vn.tdkt.common.ui.WrittenFile();
    /** The list as shown: {@link #movements} in the {@link #statusFilter}. */
    public final javafx.collections.transformation.FilteredList<Movement> shown = new javafx.collections.transformation
            .FilteredList<>(movements);
    public final ObservableList<Unit> units = FXCollections.observableArrayList();
    public final ObservableList<AwardKind> kinds = FXCollections.observableArrayList();
    public final ObjectProperty<Movement> selected = new SimpleObjectProperty<>();

    public final StringProperty code = new SimpleStringProperty("");
    public final StringProperty name = new SimpleStringProperty("");
    public final ObjectProperty<MovementKind> kind = new SimpleObjectProperty<>(MovementKind.THUONG_XUYEN);
    public final ObjectProperty<LaunchLevel> level = new SimpleObjectProperty<>(LaunchLevel.CO_QUAN);
    public final ObjectProperty<MovementScope> scope = new SimpleObjectProperty<>(MovementScope.CO_QUAN_DON_VI);
    public final ObjectProperty<Movement> parent = new SimpleObjectProperty<>();
    public final StringProperty authorityParent = new SimpleStringProperty("");
    public final StringProperty authority = new SimpleStringProperty("");
    public final StringProperty place = new SimpleStringProperty("");
    public final StringProperty planNo = new SimpleStringProperty("");
    public final StringProperty planDate = new SimpleStringProperty("");
    public final StringProperty signerAuthority = new SimpleStringProperty("");
    public final StringProperty signerTitle = new SimpleStringProperty("");
    public final StringProperty signerName = new SimpleStringProperty("");
    public final StringProperty start = new SimpleStringProperty("");
    public final StringProperty end = new SimpleStringProperty("");
    public final StringProperty midReview = new SimpleStringProperty("");
    public final StringProperty closingReview = new SimpleStringProperty("");
    public final StringProperty theme = new SimpleStringProperty("");
    public final StringProperty slogan = new SimpleStringProperty("");
    public final ObjectProperty<Unit> lead = new SimpleObjectProperty<>();
    public final StringProperty targets = new SimpleStringProperty("");
    public final StringProperty criteriaCollective = new SimpleStringProperty("");
    public final StringProperty criteriaIndividual = new SimpleStringProperty("");
    public final StringProperty criteriaHousehold = new SimpleStringProperty("");
    public final Map<PlanPart, StringProperty> texts = new EnumMap<>(PlanPart.class);
    public final ObservableList<ItemRow> items = FXCollections.observableArrayList();
    public final ObservableList<Unit> participants = FXCollections.observableArrayList();
    public final ObservableList<AwardKind> rewards = FXCollections.observableArrayList();

    public final ObjectProperty<MovementStatus> status = new SimpleObjectProperty<>(MovementStatus.DU_THAO);
    public final ObservableList<MovementStatus> nextStatuses = FXCollections.observableArrayList();
    public final ObservableList<LogEntry> log = FXCollections.observableArrayList();
    public final ObservableList<MilestoneRow> milestones = FXCollections.observableArrayList();
    /** The dossiers and decisions that name the movement shown. */
    public final ObservableList<LinkedDossier> dossiers = FXCollections.observableArrayList();
    public final ObservableList<LinkedDecision> decisions = FXCollections.observableArrayList();

    public final ObservableList<Problem> problems = FXCollections.observableArrayList();
    public final StringProperty message = new SimpleStringProperty("");

    private MovementDetails loaded;

    public MovementViewModel(MovementService service, OrgService org, CatalogueService catalogue,
                             MovementDocuments documents, MovementReports reports, MovementLinkService links,
                             TaskExecutor tasks, Messages messages, String user) {
        this.service = service;
        this.reports = reports;
        this.links = links;
        this.org = org;
        this.catalogue = catalogue;
        this.documents = documents;
        this.tasks = tasks;
        this.messages = messages;
        this.user = user;
        for (PlanPart p : PlanPart.values()) {
            texts.put(p, new SimpleStringProperty(""));
        }
        statusFilter.addListener((obs, o, n) -> shown.setPredicate(n == null ? null : m -> m.status() == n));
        level.addListener((obs, o, n) -> {
            if (n != null && (o == null || scope.get() == Movement.defaultScope(o))) {
                scope.set(Movement.defaultScope(n));
            }
        });
    }

    private record Lists(List<Movement> movements, List<Unit> units, List<AwardKind> kinds) {
    }

    /**
     * The movements of a status (Tổng quan's movements card): the list filtered to it, and the movement itself when it
     * is the only one.
     */
    public void showStatus(MovementStatus status) {
        statusFilter.set(status);
        load(ONLY_SHOWN);
    }

    /** For {@link #load}: show the movement the filtered list holds when it holds one. */
    private static final long ONLY_SHOWN = -1;

    /** Reads the list and the choices; then shows the movement with that id (0: keeps the current one). */
    public void load(long show) {
        tasks.run(messages.get("movement.loading"), p -> new Lists(service.list(), org.units(), catalogue.catalogue().kinds()),
                l -> {
                    movements.setAll(l.movements());
                    units.setAll(l.units());
                    kinds.setAll(l.kinds());
                    long id = show == ONLY_SHOWN ? (shown.size() == 1 ? shown.get(0).id() : 0)
                            : show != 0 ? show : selected.get() == null ? 0 : selected.get().id();
                    l.movements().stream().filter(m -> m.id() == id).findFirst().ifPresent(this::select);
                }, this::failed);
    }

    private record Shown(MovementDetails details, List<MilestoneRow> milestones, List<LogEntry> log, MovementLinks links) {
    }

    /** Shows a movement with its milestones and log. */
    public void select(Movement m) {
        if (m == null) {
            return;
        }
        tasks.run(messages.get("movement.loading"), p -> {
            MovementDetails d = service.find(m.id()).orElseThrow(() -> new vn.tdkt.common.domain.AppException(
                    Msg.of("movement.problem.gone")));
            return new Shown(d, service.milestones(m.id()), service.log(m.id()), links.links(m.id()));
        }, this::show, this::failed);
    }

    /** Clears the form for a new movement. */
    public void newMovement() {
        loaded = null;
        selected.set(null);
        show(new Shown(MovementDetails.of(Movement.draft("", "", MovementKind.THUONG_XUYEN, LaunchLevel.CO_QUAN)),
                List.of(), List.of(), new MovementLinks(List.of(), List.of())));
    }

    private void show(Shown s) {
        MovementDetails d = s.details();
        Movement m = d.movement();
        loaded = m.id() == 0 ? null : d;
        selected.set(m.id() == 0 ? null : m);
        code.set(nz(m.code()));
        name.set(nz(m.name()));
        kind.set(m.kind());
        level.set(m.level());
        scope.set(m.scope());
        parent.set(m.parentId() == null ? null : movements.stream().filter(x -> x.id() == m.parentId()).findFirst().orElse(null));
        authorityParent.set(nz(m.authorityParent()));
        authority.set(nz(m.authority()));
        place.set(nz(m.place()));
        planNo.set(nz(m.planNo()));
        planDate.set(date(m.planDate()));
        signerAuthority.set(nz(m.signerAuthority()));
        signerTitle.set(nz(m.signerTitle()));
        signerName.set(nz(m.signerName()));
        start.set(date(m.startDate()));
        end.set(date(m.endDate()));
        midReview.set(date(d.phases().stream().filter(p -> p.kind() == PhaseKind.SO_KET).map(Phase::date).findFirst().orElse(null)));
        closingReview.set(date(d.phases().stream().filter(p -> p.kind() == PhaseKind.TONG_KET).map(Phase::date).findFirst().orElse(null)));
        theme.set(nz(m.theme()));
        slogan.set(nz(m.slogan()));
        lead.set(unit(m.leadUnitId()));
        targets.set(nz(m.targets()));
        criteriaCollective.set(nz(m.criteriaCollective()));
        criteriaIndividual.set(nz(m.criteriaIndividual()));
        criteriaHousehold.set(nz(m.criteriaHousehold()));
        texts.forEach((part, prop) -> prop.set(d.text(part)));
        items.setAll(d.items().stream().map(i -> new ItemRow(i.content(), unit(i.leadUnitId()))).toList());
        participants.setAll(d.unitIds().stream().map(this::unit).filter(u -> u != null).toList());
        rewards.setAll(d.rewards().stream().map(r -> kinds.stream().filter(k -> k.code().equals(r.kindCode())).findFirst()
                .orElse(null)).filter(k -> k != null).toList());
        status.set(m.status());
        nextStatuses.setAll(m.status().next());
        milestones.setAll(s.milestones());
        log.setAll(s.log());
        dossiers.setAll(s.links().dossiers());
        decisions.setAll(s.links().decisions());
        problems.clear();
    }

    private Unit unit(Long id) {
        return id == null ? null : units.stream().filter(u -> u.id() == id).findFirst().orElse(null);
    }

    /** The movement as the form holds it, or the problems of its dates. */
    private Optional<MovementDetails> draft() {
        List<Problem> p = new ArrayList<>();
        LocalDate pd = parse(planDate.get(), MovementField.PLAN_DATE, p);
        LocalDate from = parse(start.get(), MovementField.START, p);
        LocalDate to = parse(end.get(), MovementField.END, p);
        LocalDate mid = parse(midReview.get(), MovementField.PHASES, p);
        LocalDate close = parse(closingReview.get(), MovementField.PHASES, p);
        if (!p.isEmpty()) {
            problems.setAll(p);
            return Optional.empty();
        }
        Movement base = loaded == null ? Movement.draft(code.get(), name.get(), kind.get(), level.get()) : loaded.movement();
        Movement m = base.withBasics(code.get(), name.get(), kind.get(), level.get(), scope.get())
                .withParent(parent.get() == null ? null : parent.get().id())
                .withIssuer(authorityParent.get(), authority.get(), place.get()).withPlan(planNo.get(), pd)
                .withSigner(signerAuthority.get(), signerTitle.get(), signerName.get()).withPeriod(from, to)
                .withTheme(theme.get(), slogan.get(), targets.get())
                .withCriteria(criteriaCollective.get(), criteriaIndividual.get(), criteriaHousehold.get())
                .withLead(lead.get() == null ? null : lead.get().id());
        List<Phase> phases = new ArrayList<>();
        if (mid != null) {
            phases.add(new Phase(0, PhaseKind.SO_KET, PhaseKind.SO_KET.label(), mid));
        }
        if (close != null) {
            phases.add(new Phase(0, PhaseKind.TONG_KET, PhaseKind.TONG_KET.label(), close));
        }
        List<SubMovement> subs = new ArrayList<>();
        for (ItemRow r : items) {
            subs.add(new SubMovement(0, subs.size() + 1, r.content.get(), r.lead.get() == null ? null : r.lead.get().id()));
        }
        Map<PlanPart, String> t = new EnumMap<>(PlanPart.class);
        texts.forEach((part, prop) -> t.put(part, prop.get()));
        return Optional.of(new MovementDetails(m, phases, subs, participants.stream().map(Unit::id).toList(),
                loaded == null ? List.of() : loaded.blocIds(),
                rewards.stream().map(k -> new PlannedReward(k.code(), null, null)).toList(), t));
    }

    /** Saves the form (every problem at once on failure), then reloads the list showing it. */
    public void save() {
        Optional<MovementDetails> d = draft();
        if (d.isEmpty()) {
            return;
        }
        tasks.run(messages.get("movement.saving"), p -> service.save(d.get(), loaded, user), saved -> {
            message.set(messages.format("movement.saved", saved.movement().code()));
            load(saved.movement().id());
        }, this::failed);
    }

    /** Moves the shown movement to a status on a day (dd/MM/yyyy). */
    public void move(MovementStatus target, String day, String note) {
        Movement m = selected.get();
        if (m == null || target == null) {
            return;
        }
        List<Problem> p = new ArrayList<>();
        LocalDate on = parse(day, MovementField.STATUS_DATE, p);
        if (on == null && p.isEmpty()) {
            p.add(Problem.of(MovementField.STATUS_DATE, Msg.of("movement.problem.moveDate")));
        }
        if (!p.isEmpty()) {
            problems.setAll(p);
            return;
        }
        tasks.run(messages.get("movement.moving"), x -> service.move(m.id(), target, on, note, user), moved -> {
            message.set(messages.format("movement.moved", moved.code(), messages.label(moved.status())));
            load(moved.id());
        }, this::failed);
    }

    /** Adds a milestone to the shown movement; unit null = every participating unit. */
    public void addMilestone(String content, String due, Unit unit) {
        Movement m = selected.get();
        if (m == null) {
            return;
        }
        List<Problem> p = new ArrayList<>();
        LocalDate d = parse(due, MovementField.MILESTONE_DUE, p);
        if (!p.isEmpty()) {
            problems.setAll(p);
            return;
        }
        Milestone draft = new Milestone(0, m.id(), content, d, unit == null ? null : unit.id(), null, null);
        tasks.run(messages.get("movement.saving"), x -> service.saveMilestone(draft, null), saved -> {
            problems.clear();
            select(m);
        }, this::failed);
    }

    /** Records a milestone as done on a day with the document that fulfilled it. */
    public void markDone(MilestoneRow row, String day, String document) {
        List<Problem> p = new ArrayList<>();
        LocalDate d = parse(day, MovementField.MILESTONE_DONE, p);
        if (d == null && p.isEmpty()) {
            p.add(Problem.of(MovementField.MILESTONE_DONE, Msg.of("movement.problem.doneDate")));
        }
        if (!p.isEmpty()) {
            problems.setAll(p);
            return;
        }
        tasks.run(messages.get("movement.saving"), x -> service.saveMilestone(row.milestone().withDone(d, document), row.milestone()),
                saved -> select(selected.get()), this::failed);
    }

    /** The file name proposed for the Kế hoạch: {@code KH_CODE_dd-MM-yyyy.docx} with the plan's day (decision 159). */
    public String planName() {
        return vn.tdkt.movement.domain.MovementFileNames.plan(code.get(),
                vn.tdkt.common.domain.VnFormat.parseDate(planDate.get()).orElse(null));
    }

    /** The file name proposed for a báo cáo of that kind on a day: {@code BC-so-ket_CODE_dd-MM-yyyy.docx}. */
    public String reportName(MovementReport.Kind kind, LocalDate day) {
        return vn.tdkt.movement.domain.MovementFileNames.report(kind, code.get(), day);
    }

    /** Writes the shown movement's Kế hoạch (saved first, so the document reads what the form shows). */
    public void writePlan(Path file) {
        Movement m = selected.get();
        if (m == null) {
            return;
        }
        tasks.run(messages.get("movement.writing"), p -> documents.writePlan(m.id(), file),
                path -> {
                    message.set(messages.format("movement.written", path.toString()));
                    written.announce(path);
                }, this::failed);
    }

    /**
     * Writes the shown movement's Báo cáo sơ kết or tổng kết on a day, with the figures of the data up to that day (the
     * `report` command's document).
     */
    public void writeReport(MovementReport.Kind kind, LocalDate day, Path file) {
        Movement m = selected.get();
        if (m == null) {
            return;
        }
        tasks.run(messages.get("movement.reportWriting"), p -> reports.writeReport(m.id(), kind, day, file),
                path -> message.set(messages.format("movement.written", path.toString())), this::failed);
    }

    /** Text of a due date with the day that counts when it falls on a day off. */
    public String dueText(Milestone m) {
        return date(m.due());
    }

    private void failed(Throwable t) {
        if (t instanceof ValidationException v) {
            problems.setAll(v.problems());
        } else if (t instanceof vn.tdkt.common.domain.AppException a) {
            problems.setAll(List.of(Problem.file(a.text())));
        } else {
            LoggerFactory.getLogger(MovementViewModel.class).error("Unexpected failure shown to the user", t);
            problems.setAll(List.of(Problem.file(Msg.of("dialog.error.logHint"))));
        }
    }

    /** The problems in the user's language, one per line. */
    public String problemText() {
        return String.join("\n", problems.stream().map(p -> p.describe(messages.locale())).toList());
    }

    private static LocalDate parse(String text, MovementField field, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<LocalDate> d = VnFormat.parseDate(text.trim());
        if (d.isEmpty()) {
            problems.add(Problem.of(field, Msg.of("movement.problem.badDate", text.trim())));
            return null;
        }
        return d.get();
    }

    private static String date(LocalDate d) {
        return d == null ? "" : VnFormat.date(d);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
