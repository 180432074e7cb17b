package vn.tdkt.movement.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.VnFormat;

/** What the movement commands share: option parsing with located problems. */
final class CommandSupport {

    private CommandSupport() {
    }

    static LocalDate date(String option, String text, LocalDate otherwise, List<Problem> problems) {
        if (text == null) {
            return otherwise;
        }
        LocalDate d = VnFormat.parseDate(text).orElse(null);
        if (d == null) {
            problems.add(Problem.file(Msg.of("movement.cli.badDate", option, text)));
        }
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
