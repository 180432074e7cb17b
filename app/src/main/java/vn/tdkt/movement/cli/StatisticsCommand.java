package vn.tdkt.movement.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.movement.service.Statistics0601;

/** {@code tdkt statistics --form 0601 --year Y --out FILE.xlsx}: biểu 0601.N/BNV-TĐKT, số phong trào thi đua. */
@Command(name = "statistics", sortOptions = false, usageHelpAutoWidth = true,
        description = "Biểu thống kê TT 02/2023/TT-BNV: 0601.N (số phong trào thi đua theo phạm vi, thời hạn, phương thức).")
public final class StatisticsCommand implements Callable<Integer> {

    @Option(names = "--form", required = true, paramLabel = "BIỂU", description = "Số biểu: 0601.")
    String form;

    @Option(names = "--year", required = true, paramLabel = "NĂM", description = "Năm báo cáo.")
    String year;

    @Option(names = "--out", required = true, paramLabel = "TỆP.xlsx", description = "Tệp sẽ ghi.")
    Path out;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Hiện hướng dẫn này rồi thoát.")
    boolean help;

    @Spec
    CommandSpec spec;

    private final Supplier<Database> database;

    public StatisticsCommand(Supplier<Database> database) {
        this.database = database;
    }

    @Override
    public Integer call() {
        List<Problem> problems = new ArrayList<>();
        if (!"0601".equals(form.trim()) && !"0601.N".equalsIgnoreCase(form.trim())) {
            problems.add(Problem.file(Msg.of("movement.cli.form", form)));
        }
        int y = 0;
        try {
            y = Integer.parseInt(year.trim());
        } catch (NumberFormatException e) {
            y = 0;
        }
        if (y < 1990 || y > 2100) {
            problems.add(Problem.file(Msg.of("movement.cli.year", year)));
        }
        CommandSupport.extension(out, List.of(".xlsx"), problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        try (Database db = database.get()) {
            Path written = new Statistics0601(db).write(y, out);
            spec.commandLine().getOut().println(Msg.of("movement.written", written.toAbsolutePath().toString()).vi());
            return 0;
        }
    }
}
