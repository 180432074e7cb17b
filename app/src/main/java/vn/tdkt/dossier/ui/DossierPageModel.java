package vn.tdkt.dossier.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskExecutor;
import vn.tdkt.dossier.domain.Attachment;
import vn.tdkt.dossier.domain.ComponentStatus;
import vn.tdkt.dossier.domain.DecidingLevel;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierStatus;
import vn.tdkt.dossier.domain.Finding;
import vn.tdkt.dossier.domain.LogEntry;
import vn.tdkt.regime.domain.LegalRegime;
import vn.tdkt.dossier.domain.SubjectView;
import vn.tdkt.dossier.service.DossierServices;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;

/**
 * The state and commands of one dossier's page: everything the page shows, loaded in the background in one go, and
 * the commands (attach a file, generate a document, record the public notice, check and make a move), each a
 * service call through the {@link TaskExecutor} followed by a reload. Failures go to {@link #onError}.
 */
public final class DossierPageModel {

    /** Writes the components the app generates and stores them with the dossier (wired by the main window). */
    public interface Writer {
        /** Whether the app writes that component. */
        boolean writes(String componentCode);

        /** Writes the component and stores it as the dossier's generated copy; runs off the FX thread. */
        Attachment write(long dossierId, String componentCode, String user, Progress progress);
    }

    private static final Logger LOGGER = LoggerFactory.getLogger(DossierPageModel.class);

    /** Everything the page shows of the dossier. */
    public record Loaded(Dossier dossier, String awardName, String levelName, String unitName, String regimeName,
                         List<SubjectView> subjects, List<ComponentStatus> checklist, List<Finding> checks,
                         List<LogEntry> log) {
    }

    /**
     * What the last "Tạo văn bản" wrote, put into words, with the review engine's findings on the dossier's subjects
     * (record 0075): they are shown here, beside the file, and never printed in the text that is signed.
     */
    public record Generated(String text, List<Finding> findings) {
    }

    private static final String INELIGIBLE = "dossier.check.ineligible";

    private final DossierServices services;
    private final CatalogueService catalogue;
    private final OrgService org;
    private final Writer writer;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final String user;
    private final long dossierId;
    private final ReadOnlyObjectWrapper<Loaded> loaded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Generated> generated = new ReadOnlyObjectWrapper<>();
    private Consumer<Throwable> onError = e -> LOGGER.warn("Dossier page command failed", e);

    public DossierPageModel(DossierServices services, CatalogueService catalogue, OrgService org, Writer writer,
                            TaskExecutor tasks, Messages messages, String user, long dossierId) {
        this.services = services;
        this.catalogue = catalogue;
        this.org = org;
        this.writer = writer;
        this.tasks = tasks;
        this.messages = messages;
        this.user = user;
        this.dossierId = dossierId;
    }

    /** Where failures are reported (the window shows an error dialog). */
    public void onError(Consumer<Throwable> handler) {
        this.onError = handler;
    }

    /** What the page shows; null until the first load. */
    public ReadOnlyObjectProperty<Loaded> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The result of the last "Tạo văn bản"; null until a document is written. */
    public ReadOnlyObjectProperty<Generated> generatedProperty() {
        return generated.getReadOnlyProperty();
    }

    public long dossierId() {
        return dossierId;
    }

    /** Whether the app writes that component (and so offers "Tạo văn bản"). */
    public boolean writes(ComponentStatus cs) {
        return cs != null && cs.item().component().generated() && writer.writes(cs.item().component().code());
    }

    public void refresh() {
        tasks.run(messages.get("dossier.page.loading"), p -> load(), loaded::set, onError);
    }

    private Loaded load() {
        Dossier d = services.dossiers().find(dossierId).orElseThrow(() -> new AppException(Msg.of("dossier.page.gone")));
        Map<String, String> levels = services.dossiers().levels().stream()
                .collect(Collectors.toMap(DecidingLevel::code, DecidingLevel::name));
        String unit = org.units().stream().filter(u -> u.id() == d.proposingUnitId()).map(Unit::name).findFirst().orElse("");
        String regime = services.dossiers().regimes().stream().filter(r -> r.code().equals(d.regimeCode())).map(LegalRegime::name)
                .findFirst().orElse(d.regimeCode());
        return new Loaded(d, catalogue.catalogue().require(d.awardCode()).name(),
                levels.getOrDefault(d.decidingLevel(), d.decidingLevel()), unit, regime, services.dossiers().subjects(dossierId),
                services.attachments().checklist(dossierId), services.dossiers().checks(dossierId),
                services.dossiers().log(dossierId));
    }

    /** Stores a file for a component, then reloads. */
    public void attach(String componentCode, Path file) {
        tasks.run(messages.format("dossier.page.attaching", file.getFileName().toString()),
                p -> services.attachments().attach(dossierId, componentCode, file, user), (Attachment a) -> refresh(), onError);
    }

    /** Writes a generated component (tờ trình, báo cáo thành tích), stores it with the dossier, then reloads. */
    public void generate(ComponentStatus target) {
        String code = target.item().component().code();
        String name = target.item().component().name();
        tasks.run(messages.format("dossier.page.generating", name), p -> {
            Attachment a = writer.write(dossierId, code, user, p);
            List<Finding> findings = services.dossiers().checks(dossierId, DossierStatus.DE_NGHI_CAP_TREN).stream()
                    .filter(f -> INELIGIBLE.equals(f.text().key())).toList();
            String done = messages.format("dossier.page.generated", name, a.originalName());
            return new Generated(findings.isEmpty() ? done + " " + messages.get("dossier.page.generatedEligible")
                    : done + " " + messages.format("dossier.page.generatedFindings", findings.stream()
                            .map(f -> messages.text(f.text())).collect(Collectors.joining("; "))), findings);
        }, (Generated g) -> {
            generated.set(g);
            refresh();
        }, onError);
    }

    /** Records the first day of the public notice from the text typed (empty = not published yet), then reloads. */
    public void saveNoticeStart(String typed, Function<String, java.time.LocalDate> parse) {
        java.time.LocalDate start = typed == null || typed.isBlank() ? null : parse.apply(typed);
        if (typed != null && !typed.isBlank() && start == null) {
            onError.accept(new AppException(Msg.of("dossier.page.noticeInvalid", typed)));
            return;
        }
        tasks.run(messages.get("dossier.page.noticeSaving"), p -> services.calendar().setNoticeStart(dossierId, start, seen()),
                (Dossier saved) -> refresh(), onError);
    }

    /** Loads the findings of a move to the target, for the move dialog. */
    public void checkMove(DossierStatus target, Consumer<List<Finding>> then) {
        tasks.run(messages.get("dossier.page.checking"), p -> services.dossiers().checks(dossierId, target), then, onError);
    }

    /** The move command: the work that makes the move with its note (the reason of a return); the warnings that remain. */
    public Function<Progress, List<Finding>> move(DossierStatus target, String note) {
        Dossier seen = seen();
        return p -> services.dossiers().move(dossierId, target, user, note, seen);
    }

    /** The dossier as the page shows it: a move or a notice day is refused when someone else changed it since. */
    private Dossier seen() {
        return loaded.get() == null ? null : loaded.get().dossier();
    }
}
