package vn.tdkt.movement.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.tdkt.AppContext;
import vn.tdkt.common.cli.CommandGroup;
import vn.tdkt.common.cli.DayOption;
import vn.tdkt.common.cli.ExitCodes;
import vn.tdkt.common.cli.FeatureCommand;
import vn.tdkt.common.cli.OutputFile;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.movement.domain.BlocRanking;
import vn.tdkt.movement.domain.Covenant;
import vn.tdkt.org.domain.Bloc;

/**
 * {@code tdkt bloc template|import|proposal}: a bloc's year-end scoring outside the window (record 0062): the
 * {@code Chấm điểm khối} workbook of its covenant, the filled workbook read back (all or nothing), and the bloc
 * leaders' Tờ trình once the ranking is confirmed. A bloc is named as the data names it (letter case and diacritics
 * are ignored when matching). Exit 0 on success; 2 when an input is invalid.
 */
@Command(name = "bloc", sortOptions = false, usageHelpAutoWidth = true)
public final class BlocCommand extends CommandGroup {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    /** The command with its three subcommands. */
    public static CommandLine commandLine(Supplier<AppContext> context, Locale locale, Clock clock) {
        return new BlocCommand().with(new Template(context, locale), new Import(context, locale),
                new Proposal(context, locale, clock));
    }

    /** What the subcommands share: the bloc and year that name a covenant. */
    abstract static class Sub extends FeatureCommand<AppContext> {
        @Option(names = "--bloc", required = true)
        String bloc;
        @Option(names = "--year", required = true)
        int year;

        Sub(Supplier<AppContext> context, Locale locale) {
            super(context, locale);
        }

        /** The problems of the options every subcommand has (the year's range), to which a subcommand adds its own. */
        ProblemCollector checked() {
            ProblemCollector problems = new ProblemCollector();
            if (year < MIN_YEAR || year > MAX_YEAR) {
                problems.add(Problem.file(Msg.of("bloc.cli.badYear", String.valueOf(year), String.valueOf(MIN_YEAR),
                        String.valueOf(MAX_YEAR))));
            }
            return problems;
        }

        /** The covenant of the bloc named and the year; refused with the blocs there are, or the missing covenant. */
        Covenant covenant() {
            List<Bloc> all = context.get().org().blocs();
            String key = VietnameseText.fold(VietnameseText.clean(bloc).strip());
            Bloc b = all.stream().filter(x -> VietnameseText.fold(x.name()).equals(key)).findFirst().orElseThrow(() ->
                    new ValidationException(List.of(Problem.file(all.isEmpty() ? Msg.of("bloc.cli.noBlocs", bloc)
                            : Msg.of("bloc.cli.unknownBloc", bloc, all.stream().map(Bloc::name)
                                    .collect(Collectors.joining("; ")))))));
            return context.get().blocs().covenant(b.id(), year).orElseThrow(() -> new ValidationException(List.of(
                    Problem.file(Msg.of("bloc.cli.noCovenant", b.name(), String.valueOf(year))))));
        }
    }

    @Command(name = "template", sortOptions = false, usageHelpAutoWidth = true)
    static final class Template extends Sub {
        @Mixin
        OutputFile file;

        Template(Supplier<AppContext> context, Locale locale) {
            super(context, locale);
        }

        @Override
        public Integer call() {
            ProblemCollector problems = checked();
            file.expect(problems, "movement.cli.extension", ".xlsx");
            problems.throwIfAny();
            Covenant c = covenant();
            Path written = context.get().blocDocuments().writeTemplate(c.id(), file.path());
            return done(Msg.of("bloc.cli.templateDone", String.valueOf(c.signers().size()),
                    String.valueOf(c.criteria().size()), written.toAbsolutePath().toString()));
        }
    }

    @Command(name = "import", sortOptions = false, usageHelpAutoWidth = true)
    static final class Import extends Sub {
        @Option(names = "--accept-conversions")
        boolean accept;
        @Parameters(index = "0")
        Path file;

        Import(Supplier<AppContext> context, Locale locale) {
            super(context, locale);
        }

        @Override
        public Integer call() {
            checked().throwIfAny();
            Covenant c = covenant();
            BlocRanking r = context.get().blocs().importScores(c.id(), file, accept);
            out().println(Msg.of("bloc.imported", file.getFileName().toString(), String.valueOf(r.rows().size())).in(locale));
            r.rows().forEach(row -> out().println(Msg.of("bloc.cli.rankLine", String.valueOf(row.rank()), row.unitName(),
                    row.total().stripTrailingZeros().toPlainString().replace('.', ','),
                    row.proposal() == null ? "" : row.proposal().text(locale)).in(locale)));
            r.refusals().forEach(p -> out().println(Msg.of("bloc.cli.notYet", p.describe(locale)).in(locale)));
            out().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "proposal", sortOptions = false, usageHelpAutoWidth = true)
    static final class Proposal extends Sub {
        @Mixin
        DayOption date;
        @Mixin
        OutputFile file;

        private final Clock clock;

        Proposal(Supplier<AppContext> context, Locale locale, Clock clock) {
            super(context, locale);
            this.clock = clock;
        }

        @Override
        public Integer call() {
            ProblemCollector problems = checked();
            LocalDate day = MovementOptions.day(date, LocalDate.now(clock), problems);
            file.expect(problems, "movement.cli.extension", ".docx");
            problems.throwIfAny();
            Covenant c = covenant();
            Path written = context.get().blocDocuments().writeProposal(c.id(), day, file.path());
            return done(Msg.of("movement.written", written.toAbsolutePath().toString()));
        }
    }
}
