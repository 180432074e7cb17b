package vn.tdkt.shell;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.tdkt.AppContext;
import vn.tdkt.backup.ui.BackupView;
import vn.tdkt.certificate.ui.CertificateView;
import vn.tdkt.certificate.ui.CertificateViewModel;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.Session;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.decision.ui.DecisionsView;
import vn.tdkt.council.ui.CouncilView;
import vn.tdkt.council.ui.MeetingServices;
import vn.tdkt.dossier.domain.Attachment;
import vn.tdkt.dossier.ui.DossierPageModel;
import vn.tdkt.dossier.ui.DossiersView;
import vn.tdkt.home.ui.HomeView;
import vn.tdkt.home.ui.HomeViewModel;
import vn.tdkt.meeting.service.DossierDocuments;
import vn.tdkt.movement.ui.BlocScoringView;
import vn.tdkt.movement.ui.BlocScoringViewModel;
import vn.tdkt.movement.ui.MovementViewModel;
import vn.tdkt.exemplary.ui.DelegateView;
import vn.tdkt.exemplary.ui.DelegateViewModel;
import vn.tdkt.exemplary.ui.ExemplaryView;
import vn.tdkt.exemplary.ui.ExemplaryViewModel;
import vn.tdkt.exemplary.ui.ListRequestViewModel;
import vn.tdkt.movement.ui.MovementsView;
import vn.tdkt.registration.ui.RegistrationView;
import vn.tdkt.registration.ui.RegistrationViewModel;
import vn.tdkt.registration.ui.RoundBarModel;
import vn.tdkt.registration.ui.SheetImportModel;
import vn.tdkt.registration.ui.UnionTitlesViewModel;
import vn.tdkt.org.ui.BlocsView;
import vn.tdkt.org.ui.UnitsView;
import vn.tdkt.people.ui.PeopleView;
import vn.tdkt.people.ui.PersonPage;
import vn.tdkt.record.domain.AwardQuery;
import vn.tdkt.record.ui.AwardRegisterModel;
import vn.tdkt.record.ui.AwardRegisterPage;
import vn.tdkt.review.ui.ReviewSettingsView;
import vn.tdkt.review.ui.ReviewView;
import vn.tdkt.review.ui.ReviewViewModel;
import vn.tdkt.workbook.ui.ExportView;
import vn.tdkt.workbook.ui.ImportView;

/**
 * The main window: a navigation sidebar, the content area and a ControlsFX status bar bound to the running
 * task (message, progress, Cancel). Screens are built on first use and reload their data each time they are shown.
 */
public final class MainWindow {

    /** The sidebar's pages, in order. */
    public enum Page { HOME, MOVEMENTS, REGISTRATIONS, EXEMPLARY, DELEGATES, PEOPLE, UNITS, BLOCS, BLOC_SCORING, REVIEW, DOSSIERS,
            COUNCIL, DECISIONS, CERTIFICATES, REVIEW_SETTINGS, IMPORT, EXPORT, BACKUP, ACCOUNTS, CONNECTION }

    private final AppContext ctx;
    private final Ui ui;
    private final BackupView.Actions backupActions;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ToggleGroup nav = new ToggleGroup();
    private final Map<Page, ToggleButton> navButtons = new EnumMap<>(Page.class);
    private final Map<Page, Screen> screens = new EnumMap<>(Page.class);
    private final TaskStatusBar status;
    private final Consumer<String> onLanguage;
    private Page page = Page.PEOPLE;
    private final AccountBar accountBar;

    /** A window without the language switch (it stays in the language of the Ui). */
    public MainWindow(AppContext ctx, Ui ui, BackupView.Actions backupActions) {
        this(ctx, ui, backupActions, null);
    }

    /** @param onLanguage called with "vi" or "en" when the user switches the language (null: no switch shown) */
    public MainWindow(AppContext ctx, Ui ui, BackupView.Actions backupActions, Consumer<String> onLanguage) {
        this(ctx, ui, backupActions, onLanguage, null);
    }

    /** @param onSignOut Đăng xuất in the status bar (null: none) */
    public MainWindow(AppContext ctx, Ui ui, BackupView.Actions backupActions, Consumer<String> onLanguage, Runnable onSignOut) {
        this.ctx = ctx;
        this.ui = ui;
        this.backupActions = backupActions;
        this.onLanguage = onLanguage;
        this.status = new TaskStatusBar(ui);
        root.setLeft(sidebar());
        content.getStyleClass().add("content");
        root.setCenter(content);
        root.setBottom(status.view());
        accountBar = new AccountBar(ui, onSignOut, this::show); // Tài khoản, Kết nối dữ liệu: reached from its menu
        status.view().getRightItems().add(0, accountBar.view());
    }

    public Parent root() {
        return root;
    }

    /** Ctrl+N/S/F and F1 (Shortcuts), every table's menu and keys (TableActions), a tooltip on every cut text (CutText). */
    public void installShortcuts(Scene scene) {
        vn.tdkt.common.ui.CutText.install(scene);
        vn.tdkt.common.ui.TableActions.install(scene, ui, ctx.lists()::write);
        // a lost connection told once, then one line in the status bar (record 0132); tables in dialogs (record 0135)
        ui.dialogs().attachWindow(status::notice, s -> vn.tdkt.common.ui.TableActions.install(s, ui, ctx.lists()::write));
        vn.tdkt.common.ui.Shortcuts.install(scene, ui, () -> content, () -> {
            show(Page.PEOPLE);
            ((PeopleView) screens.get(Page.PEOPLE)).focusSearch();
        });
    }

    private VBox sidebar() {
        Label app = new Label(ui.text("window.shortTitle"));
        app.getStyleClass().add("sidebar-title");
        app.setWrapText(true);
        VBox box = new VBox(4, app);
        add(box, Page.HOME, "navHome", "home.nav");
        add(box, Page.MOVEMENTS, "navMovements", "movement.nav");
        add(box, Page.REGISTRATIONS, "navRegistrations", "registration.nav");
        add(box, Page.EXEMPLARY, "navExemplary", "exemplary.nav");
        add(box, Page.DELEGATES, "navDelegates", "exemplary.delegates.nav");
        add(box, Page.PEOPLE, "navPeople", "nav.people");
        add(box, Page.UNITS, "navUnits", "nav.units");
        add(box, Page.BLOCS, "navBlocs", "nav.blocs");
        add(box, Page.BLOC_SCORING, "navBlocScoring", "bloc.nav");
        add(box, Page.REVIEW, "navReview", "nav.review");
        add(box, Page.DOSSIERS, "navDossiers", "dossier.nav");
        add(box, Page.COUNCIL, "navCouncil", "council.nav");
        add(box, Page.DECISIONS, "navDecisions", "decision.nav");
        add(box, Page.CERTIFICATES, "navCertificates", "certificate.nav");
        add(box, Page.REVIEW_SETTINGS, "navReviewSettings", "nav.reviewSettings");
        add(box, Page.IMPORT, "navImport", "nav.import");
        add(box, Page.EXPORT, "navExport", "nav.export");
        add(box, Page.BACKUP, "navBackup", "nav.backup");
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        // a server's address has no space to wrap at: the sidebar names the store, its tooltip gives the address
        Label data = new Label(ctx.serverDisplay() != null ? ui.text("status.serverShort") : AccountBar.where(ui, ctx));
        data.setTooltip(new javafx.scene.control.Tooltip(AccountBar.where(ui, ctx)));
        data.setWrapText(true);
        data.getStyleClass().add("sidebar-note");
        box.getChildren().add(gap);
        if (onLanguage != null) {
            box.getChildren().add(LanguageMenu.of(ui, onLanguage));
        }
        box.getChildren().add(data);
        box.getStyleClass().add("sidebar");
        box.setPadding(new Insets(12, 8, 12, 8));
        box.setPrefWidth(200);
        return box;
    }

    private void add(VBox box, Page page, String id, String key) {
        ToggleButton b = new ToggleButton(ui.text(key));
        b.setId(id);
        b.setToggleGroup(nav);
        b.setMaxWidth(Double.MAX_VALUE);
        b.getStyleClass().add("nav-button");
        b.setOnAction(e -> show(page));
        navButtons.put(page, b);
        box.getChildren().add(b);
    }

    /** Stops following the background runner (the window is being replaced). */
    public void detach() {
        status.detach();
    }

    /** The sidebar page on display (a person's page counts as the people list). */
    public Page page() {
        return page;
    }

    /** Shows a sidebar page (and reloads it). */
    public Screen show(Page page) {
        Screen s = screens.computeIfAbsent(page, p -> create(p).get());
        this.page = page;
        vn.tdkt.common.domain.Session.source("window:" + page.name().toLowerCase(java.util.Locale.ROOT)); // for the audit log
        java.util.Optional.ofNullable(navButtons.get(page)).ifPresentOrElse(b -> b.setSelected(true), () -> nav.selectToggle(null));
        display(s);
        return s;
    }

    /** Shows a person's page in the content area; Back returns to the list. */
    public PersonPage showPerson(long personId) {
        PersonPage page = new PersonPage(ui, ctx.people(), ctx.org(), ctx.records(), ctx.catalogue(), ctx.audit(), personId,
                () -> show(Page.PEOPLE));
        navButtons.get(Page.PEOPLE).setSelected(true);
        this.page = Page.PEOPLE;
        display(page);
        return page;
    }

    private void display(Screen s) {
        vn.tdkt.common.ui.NoCut.watch(s.view());
        content.getChildren().setAll(s.view());
        s.refresh();
    }

    /** Shows the award register on a filter (a bar or slice of Tổng quan) in the content area; Quay lại returns there. */
    public AwardRegisterPage showAwards(AwardQuery query) {
        AwardRegisterPage awards = new AwardRegisterPage(ui, new AwardRegisterModel(ctx.records(), ui.tasks(), ui.messages(),
                query), () -> show(Page.HOME), this::showPerson);
        navButtons.get(Page.HOME).setSelected(true);
        this.page = Page.HOME;
        display(awards);
        return awards;
    }

    private Supplier<Screen> create(Page page) {
        return switch (page) {
            case HOME -> () -> new HomeView(ui, new HomeViewModel(ctx.home(), ctx.movementReports(), ui.tasks(), ui.messages(),
                    java.time.LocalDate::now, new HomeNavigator(this)));
            case MOVEMENTS -> () -> new MovementsView(ui, new MovementViewModel(ctx.movements(), ctx.org(), ctx.catalogue(),
                    ctx.movementDocuments(), ctx.movementReports(), ctx.movementLinks(), ui.tasks(), ui.messages(), Session.author()));
            case REGISTRATIONS -> () -> new RegistrationView(ui, new RegistrationViewModel(ctx.registrations(),
                    ctx.registrationExports(), ui.tasks(), ui.messages(), Session.author(), LocalDate.now().getYear()),
                    new RoundBarModel(ctx.registrations(), ctx.movementLinks(), ui.tasks(), ui.messages()),
                    () -> new UnionTitlesViewModel(ctx.registrations(), ui.tasks(), ui.messages()),
                    new SheetImportModel(ctx.registrationSheets(), ui.tasks(), ui.messages(), Session.author()));
            case EXEMPLARY -> () -> new ExemplaryView(ui, new ExemplaryViewModel(ctx.exemplary(), ctx.exemplaryRecords(),
                    ctx.org(), ui.tasks(), ui.messages(), Session.author()));
            case DELEGATES -> () -> new DelegateView(ui, new DelegateViewModel(ctx.delegates(), ctx.exemplary(), ctx.org(),
                    ctx.exemplaryLists(), ui.tasks(), ui.messages()), new ListRequestViewModel(ctx.listRequests(),
                    ctx.exemplary(), ctx.org(), ui.tasks(), ui.messages()));
            case CERTIFICATES -> () -> new CertificateView(ui, new CertificateViewModel(ctx.certificates(),
                    ctx.decisionForms(), ui.tasks(), ui.messages()));
            case PEOPLE -> () -> new PeopleView(ui, ctx.people(), ctx.org(), this::showPerson);
            case UNITS -> () -> new UnitsView(ui, ctx.org());
            case BLOCS -> () -> new BlocsView(ui, ctx.org());
            case BLOC_SCORING -> () -> new BlocScoringView(ui, new BlocScoringViewModel(ctx.blocs(), ctx.blocDocuments(),
                    ctx.movementLinks(), ctx.org(), ui.tasks(),
                    ui.messages(), Session.author()));
            case DECISIONS -> () -> new DecisionsView(ui, ctx.decisions(), ctx.catalogue(), ctx.people(), ctx.org(),
                    ctx.movementLinks(), year -> vn.tdkt.statistics.ui.StatisticsFormsDialog.show(ui, ctx.statistics(), year));
            case REVIEW -> () -> new ReviewView(ui, new ReviewViewModel(ctx.reviewSheets(), ctx.proposals(), ui.tasks(),
                    ui.messages(), Session.author(), LocalDate.now().getYear() - 1), new ReviewView.Opener() {
                        @Override
                        public void dossier(long dossierId) {
                            ((DossiersView) show(Page.DOSSIERS)).open(dossierId);
                        }

                        @Override
                        public void meeting(long meetingId) {
                            ((CouncilView) show(Page.COUNCIL)).open(meetingId);
                        }

                        @Override
                        public void decision(vn.tdkt.review.domain.ProposalProgress progress) {
                            DecisionsView decisions = (DecisionsView) show(Page.DECISIONS);
                            if (progress.decisionId() == null && progress.draftId() != null) {
                                decisions.openDraft(progress.draftId());
                            } else {
                                decisions.open(progress.decisionNo(), progress.decisionDate());
                            }
                        }
                    });
            case REVIEW_SETTINGS -> () -> new ReviewSettingsView(ui, ctx.review(), ctx.catalogue().regimes(), Session.author());
            case DOSSIERS -> () -> new DossiersView(ui, ctx.dossierServices(), ctx.catalogue(), ctx.people(), ctx.org(),
                    ctx.movementLinks(), ctx.audit(),
                    new DossierPageModel.Writer() {
                        @Override
                        public boolean writes(String componentCode) {
                            return DossierDocuments.writes(componentCode);
                        }

                        @Override
                        public Attachment write(long dossierId, String componentCode, String user, Progress progress) {
                            return ctx.dossierDocuments().generate(dossierId, componentCode, user, progress);
                        }
                    });
            case COUNCIL -> () -> new CouncilView(ui, new MeetingServices(ctx.council(), ctx.dossiers(), ctx.catalogue(),
                    (meetingId, folder, progress) -> ctx.meetingPack().writePack(meetingId, folder, progress).size(),
                    ctx.people(), ctx.meetingPack()::writeOpinionForms));
            case IMPORT -> () -> new ImportView(ui, ctx.workbook(), () -> show(Page.PEOPLE));
            case EXPORT -> () -> new ExportView(ui, ctx.workbook());
            case BACKUP -> () -> new BackupView(ui, backupActions);
            case ACCOUNTS -> () -> new vn.tdkt.account.ui.AccountsView(ui, new vn.tdkt.account.ui.AccountsModel(ctx.accounts(),
                    ui.tasks(), ui.messages(), accountBar::update));
            case CONNECTION -> () -> new vn.tdkt.connection.ui.ConnectionView(ui, new vn.tdkt.connection.ui.ConnectionModel(
                    AppContext.connections(), ui.tasks(), ui.messages()), AccountBar.where(ui, ctx));
        };
    }
}
