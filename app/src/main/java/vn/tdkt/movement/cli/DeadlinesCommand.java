package vn.tdkt.movement.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
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
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.movement.domain.Deadline;
import vn.tdkt.movement.domain.DeadlineStatus;
import vn.tdkt.movement.service.DeadlineExport;

/**
 * {@code tdkt deadlines [--date dd/MM/yyyy] [--days N] --out FILE.xlsx|FILE.csv}: every milestone not done whose due
 * date (moved to the next working day when it is a day off) is on or before date + N days, sorted by due date.
 */
@Command(name = "deadlines", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Các mốc thời gian chưa hoàn thành đã quá hạn hoặc sắp đến hạn của các phong trào thi đua.",
                "Cột: Mã phong trào, Nội dung, Hạn, Mã đơn vị, Trạng thái (Quá hạn / Sắp đến hạn), Số ngày."})
public final class DeadlinesCommand implements Callable<Integer> {

    private static final int MAX_DAYS = 3660;

    @Option(names = "--date", paramLabel = "dd/MM/yyyy", description = "Ngày xem (mặc định: hôm nay).")
    String date;

    @Option(names = "--days", paramLabel = "N", description = "Số ngày tới (mặc định: 7).")
    String days;

    @Option(names = "--out", required = true, paramLabel = "TỆP.xlsx|TỆP.csv", description = "Tệp kết quả (bắt buộc).")
    Path out;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Hiện hướng dẫn này rồi thoát.")
    boolean help;

    @Spec
    CommandSpec spec;

    private final Supplier<Database> database;
    private final Clock clock;

    public DeadlinesCommand(Supplier<Database> database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        List<Problem> problems = new ArrayList<>();
        LocalDate day = CommandSupport.date("--date", date, LocalDate.now(clock), problems);
        int n = 7;
        if (days != null) {
            try {
                n = Integer.parseInt(days.trim());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 0 || n > MAX_DAYS) {
                problems.add(Problem.file(Msg.of("movement.cli.badDays", days, String.valueOf(MAX_DAYS))));
            }
        }
        CommandSupport.extension(out, List.of(".xlsx", ".csv"), problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        try (Database db = database.get()) {
            List<Deadline> list = CommandSupport.movements(db, clock).deadlines(day, n);
            DeadlineExport.write(list, out);
            long late = list.stream().filter(d -> d.status() == DeadlineStatus.QUA_HAN).count();
            spec.commandLine().getOut().println(Msg.of("movement.cli.deadlinesDone", VnFormat.date(day), String.valueOf(n),
                    String.valueOf(late), String.valueOf(list.size() - late), out.toAbsolutePath().toString()).vi());
            return 0;
        }
    }
}
