package vn.tdkt.backup.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tdkt.AppContext;
import vn.tdkt.backup.domain.TableCount;
import vn.tdkt.backup.domain.TargetNotEmptyException;
import vn.tdkt.common.cli.FeatureCommand;
import vn.tdkt.common.data.ServerSettings;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.VnFormat;

/**
 * {@code tdkt [--data DIR] migrate --to jdbc:postgresql://HOST:PORT/NAME}: copies the data folder's embedded store to
 * an empty server database (user and password from {@code TDKT_DB_USER} / {@code TDKT_DB_PASSWORD}, as for
 * {@code --db}) and prints the rows of every table on both sides (Bảng, Số dòng nguồn, Số dòng đích). Exit 0 when
 * copied, 2 when the target already holds data (nothing written), 1 on any other failure (the target as it was).
 */
@Command(name = "migrate", sortOptions = false, usageHelpAutoWidth = true)
public final class MigrateCommand extends FeatureCommand<AppContext> {

    @Option(names = "--to", required = true)
    private String to;

    private final Map<String, String> environment;

    /** The command with the process's environment (where TDKT_DB_USER / TDKT_DB_PASSWORD are read). */
    public MigrateCommand(Supplier<AppContext> context, Locale locale, Map<String, String> environment) {
        super(context, locale);
        this.environment = environment;
    }

    @Override
    public Integer call() {
        ServerSettings target = ServerSettings.fromEnvironment(to, environment);
        PrintWriter err = err();
        AppContext ctx = context.get();
        err.println(Msg.of("migrate.copying", target.display()).in(locale));
        err.flush();
        long start = System.nanoTime();
        List<TableCount> counts;
        try {
            counts = ctx.migrateTo(target);
        } catch (TargetNotEmptyException e) {
            err.println(e.text(locale));
            return 2;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        PrintWriter out = out();
        int width = Math.max(24, counts.stream().mapToInt(c -> c.table().length()).max().orElse(0));
        String source = Msg.of("migrate.col.source").in(locale);
        String copied = Msg.of("migrate.col.target").in(locale);
        String row = "%-" + width + "s  %" + source.length() + "s  %" + copied.length() + "s";
        out.println(String.format(row, Msg.of("migrate.col.table").in(locale), source, copied));
        long total = 0;
        for (TableCount c : counts) {
            out.println(String.format(row, c.table(), VnFormat.number(c.source()), VnFormat.number(c.target())));
            total += c.target();
        }
        out.println(Msg.of("migrate.done", target.display(), String.valueOf(counts.size()), VnFormat.number(total),
                String.valueOf(millis)).in(locale));
        return 0;
    }
}
