package vn.tdkt.movement.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.ConversionReview;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskExecutor;
import vn.tdkt.movement.domain.BlocCriterion;
import vn.tdkt.movement.domain.BlocField;
import vn.tdkt.movement.domain.BlocRanking;
import vn.tdkt.movement.domain.BlocScore;
import vn.tdkt.movement.domain.Covenant;
import vn.tdkt.movement.domain.MovementChoice;
import vn.tdkt.movement.service.BlocDocuments;
import vn.tdkt.movement.service.BlocService;
import vn.tdkt.movement.service.MovementLinkService;
import vn.tdkt.org.domain.Bloc;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;

/**
 * "Chấm điểm khối thi đua": a bloc's covenant of a year (signed by its member units, with the criteria), the points of
 * each unit per criterion typed in or imported from the sheet {@value BlocService#SHEET}, the ranking with the
 * proposals it leads to, and its confirmation, which makes the first unit the bloc's leader of the year; the scoring
 * workbook to send the bloc and, once confirmed, the Tờ trình proposing the first two units.
 */
public final class BlocScoringViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(BlocScoringViewModel.class);

    /** A criterion as edited: name and điểm chuẩn as typed. */
    public static final class CriterionRow {
        public final StringProperty name = new SimpleStringProperty("");
        public final StringProperty max = new SimpleStringProperty("");

        public CriterionRow(String name, String max) {
            this.name.set(name);
            this.max.set(max);
        }
    }

    /** A signing unit's points as typed, one per criterion line (1, 2, …). */
    public static final class ScoreRow {
        public final Unit unit;
        public final Map<Integer, StringProperty> points = new LinkedHashMap<>();

        ScoreRow(Unit unit) {
            this.unit = unit;
        }

        public StringProperty points(int line) {
            return points.computeIfAbsent(line, l -> new SimpleStringProperty(""));
        }
    }

    private final BlocService blocs;
    private final BlocDocuments documents;
    private final MovementLinkService links;
    private final OrgService org;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final String user;

    public final ObservableList<Bloc> blocList = FXCollections.observableArrayList();
    public final ObjectProperty<Bloc> bloc = new SimpleObjectProperty<>();
    public final StringProperty year = new SimpleStringProperty(Integer.toString(LocalDate.now().getYear()));
    public final StringProperty signedOn = new SimpleStringProperty("");
    public final StringProperty place = new SimpleStringProperty("");
    public final StringProperty content = new SimpleStringProperty("");
    /** The member units of the bloc, and those that signed. */
    public final ObservableList<Unit> members = FXCollections.observableArrayList();
    public final ObservableList<Unit> signers = FXCollections.observableArrayList();
    public final ObservableList<CriterionRow> criteria = FXCollections.observableArrayList();
    public final ObservableList<ScoreRow> scores = FXCollections.observableArrayList();
    public final ObservableList<BlocRanking.Ranked> ranking = FXCollections.observableArrayList();
    public final ObjectProperty<Covenant> covenant = new SimpleObjectProperty<>();
    /** The movements a covenant may implement, and the one it does (its plan heads the Tờ trình). */
    public final ObservableList<MovementChoice> movementChoices = FXCollections.observableArrayList();
    public final ObjectProperty<MovementChoice> movement = new SimpleObjectProperty<>();
    /** The last file written (the view offers to open it). */
    public final ObjectProperty<Path> written = new SimpleObjectProperty<>();
    public final BooleanProperty confirmed = new SimpleBooleanProperty(false);
    public final ObservableList<Problem> problems = FXCollections.observableArrayList();
    public final StringProperty message = new SimpleStringProperty("");
    /** The TCVN3 / VNI cells of an imported sheet waiting for the clerk's acceptance (nothing written meanwhile). */
    public final ConversionReview conversions = new ConversionReview();
    private final List<Unit> units = new ArrayList<>();

    public BlocScoringViewModel(BlocService blocs, BlocDocuments documents, MovementLinkService links, OrgService org,
                                TaskExecutor tasks, Messages messages, String user) {
        this.blocs = blocs;
        this.documents = documents;
        this.links = links;
        this.org = org;
        this.tasks = tasks;
        this.messages = messages;
        this.user = user;
    }

    private record Lists(List<Bloc> blocs, List<Unit> units, List<MovementChoice> movements) {
    }

    /** Reads the blocs and the units; opens the first bloc's covenant of the year. */
    public void load() {
        tasks.run(messages.get("bloc.loading"), p -> new Lists(org.blocs(), org.units(), links.choices()), l -> {
            blocList.setAll(l.blocs());
            movementChoices.setAll(l.movements());
            units.clear();
            units.addAll(l.units());
            if (bloc.get() == null && !l.blocs().isEmpty()) {
                bloc.set(l.blocs().get(0));
            }
            open();
        }, this::failed);
    }

    private record Opened(Optional<Covenant> covenant, List<BlocScore> scores, BlocRanking ranking) {
    }

    /** Shows the covenant of the bloc and year chosen (a new one signed by every member when there is none). */
    public void open() {
        Bloc b = bloc.get();
        Integer y = year();
        if (b == null || y == null) {
            return;
        }
        tasks.run(messages.get("bloc.loading"), p -> {
            Optional<Covenant> c = blocs.covenant(b.id(), y);
            return new Opened(c, c.map(x -> blocs.scores(x.id())).orElse(List.of()), c.map(x -> blocs.ranking(x.id())).orElse(null));
        }, this::show, this::failed);
    }

    /** The scores as the page last read them: a save is checked against them (issue #14). */
    private List<BlocScore> loadedScores = List.of();

    private void show(Opened o) {
        Bloc b = bloc.get();
        members.setAll(units.stream().filter(u -> u.blocId() != null && u.blocId() == b.id()).toList());
        Covenant c = o.covenant().orElse(null);
        covenant.set(c);
        loadedScores = o.scores();
        confirmed.set(c != null && c.confirmedOn() != null);
        movement.set(c == null || c.movementId() == null ? null
                : movementChoices.stream().filter(x -> x.id() == c.movementId()).findFirst().orElse(null));
        signedOn.set(c == null || c.signedOn() == null ? "" : VnFormat.date(c.signedOn()));
        place.set(c == null || c.place() == null ? "" : c.place());
        content.set(c == null || c.content() == null ? "" : c.content());
        signers.setAll(c == null ? members : members.stream().filter(u -> c.signedBy(u.id())).toList());
        criteria.setAll(c == null ? List.of() : c.criteria().stream()
                .map(k -> new CriterionRow(k.name(), points(k.maxPoints()))).toList());
        List<ScoreRow> rows = new ArrayList<>();
        for (Unit u : signers) {
            ScoreRow r = new ScoreRow(u);
            o.scores().stream().filter(s -> s.unitId() == u.id())
                    .forEach(s -> r.points(s.lineNo()).set(points(s.points())));
            rows.add(r);
        }
        scores.setAll(rows);
        ranking.setAll(o.ranking() == null ? List.of() : o.ranking().rows());
        message.set(c == null ? messages.get("bloc.newCovenant")
                : c.confirmedOn() != null ? messages.format("bloc.confirmedOn", VnFormat.date(c.confirmedOn()), c.confirmedBy()) : "");
        problems.clear();
    }

    /** Saves the covenant (signers, criteria, its day, place and text). */
    public void saveCovenant() {
        List<Problem> found = new ArrayList<>();
        Covenant draft = draft(found);
        if (!found.isEmpty()) {
            problems.setAll(found);
            return;
        }
        Covenant loaded = covenant.get() != null ? covenant.get() : Covenant.draft(draft.blocId(), draft.year());
        tasks.run(messages.get("bloc.saving"), p -> blocs.save(draft, loaded), saved -> {
            open();
            message.set(messages.get("bloc.saved"));
        }, this::failed);
    }

    /** Saves every point typed in the grid, all or nothing. */
    public void saveScores() {
        Covenant c = covenant.get();
        if (c == null) {
            problems.setAll(List.of(Problem.of(BlocField.RANKING, Msg.of("bloc.problem.saveFirst"))));
            return;
        }
        List<Problem> found = new ArrayList<>();
        List<BlocScore> list = new ArrayList<>();
        for (ScoreRow r : scores) {
            for (BlocCriterion k : c.criteria()) {
                String t = r.points(k.lineNo()).get();
                if (t == null || t.isBlank()) {
                    continue;
                }
                BigDecimal v = number(t);
                if (v == null) {
                    found.add(Problem.of(BlocField.POINTS, Msg.of("bloc.problem.notNumber", r.unit.name(), k.name(), t.strip())));
                } else {
                    list.add(new BlocScore(r.unit.id(), k.lineNo(), v));
                }
            }
        }
        if (!found.isEmpty()) {
            problems.setAll(found);
            return;
        }
        List<BlocScore> loaded = loadedScores;
        tasks.run(messages.get("bloc.saving"), p -> blocs.saveScores(c.id(), list, loaded), r -> {
            loadedScores = List.copyOf(list); // this clerk's save is what the next one is checked against
            ranking.setAll(r.rows());
            problems.clear();
            message.set(messages.get("bloc.scoresSaved"));
        }, this::failed);
    }

    /**
     * Imports criteria and points from the scoring sheet of an xlsx; a sheet with cells typed in TCVN3 / VNI waits in
     * {@link #conversions} for the clerk, and is imported once accepted.
     */
    public void importScores(Path file) {
        importScores(file, false);
    }

    private void importScores(Path file, boolean accept) {
        Covenant c = covenant.get();
        if (c == null) {
            problems.setAll(List.of(Problem.of(BlocField.RANKING, Msg.of("bloc.problem.saveFirst"))));
            return;
        }
        tasks.run(messages.get("bloc.importing"), p -> blocs.importScores(c.id(), file, accept), r -> {
            open();
            message.set(messages.format("bloc.imported", file.getFileName().toString(), r.rows().size()));
        }, t -> {
            if (!conversions.offer(t, () -> importScores(file, true),
                    () -> message.set(messages.format("legacy.declined", file.getFileName().toString())))) {
                failed(t);
            }
        });
    }

    /** Confirms the ranking today: the first unit becomes the bloc's leader of the covenant's year. */
    public void confirm() {
        Covenant c = covenant.get();
        if (c == null) {
            return;
        }
        tasks.run(messages.get("bloc.saving"), p -> blocs.confirm(c.id(), LocalDate.now(), user), r -> {
            open();
            message.set(messages.format("bloc.leaderSet", r.leader().orElseThrow().unitName(), String.valueOf(c.year())));
        }, this::failed);
    }

    /** Writes the scoring workbook of the covenant shown (criteria, điểm chuẩn, a row per signing unit). */
    public void writeTemplate(Path file) {
        Covenant c = covenant.get();
        if (c == null) {
            problems.setAll(List.of(Problem.of(BlocField.RANKING, Msg.of("bloc.problem.saveFirst"))));
            return;
        }
        tasks.run(messages.get("bloc.writing"), p -> documents.writeTemplate(c.id(), file), this::done, this::failed);
    }

    /** Writes the Tờ trình proposing the confirmed ranking's first unit for the Cờ thi đua and the second for a Bằng khen. */
    public void writeProposal(Path file, LocalDate day) {
        Covenant c = covenant.get();
        if (c == null) {
            return;
        }
        tasks.run(messages.get("bloc.writing"), p -> documents.writeProposal(c.id(), day, file), this::done, this::failed);
    }

    private void done(Path file) {
        problems.clear();
        message.set(messages.format("bloc.written", file.getFileName().toString()));
        written.set(null);
        written.set(file);
    }

    /** Reopens a confirmed ranking for changes. */
    public void reopen() {
        Covenant c = covenant.get();
        if (c != null) {
            tasks.run(messages.get("bloc.saving"), p -> blocs.reopen(c.id()), x -> open(), this::failed);
        }
    }

    /** The covenant as the form shows it; problems of what is typed are added to found. */
    Covenant draft(List<Problem> found) {
        Bloc b = bloc.get();
        Integer y = year();
        if (b == null) {
            found.add(Problem.of(BlocField.BLOC, Msg.of("bloc.problem.noBloc")));
        }
        if (y == null) {
            found.add(Problem.of(BlocField.YEAR, Msg.of("bloc.problem.year", String.valueOf(year.get()))));
        }
        LocalDate day = null;
        if (signedOn.get() != null && !signedOn.get().isBlank()) {
            day = VnFormat.parseDate(signedOn.get().strip()).orElse(null);
            if (day == null) {
                found.add(Problem.of(BlocField.SIGNERS, Msg.of("bloc.problem.badDate", signedOn.get().strip())));
            }
        }
        List<BlocCriterion> ks = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionRow r = criteria.get(i);
            BigDecimal max = number(r.max.get());
            if (max == null) {
                found.add(Problem.of(BlocField.CRITERION_MAX, Msg.of("bloc.problem.criterionMax", String.valueOf(i + 1))));
            }
            ks.add(new BlocCriterion(0, i + 1, r.name.get(), max == null ? BigDecimal.ZERO : max));
        }
        if (b == null || y == null) {
            return null;
        }
        Covenant old = covenant.get();
        LocalDate signed = day;
        Long plan = movement.get() == null ? null : movement.get().id();
        return new Covenant(old == null ? 0 : old.id(), b.id(), y, plan, day, place.get(),
                content.get(), signers.stream().map(u -> new Covenant.CovenantSigner(u.id(), signed)).toList(), ks, null, null);
    }

    private Integer year() {
        String t = year.get() == null ? "" : year.get().strip();
        return t.matches("\\d{4}") ? Integer.valueOf(t) : null;
    }

    static BigDecimal number(String t) {
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(t.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void failed(Throwable t) {
        if (t instanceof ValidationException v) {
            problems.setAll(v.problems());
        } else if (t instanceof AppException a) {
            problems.setAll(List.of(Problem.file(a.text())));
        } else {
            LOG.error("bloc scoring failed", t);
            problems.setAll(List.of(Problem.file(Msg.of("dialog.error.logHint"))));
        }
    }

    /** The problems in the user's language, one per line. */
    public String problemText() {
        return String.join("\n", problems.stream().map(p -> p.describe(messages.locale())).toList());
    }

    /** The label of a proposal in the user's language ("" for none). */
    public String proposal(BlocRanking.Ranked r) {
        return r.proposal() == null ? "" : messages.label(r.proposal());
    }

    /** Points as a Vietnamese clerk writes them: "38,5", "40". */
    static String points(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
