package vn.tdkt.meeting.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.council.domain.Council;
import vn.tdkt.council.domain.Meeting;

/**
 * {@code tdkt opinion-form --meeting dd/MM/yyyy [--council NAME] [--absent] --out FILE.docx}: the Phiếu lấy ý kiến thành
 * viên Hội đồng of the meeting held that day (decision record 0091). Exit 0 when written; 2 on invalid input, when no
 * meeting is held that day, or when several are and no --council tells them apart (they are listed).
 */
@Command(name = "opinion-form", sortOptions = false, usageHelpAutoWidth = true)
public final class OpinionFormCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--meeting", required = true)
    private String meeting;

    @Option(names = "--council")
    private String council;

    @Option(names = "--absent")
    private boolean absent;

    @Option(names = "--out", required = true)
    private Path out;

    @Option(names = {"-h", "--help"}, usageHelp = true)
    private boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true)
    private boolean version;

    private final Supplier<AppContext> context;
    private final Locale locale;

    public OpinionFormCommand(Supplier<AppContext> context, Locale locale) {
        this.context = context;
        this.locale = locale;
    }

    @Override
    public Integer call() {
        List<Problem> problems = new ArrayList<>();
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
            problems.add(Problem.file(Msg.of("council.cli.opinion.extension", out.getFileName().toString())));
        }
        LocalDate day = VnFormat.parseDate(meeting.trim()).orElse(null);
        if (day == null) {
            problems.add(Problem.file(Msg.of("council.cli.opinion.badDate", meeting)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        AppContext ctx = context.get();
        String wanted = council == null ? null : VietnameseText.fold(council.trim());
        List<Meeting> found = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Council c : ctx.council().admin().councils()) {
            if (wanted != null && !VietnameseText.fold(c.name()).equals(wanted)) {
                continue;
            }
            for (Meeting m : ctx.council().meetings().meetings(c.id())) {
                if (m.date().equals(day)) {
                    found.add(m);
                    names.add(c.name() + " — " + m.place() + (m.content() == null ? "" : " — " + m.content()));
                }
            }
        }
        if (found.size() != 1) {
            spec.commandLine().getErr().println(Msg.of(found.isEmpty() ? "council.cli.opinion.none" : "council.cli.opinion.several",
                    VnFormat.date(day)).in(locale));
            names.forEach(n -> spec.commandLine().getErr().println("  " + n));
            return 2;
        }
        Path written = ctx.meetingPack().writeOpinionForms(found.get(0).id(), absent, out);
        spec.commandLine().getOut().println(Msg.of("council.cli.opinion.done", VnFormat.date(day),
                written.toAbsolutePath().toString()).in(locale));
        return 0;
    }
}
