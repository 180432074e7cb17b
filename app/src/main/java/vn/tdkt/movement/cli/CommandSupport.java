package vn.tdkt.movement.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;

/**
 * The file-ending check of {@code tdkt statistics}, in the words of the movement commands (the others, {@code bloc}
 * included, use {@code common.cli.OptionValues} and {@code common.cli.OutputFile} directly).
 */
final class CommandSupport {

    private CommandSupport() {
    }

    static void extension(Path out, List<String> allowed, List<Problem> problems) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (allowed.stream().noneMatch(name::endsWith)) {
            problems.add(Problem.file(Msg.of("movement.cli.extension", out.getFileName().toString(),
                    String.join(", ", allowed))));
        }
    }
}
