package vn.tdkt.decision.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.regime.domain.RegimeCatalog;
import vn.tdkt.catalog.domain.Recipient;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Fields;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionDraft;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.Payment;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.decision.service.DecisionService;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.PeopleIndex;
import vn.tdkt.people.domain.PersonRow;
import vn.tdkt.record.domain.AwardFormType;

/**
 * Lập quyết định khen thưởng. Tab "Thông tin quyết định": number, date, issuer, signer (ký trực tiếp, KT., TM.),
 * authority, loại hình, achievement period, căn cứ (defaults by the regime in force on the date) and nơi nhận.
 * Tab "Danh sách khen thưởng": people (searched like the people list), units or a household, each with a kind
 * that suits it; the money of every line and the total are computed by {@link vn.tdkt.decision.service.DecisionService#preview}
 * in the background whenever the list, the date or the period changes. OK records the decision in the background;
 * the service's problems (with list row and column) are listed in the dialog, which stays open.
 */
final class DecisionDialog {

    // field names DecisionService writes into Problem.column()
    private static final String F_NUMBER = "Số quyết định";
    private static final String F_DATE = "Ngày quyết định";
    private static final String F_ISSUER = "Cơ quan ban hành";
    private static final String F_PLACE = "Địa danh";
    private static final String F_SUBJECT = "Trích yếu";
    private static final String F_AUTHORITY = "Thẩm quyền";
    private static final String F_SIGNER = "Người ký";
    private static final String F_EXECUTORS = "Tổ chức thực hiện";
    private static final String F_SIGNER_TITLE = "Chức vụ người ký";
    private static final String F_FORM = "Loại hình";
    private static final String F_YEARS = "Năm thành tích";
    private static final String F_BASIS = "Căn cứ";
    private static final String F_COPY_TO = "Nơi nhận";
    private static final Locale VI = Locale.forLanguageTag("vi");

    /** Quyền hạn ký (NĐ 30/2020): the head signs, or a deputy signs for the head (KT.), or on behalf of a collective (TM.). */
    enum SignerMode {
        DIRECT(""), KT("KT. "), TM("TM. ");

        private final String prefix;

        SignerMode(String prefix) {
            this.prefix = prefix;
        }
    }

    /** A line of the list being drawn up. */
    static final class Line {
        final Recipient type;
        final Long personId;
        final Long unitId;
        final String name;
        final String position;
        final String unitName;
        final ObjectProperty<AwardKind> kind = new SimpleObjectProperty<>();
        final ObjectProperty<Payment> payment = new SimpleObjectProperty<>();

        Line(Recipient type, Long personId, Long unitId, String name, String position, String unitName, AwardKind kind) {
            this.type = type;
            this.personId = personId;
            this.unitId = unitId;
            this.name = name;
            this.position = position;
            this.unitName = unitName;
            this.kind.set(kind);
        }

        RecipientDraft draft(Integer goldBookNo) {
            String code = kind.get() == null ? null : kind.get().code();
            RecipientDraft d = switch (type) {
                case CA_NHAN -> RecipientDraft.person(personId, code);
                case TAP_THE -> RecipientDraft.unit(unitId, code);
                case HO_GIA_DINH -> RecipientDraft.household(name, unitName, code);
            };
            return goldBookNo == null ? d : d.withGoldBookNo(goldBookNo);
        }

        boolean sameAs(Line o) {
            return type == o.type && Objects.equals(personId, o.personId) && Objects.equals(unitId, o.unitId)
                    && (type != Recipient.HO_GIA_DINH || VietnameseText.fold(name).equals(VietnameseText.fold(o.name)))
                    && Objects.equals(kind.get(), o.kind.get());
        }
    }

    private final Ui ui;
    private final DecisionService decisions;
    private final Catalogue catalogue;
    private final RegimeCatalog regimes;
    private final Dialog<Decision> dialog = new Dialog<>();
    private final Map<String, Control> byField = new HashMap<>();
    private final Label problems = new Label();

    private final TextField number = text("decisionNoField");
    private final DatePicker date = UiFormat.datePicker("decisionDatePicker");
    private final TextField issuerParent = text("issuerParentField");
    private final TextArea issuer = new TextArea();
    private final TextField place = text("placeField");
    private final TextField subject = text("subjectField");
    private final TextField authority = text("authorityField");
    private final ComboBox<SignerMode> signerMode = new ComboBox<>();
    private final TextField signerFor = text("signerForField");
    private final TextField signerPosition = text("signerPositionField");
    private final TextField signerName = text("signerNameField");
    private final ComboBox<AwardFormType> formType = new ComboBox<>();
    private final Spinner<Integer> yearFrom = new Spinner<>(1990, 2100, LocalDate.now().getYear() - 1);
    private final Spinner<Integer> yearTo = new Spinner<>(1990, 2100, LocalDate.now().getYear() - 1);
    private final TextField citation = text("citationField");
    private final TextField executors = text("executorsField");
    private final TextField goldBookStart = text("goldBookStartField");
    private final ListView<String> legalBasis = new ListView<>();
    private final ListView<String> copyTo = new ListView<>();

    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final TableView<Line> table = new TableView<>();
    private final Label total = new Label();
    private final ComboBox<AwardKind> kindChoice = new ComboBox<>();
    private final TabPane pickers = new TabPane();
    private final FilteredList<PersonRow> peopleShown;
    private final FilteredList<Unit> unitsShown;
    private final ListView<PersonRow> peopleList = new ListView<>();
    private final ListView<Unit> unitList = new ListView<>();
    private final TextField householdName = text("householdNameField");
    private final TextField householdAddress = text("householdAddressField");
    private final Map<Long, Unit> unitsById;
    private long generation;

    DecisionDialog(Ui ui, DecisionService decisions, DecisionsView.Prepared prepared) {
        this.ui = ui;
        this.decisions = decisions;
        this.catalogue = prepared.catalogue();
        this.regimes = prepared.regimes();
        this.peopleShown = new FilteredList<>(FXCollections.observableList(prepared.people().all()));
        this.unitsById = prepared.units().stream().collect(Collectors.toMap(Unit::id, u -> u));
        this.unitsShown = new FilteredList<>(FXCollections.observableList(prepared.units()));
        dialog.setTitle(ui.text("decision.draft.title"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        if (ui.dialogs().owner() != null) {
            dialog.initOwner(ui.dialogs().owner());
        }
        TabPane tabs = new TabPane(new Tab(ui.text("decision.draft.tabInfo"), infoPane()),
                new Tab(ui.text("decision.draft.tabList"), listPane()));
        tabs.setId("decisionTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        problems.setId("formProblems");
        problems.setWrapText(true);
        problems.getStyleClass().add("error-text");
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        ScrollPane problemScroll = new ScrollPane(problems);
        problemScroll.setFitToWidth(true);
        problemScroll.setMaxHeight(130);
        problemScroll.visibleProperty().bind(problems.textProperty().isNotEmpty());
        problemScroll.managedProperty().bind(problemScroll.visibleProperty());
        VBox content = new VBox(8, tabs, problemScroll);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        content.setPrefSize(1180, 660);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(DecisionsView.STYLESHEET);
        ButtonType ok = new ButtonType(ui.text("decision.draft.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(ui.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.setResultConverter(bt -> null);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("okButton");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            submit(okButton);
        });
        fill(prepared.template());
        date.valueProperty().addListener((obs, before, now) -> dateChanged(before, now));
        yearFrom.valueProperty().addListener((obs, o, n) -> periodChanged(o, yearTo.getValue()));
        yearTo.valueProperty().addListener((obs, o, n) -> periodChanged(yearFrom.getValue(), o));
        lines.addListener((ListChangeListener<Line>) c -> recompute());
        goldBookStart.textProperty().addListener((obs, o, n) -> table.refresh());
    }

    Optional<Decision> showAndWait() {
        return dialog.showAndWait();
    }

    // ---------------------------------------------------------------- tab 1: the decision's particulars

    private Node infoPane() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        ColumnConstraints label = new ColumnConstraints(150);
        ColumnConstraints field = new ColumnConstraints(200, 400, Double.MAX_VALUE);
        field.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(label, field, label, field);
        number.setPromptText(ui.text("decision.field.numberHint"));
        issuer.setId("issuerField");
        issuer.setPrefRowCount(2);
        issuer.setPromptText(ui.text("decision.field.issuerHint"));
        place.setPromptText(ui.text("decision.field.placeHint"));
        subject.setPromptText(ui.text("decision.field.subjectHint"));
        authority.setPromptText(ui.text("decision.field.authorityHint"));
        signerMode.setId("signerModeCombo");
        signerMode.getItems().setAll(SignerMode.values());
        signerMode.setConverter(Fields.converter(m -> ui.text(switch (m) {
            case DIRECT -> "decision.signer.direct";
            case KT -> "decision.signer.kt";
            case TM -> "decision.signer.tm";
        })));
        signerMode.setValue(SignerMode.KT);
        signerFor.disableProperty().bind(signerMode.valueProperty().isEqualTo(SignerMode.DIRECT));
        signerFor.setPromptText(ui.text("decision.field.signerForHint"));
        signerPosition.setPromptText(ui.text("decision.field.signerPositionHint"));
        formType.setId("formTypeCombo");
        formType.getItems().setAll(AwardFormType.values());
        formType.setConverter(Fields.converter(AwardFormType::label));
        formType.setValue(AwardFormType.CONG_TRANG);
        yearFrom.setId("yearFromSpinner");
        yearTo.setId("yearToSpinner");
        yearFrom.setEditable(true);
        yearTo.setEditable(true);
        yearFrom.setPrefWidth(100);
        yearTo.setPrefWidth(100);
        citation.setPromptText(ui.text("decision.field.citationHint"));
        executors.setPromptText(ui.text("decision.field.executorsHint"));
        goldBookStart.setPromptText(ui.text("decision.field.goldBookHint"));
        goldBookStart.setTextFormatter(new TextFormatter<>(c -> c.getControlNewText().matches("\\d{0,7}") ? c : null));
        HBox years = new HBox(6, yearFrom, new Label("–"), yearTo);
        years.setAlignment(Pos.CENTER_LEFT);

        int r = 0;
        add(g, r, 0, "decision.field.number", number, F_NUMBER, true);
        add(g, r++, 2, "decision.field.date", date, F_DATE, true);
        add(g, r, 0, "decision.field.issuerParent", issuerParent, null, false);
        add(g, r++, 2, "decision.field.issuer", issuer, F_ISSUER, true);
        add(g, r, 0, "decision.field.place", place, F_PLACE, true);
        add(g, r++, 2, "decision.field.authority", authority, F_AUTHORITY, true);
        add(g, r, 0, "decision.field.subject", subject, F_SUBJECT, true);
        GridPane.setColumnSpan(subject, 3);
        r++;
        add(g, r, 0, "decision.field.signerMode", signerMode, null, true);
        add(g, r++, 2, "decision.field.signerFor", signerFor, null, false);
        add(g, r, 0, "decision.field.signerPosition", signerPosition, F_SIGNER_TITLE, true);
        add(g, r++, 2, "decision.field.signerName", signerName, F_SIGNER, true);
        add(g, r, 0, "decision.field.formType", formType, F_FORM, true);
        add(g, r++, 2, "decision.field.years", years, null, true);
        byField.put(F_YEARS, yearFrom);
        add(g, r, 0, "decision.field.citation", citation, null, false);
        add(g, r++, 2, "decision.field.goldBookStart", goldBookStart, null, false);
        add(g, r, 0, "decision.field.executors", executors, F_EXECUTORS, true);
        GridPane.setColumnSpan(executors, 3);
        r++;
        add(g, r, 0, "decision.field.legalBasis", editableList(legalBasis, "legalBasisList"), null, true);
        GridPane.setColumnSpan(legalBasis.getParent(), 3);
        byField.put(F_BASIS, legalBasis);
        r++;
        add(g, r, 0, "decision.field.copyTo", editableList(copyTo, "copyToList"), null, true);
        GridPane.setColumnSpan(copyTo.getParent(), 3);
        byField.put(F_COPY_TO, copyTo);
        legalBasis.setPrefHeight(118);
        copyTo.setPrefHeight(90);
        ScrollPane scroll = new ScrollPane(g);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void add(GridPane g, int row, int col, String key, Node node, String field, boolean required) {
        Label l = new Label(ui.text(key) + (required ? " *" : ""));
        l.setWrapText(true);
        g.add(l, col, row);
        g.add(node, col + 1, row);
        if (node instanceof Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
            if (field != null) {
                byField.put(field, c);
            }
        }
    }

    /** A list of text lines edited in place (double click), with buttons to add and remove a line. */
    private Node editableList(ListView<String> list, String id) {
        list.setId(id);
        list.setEditable(true);
        list.setCellFactory(TextFieldListCell.forListView());
        Button add = new Button(ui.text("decision.draft.addLine"));
        add.setId(id + "Add");
        add.setOnAction(e -> {
            list.getItems().add("");
            list.layout();
            list.edit(list.getItems().size() - 1);
        });
        Button remove = new Button(ui.text("decision.draft.removeLine"));
        remove.setId(id + "Remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> list.getItems().remove(list.getSelectionModel().getSelectedIndex()));
        VBox buttons = new VBox(6, add, remove);
        HBox box = new HBox(8, list, buttons);
        HBox.setHgrow(list, Priority.ALWAYS);
        return box;
    }

    /** Prefills from the last recorded decision (issuer, signer, authority …); the date is today. */
    private void fill(Optional<DecisionInfo> template) {
        LocalDate today = LocalDate.now();
        date.setValue(today);
        legalBasis.getItems().setAll(LegalBasis.defaults(regimes, today));
        copyTo.getItems().setAll(LegalBasis.copyTo());
        citation.setText(ui.format("decision.draft.citation", periodText(yearFrom.getValue(), yearTo.getValue())));
        template.ifPresent(t -> {
            issuerParent.setText(t.issuerParent());
            issuer.setText(t.issuer());
            place.setText(t.place());
            subject.setText(t.subject());
            authority.setText(t.authority());
            signerName.setText(t.signerName());
            executors.setText(t.executors());
            formType.setValue(t.formType());
            copyTo.getItems().setAll(t.copyTo());
            List<String> title = t.signerTitle();
            SignerMode mode = Arrays.stream(SignerMode.values())
                    .filter(m -> m != SignerMode.DIRECT && !title.isEmpty() && title.get(0).startsWith(m.prefix))
                    .findFirst().orElse(SignerMode.DIRECT);
            signerMode.setValue(mode);
            if (mode == SignerMode.DIRECT) {
                signerPosition.setText(String.join(" ", title));
            } else {
                signerFor.setText(title.get(0).substring(mode.prefix.length()));
                signerPosition.setText(String.join(" ", title.subList(1, title.size())));
            }
        });
    }

    private static String periodText(int from, int to) {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }

    /** A new date brings the căn cứ of its regime, unless the clerk has changed them; the money follows the date. */
    private void dateChanged(LocalDate before, LocalDate now) {
        if (now != null && legalBasis.getItems().equals(LegalBasis.defaults(regimes, before))) {
            legalBasis.getItems().setAll(LegalBasis.defaults(regimes, now));
        }
        recompute();
    }

    private void periodChanged(int oldFrom, int oldTo) {
        String before = ui.format("decision.draft.citation", periodText(oldFrom, oldTo));
        if (citation.getText().equals(before)) {
            citation.setText(ui.format("decision.draft.citation", periodText(yearFrom.getValue(), yearTo.getValue())));
        }
        recompute();
    }

    // ---------------------------------------------------------------- tab 2: the list

    private Node listPane() {
        TextField personSearch = text("personSearch");
        personSearch.setPromptText(ui.text("decision.draft.personSearch"));
        personSearch.textProperty().addListener((obs, o, q) -> peopleShown.setPredicate(PeopleIndex.matcher(q, null)::test));
        peopleList.setId("personList");
        peopleList.setItems(peopleShown);
        peopleList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        peopleList.setCellFactory(l -> cell(p -> p.person().fullName() + " — " + nullToEmpty(p.person().position())
                + ", " + p.unitName() + " (" + p.person().code() + ")"));
        VBox personTab = new VBox(6, personSearch, peopleList);
        VBox.setVgrow(peopleList, Priority.ALWAYS);

        TextField unitSearch = text("unitSearch");
        unitSearch.setPromptText(ui.text("decision.draft.unitSearch"));
        unitSearch.textProperty().addListener((obs, o, q) -> {
            String[] words = VietnameseText.fold(q).split(" ");
            unitsShown.setPredicate(u -> Arrays.stream(words).allMatch(w -> u.searchKey().contains(w)));
        });
        unitList.setId("unitList");
        unitList.setItems(unitsShown);
        unitList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        unitList.setCellFactory(l -> cell(u -> u.name() + parentSuffix(u)));
        VBox unitTab = new VBox(6, unitSearch, unitList);
        VBox.setVgrow(unitList, Priority.ALWAYS);

        householdName.setPromptText(ui.text("decision.draft.householdName"));
        householdAddress.setPromptText(ui.text("decision.draft.householdAddress"));
        VBox householdTab = new VBox(6, new Label(ui.text("decision.draft.householdName")), householdName,
                new Label(ui.text("decision.draft.householdAddress")), householdAddress);

        Tab person = new Tab(ui.text("decision.draft.person"), personTab);
        person.setId("personTab");
        Tab unit = new Tab(ui.text("decision.draft.unit"), unitTab);
        unit.setId("unitTab");
        Tab household = new Tab(ui.text("decision.draft.household"), householdTab);
        household.setId("householdTab");
        pickers.setId("pickers");
        pickers.getTabs().setAll(person, unit, household);
        pickers.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pickers.getTabs().forEach(t -> ((VBox) t.getContent()).setPadding(new Insets(8, 0, 0, 0)));
        pickers.getSelectionModel().selectedIndexProperty().addListener((obs, o, n) -> kindsFor(pickerType()));
        kindChoice.setId("kindChoice");
        kindChoice.setMaxWidth(Double.MAX_VALUE);
        kindChoice.setConverter(Fields.converter(AwardKind::name));
        kindsFor(Recipient.CA_NHAN);
        Button add = new Button(ui.text("decision.draft.add"));
        add.setId("addRecipientButton");
        add.setMaxWidth(Double.MAX_VALUE);
        add.setDefaultButton(false);
        add.setOnAction(e -> addPicked());
        VBox left = new VBox(8, pickers, new Label(ui.text("decision.draft.kind")), kindChoice, add);
        VBox.setVgrow(pickers, Priority.ALWAYS);
        left.setPrefWidth(300);
        left.setMinWidth(260);

        table.setId("draftTable");
        table.setItems(lines);
        table.setEditable(true);
        table.setPlaceholder(new Label(ui.text("decision.draft.empty")));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(draftColumns());
        Button remove = new Button(ui.text("decision.draft.remove"));
        remove.setId("removeRecipientButton");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> lines.removeAll(List.copyOf(table.getSelectionModel().getSelectedItems())));
        total.setId("draftTotal");
        total.getStyleClass().add("section-title");
        total.setText(ui.text("decision.draft.empty"));
        BorderPane right = new BorderPane(table);
        HBox bottom = new HBox(12, remove, total);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(6, 0, 0, 0));
        right.setBottom(bottom);
        HBox box = new HBox(12, left, right);
        HBox.setHgrow(right, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private String parentSuffix(Unit u) {
        Unit parent = u.parentId() == null ? null : unitsById.get(u.parentId());
        return parent == null ? "" : " (" + parent.name() + ")";
    }

    private List<TableColumn<Line, ?>> draftColumns() {
        TableColumn<Line, String> gold = UiFormat.textColumn(ui.text("decision.col.goldBook"), 85,
                l -> Integer.toString(goldBookNo(lines.indexOf(l))));
        gold.setSortable(false);
        TableColumn<Line, String> name = UiFormat.textColumn(ui.text("decision.col.name"), 150, l -> l.name);
        TableColumn<Line, String> position = UiFormat.textColumn(ui.text("decision.col.position"), 110, l -> nullToEmpty(l.position));
        TableColumn<Line, String> unit = UiFormat.textColumn(ui.text("decision.col.unit"), 130, l -> l.unitName);
        TableColumn<Line, AwardKind> kind = new TableColumn<>(ui.text("decision.col.kind"));
        kind.setPrefWidth(290);
        kind.setSortable(false);
        kind.setCellValueFactory(f -> f.getValue().kind);
        kind.setCellFactory(c -> new KindCell());
        TableColumn<Line, Line> amount = DecisionCells.tipColumn(ui.text("decision.col.amount"), 110,
                l -> l.payment.get() == null ? ui.text("decision.draft.computing") : VnFormat.money(l.payment.get().amount()),
                l -> l.payment.get() == null ? null : l.payment.get().explanation(), true);
        List<TableColumn<Line, ?>> cols = new ArrayList<>(List.of(gold, name, position, unit, kind, amount));
        cols.forEach(c -> c.setSortable(false));
        return cols;
    }

    /** Số sổ vàng of the line at {@code index}: the start number given (or 1) plus the position. */
    private int goldBookNo(int index) {
        String start = goldBookStart.getText();
        return (start == null || start.isBlank() ? 1 : Integer.parseInt(start)) + index;
    }

    /** A combo box of the kinds that suit the line's recipient. */
    private final class KindCell extends TableCell<Line, AwardKind> {
        private final ComboBox<AwardKind> combo = new ComboBox<>();

        KindCell() {
            combo.setConverter(Fields.converter(AwardKind::name));
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.setOnAction(e -> {
                Line l = getTableRow() == null ? null : getTableRow().getItem();
                if (l != null && combo.getValue() != null && !combo.getValue().equals(l.kind.get())) {
                    l.kind.set(combo.getValue());
                    recompute();
                }
            });
        }

        @Override
        protected void updateItem(AwardKind k, boolean empty) {
            super.updateItem(k, empty);
            Line l = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (l == null) {
                setGraphic(null);
                return;
            }
            combo.getItems().setAll(suitable(l.type));
            combo.setValue(k);
            setGraphic(combo);
        }
    }

    private Recipient pickerType() {
        return switch (pickers.getSelectionModel().getSelectedIndex()) {
            case 1 -> Recipient.TAP_THE;
            case 2 -> Recipient.HO_GIA_DINH;
            default -> Recipient.CA_NHAN;
        };
    }

    private void kindsFor(Recipient type) {
        AwardKind before = kindChoice.getValue();
        List<AwardKind> kinds = suitable(type);
        kindChoice.getItems().setAll(kinds);
        kindChoice.setValue(kinds.contains(before) ? before : kinds.stream().filter(k -> k.code().equals("BK_TINH"))
                .findFirst().orElse(kinds.isEmpty() ? null : kinds.get(0)));
    }

    /** Catalogue kinds a recipient can get: a person's or a unit's by subject, a household's only hình thức. */
    private List<AwardKind> suitable(Recipient type) {
        return catalogue.kinds().stream().filter(k -> switch (type) {
            case CA_NHAN -> k.subject().allowsPerson();
            case TAP_THE -> k.subject().allowsUnit();
            case HO_GIA_DINH -> k.category() == AwardCategory.HINH_THUC;
        }).toList();
    }

    /** Adds the people or units selected (or the household typed) with the chosen kind; exact repeats are skipped. */
    private void addPicked() {
        AwardKind kind = kindChoice.getValue();
        List<Line> added = new ArrayList<>();
        switch (pickerType()) {
            case CA_NHAN -> peopleList.getSelectionModel().getSelectedItems().forEach(p -> added.add(new Line(
                    Recipient.CA_NHAN, p.person().id(), null, p.person().fullName(), p.person().position(), p.unitName(), kind)));
            case TAP_THE -> unitList.getSelectionModel().getSelectedItems().forEach(u -> added.add(new Line(
                    Recipient.TAP_THE, null, u.id(), u.name(), "", parentName(u), kind)));
            case HO_GIA_DINH -> {
                if (!householdName.getText().isBlank()) {
                    added.add(new Line(Recipient.HO_GIA_DINH, null, null, VietnameseText.clean(householdName.getText()),
                            "", VietnameseText.clean(householdAddress.getText()), kind));
                    householdName.clear();
                    householdAddress.clear();
                }
            }
        }
        List<Line> fresh = added.stream().filter(a -> lines.stream().noneMatch(a::sameAs)).toList();
        lines.addAll(fresh);
        peopleList.getSelectionModel().clearSelection();
        unitList.getSelectionModel().clearSelection();
    }

    private String parentName(Unit u) {
        Unit parent = u.parentId() == null ? null : unitsById.get(u.parentId());
        return parent == null ? "" : parent.name();
    }

    /** Computes every line's money and the total in the background; a newer request makes older answers stale. */
    private void recompute() {
        long mine = ++generation;
        List<Line> snapshot = List.copyOf(lines);
        snapshot.forEach(l -> l.payment.set(null));
        table.refresh();
        LocalDate day = date.getValue();
        if (snapshot.isEmpty() || day == null || snapshot.stream().anyMatch(l -> l.kind.get() == null)) {
            total.setText(ui.text(snapshot.isEmpty() ? "decision.draft.empty" : "decision.draft.needDate"));
            return;
        }
        total.setText(ui.text("decision.draft.computing"));
        DecisionDraft draft = new DecisionDraft(info(), snapshot.stream().map(l -> l.draft(null)).toList());
        ui.tasks().run(ui.text("decision.draft.computing"), p -> decisions.preview(draft), payments -> {
            if (mine != generation) {
                return;
            }
            long sum = 0;
            for (int i = 0; i < snapshot.size(); i++) {
                snapshot.get(i).payment.set(payments.get(i));
                sum += payments.get(i).amount();
            }
            table.refresh();
            total.setText(ui.format("decision.draft.total", snapshot.size(), VnFormat.money(sum)));
        }, ui.dialogs()::error);
    }

    /** The total shown under the list, for tests. */
    String totalText() {
        return total.getText();
    }

    // ---------------------------------------------------------------- save

    private DecisionInfo info() {
        SignerMode mode = signerMode.getValue() == null ? SignerMode.DIRECT : signerMode.getValue();
        List<String> signerTitle = new ArrayList<>();
        if (mode != SignerMode.DIRECT && !signerFor.getText().isBlank()) {
            signerTitle.add(mode.prefix + signerFor.getText().strip().toUpperCase(VI));
        }
        if (!signerPosition.getText().isBlank()) {
            signerTitle.add(signerPosition.getText().strip().toUpperCase(VI));
        }
        return new DecisionInfo(number.getText(), date.getValue(), issuerParent.getText(), issuer.getText(),
                place.getText(), subject.getText(), authority.getText(), signerTitle, signerName.getText(),
                formType.getValue(), yearFrom.getValue(), yearTo.getValue(), List.copyOf(legalBasis.getItems()),
                citation.getText(), executors.getText(), List.copyOf(copyTo.getItems()));
    }

    private void submit(Button ok) {
        commitDate();
        byField.values().forEach(c -> c.getStyleClass().remove("field-error"));
        if (!date.getEditor().getText().isBlank() && date.getValue() == null) {
            show(List.of(new Problem(null, 0, F_DATE, ui.format("form.date.invalid", ui.text("decision.field.date")))));
            return;
        }
        List<RecipientDraft> drafts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            drafts.add(lines.get(i).draft(goldBookStart.getText().isBlank() ? null : goldBookNo(i)));
        }
        DecisionDraft draft = new DecisionDraft(info(), drafts);
        ok.setDisable(true);
        problems.setText("");
        ui.tasks().run(ui.text("decision.draft.saving"), p -> decisions.record(draft), saved -> {
            ok.setDisable(false);
            dialog.setResult(saved);
        }, error -> {
            ok.setDisable(false);
            if (error instanceof ValidationException ve) {
                show(ve.problems());
            } else {
                ui.dialogs().error(error);
            }
        });
    }

    /** A date typed but not committed (no Enter, no focus change) still counts. */
    private void commitDate() {
        String typed = date.getEditor().getText();
        LocalDate parsed = typed == null || typed.isBlank() ? null : UiFormat.DATE.fromString(typed);
        if (parsed != null || typed == null || typed.isBlank()) {
            date.setValue(parsed);
        }
    }

    /** Lists every problem (list problems with their row and column) and marks the fields they name. */
    private void show(List<Problem> found) {
        List<String> text = new ArrayList<>();
        for (Problem p : found) {
            Control c = p.column() == null || p.row() > 0 ? null : byField.get(p.column());
            if (c != null) {
                c.getStyleClass().add("field-error");
            }
            text.add("• " + describe(p));
        }
        problems.setText(String.join("\n", text));
    }

    private String describe(Problem p) {
        if (p.row() > 0) {
            return ui.format("decision.problem.line", p.sheet(), Integer.toString(p.row()), nullToEmpty(p.column()), p.message());
        }
        if (p.column() != null || p.sheet() != null) {
            return ui.format("decision.problem.field", p.column() != null ? p.column() : p.sheet(), p.message());
        }
        return p.message();
    }

    // ---------------------------------------------------------------- small helpers

    private static TextField text(String id) {
        TextField t = new TextField();
        t.setId(id);
        return t;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }


    private static <T> ListCell<T> cell(Function<T, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        };
    }
}
