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

    /** A subcommand on one unit's year ({@code template}, {@code form}): --unit, --year, --out, one file written. */
    abstract static class UnitYearSub extends Sub {
        @Option(names = "--unit", required = true)
        String unit;
        @Option(names = "--year", required = true)
        int year;
        @Mixin
        OutputFile file;

        private final String ending;
        private final String doneKey;

        UnitYearSub(Supplier<AppContext> context, Locale locale, String ending, String doneKey) {
            super(context, locale);
            this.ending = ending;
            this.doneKey = doneKey;
        }

        /** Writes the unit's file of the year. */
        abstract void write(AppContext ctx);

        @Override
        public final Integer call() {
            check(year, file, ending);
            write(context.get());
            return done(Msg.of(doneKey, unit, String.valueOf(year), file.shown()));
        }
    }

    /** A subcommand on every unit's year ({@code coverage}, {@code export}): --year, --out, one file written. */
    abstract static class YearSub extends Sub {
        @Option(names = "--year", required = true)
        int year;
        @Mixin
        OutputFile file;

        private final String[] endings;

        YearSub(Supplier<AppContext> context, Locale locale, String... endings) {
            super(context, locale);
            this.endings = endings;
        }

        /** Writes the file; returns what the command prints. */
        abstract Msg write(AppContext ctx);

        @Override
        public final Integer call() {
            check(year, file, endings);
            return done(write(context.get()));
        }
    }

    @Command(name = "template", sortOptions = false, usageHelpAutoWidth = true)
    static final class Template extends UnitYearSub {
        Template(Supplier<AppContext> context, Locale locale) {
            super(context, locale, ".xlsx", "registration.cli.templateDone");
        }

        @Override
        void write(AppContext ctx) {
            ctx.registrationSheets().writeTemplate(unit, year, file.path());
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
    static final class CoverageCmd extends YearSub {
        CoverageCmd(Supplier<AppContext> context, Locale locale) {
            super(context, locale, ".xlsx", ".csv");
        }

        @Override
        Msg write(AppContext ctx) {
            Coverage c = ctx.registrationExports().writeCoverage(year, file.path());
            return Msg.of("registration.cli.coverageDone", String.valueOf(year), String.valueOf(c.registered()),
                    String.valueOf(c.members()), c.percent().toPlainString().replace('.', ','),
                    String.valueOf(c.unitsRegistered()), String.valueOf(c.unitsExpected()), file.shown());
        }
    }

    @Command(name = "export", sortOptions = false, usageHelpAutoWidth = true)
    static final class Export extends YearSub {
        Export(Supplier<AppContext> context, Locale locale) {
            super(context, locale, ".xlsx");
        }

        @Override
        Msg write(AppContext ctx) {
            ctx.registrationExports().writeList(year, file.path());
            return Msg.of("registration.cli.exportDone", String.valueOf(year), file.shown());
        }
    }

    @Command(name = "form", sortOptions = false, usageHelpAutoWidth = true)
    static final class Form extends UnitYearSub {
        Form(Supplier<AppContext> context, Locale locale) {
            super(context, locale, ".docx", "registration.cli.formDone");
        }

        @Override
        void write(AppContext ctx) {
            ctx.registrationExports().writeForm(unit, year, file.path());
        }
    }
}
