package vn.tdkt.decision.ui;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.FormDialog;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionField;
import vn.tdkt.decision.domain.DraftSummary;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.decision.domain.StoredDraft;
import vn.tdkt.decision.service.DecisionServices;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.domain.PersonRow;
import vn.tdkt.people.service.PeopleService;

/**
 * Dự thảo quyết định: the drafts not issued yet (those "Lập quyết định" made from Bình xét among them), each with its
 * deciding level, trích yếu and the people on it, a line kept although not eligible shown with its reason; a draft is
 * issued with its number and date ("Ban hành…") or deleted.
 */
final class DraftsPane {


    private final Ui ui;
    private final DecisionServices decisions;
    private final CatalogueService catalogue;
    private final PeopleService people;
    private final OrgService org;
    private final Runnable issued;
    private final Supplier<DecisionDialogModel.Prepared> prepare;
    private final TableView<DraftSummary> table = new TableView<>();
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final Label result = new Label();
    private final BorderPane root = new BorderPane();
    private Loaded loaded = new Loaded(List.of(), Map.of());
    private Long wanted;

    /** The drafts with their lines as the clerk reads them. */
    record Loaded(List<DraftSummary> drafts, Map<Long, List<String>> lines) {
    }

    /**
     * @param issued  runs after a draft is issued (the register reloads)
     * @param prepare what the decision dialog offers, loaded in the background (to edit a draft in it)
     */
    DraftsPane(Ui ui, DecisionServices decisions, CatalogueService catalogue, PeopleService people, OrgService org,
               Runnable issued, Supplier<DecisionDialogModel.Prepared> prepare) {
        this.prepare = prepare;
        this.ui = ui;
        this.decisions = decisions;
        this.catalogue = catalogue;
        this.people = people;
        this.org = org;
        this.issued = issued;
        build();
    }

    private void build() {
        table.setId("draftsTable");
        table.setPlaceholder(new Label(ui.text("decision.drafts.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<DraftSummary, String> level = UiFormat.textColumn(ui.text("decision.drafts.level"), 135,
                d -> levelName(d.decidingLevel()));
        TableColumn<DraftSummary, DraftSummary> subject = DecisionCells.tipColumn(ui.text("decision.drafts.subject"), 400,
                d -> d.subject() == null ? "" : d.subject(), DraftSummary::subject, false);
        TableColumn<DraftSummary, DraftSummary> kinds = DecisionCells.tipColumn(ui.text("decision.col.kinds"), 200,
                d -> String.join("; ", d.kindNames()), d -> String.join("; ", d.kindNames()), false);
        TableColumn<DraftSummary, Number> count = DecisionCells.numberColumn(ui.text("decision.drafts.lines"), 80,
                DraftSummary::lines, Number::toString);
        TableColumn<DraftSummary, Number> kept = DecisionCells.numberColumn(ui.text("decision.drafts.overrides"), 80,
                DraftSummary::overrides, Number::toString);
        Label keptHeader = new Label(kept.getText());
        keptHeader.setTooltip(new Tooltip(ui.text("decision.drafts.overrides.tip")));
        kept.setText(null);
        kept.setGraphic(keptHeader);
        TableColumn<DraftSummary, String> updated = UiFormat.textColumn(ui.text("decision.drafts.updated"), 95,
                d -> d.updatedAt() == null ? "" : VnFormat.date(d.updatedAt().toLocalDate()));
        table.getColumns().setAll(List.of(level, subject, kinds, count, kept, updated));
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, n) ->
                lines.setAll(n == null ? List.of() : loaded.lines().getOrDefault(n.id(), List.of())));

        ListView<String> people = new ListView<>(lines);
        people.setId("draftLines");
        people.setPlaceholder(new Label(ui.text("decision.drafts.pick")));
        people.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setTooltip(empty || s == null ? null : new Tooltip(s));
            }
        });
        SplitPane split = new SplitPane(table, people);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.55);

        Button issue = new Button(ui.text("decision.drafts.issue"));
        issue.setId("issueDraftButton");
        issue.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        issue.setOnAction(e -> issue(table.getSelectionModel().getSelectedItem()));
        Button edit = new Button(ui.text("decision.drafts.edit"));
        edit.setId("editDraftButton");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> edit(table.getSelectionModel().getSelectedItem()));
        Button delete = new Button(ui.text("decision.drafts.delete"));
        delete.setId("deleteDraftButton");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> delete(table.getSelectionModel().getSelectedItem()));
        Label hint = new Label(ui.text("decision.drafts.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        HBox bar = new HBox(8, edit, issue, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        result.setId("draftsResult");
        result.setWrapText(true);
        result.getStyleClass().add("ok-text");
        result.managedProperty().bind(result.textProperty().isNotEmpty());
        VBox top = new VBox(8, hint, bar, result);
        top.setPadding(new Insets(0, 0, 8, 0));
        Label total = new Label();
        total.setId("draftsCount");
        total.textProperty().bind(Bindings.createStringBinding(() -> ui.format("decision.drafts.count",
                table.getItems().size()), table.getItems()));
        root.setTop(top);
        root.setCenter(split);
        root.setBottom(total);
        BorderPane.setMargin(total, new Insets(6, 0, 0, 0));
    }

    Node view() {
        return root;
    }

    /** Reloads the drafts in the background (with the names of the people and units on them). */
    void refresh() {
        ui.tasks().run(ui.text("decision.drafts.loading"), p -> load(), this::show, ui.dialogs()::error);
    }

    /** Selects that draft once the drafts are loaded (a proposal's draft opened from Bình xét). */
    void select(long draftId) {
        wanted = draftId;
        result.setText("");
        refresh();
    }

    private Loaded load() {
        List<DraftSummary> drafts = decisions.drafting().drafts();
        Catalogue cat = catalogue.catalogue();
        Map<Long, String> persons = new HashMap<>();
        for (PersonRow r : people.index().all()) {
            persons.put(r.person().id(), r.person().fullName() + (r.unitName() == null || r.unitName().isBlank() ? ""
                    : " (" + r.unitName() + ")"));
        }
        Map<Long, String> units = new HashMap<>();
        org.units().forEach((Unit u) -> units.put(u.id(), u.name()));
        Map<Long, List<String>> lines = new HashMap<>();
        for (DraftSummary s : drafts) {
            Optional<StoredDraft> d = decisions.drafting().draft(s.id());
            d.ifPresent(x -> lines.put(s.id(), x.draft().recipients().stream().map(r -> line(r, cat, persons, units)).toList()));
        }
        return new Loaded(drafts, lines);
    }

    private String line(RecipientDraft r, Catalogue cat, Map<Long, String> persons, Map<Long, String> units) {
        String who = r.personId() != null ? persons.getOrDefault(r.personId(), "#" + r.personId())
                : r.unitId() != null ? units.getOrDefault(r.unitId(), "#" + r.unitId()) : r.householdName();
        String kind = r.kindCode() == null ? "" : cat.kind(r.kindCode()).map(k -> k.name()).orElse(r.kindCode());
        String text = who + " — " + kind;
        return r.overrideReason() == null ? text : text + " · " + ui.format("decision.drafts.kept", r.overrideReason());
    }

    private void show(Loaded data) {
        loaded = data;
        table.getItems().setAll(data.drafts());
        if (wanted != null) {
            long id = wanted;
            wanted = null;
            data.drafts().stream().filter(d -> d.id() == id).findFirst().ifPresent(d -> {
                table.getSelectionModel().select(d);
                table.scrollTo(d);
            });
        }
    }

    /** The level's name from the bundle, the code itself for a level the bundle does not know. */
    private String levelName(String code) {
        if (code == null) {
            return ui.text("decision.drafts.noLevel");
        }
        return switch (code) {
            case "CHU_TICH_NUOC" -> ui.text("decision.level.CHU_TICH_NUOC");
            case "THU_TUONG" -> ui.text("decision.level.THU_TUONG");
            case "CHU_TICH_UBND_TINH" -> ui.text("decision.level.CHU_TICH_UBND_TINH");
            case "GIAM_DOC_SO" -> ui.text("decision.level.GIAM_DOC_SO");
            case "CHU_TICH_UBND_XA" -> ui.text("decision.level.CHU_TICH_UBND_XA");
            default -> code;
        };
    }

    /** Ban hành: the number and date given, then every check of a decision; the problems stay in the dialog. */
    private void issue(DraftSummary draft) {
        FormDialog<Decision> d = new FormDialog<>(ui.dialogs(), ui.tasks(), ui.format("decision.drafts.issueTitle",
                draft.subject() == null ? "" : draft.subject()));
        TextField number = d.field(ui.text("decision.f.number"), new TextField(), null, true);
        number.setId("issueNumberField");
        number.setPromptText(ui.text("decision.field.numberHint"));
        d.bind(DecisionField.NUMBER, number);
        DatePicker date = d.field(ui.text("decision.f.date"), UiFormat.datePicker("issueDatePicker"), null, true);
        date.setValue(LocalDate.now());
        d.bind(DecisionField.DATE, date);
        d.onSave(() -> {
            String no = number.getText();
            LocalDate day = date.getValue();
            return p -> decisions.drafting().issue(draft.id(), no, day, vn.tdkt.common.domain.Session.author());
        });
        d.showAndWait().ifPresent(done -> {
            result.setText(ui.format("decision.drafts.issued", done.info().decisionNo(), done.recipients().size(),
                    VnFormat.money(done.total())));
            refresh();
            issued.run();
        });
    }

    /** Sửa dự thảo: the draft opened in the full decision dialog; its save writes the draft back, still a draft. */
    private void edit(DraftSummary draft) {
        ui.tasks().run(ui.text("decision.draft.preparing"), p -> Map.entry(prepare.get(),
                decisions.drafting().draft(draft.id()).orElseThrow(() -> new AppException(Msg.of("decision.draft.gone")))),
                loaded -> {
                    DecisionDialogModel model = new DecisionDialogModel(decisions.drafting(), ui.tasks(), ui.messages(),
                            loaded.getKey());
                    model.edit(loaded.getValue());
                    DecisionDialog.draft(ui, model, vn.tdkt.common.domain.Session.author()).showAndWait().ifPresent(saved -> {
                        select(saved.id());
                        result.setText(ui.format("decision.drafts.saved", saved.draft().recipients().size()));
                    });
                }, ui.dialogs()::error);
    }

    private void delete(DraftSummary draft) {
        if (!ui.dialogs().confirm(ui.text("decision.drafts.delete"), ui.format("decision.drafts.deleteAsk",
                draft.subject() == null ? "" : draft.subject(), draft.lines()))) {
            return;
        }
        ui.tasks().run(ui.text("decision.drafts.delete"), p -> {
            decisions.drafting().deleteDraft(draft.id());
            return draft.id();
        }, id -> {
            result.setText(ui.text("decision.drafts.deleted"));
            refresh();
        }, ui.dialogs()::error);
    }
}
