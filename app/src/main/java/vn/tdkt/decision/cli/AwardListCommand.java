package vn.tdkt.decision.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tdkt.AppContext;
import vn.tdkt.common.cli.DayOption;
import vn.tdkt.common.cli.ExitCodes;
import vn.tdkt.common.cli.FeatureCommand;
import vn.tdkt.common.cli.OutputFile;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.ProblemCollector;
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
public final class AwardListCommand extends FeatureCommand<AppContext> {

    private static final Logger LOGGER = LoggerFactory.getLogger(AwardListCommand.class);

    @Option(names = "--decision", required = true)
    private String decision;

    @Mixin
    private DayOption date;

    @Mixin
    private OutputFile out;

    /** Vietnamese texts. */
    public AwardListCommand(Supplier<AppContext> context) {
        this(context, Texts.VIETNAMESE);
    }

    public AwardListCommand(Supplier<AppContext> context, Locale locale) {
        super(context, locale);
    }

    @Override
    public Integer call() {
        ProblemCollector problems = new ProblemCollector();
        LocalDate day = date.value(null, Msg.of("decision.cli.badDate", date.text()), problems);
        if (!problems.problems().isEmpty()) {
            return refused(problems.problems());
        }
        DecisionReportService service = context.get().decisions().reports();
        try {
            AwardList list = service.awardList(decision, day);
            service.writeAwardListXlsx(list, out.path());
            return done(Msg.of("cli.award-list.done", list.decisionNo(), String.valueOf(list.rows().size()),
                    VnFormat.money(list.total()), out.shown()));
        } catch (DecisionNotFoundException | AmbiguousDecisionException e) {
            return refused(e);
        } catch (AppException e) {
            LOGGER.error("award-list failed", e);
            refused(e);
            return ExitCodes.FAILED;
        }
    }
}
