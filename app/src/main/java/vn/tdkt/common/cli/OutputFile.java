package vn.tdkt.common.cli;

import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ProblemCollector;

/**
 * The required {@code --out FILE} option of a command that writes one file, mixed in with {@code @Mixin} where the
 * command declared it (its help text: the key {@code cli.C.option.out} and its {@code .label}), with the check of its
 * ending that every such command makes.
 */
public final class OutputFile {

    @Option(names = "--out", required = true)
    private Path path;

    /** The file to write. */
    public Path path() {
        return path;
    }

    /** Whether the file's name ends with one of the endings ({@code ".xlsx"}), whatever the case. */
    public boolean endsWith(String... endings) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String e : endings) {
            if (name.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the refusal {@code key} (arguments: the file's name, the endings joined with ", ") unless the name ends with
     * one of the endings; returns whether it does.
     */
    public boolean expect(ProblemCollector problems, String key, String... endings) {
        boolean fits = endsWith(endings);
        if (!fits) {
            problems.add(Problem.file(Msg.of(key, path.getFileName().toString(), String.join(", ", endings))));
        }
        return fits;
    }

    /** The absolute path, as the command's report names the file it wrote. */
    public String shown() {
        return path.toAbsolutePath().toString();
    }
}
