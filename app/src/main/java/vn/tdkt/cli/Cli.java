package vn.tdkt.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.tdkt.AppContext;
import vn.tdkt.account.cli.Secrets;
import vn.tdkt.account.cli.UserCommand;
import vn.tdkt.audit.cli.AuditCommand;
import vn.tdkt.common.cli.ExitCodes;
import vn.tdkt.common.cli.StandardOptions;
import vn.tdkt.common.data.DataDirectory;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.Texts;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.council.cli.TallyCommand;
import vn.tdkt.council.cli.TallyTemplateWriter;
import vn.tdkt.decision.cli.AwardListCommand;
import vn.tdkt.decision.cli.RecognitionCommand;
import vn.tdkt.exemplary.cli.DelegatesCommand;
import vn.tdkt.exemplary.cli.ExemplaryListCommand;
import vn.tdkt.exemplary.cli.ExemplaryReportCommand;
import vn.tdkt.movement.cli.BlocCommand;
import vn.tdkt.movement.cli.DeadlinesCommand;
import vn.tdkt.movement.cli.PlanCommand;
import vn.tdkt.movement.cli.ReminderCommand;
import vn.tdkt.movement.cli.ReportCommand;
import vn.tdkt.movement.cli.StatisticsCommand;
import vn.tdkt.registration.cli.RegistrationCommand;
import vn.tdkt.certificate.cli.CertificateCommand;
import vn.tdkt.review.cli.EligibilityCommand;
import vn.tdkt.workbook.domain.ImportPlan;
import vn.tdkt.workbook.domain.ImportResult;
import vn.tdkt.workbook.service.WorkbookService;

/**
 * The command line of tdkt.jar: template, import, export, backup, restore, tally, award-list, eligibility. Exit code
 * 0 on success, 2 on invalid input (every problem on stderr, one per line), 1 on any other failure (short message;
 * details in the log). Services come from the one composition root, {@link AppContext}, as in the window; every
 * help line and message comes from the bundle, in Vietnamese or with {@code --lang en} in English ({@link CliTexts}).
 */
@Command(name = "tdkt", sortOptions = false, usageHelpAutoWidth = true,
        subcommands = {Cli.Template.class, Cli.Import.class, Cli.Export.class, Cli.Backup.class, Cli.Restore.class})
public final class Cli implements Callable<Integer> {

    public static final int OK = ExitCodes.OK;
    public static final int FAILED = ExitCodes.FAILED;
    public static final int INVALID = ExitCodes.INVALID;

    @Option(names = "--data")
    private Path data;

    @Option(names = "--lang")
    private String lang;

    @Option(names = "--db")
    private String db;

    @CommandLine.Mixin
    private StandardOptions help;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final CliTexts texts;
    private AppContext opened;

    private Cli(CliTexts texts) {
        this.texts = texts;
    }

    /** Runs the command line on the process's stdout/stderr (UTF-8) and returns the exit code. */
    public static int run(String[] args) {
        return run(args, utf8(FileDescriptor.out), utf8(FileDescriptor.err));
    }

    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
    }

    /** Runs the command line with the given output streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CliTexts texts = new CliTexts(Texts.locale(language(args)));
        Cli root = new Cli(texts);
        CommandLine cmd = commandLine(root, texts);
        cmd.setOut(out).setErr(err);
        cmd.setParameterExceptionHandler((e, badArgs) -> {
            err.println(texts.format("cli.invalidArgument", ParseErrors.text(e, texts)));
            e.getCommandLine().usage(err);
            return INVALID;
        });
        cmd.setExecutionStrategy(parsed -> {
            // the log goes to DATA/logs: set before the first logger is created
            System.setProperty("tdkt.logdir", root.dataDir().resolve("logs").toAbsolutePath().toString());
            // the audit log records the command every write comes from
            java.util.List<CommandLine> path = parsed.asCommandLineList();
            vn.tdkt.common.domain.Session.source("cli:" + path.get(path.size() - 1).getCommandSpec().qualifiedName(" ")
                    .replaceFirst("^tdkt ?", ""));
            return new CommandLine.RunLast().execute(parsed);
        });
        cmd.setExecutionExceptionHandler((e, c, parsed) -> failure(e, c.getErr(), texts));
        try {
            return cmd.execute(args);
        } finally {
            if (root.opened != null) {
                root.opened.close();
            }
            out.flush();
            err.flush();
        }
    }

    /** The command tree with every help text applied. */
    private static CommandLine commandLine(Cli root, CliTexts texts) {
        CommandLine cmd = new CommandLine(root, new LocaleFactory(texts.locale()));
        // tally needs no data folder: it works on the dated vote rules of a private in-memory database
        cmd.addSubcommand("tally", new TallyCommand(texts.locale()));
        cmd.addSubcommand("award-list", new AwardListCommand(root::context, texts.locale()));
        cmd.addSubcommand("eligibility", new EligibilityCommand(root::context, texts.locale()));
        cmd.addSubcommand("plan", new PlanCommand(root::context, texts.locale()));
        cmd.addSubcommand("statistics", new StatisticsCommand(root::context, texts.locale()));
        cmd.addSubcommand("delegates", new DelegatesCommand(root::context, texts.locale()));
        cmd.addSubcommand("exemplary-list", new ExemplaryListCommand(root::context, texts.locale()));
        java.time.Clock clock = java.time.Clock.systemDefaultZone();
        cmd.addSubcommand("exemplary-report", new ExemplaryReportCommand(root::context, texts.locale(), clock));
        cmd.addSubcommand("deadlines", new DeadlinesCommand(root::context, texts.locale(), clock));
        cmd.addSubcommand("submission-dates", new vn.tdkt.regime.cli.SubmissionDatesCommand(root::context, texts.locale(),
                clock));
        cmd.addSubcommand("reminder", new ReminderCommand(root::context, texts.locale(), clock));
        cmd.addSubcommand("report", new ReportCommand(root::context, texts.locale(), clock));
        cmd.addSubcommand("bloc", BlocCommand.commandLine(root::context, texts.locale(), clock));
        cmd.addSubcommand("registration", RegistrationCommand.commandLine(root::context, texts.locale()));
        cmd.addSubcommand("certificate", CertificateCommand.commandLine(root::context, texts.locale()));
        cmd.addSubcommand("recognition", new RecognitionCommand(root::context, texts.locale()));
        cmd.addSubcommand("opinion-form", new vn.tdkt.meeting.cli.OpinionFormCommand(root::context, texts.locale()));
        cmd.addSubcommand("user", UserCommand.commandLine(root::context, texts.locale()));
        cmd.addSubcommand("audit", AuditCommand.commandLine(root::context, texts.locale()));
        cmd.addSubcommand("migrate", new vn.tdkt.backup.cli.MigrateCommand(root::context, texts.locale(), System.getenv()));
        texts.apply(cmd, new Version());
        return cmd;
    }

    /** Every bundle key the help of the command tree uses (keys built from command and option names). */
    public static java.util.Set<String> helpKeys() {
        CliTexts texts = new CliTexts(Texts.VIETNAMESE);
        commandLine(new Cli(texts), texts);
        return texts.usedKeys();
    }

    /** The value of --lang (vi when absent), read before parsing so that the help and errors are in that language. */
    static String language(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if ("--".equals(args[i])) {
                break;
            }
            if ("--lang".equals(args[i]) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
        }
        return "vi";
    }

    private static int failure(Exception e, PrintWriter err, CliTexts texts) {
        if (e instanceof ValidationException v) {
            v.problems().forEach(p -> err.println(p.describe(texts.locale())));
            return INVALID;
        }
        Logger log = LoggerFactory.getLogger(Cli.class);
        if (e instanceof AppException ae) {
            log.warn("Command failed: {}", e.getMessage(), e);
            err.println(ae.text(texts.locale()));
        } else {
            log.error("Internal error", e);
            err.println(texts.format("cli.internalError"));
        }
        return FAILED;
    }

    /** The data folder's services, opened once for a command that needs them and closed when the command ends. */
    private AppContext context() {
        if (opened == null) {
            opened = AppContext.open(dataDir(), db);
            // once the store has accounts, a command signs in (TDKT_USER / TDKT_PASSWORD, or asked)
            Secrets.signIn(opened.accounts(), texts.locale());
        }
        return opened;
    }

    /** The PostgreSQL address of {@code --db}, or null for the embedded store of the data folder. */
    String serverUrl() {
        return db;
    }

    Path dataDir() {
        return data != null ? data : DataDirectory.defaultDir();
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return OK;
    }

    /** What every subcommand has: the root command (data folder, texts), -h/--help, -V/--version, its output streams. */
    abstract static class Subcommand implements Callable<Integer> {
        @ParentCommand
        Cli root;
        @CommandLine.Mixin
        StandardOptions help;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        AppContext context() {
            return root.context();
        }

        String text(String key, Object... args) {
            return root.texts.format(key, args);
        }

        /** Prints the report {@code key} naming the file written (its absolute path); exit {@link #OK}. */
        int written(String key, Path file) {
            out().println(text(key, file.toAbsolutePath().toString()));
            return OK;
        }
    }

    /** Builds converters that take the chosen language in their constructor with it; anything else as picocli does. */
    private record LocaleFactory(Locale locale) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                java.lang.reflect.Constructor<K> c = type.getDeclaredConstructor(Locale.class);
                c.setAccessible(true);
                return c.newInstance(locale);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }

    /** Version from the jar manifest (Implementation-Version), "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"TĐKT " + (v == null ? "dev" : v)};
        }
    }

    @Command(name = "template")
    static final class Template extends Subcommand {
        @Option(names = "--tally")
        private boolean tally;
        @Parameters
        private Path file;

        @Override
        public Integer call() {
            if (tally) {
                return new TallyTemplateWriter(root.texts.locale()).write(file, out(), err());
            }
            context().workbook().writeTemplate(file);
            return written("cli.template.done", file);
        }
    }

    @Command(name = "import")
    static final class Import extends Subcommand {
        @Parameters
        private Path file;
        @Option(names = "--accept-conversions")
        private boolean acceptConversions;

        @Override
        public Integer call() {
            PrintWriter out = out();
            PrintWriter err = err();
            Locale locale = root.texts.locale();
            WorkbookService service = context().workbook();
            ImportPlan plan = service.analyze(file, Progress.NONE);
            if (!plan.valid()) {
                plan.problems().stream().map(p -> p.describe(locale)).forEach(err::println);
                err.println(text("cli.import.refused", String.valueOf(plan.problemCount())));
                return INVALID;
            }
            if (!plan.conversions().isEmpty()) {
                // the converted cells, before → after, then written only with --accept-conversions (decision 10)
                PrintWriter w = acceptConversions ? out : err;
                plan.conversions().forEach(c -> w.println(WorkbookService.conversion(c).describe(locale)));
                if (!acceptConversions) {
                    err.println(text("cli.import.conversionsNotAccepted", String.valueOf(plan.conversions().size())));
                    return INVALID;
                }
                plan = plan.acceptConversions();
            }
            err.println(text("cli.import.writing"));
            err.flush();
            ImportResult result = service.apply(plan, Progress.NONE);
            out.println(text("cli.import.done", file.getFileName().toString(), String.valueOf(result.millis())));
            result.counts().stream().map(c -> c.describe(locale)).forEach(c -> out.println("  " + c));
            return OK;
        }
    }

    @Command(name = "export")
    static final class Export extends Subcommand {
        @Parameters
        private Path file;

        @Override
        public Integer call() {
            context().workbook().exportTo(file, Progress.NONE);
            return written("cli.export.done", file);
        }
    }

    @Command(name = "backup")
    static final class Backup extends Subcommand {
        @Parameters
        private Path file;

        @Override
        public Integer call() {
            context().backupTo(file);
            return written("cli.backup.done", file);
        }
    }

    @Command(name = "restore")
    static final class Restore extends Subcommand {
        @Parameters
        private Path file;

        @Override
        public Integer call() {
            if (root.serverUrl() != null && !root.serverUrl().isBlank()) {
                // a server store: its own logical dump replaces every row in one transaction (the store stays open)
                context().restoreOnServer(file);
                return written("cli.restore.done", file);
            }
            // only an administrator restores once accounts exist; the database is closed again before its file is replaced
            // (a database that no longer opens is restored without the check: that is what restore is for)
            AppContext ctx = openForCheck(root.dataDir());
            if (ctx != null) {
                try (ctx) {
                    Secrets.signIn(ctx.accounts(), root.texts.locale());
                    vn.tdkt.common.domain.Permission.require(vn.tdkt.common.domain.Action.RESTORE_BACKUP);
                }
            }
            AppContext.restore(root.dataDir(), file);
            return written("cli.restore.done", file);
        }
    }

    private static AppContext openForCheck(Path dataDir) {
        if (!java.nio.file.Files.exists(vn.tdkt.common.data.Database.dbFile(dataDir))) {
            return null;
        }
        try {
            return AppContext.open(dataDir);
        } catch (AppException e) {
            LoggerFactory.getLogger(Cli.class).warn("The database does not open; restoring without the account check", e);
            return null;
        }
    }
}
