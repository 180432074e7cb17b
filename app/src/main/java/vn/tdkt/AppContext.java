package vn.tdkt;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import vn.tdkt.account.service.AccountService;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.backup.service.BackupService;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.certificate.service.CertificateService;
import vn.tdkt.decision.service.DecisionFormsService;
import vn.tdkt.common.data.DataDirectory;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.data.ServerSettings;
import vn.tdkt.connection.data.ConnectionStore;
import vn.tdkt.connection.domain.ConnectionChoice;
import vn.tdkt.connection.service.ConnectionService;
import vn.tdkt.decision.service.DecisionServices;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.service.PeopleService;
import vn.tdkt.record.service.RecordService;
import vn.tdkt.registration.domain.RegisteredTitles;
import vn.tdkt.registration.service.RegistrationExports;
import vn.tdkt.registration.service.RegistrationService;
import vn.tdkt.registration.service.RegistrationSheets;
import vn.tdkt.review.service.ProposalService;
import vn.tdkt.council.service.CouncilServices;
import vn.tdkt.dossier.service.DossierAttachmentService;
import vn.tdkt.dossier.service.DossierCalendarService;
import vn.tdkt.dossier.service.DossierCouncilService;
import vn.tdkt.dossier.service.DossierService;
import vn.tdkt.home.service.HomeService;
import vn.tdkt.dossier.service.DossierServices;
import vn.tdkt.exemplary.service.DelegateService;
import vn.tdkt.exemplary.service.ExemplaryRecordsService;
import vn.tdkt.exemplary.service.ExemplaryImports;
import vn.tdkt.exemplary.service.ExemplaryLists;
import vn.tdkt.exemplary.service.ExemplaryService;
import vn.tdkt.exemplary.service.ListRequestService;
import vn.tdkt.export.domain.ReportingUnits;
import vn.tdkt.meeting.service.DossierDocuments;
import vn.tdkt.movement.service.BlocDocuments;
import vn.tdkt.movement.service.BlocService;
import vn.tdkt.movement.service.MovementDocuments;
import vn.tdkt.movement.service.MovementLinkService;
import vn.tdkt.movement.service.MovementReports;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.movement.service.Statistics0601;
import vn.tdkt.statistics.service.StatisticsService;
import vn.tdkt.meeting.service.MeetingPackService;
import vn.tdkt.review.service.DecisionReview;
import vn.tdkt.review.service.ReviewEligibility;
import vn.tdkt.review.service.ReviewService;
import vn.tdkt.review.service.ReviewSheetService;
import vn.tdkt.workbook.service.WorkbookService;

/**
 * The one composition root: one database and the services built on it, by constructor. The window and every
 * command of the command line take their services from here (no other class builds a service); closed with the
 * window or when the command ends.
 */
public final class AppContext implements AutoCloseable {

    private final Database db;
    private final CatalogueService catalogue;
    private final OrgService org;
    private final RecordService records;
    private final PeopleService people;
    private final WorkbookService workbook;
    private final vn.tdkt.export.service.ListFileService lists = new vn.tdkt.export.service.ListFileService();
    private final DecisionServices decisions;
    private final ReviewService review;
    private final ProposalService proposals;
    private final ReviewSheetService reviewSheets;
    private final CouncilServices council;
    private final DossierService dossiers;
    private final DossierCalendarService dossierCalendar;
    private final DossierAttachmentService dossierAttachments;
    private final MeetingPackService meetingPack;
    private final DossierDocuments dossierDocuments;
    private final MovementService movements;
    private final MovementDocuments movementDocuments;
    private final MovementLinkService movementLinks;
    private final BlocService blocs;
    private final BlocDocuments blocDocuments;
    private final MovementReports movementReports;
    private final HomeService home;
    private final Statistics0601 statistics0601;
    private final StatisticsService statistics;
    private final RegistrationService registrations;
    private final RegistrationSheets registrationSheets;
    private final RegistrationExports registrationExports;
    private final ExemplaryService exemplary;
    private final ExemplaryRecordsService exemplaryRecords;
    private final DelegateService delegates;
    private final ExemplaryLists exemplaryLists;
    private final ListRequestService listRequests;
    private final CertificateService certificates;
    private final DecisionFormsService decisionForms;
    private final AuditService audit;
    private final AccountService accounts;

    public AppContext(Database db) {
        Clock clock = Clock.systemDefaultZone();
        this.db = db;
        this.audit = new AuditService(db); // first: its triggers record every write from here on
        this.accounts = new AccountService(db, clock); // then: single-user mode or login, before any check
        this.catalogue = new CatalogueService(db);
        this.org = new OrgService(db);
        this.records = new RecordService(db, catalogue);
        this.people = new PeopleService(db, records, clock);
        this.workbook = new WorkbookService(db, catalogue, new ExemplaryImports(clock));
        this.registrations = new RegistrationService(db, catalogue, clock);
        this.review = new ReviewService(db, catalogue, clock, registrations::registeredTitles);
        ReviewEligibility eligibility = new ReviewEligibility(review, clock);
        this.decisions = DecisionServices.of(db, catalogue, new DecisionReview(eligibility, new ProposalService(db, clock)), clock);
        this.council = CouncilServices.of(db, catalogue, this::womenPreferenceOn,
                new DossierCouncilService(catalogue, eligibility, clock));
        this.dossiers = new DossierService(db, catalogue, eligibility, clock);
        this.proposals = new ProposalService(db, clock, dossiers, org, decisions.drafting());
        this.reviewSheets = new ReviewSheetService(review, proposals, people, org,
                year -> registeredNames(registrations.registeredTitles(year), catalogue));
        this.dossierCalendar = new DossierCalendarService(db, catalogue, clock);
        this.dossierAttachments = new DossierAttachmentService(db, catalogue, clock);
        this.meetingPack = new MeetingPackService(db, catalogue, council, eligibility);
        this.dossierDocuments = new DossierDocuments(db, catalogue, dossiers, dossierAttachments, council.admin(), people, org,
                clock, eligibility);
        this.movements = new MovementService(db, clock, dossierCalendar::calendar);
        this.movementDocuments = new MovementDocuments(db, catalogue, this::officeIssuer, clock);
        this.movementLinks = new MovementLinkService(db);
        this.blocs = new BlocService(db);
        this.blocDocuments = new BlocDocuments(db, catalogue);
        this.movementReports = new MovementReports(db, movements, (year, units) -> reportFigures(registrations.coverage(year),
                units), this::officeIssuer);
        this.registrationSheets = new RegistrationSheets(db, catalogue, registrations, clock);
        this.registrationExports = new RegistrationExports(db, registrations, catalogue);
        this.home = new HomeService(db, movements, dossierCalendar::calendar, this::startCoverage,
                year -> registrations.round(year).deadline(),
                (day, days) -> catalogue.regimes().calendar().around(day, days, dossierCalendar.calendar()),
                () -> catalogue.regimes().calendar());
        this.statistics0601 = new Statistics0601(db);
        this.statistics = new StatisticsService(statistics0601, decisions.reports(), org, people, this::reportingUnits);
        this.exemplary = new ExemplaryService(db, clock, movements, records, catalogue, review);
        this.exemplaryRecords = new ExemplaryRecordsService(db, clock);
        this.delegates = new DelegateService(db, movements);
        this.exemplaryLists = new ExemplaryLists(db, movements, delegates, this::officeIssuer, clock);
        this.listRequests = new ListRequestService(db, movements, org);
        this.certificates = new CertificateService(db, catalogue, decisions.drafting(), decisions.reports());
        this.decisionForms = new DecisionFormsService(catalogue, decisions.drafting());
    }

    /**
     * The start screen's registration round (decision 81): the year's, or the year before's while the year has no
     * registration yet (the clerk still chases last year's round until the new one begins).
     */
    private vn.tdkt.registration.domain.Coverage startCoverage(int year) {
        if (registrations.ofYear(year).isEmpty() && !registrations.ofYear(year - 1).isEmpty()) {
            return registrations.coverage(year - 1);
        }
        return registrations.coverage(year);
    }

    /** The registration figures of a movement's báo cáo: the year's coverage of the units taking part. */
    private static vn.tdkt.movement.domain.ReportFigures reportFigures(vn.tdkt.registration.domain.Coverage c,
                                                                       java.util.Set<Long> units) {
        var mine = c.units().stream().filter(u -> units.contains(u.unitId())).toList();
        return new vn.tdkt.movement.domain.ReportFigures(c.year(), mine.size(),
                (int) mine.stream().filter(u -> u.status() != vn.tdkt.registration.domain.RegistrationStatus.CHUA_GUI).count(),
                (int) mine.stream().filter(u -> u.collective()).count(), mine.stream().mapToInt(u -> u.members()).sum(),
                mine.stream().mapToInt(u -> u.registered()).sum(), 0, 0);
    }

    /** The registered titles by name, for the review screen's "registered vs achieved" column. */
    private static ReviewSheetService.RegisteredNames registeredNames(RegisteredTitles t, CatalogueService catalogue) {
        var cat = catalogue.catalogue();
        java.util.function.UnaryOperator<String> name = code -> cat.kind(code).map(k -> k.name()).orElse(code);
        java.util.Map<Long, String> persons = new java.util.HashMap<>();
        t.persons().forEach((id, code) -> persons.put(id, name.apply(code)));
        java.util.Map<Long, String> units = new java.util.HashMap<>();
        t.units().forEach((id, code) -> units.put(id, name.apply(code)));
        return new ReviewSheetService.RegisteredNames(persons, units);
    }

    /**
     * Opens the data folder (-Dtdkt.data or the user's default), or the PostgreSQL server of {@code -Dtdkt.db}
     * ({@code --db}); fails with a Vietnamese message when the folder is locked or the server cannot be used.
     */
    public static AppContext open() {
        return open(DataDirectory.defaultDir(), System.getProperty(DB_PROPERTY));
    }

    /** The system property naming the server store of the window ({@code --db}). */
    public static final String DB_PROPERTY = "tdkt.db";

    private static volatile CompletableFuture<AppContext> early;

    /**
     * Starts opening the default data folder on a background thread, so that the database (H2, migrations check,
     * first queries) gets ready while the JavaFX toolkit starts. {@link #openedOrOpen()} takes the result. The thread
     * also decides whether the start is on the remembered server (then it opens nothing: the window asks the
     * password first): that reading of java.util.prefs brings the XML parser, and its logger the logging set-up, which
     * held the main thread, and so the start of JavaFX, for about a second of a loaded machine (decision 167).
     */
    public static void openInBackground() {
        // only the database: the first screen waits for this thread, so it no longer warms the people list as well
        // (the start screen is Tổng quan now; loading 50 000 people here delayed it)
        early = CompletableFuture.supplyAsync(() -> startsOnRememberedServer() ? null : open(), r -> {
            Thread t = new Thread(r, "tdkt-early-open");
            t.setDaemon(true);
            t.start();
        });
    }

    /** The context opened by {@link #openInBackground()}, or a newly opened one; failures keep their message. */
    public static AppContext openedOrOpen() {
        CompletableFuture<AppContext> f = early;
        early = null;
        if (f == null) {
            return open();
        }
        try {
            AppContext opened = f.join();
            return opened != null ? opened : open(); // null: the early thread found the remembered server
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    public static AppContext open(Path dataDir) {
        return new AppContext(Database.open(dataDir));
    }

    /**
     * The embedded store of the data folder when {@code serverUrl} is null or blank, otherwise the PostgreSQL server
     * it names with the user and password of {@code TDKT_DB_USER} / {@code TDKT_DB_PASSWORD} (the data folder then
     * keeps only the logs and attachments, and is not locked).
     */
    public static AppContext open(Path dataDir, String serverUrl) {
        if (serverUrl == null || serverUrl.isBlank()) {
            return open(dataDir);
        }
        return open(dataDir, ServerSettings.fromEnvironment(serverUrl, vn.tdkt.account.cli.Secrets::variable));
    }

    /** The window's connection choice (Kết nối dữ liệu), remembered per user; usable before any store is open. */
    public static ConnectionService connections() {
        return new ConnectionService(ConnectionStore.forUser(), vn.tdkt.account.cli.Secrets::variable);
    }

    /** True when the window starts without {@code --db} and the remembered choice is a PostgreSQL server. */
    public static boolean startsOnRememberedServer() {
        String db = System.getProperty(DB_PROPERTY);
        return (db == null || db.isBlank()) && connections().remembered().server();
    }

    /** The remembered server store of the default data folder, with the password typed or read at this start. */
    public static AppContext open(ConnectionService connections, ConnectionChoice choice, char[] password) {
        return open(DataDirectory.defaultDir(), connections.settings(choice, password));
    }

    /** The PostgreSQL server store with the given address and credentials. */
    public static AppContext open(Path dataDir, ServerSettings server) {
        return new AppContext(Database.connect(server, dataDir));
    }

    /** Where the data is, for the status bar: HOST:PORT/NAME of a server store, or null for the embedded one. */
    public String serverDisplay() {
        return db.isServer() ? db.display() : null;
    }

    /** A private in-memory database with the built-in catalogue and rules (commands that need no data folder, tests). */
    public static AppContext inMemory() {
        return new AppContext(Database.inMemory());
    }

    /** Replaces the database of a data folder with a backup; the folder must not be open (no context on it). */
    public static void restore(Path dataDir, Path zip) {
        BackupService.restore(dataDir, zip);
    }

    /** The data folder, or null for an in-memory database (tests). */
    public Path dataDir() {
        return db.dataDir();
    }

    public CatalogueService catalogue() {
        return catalogue;
    }

    public OrgService org() {
        return org;
    }

    public RecordService records() {
        return records;
    }

    public PeopleService people() {
        return people;
    }

    public WorkbookService workbook() {
        return workbook;
    }

    /** Writes what a table shows (the "export the selection" of every table's menu). */
    public vn.tdkt.export.service.ListFileService lists() {
        return lists;
    }

    /** Decision drafting, revocation and reports. */
    public DecisionServices decisions() {
        return decisions;
    }

    /**
     * The preference for women at equal achievements in force on a day, for council ties: the review parameter
     * WOMEN_TIE_PREFERENCE of the regime (NĐ 152/2025 Điều 4 khoản 6 from 01/07/2025), with the province's overrides.
     */
    private java.util.Optional<String> womenPreferenceOn(java.time.LocalDate day) {
        vn.tdkt.review.domain.RuleSet rules;
        try {
            rules = review.parametersOn(day);
        } catch (vn.tdkt.common.domain.AppException e) {
            return java.util.Optional.empty(); // a day before the first regime the program knows
        }
        vn.tdkt.review.domain.RuleKey key = vn.tdkt.review.domain.RuleKey.WOMEN_TIE_PREFERENCE;
        return rules.flag(key) ? java.util.Optional.of(rules.ref(key)) : java.util.Optional.empty();
    }

    public ReviewService review() {
        return review;
    }

    public ProposalService proposals() {
        return proposals;
    }

    /** The review screen's query: the review of a year joined with people, units and proposals. */
    public ReviewSheetService reviewSheets() {
        return reviewSheets;
    }

    /** The council's services: admin (council, members), meetings (attendance, agenda), ballots (tally). */
    public CouncilServices council() {
        return council;
    }

    public DossierService dossiers() {
        return dossiers;
    }

    /** The dossier, calendar and attachment services together, for the dossier screens. */
    public DossierServices dossierServices() {
        return new DossierServices(dossiers, dossierCalendar, dossierAttachments);
    }

    public DossierCalendarService dossierCalendar() {
        return dossierCalendar;
    }

    /** The legal regimes, the processing limits and the ministry's yearly submission dates. */
    public vn.tdkt.regime.service.RegimeService regimes() {
        return catalogue.regimes();
    }

    /** The office's working calendar (the dossiers': days off, Saturdays worked) as the law's day counting reads it. */
    public vn.tdkt.regime.domain.WorkingDays workingDays() {
        return dossierCalendar.calendar();
    }

    public DossierAttachmentService dossierAttachments() {
        return dossierAttachments;
    }

    public MeetingPackService meetingPack() {
        return meetingPack;
    }

    public DossierDocuments dossierDocuments() {
        return dossierDocuments;
    }

    /**
     * The writer of a biểu of TT 02/2023/TT-BNV by its number for {@code statistics --form}: 0601 (movements), 0602
     * (Nhà nước-level awards), 0603 (province-level awards), 0604 (tổ chức làm công tác TĐKT), 0605 (công chức làm công
     * tác TĐKT); empty for another number.
     */
    public java.util.Optional<java.util.function.ObjIntConsumer<Path>> statisticsForm(String form) {
        return vn.tdkt.statistics.domain.StatisticsForm.of(form)
                .map(f -> (file, year) -> statistics.write(f, year, file));
    }

    /** The biểu thống kê 0601.N–0605.N of TT 02/2023/TT-BNV. */
    public StatisticsService statistics() {
        return statistics;
    }

    /** Biểu 0601.N of TT 02/2023/TT-BNV (movements by level, scope, duration and kind). */
    /** Đơn vị báo cáo of the biểu thống kê: the authority of the council in office, the newest (README decision 148). */
    /**
     * The office's issuer and signer of a movement's documents on a day (decision 160): the authority of the council in
     * office with its địa danh, signed by the council's chair on that day (chức vụ and name); none without a council.
     */
    private vn.tdkt.movement.domain.OfficeIssuer officeIssuer(java.time.LocalDate day) {
        return council.admin().councils().stream().findFirst().map(c -> {
            var chair = council.admin().activeMembers(c.id(), day).stream()
                    .filter(x -> x.role() == vn.tdkt.council.domain.MemberRole.CHU_TICH).findFirst().orElse(null);
            return new vn.tdkt.movement.domain.OfficeIssuer(null, c.authority(),
                    vn.tdkt.meeting.domain.Letterhead.ofCouncil(c).place(), null,
                    chair == null ? null : chair.position(), chair == null ? null : chair.fullName());
        }).orElse(vn.tdkt.movement.domain.OfficeIssuer.NONE);
    }

    private ReportingUnits reportingUnits() {
        return council.admin().councils().stream().findFirst().map(c -> ReportingUnits.ofAuthority(c.authority()))
                .orElse(ReportingUnits.UNKNOWN);
    }

    public Statistics0601 statistics0601() {
        return statistics0601;
    }

    public MovementService movements() {
        return movements;
    }

    public MovementDocuments movementDocuments() {
        return movementDocuments;
    }

    /** The movements other features offer in a combo, and the records that name a movement. */
    public MovementLinkService movementLinks() {
        return movementLinks;
    }

    /** Khối thi đua: covenants, the year-end scoring and ranking, the bloc leader it sets. */
    public BlocService blocs() {
        return blocs;
    }

    /** A bloc's scoring workbook and the Tờ trình proposing its first two units. */
    public BlocDocuments blocDocuments() {
        return blocDocuments;
    }

    /** The công văn đôn đốc and the báo cáo sơ kết / tổng kết of a movement. */
    public MovementReports movementReports() {
        return movementReports;
    }

    /** Title registrations per unit and year: round, status and log, coverage, union titles. */
    public RegistrationService registrations() {
        return registrations;
    }

    /** The unit sheets: template and import (each file its own transaction). */
    public RegistrationSheets registrationSheets() {
        return registrationSheets;
    }

    /** The coverage file and the consolidated list of registrations. */
    public RegistrationExports registrationExports() {
        return registrationExports;
    }

    public HomeService home() {
        return home;
    }

    /**
     * The appraisal time limits of {@code tdkt deadlines} (README decision 187): Tổng quan's lines of that kind as
     * the file's lines (the movement feature cannot read the home feature's).
     */
    public List<vn.tdkt.movement.service.DeadlineExport.Appraisal> appraisalDeadlines(java.time.LocalDate day, int days) {
        return home.appraisals(day, days).stream()
                .map(d -> new vn.tdkt.movement.service.DeadlineExport.Appraisal(d.title(), d.date())).toList();
    }

    /** Exemplary models: the models, their stages and page, the review's next title for a person model. */
    public ExemplaryService exemplary() {
        return exemplary;
    }

    /** What is recorded about a model: support, media, replication, recognitions, evidence files. */
    public ExemplaryRecordsService exemplaryRecords() {
        return exemplaryRecords;
    }

    /** The print-ready Danh sách giới thiệu điển hình tiên tiến and Danh sách đại biểu. */
    public ExemplaryLists exemplaryLists() {
        return exemplaryLists;
    }

    /** The 11/6 list and the congress delegates. */
    public DelegateService delegates() {
        return delegates;
    }

    /** Lists of models due by a date per unit (milestones of the movement), with who has not sent one. */
    public ListRequestService listRequests() {
        return listRequests;
    }

    /** The hash-chained audit log: check, export, a person's and a dossier's history. */
    public AuditService audit() {
        return audit;
    }

    /** Accounts and sign-in (no account: single-user mode). */
    public AccountService accounts() {
        return accounts;
    }

    /** Certificates on the pre-printed blanks (#13). */
    public CertificateService certificates() {
        return certificates;
    }

    /** The Quyết định công nhận danh hiệu and the other documents made from a decision (#13). */
    public DecisionFormsService decisionForms() {
        return decisionForms;
    }

    /** The automatic backup taken at start (nothing for an in-memory database). */
    public void autoBackup() {
        if (db.dataDir() != null && !db.isServer()) {
            BackupService.autoBackup(db);
        }
    }

    /** Writes a backup of the open database. */
    public Path backupTo(Path file) {
        return BackupService.backup(db, file);
    }

    /** Copies this embedded store to an empty PostgreSQL server database ({@code tdkt migrate --to …}, record 0081). */
    public List<vn.tdkt.backup.domain.TableCount> migrateTo(ServerSettings target) {
        return vn.tdkt.backup.service.StoreMigration.migrate(db, target);
    }

    /** Replaces the data of this server store with a server store's backup (its logical dump), in one transaction. */
    public List<vn.tdkt.backup.domain.TableCount> restoreOnServer(Path zip) {
        return BackupService.restoreOnServer(db, zip);
    }

    /** The safety copies restores kept of the data they replaced, newest first. */
    public List<Path> safetyCopies() {
        return db.dataDir() == null ? List.of() : BackupService.safetyCopies(db.dataDir());
    }

    /** Automatic backups, newest first. */
    public List<Path> autoBackups() {
        return db.dataDir() == null ? List.of() : BackupService.autoBackups(db.dataDir());
    }

    @Override
    public void close() {
        db.close();
    }
}
