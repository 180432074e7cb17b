package vn.tdkt.review.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tdkt.AppContext;
import vn.tdkt.common.cli.FeatureCommand;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.Texts;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.regime.domain.LegalRegime;
import vn.tdkt.review.domain.ReviewResult;
import vn.tdkt.review.domain.Verdict;
import vn.tdkt.review.service.ReviewExport;
import vn.tdkt.review.service.ReviewService;

/**
 * {@code tdkt eligibility --year Y [--date dd/MM/yyyy] [--out FILE.xlsx|FILE.csv]}: the review of achievement year
 * Y under the regime in force on the review date (31/12/Y by default), one row per (subject, title) with the
 * columns of {@link ReviewExport#COLUMNS}. Without --out the CSV goes to stdout (no BOM) and a summary to stderr.
 * Bad input (year, date, file extension) is a {@link ValidationException}: exit 2 through the command line.
 */
@Command(name = "eligibility", sortOptions = false, usageHelpAutoWidth = true)
public final class EligibilityCommand extends FeatureCommand<AppContext> {

    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;

    @Option(names = "--year", required = true)
    String year;

    @Option(names = "--date")
    String date;

    @Option(names = "--out")
    Path out;

    /** @param context the composition root's services on the data folder; its owner closes them */
    public EligibilityCommand(Supplier<AppContext> context, Locale locale) {
        super(context, locale);
    }

    @Override
    public Integer call() {
        List<Problem> problems = new ArrayList<>();
        Integer y = parseYear(problems);
        LocalDate day = parseDate(y, problems);
        if (out != null) {
            String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
                problems.add(Problem.file(Msg.of("cli.eligibility.badOut", out.getFileName().toString())));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        PrintWriter stdout = out();
        PrintWriter stderr = err();
        try {
            ReviewService service = context.get().review();
            LegalRegime regime;
            try {
                regime = service.regimeOn(day);
            } catch (AppException e) {
                throw new ValidationException(List.of(Problem.file(Msg.of("cli.eligibility.noRegime", e.text()))));
            }
            ReviewResult result = service.review(y, day, Progress.NONE);
            String summary = summary(result, regime);
            if (out == null) {
                ReviewExport.writeCsv(result.assessments(), stdout, locale, Progress.NONE);
                stderr.println(summary);
            } else {
                ReviewExport.write(result.assessments(), out, ReviewExport.sheetName(y), locale, Progress.NONE);
                stdout.println(summary);
                stdout.println(Texts.format(locale, "cli.eligibility.written", out.toAbsolutePath().toString()));
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Integer parseYear(List<Problem> problems) {
        try {
            int y = Integer.parseInt(year.trim());
            if (y >= FIRST_YEAR && y <= LAST_YEAR) {
                return y;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        problems.add(Problem.file(Msg.of("cli.eligibility.badYear", year, String.valueOf(FIRST_YEAR),
                String.valueOf(LAST_YEAR))));
        return null;
    }

    private LocalDate parseDate(Integer y, List<Problem> problems) {
        if (date == null) {
            return y == null ? null : LocalDate.of(y, 12, 31);
        }
        LocalDate d = VnFormat.parseDate(date).orElse(null);
        if (d == null) {
            problems.add(Problem.file(Msg.of("cli.eligibility.badDate", date)));
        } else if (y != null && d.getYear() < y) {
            problems.add(Problem.file(Msg.of("cli.eligibility.dateBeforeYear", VnFormat.date(d), String.valueOf(y))));
        }
        return d;
    }

    /** Verdict words of the summary (the CSV and workbook keep the Vietnamese labels: a contract). */
    private String verdict(Verdict v) {
        return Texts.format(locale, switch (v) {
            case ELIGIBLE -> "cli.eligibility.eligible";
            case NOT_ELIGIBLE -> "cli.eligibility.notEligible";
            case HELD -> "cli.eligibility.held";
            case NOT_ASSESSED -> "cli.eligibility.notAssessed";
        });
    }

    private String summary(ReviewResult result, LegalRegime regime) {
        Map<Verdict, Long> counts = result.assessments().stream()
                .collect(Collectors.groupingBy(Assessment::verdict, Collectors.counting()));
        String verdicts = Arrays.stream(Verdict.values())
                .map(v -> VnFormat.number(counts.getOrDefault(v, 0L)) + " " + verdict(v))
                .collect(Collectors.joining(", "));
        return Texts.format(locale, "cli.eligibility.summary", String.valueOf(result.year()),
                VnFormat.date(result.reviewDate()), regime.name(), VnFormat.number(result.assessments().size()), verdicts);
    }
}
