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
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.Progress;
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
@Command(name = "eligibility", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Bình xét năm thành tích: mỗi cá nhân, tập thể với từng danh hiệu thi đua, hình thức khen thưởng "
                + "là Đủ điều kiện, Không đủ điều kiện hoặc Tạm hoãn, kèm lý do.",
                "Cột: Mã, Tên, Danh hiệu/Hình thức, Kết quả, Lý do. Không có --out: in CSV ra màn hình."})
public final class EligibilityCommand implements Callable<Integer> {

    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;

    @Option(names = "--year", required = true, paramLabel = "NĂM", description = "Năm thành tích cần xét (bắt buộc).")
    String year;

    @Option(names = "--date", paramLabel = "dd/MM/yyyy",
            description = "Ngày xét, chọn chế độ pháp lý áp dụng (mặc định: 31/12 của năm thành tích).")
    String date;

    @Option(names = "--out", paramLabel = "TỆP.xlsx|TỆP.csv",
            description = "Tệp kết quả .xlsx hoặc .csv (UTF-8 có BOM). Không có: in CSV ra màn hình.")
    Path out;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Hiện hướng dẫn này rồi thoát.")
    boolean help;

    @Spec
    CommandSpec spec;

    private final Supplier<Database> database;

    /** @param database opens the data folder's database; the command closes it when done */
    public EligibilityCommand(Supplier<Database> database) {
        this.database = database;
    }

    @Override
    public Integer call() {
        List<Problem> problems = new ArrayList<>();
        Integer y = parseYear(problems);
        LocalDate day = parseDate(y, problems);
        if (out != null) {
            String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
                problems.add(Problem.file("Tham số --out: tệp \"" + out.getFileName()
                        + "\" phải có đuôi .xlsx hoặc .csv."));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try (Database db = database.get()) {
            ReviewService service = new ReviewService(db, new CatalogueService(db));
            LegalRegime regime;
            try {
                regime = service.regimeOn(day);
            } catch (AppException e) {
                throw new ValidationException(List.of(Problem.file("Tham số --date: " + e.getMessage())));
            }
            ReviewResult result = service.review(y, day, Progress.NONE);
            String summary = summary(result, regime);
            if (out == null) {
                ReviewExport.writeCsv(result.assessments(), stdout, Progress.NONE);
                stderr.println(summary);
            } else {
                ReviewExport.write(result.assessments(), out, ReviewExport.sheetName(y), Progress.NONE);
                stdout.println(summary);
                stdout.println("Đã ghi " + out.toAbsolutePath());
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
        problems.add(Problem.file("Tham số --year: năm \"" + year + "\" không hợp lệ, hãy ghi năm bốn chữ số từ "
                + FIRST_YEAR + " đến " + LAST_YEAR + " (ví dụ 2025)."));
        return null;
    }

    private LocalDate parseDate(Integer y, List<Problem> problems) {
        if (date == null) {
            return y == null ? null : LocalDate.of(y, 12, 31);
        }
        LocalDate d = VnFormat.parseDate(date).orElse(null);
        if (d == null) {
            problems.add(Problem.file("Tham số --date: ngày \"" + date + "\" không hợp lệ, hãy ghi theo dạng dd/MM/yyyy."));
        } else if (y != null && d.getYear() < y) {
            problems.add(Problem.file("Tham số --date: ngày xét " + VnFormat.date(d) + " phải từ năm thành tích " + y
                    + " trở đi."));
        }
        return d;
    }

    private static String summary(ReviewResult result, LegalRegime regime) {
        Map<Verdict, Long> counts = result.assessments().stream()
                .collect(Collectors.groupingBy(Assessment::verdict, Collectors.counting()));
        return "Bình xét năm " + result.year() + ", ngày xét " + VnFormat.date(result.reviewDate()) + ", theo "
                + regime.name() + ": " + VnFormat.number(result.assessments().size()) + " dòng — "
                + Arrays.stream(Verdict.values())
                .map(v -> VnFormat.number(counts.getOrDefault(v, 0L)) + " " + v.label().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")) + ".";
    }
}
