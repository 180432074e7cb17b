package vn.tdkt.council.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.tdkt.AppContext;
import vn.tdkt.common.cli.FeatureCommand;
import vn.tdkt.common.cli.WordedRefusal;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.ConversionsNotAccepted;
import vn.tdkt.common.domain.Texts;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.council.domain.Selection;
import vn.tdkt.council.domain.TallyOutcome;
import vn.tdkt.council.service.TallyWorkbook;

/**
 * {@code tdkt tally FILE.xlsx --out RESULT.xlsx [--date dd/MM/yyyy]}: tallies a filled tally workbook against the
 * thresholds in force on the date (today by default). Exit 0 when done, 2 when the workbook is invalid (every
 * problem printed with sheet, row and column), 1 when the result cannot be written.
 * Needs no data folder: without a database it uses a private in-memory one carrying the built-in catalogue and rules.
 */
@Command(name = "tally")
public final class TallyCommand extends FeatureCommand<AppContext> {

    @Parameters(index = "0")
    Path file;

    @Option(names = "--out", required = true)
    Path out;

    @Option(names = "--date", converter = DateConverter.class)
    LocalDate date;

    @Option(names = "--accept-conversions")
    boolean accept;

    private final boolean ownsContext;

    /** Standalone, Vietnamese texts. */
    public TallyCommand() {
        this(Texts.VIETNAMESE);
    }

    /** Standalone: a private in-memory database, closed when the command ends; texts in the given language. */
    public TallyCommand(Locale locale) {
        this(AppContext::inMemory, true, locale);
    }

    /** With the application's services (its catalogue and rules); the caller keeps ownership; Vietnamese texts. */
    public TallyCommand(Supplier<AppContext> context) {
        this(context, false, Texts.VIETNAMESE);
    }

    private TallyCommand(Supplier<AppContext> context, boolean ownsContext, Locale locale) {
        super(context, locale);
        this.ownsContext = ownsContext;
    }

    @Override
    public Integer call() {
        PrintWriter err = err();
        LocalDate day = date == null ? LocalDate.now() : date;
        AppContext ctx = context.get();
        try {
            TallyWorkbook.Report report = ctx.council().ballots().tallyWorkbook(file, out, day, accept);
            out().println(Texts.format(locale, "cli.tally.done", String.valueOf(report.candidates()),
                    VnFormat.date(day), String.valueOf(report.count(TallyOutcome::reached)),
                    String.valueOf(report.count(o -> o.selection() == Selection.TIED_AT_CUT)),
                    String.valueOf(report.count(o -> o.selection() == Selection.BEYOND_QUOTA)), out.toString()));
            return 0;
        } catch (ConversionsNotAccepted e) {
            e.problems().forEach(p -> err.println(p.describe(locale)));
            return 2;
        } catch (ValidationException e) {
            err.println(Texts.format(locale, "cli.tally.invalid"));
            e.problems().forEach(p -> err.println("- " + p.describe(locale)));
            return 2;
        } catch (AppException e) {
            err.println(e.text(locale));
            return 1;
        } finally {
            if (ownsContext) {
                ctx.close();
            }
        }
    }

    /** dd/MM/yyyy (also d/M/yyyy and yyyy-MM-dd), refused with a usage error otherwise. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        private final Locale locale;

        DateConverter() {
            this(Texts.VIETNAMESE);
        }

        /** Picocli's factory of the command line gives the language chosen with --lang. */
        DateConverter(Locale locale) {
            this.locale = locale;
        }

        @Override
        public LocalDate convert(String value) {
            return VnFormat.parseDate(value).orElseThrow(() -> new WordedRefusal(
                    Texts.format(locale, "cli.badDate", value)));
        }
    }
}
