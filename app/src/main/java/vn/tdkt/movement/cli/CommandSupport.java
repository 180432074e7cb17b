package vn.tdkt.movement.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.tdkt.common.cli.OptionValues;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ProblemCollector;

/**
 * The option checks of {@code tdkt statistics}, in the words of the movement commands (the others use
 * {@code common.cli.OptionValues} and {@code common.cli.OutputFile} directly).
 */
final class CommandSupport {

    private CommandSupport() {
    }

    static LocalDate date(String option, String text, LocalDate otherwise, List<Problem> problems) {
        ProblemCollector found = new ProblemCollector();
        LocalDate d = OptionValues.date(text, otherwise, Msg.of("movement.cli.badDate", option, text), found);
        problems.addAll(found.problems());
        return d;
    }

    static void extension(Path out, List<String> allowed, List<Problem> problems) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (allowed.stream().noneMatch(name::endsWith)) {
            problems.add(Problem.file(Msg.of("movement.cli.extension", out.getFileName().toString(),
                    String.join(", ", allowed))));
        }
    }
}
