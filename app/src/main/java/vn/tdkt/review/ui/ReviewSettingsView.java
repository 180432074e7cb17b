package vn.tdkt.review.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiText;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.review.domain.ParamOverride;
import vn.tdkt.regime.domain.LegalRegime;
import vn.tdkt.regime.service.RegimeService;
import vn.tdkt.regime.ui.AmendmentPane;
import vn.tdkt.regime.ui.WordingPane;
import vn.tdkt.regime.ui.WordingViewModel;
import vn.tdkt.regime.ui.AmendmentViewModel;
import vn.tdkt.review.domain.RuleParam;
import vn.tdkt.review.domain.RuleSet;
import vn.tdkt.review.service.ReviewService;

/**
 * Tham số quy định: the regime in force on a chosen date, every review parameter with its value, legal reference
 * and the province override that applies; "Sửa (ghi đè của tỉnh)" records a dated override with its reason, and
 * the audit trail of every override (who, when, why) is listed below.
 */
public final class ReviewSettingsView implements Screen {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Ui ui;
    private final ReviewService review;
    private final ReviewSettingsViewModel model;
    private final String user;
    private final DatePicker datePicker = UiFormat.datePicker("settingsDatePicker");
    private final Label regimeLabel = new Label();
    private final Label regimeRefs = new Label();
    private final TableView<RuleParam> params = new TableView<>();
    private final TableView<ParamOverride> overrides = new TableView<>();
    private final BorderPane root = new BorderPane();

    private final AmendmentViewModel amendment;
    private final WordingViewModel wording;

    public ReviewSettingsView(Ui ui, ReviewService review, RegimeService regimes, String user) {
        this.ui = ui;
        this.review = review;
        this.model = new ReviewSettingsViewModel(review, ui.tasks(), ui.messages());
        this.user = user;
        model.onError(ui.dialogs()::error);
        this.amendment = new AmendmentViewModel(regimes, ui.tasks(), ui.messages().locale(), user);
        this.wording = new WordingViewModel(regimes, ui.tasks(), ui.messages().locale(), user,
                java.time.Clock.systemDefaultZone());
        build();
        amendment.load();
        wording.load();
    }

    private void build() {
        Label title = new Label(ui.text("review.settings.title"));
        title.getStyleClass().add("page-title");
        datePicker.setValue(model.dayProperty().get());
        datePicker.setPrefWidth(130);
        datePicker.setMaxWidth(130);
        datePicker.valueProperty().addListener((obs, o, n) -> {
            model.dayProperty().set(n);
            if (n != null) {
                refresh();
            }
        });
        model.rulesProperty().addListener((obs, o, r) -> showRegime(r));
        model.params().addListener((javafx.collections.ListChangeListener<RuleParam>) c -> {
            RuleParam selected = params.getSelectionModel().getSelectedItem();
            params.getItems().setAll(model.params());
            if (selected != null) {
                params.getItems().stream().filter(p -> p.key() == selected.key()).findFirst()
                        .ifPresent(p -> params.getSelectionModel().select(p));
            }
        });
        Button edit = new Button(ui.text("review.settings.edit"));
        edit.setId("overrideButton");
        edit.disableProperty().bind(params.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> edit(params.getSelectionModel().getSelectedItem()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox controls = new HBox(8, new Label(ui.text("review.settings.date")), datePicker, gap, edit);
        controls.setAlignment(Pos.CENTER_LEFT);
        regimeLabel.setId("settingsRegime");
        UiText.data(regimeLabel); // the regime's title is data (the law's name)
        UiText.data(regimeRefs);
        regimeLabel.getStyleClass().add("section-title");
        regimeLabel.setWrapText(true);
        regimeRefs.getStyleClass().add("hint");
        regimeRefs.setWrapText(true);
        VBox top = new VBox(8, title, controls, regimeLabel, regimeRefs);
        top.setPadding(new Insets(0, 0, 8, 0));

        params.setId("paramsTable");
        params.setPlaceholder(new Label(ui.text("review.settings.loading")));
        params.getColumns().setAll(paramColumns());
        params.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        params.setRowFactory(tv -> {
            TableRow<RuleParam> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        overrides.setId("overridesTable");
        overrides.setPlaceholder(new Label(ui.text("review.settings.noOverrides")));
        overrides.getColumns().setAll(overrideColumns());
        overrides.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        overrides.setPrefHeight(170);
        overrides.setItems(model.overrides());
        Label audit = new Label(ui.text("review.settings.audit"));
        audit.getStyleClass().add("section-title");
        // three tabs, so the parameters keep the page's height and the wording gets room to be read and edited
        VBox paramsTab = new VBox(8, params, audit, overrides);
        paramsTab.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(params, Priority.ALWAYS);
        ScrollPane amendmentTab = new ScrollPane(new AmendmentPane(ui, amendment));
        amendmentTab.setFitToWidth(true);
        amendmentTab.setPadding(new Insets(8, 0, 0, 0));
        WordingPane wordingTab = new WordingPane(ui, wording);
        wordingTab.setPadding(new Insets(8, 0, 0, 0));
        Tab first = new Tab(ui.text("review.settings.tab.params"), paramsTab);
        Tab second = new Tab(ui.text("regime.amend.title"), amendmentTab);
        Tab third = new Tab(ui.text("regime.wording.title"), wordingTab);
        third.setId("wordingSection");
        TabPane center = new TabPane(first, second, third);
        center.setId("settingsTabs");
        center.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        root.setTop(top);
        root.setCenter(center);
        root.setPadding(new Insets(12));
        root.getStylesheets().add(ReviewView.STYLESHEET);
    }

    private List<TableColumn<RuleParam, ?>> paramColumns() {
        TableColumn<RuleParam, String> name = UiFormat.textColumn(ui.text("review.settings.col.param"), 380,
                p -> ui.messages().label(p.key()));
        TableColumn<RuleParam, String> value = UiFormat.textColumn(ui.text("review.settings.col.value"), 80,
                p -> ParamText.value(ui, p.key(), p.value()));
        TableColumn<RuleParam, String> ref = UiFormat.textColumn(ui.text("review.settings.col.ref"), 380,
                RuleParam::legalRef);
        TableColumn<RuleParam, String> override = UiFormat.textColumn(ui.text("review.settings.col.override"), 260,
                p -> p.override() == null ? "" : ui.format("review.settings.overridden",
                        VnFormat.date(p.override().validFrom()), p.override().reason()));
        TooltipCell.on(name, null);
        TooltipCell.on(ref, null);
        TooltipCell.on(override, "override-mark");
        return List.of(name, value, ref, override);
    }

    private List<TableColumn<ParamOverride, ?>> overrideColumns() {
        return List.of(
                TooltipCell.on(UiFormat.textColumn(ui.text("review.settings.col.param"), 330, o -> ui.messages().label(o.key())), null),
                UiFormat.textColumn(ui.text("review.settings.col.value"), 80, o -> ParamText.value(ui, o.key(), o.value())),
                UiFormat.dateColumn(ui.text("review.settings.col.validFrom"), ParamOverride::validFrom),
                TooltipCell.on(UiFormat.textColumn(ui.text("review.settings.col.reason"), 300, ParamOverride::reason), null),
                UiFormat.textColumn(ui.text("review.settings.col.by"), 120, ParamOverride::changedBy),
                UiFormat.textColumn(ui.text("review.settings.col.at"), 130, o -> STAMP.format(o.changedAt())));
    }

    private void edit(RuleParam param) {
        OverrideDialog.show(ui, review, param, model.overrideStart(), user).ifPresent(saved -> refresh());
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        model.load();
    }

    private void showRegime(RuleSet rules) {
        LegalRegime r = rules.regime();
        regimeLabel.setText(ui.format("review.settings.regime", r.name(), VnFormat.date(r.validFrom()),
                r.validTo() == null ? ui.text("review.settings.open") : VnFormat.date(r.validTo())));
        regimeRefs.setText(r.legalRefs());
    }
}
