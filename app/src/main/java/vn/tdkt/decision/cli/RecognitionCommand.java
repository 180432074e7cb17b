package vn.tdkt.decision.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tdkt.AppContext;
import vn.tdkt.common.cli.DayOption;
import vn.tdkt.common.cli.FeatureCommand;
import vn.tdkt.common.cli.OutputFile;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.decision.domain.AmbiguousDecisionException;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionNotFoundException;

/**
 * {@code tdkt recognition --decision NUMBER [--date dd/MM/yyyy] --out FILE.docx}: the Quyết định công nhận danh hiệu
 * thi đua (head of the Sở) of a recorded decision, with its list. Exit 0 when written, 2 on invalid input or an
 * unknown or ambiguous decision.
 */
@Command(name = "recognition", sortOptions = false, usageHelpAutoWidth = true)
public final class RecognitionCommand extends FeatureCommand<AppContext> {

    @Option(names = "--decision", required = true)
    private String decision;

    @Mixin
    private DayOption date;

    @Mixin
    private OutputFile out;

    public RecognitionCommand(Supplier<AppContext> context, Locale locale) {
        super(context, locale);
    }

    @Override
    public Integer call() {
        ProblemCollector problems = new ProblemCollector();
        out.expect(problems, "recognition.extension", ".docx");
        LocalDate day = date.value(null, Msg.of("decision.cli.badDate", date.text()), problems);
        problems.throwIfAny();
        try {
            Decision d = context.get().decisionForms().writeRecognition(decision, day, out.path(), Progress.NONE);
            return done(Msg.of("recognition.done", d.info().decisionNo(), String.valueOf(d.recipients().size()),
                    out.shown()));
        } catch (DecisionNotFoundException | AmbiguousDecisionException e) {
            return refused(e);
        }
    }
}
