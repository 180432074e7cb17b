package vn.tdkt.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.tdkt.backup.service.BackupService;
import vn.tdkt.common.data.DataDirectory;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.council.cli.TallyCommand;
import vn.tdkt.decision.cli.AwardListCommand;
import vn.tdkt.council.cli.TallyTemplateWriter;
import vn.tdkt.movement.cli.DeadlinesCommand;
import vn.tdkt.movement.cli.PlanCommand;
import vn.tdkt.movement.cli.StatisticsCommand;
import vn.tdkt.review.cli.EligibilityCommand;
import vn.tdkt.workbook.domain.ImportPlan;
import vn.tdkt.workbook.domain.ImportResult;
import vn.tdkt.workbook.domain.SheetCount;
import vn.tdkt.workbook.service.WorkbookService;

/**
 * The command line of tdkt.jar: template, import, export, backup, restore. Exit code 0 on success, 2 on invalid
 * input (every problem on stderr, one per line), 1 on any other failure (short message; details in the log).
 */
@Command(name = "tdkt", versionProvider = Cli.Version.class, synopsisSubcommandLabel = "LỆNH",
        sortOptions = false, usageHelpAutoWidth = true,
        header = "TĐKT – quản lý thi đua, khen thưởng: lệnh dòng lệnh.",
        description = "Không có tham số: mở cửa sổ ứng dụng. Có lệnh: chạy lệnh rồi thoát.",
        footer = {"", "Mã thoát: 0 thành công, 2 dữ liệu vào không hợp lệ, 1 lỗi khác (chi tiết trong DATA/logs/tdkt.log)."},
        subcommands = {Cli.Template.class, Cli.Import.class, Cli.Export.class, Cli.Backup.class, Cli.Restore.class})
public final class Cli implements Callable<Integer> {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int INVALID = 2;

    @Option(names = "--data", paramLabel = "THƯ_MỤC",
            description = "Thư mục dữ liệu (mặc định: thư mục dữ liệu ứng dụng của người dùng).")
    private Path data;

    @CommandLine.Mixin
    private HelpOption help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Hiện phiên bản rồi thoát.")
    private boolean version;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private Cli() {
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
        Cli root = new Cli();
        CommandLine cmd = new CommandLine(root);
        // tally needs no data folder: it works on the dated vote rules of a private in-memory database
        cmd.addSubcommand("tally", new TallyCommand());
        cmd.addSubcommand("award-list", new AwardListCommand(root::openDatabase));
        cmd.addSubcommand("eligibility", new EligibilityCommand(() -> Database.open(root.dataDir())));
        cmd.addSubcommand("plan", new PlanCommand(() -> Database.open(root.dataDir())));
        cmd.addSubcommand("statistics", new StatisticsCommand(() -> Database.open(root.dataDir())));
        cmd.addSubcommand("deadlines", new DeadlinesCommand(() -> Database.open(root.dataDir()), java.time.Clock.systemDefaultZone()));
        cmd.setOut(out).setErr(err);
        cmd.getCommandSpec().usageMessage().commandListHeading("Lệnh:%n");
        cmd.getSubcommands().values().forEach(c -> c.getCommandSpec().usageMessage().parameterListHeading("Tham số:%n")
                .optionListHeading("Tùy chọn:%n"));
        java.util.stream.Stream.concat(java.util.stream.Stream.of(cmd), cmd.getSubcommands().values().stream())
                .forEach(c -> c.getCommandSpec().usageMessage().synopsisHeading("Cách dùng: "));
        cmd.setParameterExceptionHandler((e, badArgs) -> {
            err.println("Tham số không hợp lệ: " + e.getMessage());
            e.getCommandLine().usage(err);
            return INVALID;
        });
        cmd.setExecutionStrategy(parsed -> {
            // the log goes to DATA/logs: set before the first logger is created
            System.setProperty("tdkt.logdir", root.dataDir().resolve("logs").toAbsolutePath().toString());
            return new CommandLine.RunLast().execute(parsed);
        });
        cmd.setExecutionExceptionHandler((e, c, parsed) -> failure(e, c.getErr()));
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

    private static int failure(Exception e, PrintWriter err) {
        if (e instanceof ValidationException v) {
            v.problems().forEach(p -> err.println(p.describe()));
            return INVALID;
        }
        Logger log = LoggerFactory.getLogger(Cli.class);
        if (e instanceof AppException) {
            log.warn("Command failed: {}", e.getMessage(), e);
            err.println(e.getMessage());
        } else {
            log.error("Internal error", e);
            err.println("Lỗi nội bộ: " + e + ". Chi tiết trong nhật ký tdkt.log.");
        }
        return FAILED;
    }

    /** The data folder's database, opened once for a command that needs it and closed when the command ends. */
    private Database openDatabase() {
        if (opened == null) {
            opened = Database.open(dataDir());
        }
        return opened;
    }

    private Database opened;

    Path dataDir() {
        return data != null ? data : DataDirectory.defaultDir();
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return OK;
    }

    /** What every subcommand has: the root command (data folder), -h/--help, and its output streams. */
    abstract static class Subcommand implements Callable<Integer> {
        @ParentCommand
        Cli root;
        @CommandLine.Mixin
        HelpOption help;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }
    }

    /** -h/--help with a Vietnamese description, on every command. */
    static final class HelpOption {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Hiện hướng dẫn này rồi thoát.")
        private boolean requested;
    }

    /** Version from the jar manifest (Implementation-Version), "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"TĐKT " + (v == null ? "dev" : v)};
        }
    }

    @Command(name = "template", description = "Ghi bảng tính mẫu để nhập liệu (có sheet Hướng dẫn và danh sách chọn).")
    static final class Template extends Subcommand {
        @Option(names = "--tally", description = "Ghi bảng kiểm phiếu (sheet Kiểm phiếu) để Ban kiểm phiếu điền.")
        private boolean tally;
        @Parameters(paramLabel = "TỆP.xlsx", description = "Tệp sẽ ghi.")
        private Path file;

        @Override
        public Integer call() {
            if (tally) {
                return new TallyTemplateWriter().write(file, out(), err());
            }
            try (Database db = Database.open(root.dataDir())) {
                new WorkbookService(db).writeTemplate(file);
            }
            out().println("Đã ghi bảng tính mẫu " + file.toAbsolutePath());
            return OK;
        }
    }

    @Command(name = "import", description = "Nhập dữ liệu từ bảng tính: kiểm tra toàn bộ trước, có lỗi thì không ghi gì.")
    static final class Import extends Subcommand {
        @Parameters(paramLabel = "TỆP.xlsx", description = "Bảng tính nhập liệu.")
        private Path file;

        @Override
        public Integer call() {
            PrintWriter out = out();
            PrintWriter err = err();
            try (Database db = Database.open(root.dataDir())) {
                WorkbookService service = new WorkbookService(db);
                ImportPlan plan = service.analyze(file, Progress.NONE);
                if (!plan.valid()) {
                    plan.problems().stream().map(Problem::describe).forEach(err::println);
                    err.println("Có " + plan.problemCount() + " lỗi; không ghi dữ liệu nào.");
                    return INVALID;
                }
                err.println("Đang ghi dữ liệu…");
                err.flush();
                ImportResult result = service.apply(plan, Progress.NONE);
                out.println("Đã nhập " + file.getFileName() + " (" + result.millis() + " ms):");
                result.counts().stream().map(SheetCount::describe).forEach(c -> out.println("  " + c));
                return OK;
            }
        }
    }

    @Command(name = "export", description = "Xuất toàn bộ dữ liệu ra bảng tính đúng mẫu nhập liệu.")
    static final class Export extends Subcommand {
        @Parameters(paramLabel = "TỆP.xlsx", description = "Tệp sẽ ghi.")
        private Path file;

        @Override
        public Integer call() {
            try (Database db = Database.open(root.dataDir())) {
                new WorkbookService(db).exportTo(file, Progress.NONE);
            }
            out().println("Đã xuất dữ liệu ra " + file.toAbsolutePath());
            return OK;
        }
    }

    @Command(name = "backup", description = "Sao lưu cơ sở dữ liệu vào một tệp .zip.")
    static final class Backup extends Subcommand {
        @Parameters(paramLabel = "TỆP.zip", description = "Tệp sao lưu sẽ ghi.")
        private Path file;

        @Override
        public Integer call() {
            try (Database db = Database.open(root.dataDir())) {
                BackupService.backup(db, file);
            }
            out().println("Đã sao lưu vào " + file.toAbsolutePath());
            return OK;
        }
    }

    @Command(name = "restore", description = "Khôi phục cơ sở dữ liệu từ tệp sao lưu (dữ liệu hiện tại được giữ lại một bản an toàn).")
    static final class Restore extends Subcommand {
        @Parameters(paramLabel = "TỆP.zip", description = "Tệp sao lưu.")
        private Path file;

        @Override
        public Integer call() {
            BackupService.restore(root.dataDir(), file);
            out().println("Đã khôi phục dữ liệu từ " + file.toAbsolutePath());
            return OK;
        }
    }
}
