package vn.tdkt.meeting.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tdkt.AppContext;
import vn.tdkt.common.cli.ExitCodes;
import vn.tdkt.common.cli.FeatureCommand;
import vn.tdkt.common.cli.OptionValues;
import vn.tdkt.common.cli.OutputFile;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.ProblemCollector;
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
public final class OpinionFormCommand extends FeatureCommand<AppContext> {

    @Option(names = "--meeting", required = true)
    private String meeting;

    @Option(names = "--council")
    private String council;

    @Option(names = "--absent")
    private boolean absent;

    @Mixin
    private OutputFile out;

    public OpinionFormCommand(Supplier<AppContext> context, Locale locale) {
        super(context, locale);
    }

    @Override
    public Integer call() {
        ProblemCollector problems = new ProblemCollector();
        out.expect(problems, "council.cli.opinion.extension", ".docx");
        LocalDate day = OptionValues.date(meeting, null, Msg.of("council.cli.opinion.badDate", meeting), problems);
        problems.throwIfAny();
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
            err().println(Msg.of(found.isEmpty() ? "council.cli.opinion.none" : "council.cli.opinion.several",
                    VnFormat.date(day)).in(locale));
            names.forEach(n -> err().println("  " + n));
            return ExitCodes.INVALID;
        }
        Path written = ctx.meetingPack().writeOpinionForms(found.get(0).id(), absent, out.path());
        return done(Msg.of("council.cli.opinion.done", VnFormat.date(day), written.toAbsolutePath().toString()));
    }
}
