package vn.tdkt.movement.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tdkt.AppContext;
import vn.tdkt.common.cli.FeatureCommand;
import vn.tdkt.common.cli.OutputFile;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.ProblemCollector;

/** {@code tdkt plan --movement CODE --out FILE.docx}: the Kế hoạch of a movement (NĐ 30/2020 layout). */
@Command(name = "plan", sortOptions = false, usageHelpAutoWidth = true)
public final class PlanCommand extends FeatureCommand<AppContext> {

    @Option(names = "--movement", required = true)
    String movement;

    @Mixin
    OutputFile out;

    /** @param context the composition root's services on the data folder; its owner closes them */
    public PlanCommand(Supplier<AppContext> context, Locale locale) {
        super(context, locale);
    }

    @Override
    public Integer call() {
        ProblemCollector problems = new ProblemCollector();
        out.expect(problems, "movement.cli.extension", ".docx");
        problems.throwIfAny();
        Path written = context.get().movementDocuments().writePlan(movement.trim(), out.path());
        return done(Msg.of("movement.written", written.toAbsolutePath().toString()));
    }
}
