package vn.tdkt.exemplary.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskExecutor;
import vn.tdkt.exemplary.domain.AwardLine;
import vn.tdkt.exemplary.domain.Evidence;
import vn.tdkt.exemplary.domain.ExemplaryField;
import vn.tdkt.exemplary.domain.ExemplaryModel;
import vn.tdkt.exemplary.domain.MediaItem;
import vn.tdkt.exemplary.domain.MediaKind;
import vn.tdkt.exemplary.domain.ModelDetails;
import vn.tdkt.exemplary.domain.ModelKind;
import vn.tdkt.exemplary.domain.ModelRow;
import vn.tdkt.exemplary.domain.NextTitle;
import vn.tdkt.exemplary.domain.Recognition;
import vn.tdkt.exemplary.domain.Replication;
import vn.tdkt.exemplary.domain.ReplicationActivity;
import vn.tdkt.exemplary.domain.Stage;
import vn.tdkt.exemplary.domain.StageChange;
import vn.tdkt.exemplary.domain.Support;
import vn.tdkt.exemplary.service.ExemplaryRecordsService;
import vn.tdkt.exemplary.service.ExemplaryService;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;

/**
 * The Điển hình tiên tiến page's state and commands: the list, the model being edited, its stage moves, its
 * recognitions, media, replication, support and evidence, its person's or unit's awards and, for a person model, the
 * review's next title. Every service call goes through the {@link TaskExecutor}; problems come back with their fields.
 */
public final class ExemplaryViewModel {

    private final ExemplaryService service;
    private final ExemplaryRecordsService records;
    private final OrgService org;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final String user;

    public final ObservableList<ModelRow> models = FXCollections.observableArrayList();
    public final ObservableList<Movement> movements = FXCollections.observableArrayList();
    public final ObservableList<Unit> units = FXCollections.observableArrayList();
    public final ObjectProperty<ModelRow> selected = new SimpleObjectProperty<>();

    public final StringProperty code = new SimpleStringProperty("");
    public final StringProperty name = new SimpleStringProperty("");
    public final ObjectProperty<ModelKind> kind = new SimpleObjectProperty<>(ModelKind.CA_NHAN);
    public final StringProperty personCode = new SimpleStringProperty("");
    public final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    public final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    public final StringProperty field = new SimpleStringProperty("");
    public final ObjectProperty<Movement> movement = new SimpleObjectProperty<>();
    public final ObjectProperty<Unit> proposer = new SimpleObjectProperty<>();
    public final StringProperty description = new SimpleStringProperty("");

    public final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.PHAT_HIEN);
    public final ObservableList<StageChange> stages = FXCollections.observableArrayList();
    public final ObjectProperty<Stage> target = new SimpleObjectProperty<>();
    public final StringProperty moveDate = new SimpleStringProperty("");
    public final StringProperty moveNote = new SimpleStringProperty("");

    public final ObservableList<Recognition> recognitions = FXCollections.observableArrayList();
    public final StringProperty recYear = new SimpleStringProperty("");
    public final StringProperty recNo = new SimpleStringProperty("");
    public final StringProperty recDate = new SimpleStringProperty("");

    public final ObservableList<MediaItem> media = FXCollections.observableArrayList();
    public final ObjectProperty<MediaKind> mediaKind = new SimpleObjectProperty<>(MediaKind.BAI_VIET);
    public final StringProperty mediaTitle = new SimpleStringProperty("");
    public final StringProperty mediaOutlet = new SimpleStringProperty("");
    public final StringProperty mediaDate = new SimpleStringProperty("");
    public final StringProperty mediaLink = new SimpleStringProperty("");

    public final ObservableList<Replication> replications = FXCollections.observableArrayList();
    public final ObjectProperty<ReplicationActivity> activity = new SimpleObjectProperty<>(ReplicationActivity.THAM_QUAN);
    public final StringProperty learner = new SimpleStringProperty("");
    public final StringProperty replicationDate = new SimpleStringProperty("");

    public final ObservableList<Support> supports = FXCollections.observableArrayList();
    public final StringProperty supportContent = new SimpleStringProperty("");
    public final StringProperty supportDate = new SimpleStringProperty("");
    public final StringProperty supportProvider = new SimpleStringProperty("");

    public final ObservableList<Evidence> evidence = FXCollections.observableArrayList();
    public final ObservableList<AwardLine> awards = FXCollections.observableArrayList();
    public final ObservableList<NextTitle> nextTitles = FXCollections.observableArrayList();
    public final StringProperty nextTitleState = new SimpleStringProperty("");

    public final ObservableList<Problem> problems = FXCollections.observableArrayList();
    public final StringProperty message = new SimpleStringProperty("");

    public ExemplaryViewModel(ExemplaryService service, ExemplaryRecordsService records, OrgService org, TaskExecutor tasks,
                              Messages messages, String user) {
        this.service = service;
        this.records = records;
        this.org = org;
        this.tasks = tasks;
        this.messages = messages;
        this.user = user;
    }

    private record Lists(List<ModelRow> models, List<Movement> movements, List<Unit> units) {
    }

    /** Reads the list and the choices; then shows the model with that id (0: keeps the current one). */
    public void load(long show) {
        tasks.run(messages.get("exemplary.loading"), p -> new Lists(service.list(), service.movements(), org.units()), l -> {
            models.setAll(l.models());
            movements.setAll(l.movements());
            units.setAll(l.units());
            long id = show != 0 ? show : selected.get() == null ? 0 : selected.get().model().id();
            l.models().stream().filter(r -> r.model().id() == id).findFirst().ifPresent(this::select);
        }, this::failed);
    }

    /** Shows a model with everything recorded about it. */
    public void select(ModelRow row) {
        if (row == null) {
            return;
        }
        tasks.run(messages.get("exemplary.loading"), p -> service.details(row.model().id()), this::show, this::failed);
    }

    /** Clears the form for a new model. */
    public void newModel() {
        selected.set(null);
        show(null);
    }

    private void show(ModelDetails d) {
        problems.clear();
        ExemplaryModel m = d == null ? null : d.model();
        selected.set(d == null ? null : d.row());
        code.set(m == null ? "" : nz(m.code()));
        name.set(m == null ? "" : nz(m.name()));
        kind.set(m == null ? ModelKind.CA_NHAN : m.kind());
        personCode.set(d == null ? "" : nz(d.row().personCode()));
        unit.set(m == null ? null : byId(units, m.unitId(), Unit::id));
        gender.set(m == null || m.gender() == null ? null : m.gender().equals(Gender.FEMALE.label()) ? Gender.FEMALE
                : Gender.MALE);
        field.set(m == null ? "" : nz(m.field()));
        movement.set(m == null ? null : byId(movements, m.movementId(), Movement::id));
        proposer.set(m == null ? null : byId(units, m.proposingUnitId(), Unit::id));
        description.set(m == null ? "" : nz(m.description()));
        stage.set(m == null ? Stage.PHAT_HIEN : m.stage());
        target.set(m == null ? null : m.stage().next());
        moveDate.set(VnFormat.date(service.today()));
        moveNote.set("");
        stages.setAll(d == null ? List.of() : d.stages());
        recognitions.setAll(d == null ? List.of() : d.recognitions());
        media.setAll(d == null ? List.of() : d.media());
        replications.setAll(d == null ? List.of() : d.replications());
        supports.setAll(d == null ? List.of() : d.supports());
        evidence.setAll(d == null ? List.of() : d.evidence());
        awards.setAll(d == null ? List.of() : d.awards());
        nextTitles.clear();
        nextTitleState.set(m != null && m.kind() == ModelKind.CA_NHAN && m.personId() != null ? ""
                : messages.get("exemplary.nextTitle.none"));
    }

    /** Saves the form (a new model starts in the stage chosen, on today). */
    public void save() {
        List<Problem> found = new ArrayList<>();
        String person = blank(personCode.get());
        ModelRow current = selected.get();
        tasks.run(messages.get("exemplary.saving"), p -> {
            Long personId = null;
            if (person != null) {
                personId = service.personId(person).orElse(null);
                if (personId == null) {
                    found.add(Problem.of(ExemplaryField.PERSON, Msg.of("exemplary.problem.personCode", person)));
                    throw new ValidationException(found);
                }
            }
            ExemplaryModel draft = new ExemplaryModel(current == null ? 0 : current.model().id(), code.get(), name.get(),
                    kind.get(), personId, id(unit.get()),
                    gender.get() == null ? null : gender.get().label(), field.get(), movementId(), id(proposer.get()),
                    stage.get(), null, description.get());
            ExemplaryModel saved = service.save(draft, current == null ? null : current.model(), user);
            return saved.id();
        }, id -> {
            message.set(messages.get("exemplary.saved"));
            load(id);
        }, this::failed);
    }

    /** Moves the model to the chosen stage on the date typed, with the note (a reason when going back). */
    public void move() {
        ModelRow current = selected.get();
        if (current == null) {
            return;
        }
        List<Problem> found = new ArrayList<>();
        LocalDate on = parse(moveDate.get(), ExemplaryField.STAGE_DATE, found);
        if (!found.isEmpty()) {
            problems.setAll(found);
            return;
        }
        Stage to = target.get();
        String note = moveNote.get();
        tasks.run(messages.get("exemplary.saving"), p -> service.move(current.model().id(), to, on, note, user), m -> {
            message.set(messages.format("exemplary.moved", messages.label(m.stage())));
            load(m.id());
        }, this::failed);
    }

    /** Records the recognition typed (year, decision number and date). */
    public void recognise() {
        List<Problem> found = new ArrayList<>();
        Integer year = year(recYear.get(), found);
        LocalDate date = parse(recDate.get(), ExemplaryField.DECISION_DATE, found);
        write(found, id -> records.recognise(new Recognition(0, id, year == null ? 0 : year, recNo.get(), date), false), () -> {
            recYear.set("");
            recNo.set("");
            recDate.set("");
        });
    }

    public void addMedia() {
        List<Problem> found = new ArrayList<>();
        LocalDate date = parse(mediaDate.get(), ExemplaryField.DATE, found);
        write(found, id -> records.addMedia(new MediaItem(0, id, mediaKind.get(), mediaTitle.get(), mediaOutlet.get(), date,
                mediaLink.get())), () -> {
                    mediaTitle.set("");
                    mediaOutlet.set("");
                    mediaDate.set("");
                    mediaLink.set("");
                });
    }

    public void addReplication() {
        List<Problem> found = new ArrayList<>();
        LocalDate date = parse(replicationDate.get(), ExemplaryField.DATE, found);
        write(found, id -> records.addReplication(new Replication(0, id, activity.get(), date, learner.get(), null)), () -> {
            learner.set("");
            replicationDate.set("");
        });
    }

    public void addSupport() {
        List<Problem> found = new ArrayList<>();
        LocalDate date = parse(supportDate.get(), ExemplaryField.DATE, found);
        write(found, id -> records.addSupport(new Support(0, id, date, supportContent.get(), supportProvider.get(), null)),
                () -> {
                    supportContent.set("");
                    supportDate.set("");
                    supportProvider.set("");
                });
    }

    /** Stores an evidence file for the model. */
    public void attach(Path file) {
        write(new ArrayList<>(), id -> records.attach(id, file, null, user), () -> { });
    }

    /** Where an evidence file is stored (to open it). */
    public Path file(Evidence e) {
        return records.file(e);
    }

    /** Asks the review engine for the person's next title and what is missing (a whole review: on a task). */
    public void loadNextTitles() {
        ModelRow current = selected.get();
        if (current == null || current.model().personId() == null) {
            return;
        }
        nextTitleState.set(messages.get("exemplary.nextTitle.loading"));
        tasks.run(messages.get("exemplary.nextTitle.loading"), p -> service.nextTitles(current.model().id(), p), l -> {
            nextTitles.setAll(l);
            nextTitleState.set(l.isEmpty() ? messages.get("exemplary.nextTitle.nothing") : "");
        }, t -> {
            nextTitleState.set("");
            failed(t);
        });
    }

    private void write(List<Problem> found, Function<Long, Object> work, Runnable clear) {
        ModelRow current = selected.get();
        if (current == null) {
            return;
        }
        if (!found.isEmpty()) {
            problems.setAll(found);
            return;
        }
        long id = current.model().id();
        tasks.run(messages.get("exemplary.saving"), p -> work.apply(id), x -> {
            clear.run();
            message.set(messages.get("exemplary.saved"));
            select(current);
        }, this::failed);
    }

    private Long movementId() {
        return movement.get() == null ? null : movement.get().id();
    }

    private static Long id(Unit u) {
        return u == null ? null : u.id();
    }

    private static <T> T byId(List<T> list, Long id, Function<T, Long> idOf) {
        return id == null ? null : list.stream().filter(x -> idOf.apply(x).equals(id)).findFirst().orElse(null);
    }

    private void failed(Throwable t) {
        problems.setAll(ScreenProblems.of(t));
    }

    /** Every problem, one per line, in the user's language. */
    public String problemText() {
        return ScreenProblems.text(problems, messages.locale());
    }

    static LocalDate parse(String text, ExemplaryField f, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<LocalDate> d = VnFormat.parseDate(text.trim());
        if (d.isEmpty()) {
            problems.add(Problem.of(f, Msg.of("exemplary.problem.badDate", text.trim())));
        }
        return d.orElse(null);
    }

    static Integer year(String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            problems.add(Problem.of(ExemplaryField.YEAR, Msg.of("exemplary.problem.badYear", text.trim())));
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
