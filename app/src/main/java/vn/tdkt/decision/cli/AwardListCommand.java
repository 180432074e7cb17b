package vn.tdkt.decision.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Texts;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.decision.domain.AmbiguousDecisionException;
import vn.tdkt.decision.domain.AwardList;
import vn.tdkt.decision.domain.DecisionNotFoundException;
import vn.tdkt.decision.service.DecisionReportService;

/**
 * {@code tdkt award-list --decision NUMBER [--date dd/MM/yyyy] --out FILE.xlsx}: the award list of a decision in the
 * award history (as imported or recorded), with the amount per line and the total as values. A decision is its number
 * AND its date: when the number names several decisions and no date is given, nothing is written and the decisions
 * are listed with their dates. Exit 0 when written, 2 when the decision is unknown or ambiguous (or an option is
 * missing or malformed), 1 on any other failure. The services come from the supplier (the composition root), whose
 * owner also closes them.
 */
@Command(name = "award-list")
public final class AwardListCommand implements Callable<Integer> {

    private static final Logger LOGGER = LoggerFactory.getLogger(AwardListCommand.class);

    @Spec
    private CommandSpec spec;

    @Option(names = "--decision", required = true)
    private String decision;

    @Option(names = "--date")
    private String date;

    @Option(names = "--out", required = true)
    private Path out;

    @Option(names = {"-h", "--help"}, usageHelp = true)
    private boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true)
    private boolean version;

    private final Supplier<AppContext> context;
    private final Locale locale;

    /** Vietnamese texts. */
    public AwardListCommand(Supplier<AppContext> context) {
        this(context, Texts.VIETNAMESE);
    }

    public AwardListCommand(Supplier<AppContext> context, Locale locale) {
        this.context = context;
        this.locale = locale;
    }

    @Override
    public Integer call() {
        LocalDate day = null;
        if (date != null) {
            day = VnFormat.parseDate(date.trim()).orElse(null);
            if (day == null) {
                spec.commandLine().getErr().println(Msg.of("decision.cli.badDate", date).in(locale));
                spec.commandLine().getErr().flush();
                return 2;
            }
        }
        DecisionReportService service = context.get().decisions().reports();
        try {
            AwardList list = service.awardList(decision, day);
            service.writeAwardListXlsx(list, out);
            spec.commandLine().getOut().println(Texts.format(locale, "cli.award-list.done", list.decisionNo(),
                    String.valueOf(list.rows().size()), VnFormat.money(list.total()), out.toAbsolutePath().toString()));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (DecisionNotFoundException | AmbiguousDecisionException e) {
            spec.commandLine().getErr().println(e.text(locale));
            spec.commandLine().getErr().flush();
            return 2;
        } catch (AppException e) {
            LOGGER.error("award-list failed", e);
            spec.commandLine().getErr().println(e.text(locale));
            spec.commandLine().getErr().flush();
            return 1;
        }
    }
}
