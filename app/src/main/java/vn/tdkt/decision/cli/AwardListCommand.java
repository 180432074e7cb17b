package vn.tdkt.decision.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.decision.domain.AmbiguousDecisionException;
import vn.tdkt.decision.domain.AwardList;
import vn.tdkt.decision.domain.DecisionNotFoundException;
import vn.tdkt.decision.service.DecisionService;

/**
 * {@code tdkt award-list --decision NUMBER [--date dd/MM/yyyy] --out FILE.xlsx}: the award list of a decision in the
 * award history (as imported or recorded), with the amount per line and the total as values. A decision is its number
 * AND its date: when the number names several decisions and no date is given, nothing is written and the decisions
 * are listed with their dates. Exit 0 when written, 2 when the decision is unknown or ambiguous (or an option is
 * missing or malformed), 1 on any other failure. The database comes from the supplier, whose owner also closes it.
 */
@Command(name = "award-list", mixinStandardHelpOptions = true,
        description = "Ghi danh sách khen thưởng của một quyết định (số tiền từng dòng và tổng cộng) ra tệp Excel.")
public final class AwardListCommand implements Callable<Integer> {

    private static final Logger LOGGER = LoggerFactory.getLogger(AwardListCommand.class);

    @Spec
    private CommandSpec spec;

    @Option(names = "--decision", required = true, paramLabel = "SỐ", description = "Số quyết định, ví dụ 125/QĐ-UBND")
    private String decision;

    @Option(names = "--date", paramLabel = "dd/MM/yyyy",
            description = "Ngày quyết định, khi cùng một số có nhiều quyết định (số quyết định đánh lại từ đầu mỗi năm)")
    private String date;

    @Option(names = "--out", required = true, paramLabel = "TỆP.xlsx", description = "Tệp Excel cần ghi")
    private Path out;

    private final Supplier<Database> database;

    public AwardListCommand(Supplier<Database> database) {
        this.database = database;
    }

    @Override
    public Integer call() {
        LocalDate day = null;
        if (date != null) {
            day = VnFormat.parseDate(date.trim()).orElse(null);
            if (day == null) {
                spec.commandLine().getErr().println(Msg.of("decision.cli.badDate", date).vi());
                spec.commandLine().getErr().flush();
                return 2;
            }
        }
        Database db = database.get();
        DecisionService service = new DecisionService(db, new CatalogueService(db));
        try {
            AwardList list = service.awardList(decision, day);
            service.writeAwardListXlsx(list, out);
            spec.commandLine().getOut().printf("Đã ghi danh sách khen thưởng theo Quyết định số %s: %d dòng, tổng cộng %s vào %s%n",
                    list.decisionNo(), list.rows().size(), VnFormat.money(list.total()), out.toAbsolutePath());
            spec.commandLine().getOut().flush();
            return 0;
        } catch (DecisionNotFoundException | AmbiguousDecisionException e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        } catch (AppException e) {
            LOGGER.error("award-list failed", e);
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
    }
}
