package vn.tdkt.registration.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.tdkt.AppContext;
import vn.tdkt.common.cli.CommandGroup;
import vn.tdkt.common.cli.ExitCodes;
import vn.tdkt.common.cli.FeatureCommand;
import vn.tdkt.common.cli.OutputFile;
import vn.tdkt.common.domain.LegacyConverter;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.registration.domain.Coverage;
import vn.tdkt.registration.domain.SheetOutcome;
import vn.tdkt.registration.domain.SheetPlan;
import vn.tdkt.registration.service.RegistrationSheets;

/**
 * {@code tdkt registration template|import|coverage|export|form}: the unit sheets out and in, the coverage, the
 * consolidated list and a unit's Bản đăng ký thi đua. Exit 0 on success; 2 when an input is invalid or any file of an import was refused.
 */
@Command(name = "registration", sortOptions = false, usageHelpAutoWidth = true)
public final class RegistrationCommand extends CommandGroup {

    static final int MIN_YEAR = 1945;
    static final int MAX_YEAR = 2200;

    /** The command with its five subcommands. */
    public static CommandLine commandLine(Supplier<AppContext> context, Locale locale) {
        return new RegistrationCommand().with(new Template(context, locale), new Import(context, locale),
                new CoverageCmd(context, locale), new Export(context, locale), new Form(context, locale));
    }

    /** What the subcommands that write a file share besides the shell: the year and the output checks. */
    abstract static class Sub extends FeatureCommand<AppContext> {
        Sub(Supplier<AppContext> context, Locale locale) {
            super(context, locale);
        }

        /** Refuses a year out of range or an output file of another kind (every problem at once). */
        static void check(int year, OutputFile out, String... endings) {
            ProblemCollector problems = new ProblemCollector();
            if (year < MIN_YEAR || year > MAX_YEAR) {
                problems.add(Problem.file(Msg.of("registration.cli.badYear", String.valueOf(year))));
            }
            out.expect(problems, "registration.cli.extension", endings);
            problems.throwIfAny();
        }
    }

    @Command(name = "template", sortOptions = false, usageHelpAutoWidth = true)
    static final class Template extends Sub {
        @Option(names = "--unit", required = true)
        String unit;
        @Option(names = "--year", required = true)
        int year;
        @Mixin
        OutputFile file;

        Template(Supplier<AppContext> context, Locale locale) {
            super(context, locale);
        }

        @Override
        public Integer call() {
            check(year, file, ".xlsx");
            context.get().registrationSheets().writeTemplate(unit, year, file.path());
            return done(Msg.of("registration.cli.templateDone", unit, String.valueOf(year), file.shown()));
        }
    }

    @Command(name = "import", sortOptions = false, usageHelpAutoWidth = true)
    static final class Import extends Sub {
        @Option(names = "--accept-conversions")
        boolean accept;
        @Parameters(arity = "1..*")
        List<Path> files;

        Import(Supplier<AppContext> context, Locale locale) {
            super(context, locale);
        }

        @Override
        public Integer call() {
            RegistrationSheets sheets = context.get().registrationSheets();
            List<Path> all = RegistrationSheets.expand(files);
            if (all.isEmpty()) {
                throw new ValidationException(List.of(Problem.file(Msg.of("registration.cli.noFiles"))));
            }
            List<SheetPlan> plans = new ArrayList<>();
            for (SheetPlan p : sheets.analyze(all, Progress.NONE)) {
                if (p.valid() && !p.conversions().isEmpty() && !accept) {
                    plans.add(new SheetPlan(p.file(), p.unitCode(), null, p.rows(), List.of(Problem.file(Msg.of(
                            "registration.cli.conversionsNotAccepted", String.valueOf(p.conversions().size())))),
                            p.conversions()));
                } else {
                    plans.add(p);
                }
            }
            List<SheetOutcome> outcomes = sheets.apply(plans, vn.tdkt.common.domain.Session.author(), Progress.NONE);
            int refused = 0;
            for (int i = 0; i < outcomes.size(); i++) {
                SheetOutcome o = outcomes.get(i);
                String name = o.file().getFileName().toString();
                PrintWriter w = o.imported() ? out() : err();
                if (o.imported()) {
                    w.println(Msg.of("registration.cli.imported", name, String.valueOf(o.rows()),
                            String.valueOf(o.registered())).in(locale));
                } else {
                    refused++;
                    w.println(Msg.of("registration.cli.refused", name, String.valueOf(o.problems().size())).in(locale));
                    o.problems().forEach(p -> w.println("  " + p.describe(locale)));
                }
                for (LegacyConverter.Conversion c : plans.get(i).conversions()) {
                    w.println("  " + Msg.of("registration.cli.conversion", new Problem(c.sheet(), c.row(), c.column(),
                            Msg.of("registration.cli.conversionText", c.before(), c.after())).describe(locale),
                            c.encoding().text(locale)).in(locale));
                }
            }
            out().println(Msg.of("registration.cli.importSummary", String.valueOf(outcomes.size() - refused),
                    String.valueOf(refused)).in(locale));
            return refused == 0 ? ExitCodes.OK : ExitCodes.INVALID;
        }
    }

    @Command(name = "coverage", sortOptions = false, usageHelpAutoWidth = true)
    static final class CoverageCmd extends Sub {
        @Option(names = "--year", required = true)
        int year;
        @Mixin
        OutputFile file;

        CoverageCmd(Supplier<AppContext> context, Locale locale) {
            super(context, locale);
        }

        @Override
        public Integer call() {
            check(year, file, ".xlsx", ".csv");
            Coverage c = context.get().registrationExports().writeCoverage(year, file.path());
            return done(Msg.of("registration.cli.coverageDone", String.valueOf(year), String.valueOf(c.registered()),
                    String.valueOf(c.members()), c.percent().toPlainString().replace('.', ','),
                    String.valueOf(c.unitsRegistered()), String.valueOf(c.unitsExpected()), file.shown()));
        }
    }

    @Command(name = "export", sortOptions = false, usageHelpAutoWidth = true)
    static final class Export extends Sub {
        @Option(names = "--year", required = true)
        int year;
        @Mixin
        OutputFile file;

        Export(Supplier<AppContext> context, Locale locale) {
            super(context, locale);
        }

        @Override
        public Integer call() {
            check(year, file, ".xlsx");
            context.get().registrationExports().writeList(year, file.path());
            return done(Msg.of("registration.cli.exportDone", String.valueOf(year), file.shown()));
        }
    }

    @Command(name = "form", sortOptions = false, usageHelpAutoWidth = true)
    static final class Form extends Sub {
        @Option(names = "--unit", required = true)
        String unit;
        @Option(names = "--year", required = true)
        int year;
        @Mixin
        OutputFile file;

        Form(Supplier<AppContext> context, Locale locale) {
            super(context, locale);
        }

        @Override
        public Integer call() {
            check(year, file, ".docx");
            context.get().registrationExports().writeForm(unit, year, file.path());
            return done(Msg.of("registration.cli.formDone", unit, String.valueOf(year), file.shown()));
        }
    }
}
