package vn.tdkt.decision.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.domain.Recipient;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.common.ui.TaskExecutor;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionDraft;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.LegalBasis;
import vn.tdkt.decision.domain.Payment;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.decision.domain.StoredDraft;
import vn.tdkt.decision.service.DecisionDraftingService;
import vn.tdkt.movement.domain.MovementChoice;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.PeopleIndex;
import vn.tdkt.people.domain.PersonRow;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.regime.domain.RegimeCatalog;

/**
 * The state of "Lập quyết định khen thưởng": the decision's particulars (prefilled from the last decision, căn cứ by
 * the regime in force on the date, the citation by the period), the list being drawn up with each line's money
 * (recomputed in the background whenever the list, a kind, the date or the period changes; an older answer never
 * overwrites a newer one) and the save, which is one service call (one transaction) that refuses the draft with
 * every problem at once. No control here: the dialog binds to these properties.
 */
public final class DecisionDialogModel {

    private static final Logger LOGGER = LoggerFactory.getLogger(DecisionDialogModel.class);
    private static final Locale VI = Locale.forLanguageTag("vi");

    /** Quyền hạn ký (NĐ 30/2020): the head signs, or a deputy signs for the head (KT.), or on behalf of a collective (TM.). */
    public enum SignerMode {
        DIRECT(""), KT("KT. "), TM("TM. ");

        private final String prefix;

        SignerMode(String prefix) {
            this.prefix = prefix;
        }

        /** The bundle key of the mode's label. */
        String labelKey() {
            return switch (this) {
                case DIRECT -> "decision.signer.direct";
                case KT -> "decision.signer.kt";
                case TM -> "decision.signer.tm";
            };
        }
    }

    /** A line of the list being drawn up: one recipient, its kind and (once computed) its money. */
    public static final class Line {
        private final Recipient type;
        private final Long personId;
        private final Long unitId;
        private final String name;
        private final String position;
        private final String unitName;
        private final ObjectProperty<AwardKind> kind = new SimpleObjectProperty<>();
        private final ObjectProperty<Payment> payment = new SimpleObjectProperty<>();
        private final StringProperty overrideReason = new SimpleStringProperty();

        Line(Recipient type, Long personId, Long unitId, String name, String position, String unitName, AwardKind kind) {
            this(type, personId, unitId, name, position, unitName, kind, null);
        }

        Line(Recipient type, Long personId, Long unitId, String name, String position, String unitName, AwardKind kind,
             String overrideReason) {
            this.overrideReason.set(overrideReason);
            this.type = type;
            this.personId = personId;
            this.unitId = unitId;
            this.name = name;
            this.position = position == null ? "" : position;
            this.unitName = unitName == null ? "" : unitName;
            this.kind.set(kind);
        }

        public Recipient type() {
            return type;
        }

        public String name() {
            return name;
        }

        public String position() {
            return position;
        }

        public String unitName() {
            return unitName;
        }

        /** Why the line is kept although the review found it not eligible (a draft's line), or null. */
        public String overrideReason() {
            return overrideReason.get();
        }

        /** The reason the clerk types to keep a line the review finds not eligible (blank: none). */
        public StringProperty overrideReasonProperty() {
            return overrideReason;
        }

        public ObjectProperty<AwardKind> kindProperty() {
            return kind;
        }

        /** The money of the line, null while it is being computed. */
        public ObjectProperty<Payment> paymentProperty() {
            return payment;
        }

        RecipientDraft draft(Integer goldBookNo) {
            String code = kind.get() == null ? null : kind.get().code();
            RecipientDraft d = switch (type) {
                case CA_NHAN -> RecipientDraft.person(personId, code);
                case TAP_THE -> RecipientDraft.unit(unitId, code);
                case HO_GIA_DINH -> RecipientDraft.household(name, unitName, code);
            };
            d = blank(overrideReason.get()) ? d : d.withOverride(overrideReason.get());
            return goldBookNo == null ? d : d.withGoldBookNo(goldBookNo);
        }

        boolean sameAs(Line o) {
            return type == o.type && Objects.equals(personId, o.personId) && Objects.equals(unitId, o.unitId)
                    && (type != Recipient.HO_GIA_DINH || VietnameseText.fold(name).equals(VietnameseText.fold(o.name)))
                    && Objects.equals(kind.get(), o.kind.get());
        }
    }

    /** What the dialog offers, loaded in the background before it opens. */
    public record Prepared(Catalogue catalogue, PeopleIndex people, List<Unit> units, Optional<DecisionInfo> template,
                           RegimeCatalog regimes, List<MovementChoice> movements) {

        /** What the dialog offers when no movement is recorded. */
        public Prepared(Catalogue catalogue, PeopleIndex people, List<Unit> units, Optional<DecisionInfo> template,
                        RegimeCatalog regimes) {
            this(catalogue, people, units, template, regimes, List.of());
        }
    }

    private final DecisionDraftingService drafting;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final Catalogue catalogue;
    private final RegimeCatalog regimes;
    private final Map<Long, Unit> unitsById;
    private final PeopleIndex index;
    private Long draftId;
    private String draftLevel;
    /** The draft as it was opened (issue #14: its save is refused when someone else saved it since). */
    private StoredDraft opened;

    public final StringProperty number = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    public final StringProperty issuerParent = new SimpleStringProperty("");
    public final StringProperty issuer = new SimpleStringProperty("");
    public final StringProperty place = new SimpleStringProperty("");
    public final StringProperty subject = new SimpleStringProperty("");
    public final StringProperty authority = new SimpleStringProperty("");
    public final ObjectProperty<SignerMode> signerMode = new SimpleObjectProperty<>(SignerMode.KT);
    public final StringProperty signerFor = new SimpleStringProperty("");
    public final StringProperty signerPosition = new SimpleStringProperty("");
    public final StringProperty signerName = new SimpleStringProperty("");
    public final ObjectProperty<AwardFormType> formType = new SimpleObjectProperty<>(AwardFormType.CONG_TRANG);
    public final ObjectProperty<Integer> yearFrom = new SimpleObjectProperty<>(LocalDate.now().getYear() - 1);
    public final ObjectProperty<Integer> yearTo = new SimpleObjectProperty<>(LocalDate.now().getYear() - 1);
    public final StringProperty citation = new SimpleStringProperty("");
    public final StringProperty executors = new SimpleStringProperty("");
    /** The movement the decision belongs to (null: none). */
    public final ObjectProperty<MovementChoice> movement = new SimpleObjectProperty<>();
    private final List<MovementChoice> movements;
    /** Số sổ vàng of the first line; blank = 1. Digits only (the field refuses anything else). */
    public final StringProperty goldBookStart = new SimpleStringProperty("");
    public final ObservableList<String> legalBasis = FXCollections.observableArrayList();
    public final ObservableList<String> copyTo = FXCollections.observableArrayList();

    public final ObservableList<Line> lines = FXCollections.observableArrayList();
    /** The recipient kind of the picker tab on display, and the kinds that suit it. */
    public final ObjectProperty<Recipient> pickerType = new SimpleObjectProperty<>(Recipient.CA_NHAN);
    public final ObservableList<AwardKind> kinds = FXCollections.observableArrayList();
    public final ObjectProperty<AwardKind> kind = new SimpleObjectProperty<>();
    public final StringProperty personQuery = new SimpleStringProperty("");
    public final StringProperty unitQuery = new SimpleStringProperty("");
    public final StringProperty householdName = new SimpleStringProperty("");
    public final StringProperty householdAddress = new SimpleStringProperty("");
    private final FilteredList<PersonRow> people;
    private final FilteredList<Unit> units;
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper();
    private long generation;
    private Consumer<Throwable> onError = e -> LOGGER.warn("Money preview failed", e);

    public DecisionDialogModel(DecisionDraftingService drafting, TaskExecutor tasks, Messages messages, Prepared prepared) {
        this.drafting = drafting;
        this.tasks = tasks;
        this.messages = messages;
        this.catalogue = prepared.catalogue();
        this.regimes = prepared.regimes();
        this.movements = prepared.movements();
        this.unitsById = prepared.units().stream().collect(Collectors.toMap(Unit::id, u -> u));
        this.index = prepared.people();
        this.people = new FilteredList<>(FXCollections.observableList(prepared.people().all()));
        this.units = new FilteredList<>(FXCollections.observableList(prepared.units()));
        fill(prepared.template());
        kindsFor(Recipient.CA_NHAN);
        personQuery.addListener((obs, o, q) -> people.setPredicate(PeopleIndex.matcher(q, null)::test));
        unitQuery.addListener((obs, o, q) -> {
            String[] words = VietnameseText.fold(q).split(" ");
            units.setPredicate(u -> Arrays.stream(words).allMatch(w -> u.searchKey().contains(w)));
        });
        pickerType.addListener((obs, o, n) -> kindsFor(n));
        date.addListener((obs, before, now) -> dateChanged(before, now));
        yearFrom.addListener((obs, o, n) -> periodChanged(o, yearTo.get()));
        yearTo.addListener((obs, o, n) -> periodChanged(yearFrom.get(), o));
        lines.addListener((ListChangeListener<Line>) c -> recompute());
        recompute();
    }

    // ---------------------------------------------------------------- the particulars

    /** Prefills from the last recorded decision (issuer, signer, authority …); the date is today. */
    private void fill(Optional<DecisionInfo> template) {
        LocalDate today = LocalDate.now();
        date.set(today);
        legalBasis.setAll(LegalBasis.defaults(regimes, today));
        copyTo.setAll(LegalBasis.copyTo());
        citation.set(citation(yearFrom.get(), yearTo.get()));
        template.ifPresent(this::header);
    }

    /** The header of a decision: issuing body, place, trích yếu, authority, signer, executors, copies. */
    private void header(DecisionInfo t) {
        issuerParent.set(nullToEmpty(t.issuerParent()));
        issuer.set(nullToEmpty(t.issuer()));
        place.set(nullToEmpty(t.place()));
        subject.set(nullToEmpty(t.subject()));
        authority.set(nullToEmpty(t.authority()));
        signerName.set(nullToEmpty(t.signerName()));
        executors.set(nullToEmpty(t.executors()));
        formType.set(t.formType());
        copyTo.setAll(t.copyTo());
        List<String> title = t.signerTitle();
        if (title.isEmpty()) {
            return; // no signer yet (a draft of a level with no remembered header): keep the usual KT.
        }
        SignerMode mode = Arrays.stream(SignerMode.values())
                .filter(m -> m != SignerMode.DIRECT && !title.isEmpty() && title.get(0).startsWith(m.prefix))
                .findFirst().orElse(SignerMode.DIRECT);
        signerMode.set(mode);
        if (mode == SignerMode.DIRECT) {
            signerPosition.set(String.join(" ", title));
        } else {
            signerFor.set(title.get(0).substring(mode.prefix.length()));
            signerPosition.set(String.join(" ", title.subList(1, title.size())));
        }
    }

    /**
     * Opens a stored draft for editing: its particulars and its lines (with any reason for keeping a line) replace the
     * prefilled ones; {@link #saveDraft} then writes it back, still a draft with no number and no date.
     */
    public void edit(StoredDraft stored) {
        draftId = stored.id();
        draftLevel = stored.decidingLevel();
        opened = stored;
        DecisionDraft d = stored.draft();
        DecisionInfo t = d.info();
        signerFor.set("");
        signerPosition.set("");
        header(t);
        yearFrom.set(t.yearFrom());
        yearTo.set(t.yearTo());
        citation.set(nullToEmpty(t.citation()));
        legalBasis.setAll(t.legalBasis());
        movement.set(movements.stream().filter(m -> d.movementId() != null && m.id() == d.movementId()).findFirst()
                .orElse(null));
        Map<Long, PersonRow> persons = index.all().stream().collect(Collectors.toMap(r -> r.person().id(), r -> r, (a, b) -> a));
        List<Line> loaded = new ArrayList<>();
        for (RecipientDraft r : d.recipients()) {
            AwardKind k = r.kindCode() == null ? null : catalogue.kind(r.kindCode()).orElse(null);
            if (r.personId() != null) {
                PersonRow p = persons.get(r.personId());
                loaded.add(new Line(Recipient.CA_NHAN, r.personId(), null, p == null ? "#" + r.personId() : p.person().fullName(),
                        p == null ? "" : p.person().position(), p == null ? "" : p.unitName(), k, r.overrideReason()));
            } else if (r.unitId() != null) {
                Unit u = unitsById.get(r.unitId());
                loaded.add(new Line(Recipient.TAP_THE, null, r.unitId(), u == null ? "#" + r.unitId() : u.name(), "",
                        u == null ? "" : parentName(u), k, r.overrideReason()));
            } else {
                loaded.add(new Line(Recipient.HO_GIA_DINH, null, null, nullToEmpty(r.householdName()), "",
                        r.householdAddress(), k, r.overrideReason()));
            }
        }
        lines.setAll(loaded);
    }

    /** Whether the dialog edits a stored draft (the number and date are given at issue, not here). */
    public boolean editsDraft() {
        return draftId != null;
    }

    /** The save of an edited draft: its header and lines written back in one transaction, still a draft. */
    public Function<Progress, StoredDraft> saveDraft(String user) {
        if (draftId == null) {
            throw new IllegalStateException("not a draft");
        }
        DecisionDraft d = draft();
        StoredDraft loaded = opened;
        String level = draftLevel;
        return p -> drafting.saveDraft(loaded, level, d, user);
    }

    private String citation(int from, int to) {
        return messages.format("decision.draft.citation", from == to ? Integer.toString(from) : from + "-" + to);
    }

    /** A new date brings the căn cứ of its regime, unless the clerk has changed them; the money follows the date. */
    private void dateChanged(LocalDate before, LocalDate now) {
        if (now != null && List.copyOf(legalBasis).equals(LegalBasis.defaults(regimes, before))) {
            legalBasis.setAll(LegalBasis.defaults(regimes, now));
        }
        recompute();
    }

    private void periodChanged(int oldFrom, int oldTo) {
        if (Objects.equals(citation.get(), citation(oldFrom, oldTo))) {
            citation.set(citation(yearFrom.get(), yearTo.get()));
        }
        recompute();
    }

    /** The particulars as the service takes them; the signer's lines in capitals. */
    DecisionInfo info() {
        SignerMode mode = signerMode.get() == null ? SignerMode.DIRECT : signerMode.get();
        List<String> signerTitle = new ArrayList<>();
        if (mode != SignerMode.DIRECT && !blank(signerFor.get())) {
            signerTitle.add(mode.prefix + signerFor.get().strip().toUpperCase(VI));
        }
        if (!blank(signerPosition.get())) {
            signerTitle.add(signerPosition.get().strip().toUpperCase(VI));
        }
        return new DecisionInfo(number.get(), date.get(), issuerParent.get(), issuer.get(), place.get(), subject.get(),
                authority.get(), signerTitle, signerName.get(), formType.get(), yearFrom.get(), yearTo.get(),
                List.copyOf(legalBasis), citation.get(), executors.get(), List.copyOf(copyTo));
    }

    // ---------------------------------------------------------------- the list

    public FilteredList<PersonRow> people() {
        return people;
    }

    public FilteredList<Unit> units() {
        return units;
    }

    /** Catalogue kinds a recipient can get: a person's or a unit's by subject, a household's only hình thức. */
    /** The movements a decision may belong to. */
    public List<MovementChoice> movements() {
        return movements;
    }

    public List<AwardKind> suitable(Recipient type) {
        return catalogue.kinds().stream().filter(k -> switch (type) {
            case CA_NHAN -> k.subject().allowsPerson();
            case TAP_THE -> k.subject().allowsUnit();
            case HO_GIA_DINH -> k.category() == AwardCategory.HINH_THUC;
        }).toList();
    }

    private void kindsFor(Recipient type) {
        AwardKind before = kind.get();
        List<AwardKind> suitable = suitable(type);
        kinds.setAll(suitable);
        kind.set(suitable.contains(before) ? before : suitable.stream().filter(k -> k.code().equals("BK_TINH"))
                .findFirst().orElse(suitable.isEmpty() ? null : suitable.get(0)));
    }

    /** Adds the people with the chosen kind; exact repeats are skipped. */
    public void addPeople(List<PersonRow> picked) {
        add(picked.stream().map(p -> new Line(Recipient.CA_NHAN, p.person().id(), null, p.person().fullName(),
                p.person().position(), p.unitName(), kind.get())).toList());
    }

    /** Adds the units with the chosen kind; exact repeats are skipped. */
    public void addUnits(List<Unit> picked) {
        add(picked.stream().map(u -> new Line(Recipient.TAP_THE, null, u.id(), u.name(), "", parentName(u), kind.get()))
                .toList());
    }

    /** Adds the household typed (name and address) with the chosen kind, and clears the fields. */
    public void addHousehold() {
        if (blank(householdName.get())) {
            return;
        }
        add(List.of(new Line(Recipient.HO_GIA_DINH, null, null, VietnameseText.clean(householdName.get()), "",
                VietnameseText.clean(householdAddress.get()), kind.get())));
        householdName.set("");
        householdAddress.set("");
    }

    private void add(List<Line> added) {
        List<Line> fresh = new ArrayList<>();
        for (Line a : added) {
            if (lines.stream().noneMatch(a::sameAs) && fresh.stream().noneMatch(a::sameAs)) {
                fresh.add(a);
            }
        }
        lines.addAll(fresh);
    }

    public void remove(List<Line> chosen) {
        lines.removeAll(List.copyOf(chosen));
    }

    /** Sets a line's kind and recomputes the money. */
    public void setKind(Line line, AwardKind k) {
        if (k != null && !k.equals(line.kind.get())) {
            line.kind.set(k);
            recompute();
        }
    }

    /** "Name (parent name)" of a unit, as the unit picker lists it. */
    public String unitLabel(Unit u) {
        String parent = parentName(u);
        return parent.isEmpty() ? u.name() : u.name() + " (" + parent + ")";
    }

    private String parentName(Unit u) {
        Unit parent = u.parentId() == null ? null : unitsById.get(u.parentId());
        return parent == null ? "" : parent.name();
    }

    /** Số sổ vàng of the line at {@code index}: the start number given (or 1) plus the position. */
    public int goldBookNo(int index) {
        return (blank(goldBookStart.get()) ? 1 : Integer.parseInt(goldBookStart.get().strip())) + index;
    }

    // ---------------------------------------------------------------- money

    /** Where a failed money preview is reported (the window shows an error dialog). */
    public void onError(Consumer<Throwable> handler) {
        this.onError = handler;
    }

    /** The total under the list: a hint while the list or the date is missing, "đang tính…", then the total. */
    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Computes every line's money and the total in the background; a newer request makes older answers stale. */
    public void recompute() {
        long mine = ++generation;
        List<Line> snapshot = List.copyOf(lines);
        snapshot.forEach(l -> l.payment.set(null));
        LocalDate day = date.get();
        if (snapshot.isEmpty() || day == null || snapshot.stream().anyMatch(l -> l.kind.get() == null)) {
            total.set(messages.get(snapshot.isEmpty() ? "decision.draft.empty" : "decision.draft.needDate"));
            return;
        }
        total.set(messages.get("decision.draft.computing"));
        DecisionDraft draft = new DecisionDraft(info(), snapshot.stream().map(l -> l.draft(null)).toList());
        tasks.run(messages.get("decision.draft.computing"), p -> drafting.preview(draft), payments -> {
            if (mine != generation) {
                return;
            }
            long sum = 0;
            for (int i = 0; i < snapshot.size(); i++) {
                snapshot.get(i).payment.set(payments.get(i));
                sum += payments.get(i).amount();
            }
            total.set(messages.format("decision.draft.total", snapshot.size(), VnFormat.money(sum)));
        }, error -> {
            if (mine == generation) {
                total.set("");
                onError.accept(error);
            }
        });
    }

    // ---------------------------------------------------------------- save

    /** The draft as it stands: the particulars and every line with its số sổ vàng (when a start number is given). */
    public DecisionDraft draft() {
        List<RecipientDraft> drafts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            drafts.add(lines.get(i).draft(blank(goldBookStart.get()) ? null : goldBookNo(i)));
        }
        return new DecisionDraft(info(), drafts, movement.get() == null ? null : movement.get().id());
    }

    /**
     * The save command: takes the draft now (on the caller's thread) and returns the work to run in the background,
     * one service call in one transaction; it fails with every problem of the draft at once.
     */
    public Function<Progress, Decision> save() {
        DecisionDraft draft = draft();
        return p -> drafting.record(draft);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
