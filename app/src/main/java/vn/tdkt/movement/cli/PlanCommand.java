package vn.tdkt.movement.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.movement.service.MovementDocuments;

/** {@code tdkt plan --movement CODE --out FILE.docx}: the Kế hoạch of a movement (NĐ 30/2020 layout). */
@Command(name = "plan", sortOptions = false, usageHelpAutoWidth = true)
public final class PlanCommand implements Callable<Integer> {

    @Option(names = "--movement", required = true)
    String movement;

    @Option(names = "--out", required = true)
    Path out;

    @Option(names = {"-h", "--help"}, usageHelp = true)
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true)
    boolean version;

    @Spec
    CommandSpec spec;

    private final Supplier<AppContext> context;
    private final Locale locale;

    /** @param context the composition root's services on the data folder; its owner closes them */
    public PlanCommand(Supplier<AppContext> context, Locale locale) {
        this.context = context;
        this.locale = locale;
    }

    @Override
    public Integer call() {
        List<Problem> problems = new ArrayList<>();
        CommandSupport.extension(out, List.of(".docx"), problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        {
            MovementDocuments docs = context.get().movementDocuments();
            Path written = docs.writePlan(movement.trim(), out);
            spec.commandLine().getOut().println(Msg.of("movement.written", written.toAbsolutePath().toString()).in(locale));
            return 0;
        }
    }
}
