package vn.tdkt.council.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.council.domain.Selection;
import vn.tdkt.council.domain.TallyOutcome;
import vn.tdkt.council.service.BallotService;
import vn.tdkt.council.service.TallyWorkbook;

/**
 * {@code tdkt tally FILE.xlsx --out RESULT.xlsx [--date dd/MM/yyyy]}: tallies a filled tally workbook against the
 * thresholds in force on the date (today by default). Exit 0 when done, 2 when the workbook is invalid (every
 * problem printed with sheet, row and column), 1 when the result cannot be written.
 * Needs no data folder: without a database it uses a private in-memory one carrying the built-in catalogue and rules.
 */
@Command(name = "tally", mixinStandardHelpOptions = true,
        description = "Kiểm phiếu: đọc bảng kiểm phiếu đã điền, tính tỷ lệ so với tổng số thành viên Hội đồng, "
                + "kết quả theo ngưỡng của danh hiệu, thứ hạng và ghi chú.")
public final class TallyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Bảng kiểm phiếu đã điền (.xlsx)")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "RESULT.xlsx", description = "Tệp kết quả (.xlsx)")
    Path out;

    @Option(names = "--date", paramLabel = "dd/MM/yyyy", converter = DateConverter.class,
            description = "Ngày áp dụng ngưỡng phiếu bầu (mặc định: hôm nay)")
    LocalDate date;

    @Spec
    CommandSpec spec;

    private final Supplier<Database> database;
    private final boolean ownsDatabase;

    /** Standalone: a private in-memory database, closed when the command ends. */
    public TallyCommand() {
        this(Database::inMemory, true);
    }

    /** With the application's database (its catalogue and rules); the caller keeps ownership. */
    public TallyCommand(Supplier<Database> database) {
        this(database, false);
    }

    private TallyCommand(Supplier<Database> database, boolean ownsDatabase) {
        this.database = database;
        this.ownsDatabase = ownsDatabase;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LocalDate day = date == null ? LocalDate.now() : date;
        Database db = database.get();
        try {
            TallyWorkbook.Report report = new BallotService(db, new CatalogueService(db)).tallyWorkbook(file, out, day);
            spec.commandLine().getOut().printf("Đã kiểm phiếu %d ứng viên (ngưỡng áp dụng ngày %s): %d đạt ngưỡng, "
                            + "%d đồng hạng tại điểm cắt, %d vượt chỉ tiêu. Kết quả: %s%n", report.candidates(),
                    VnFormat.date(day), report.count(TallyOutcome::reached),
                    report.count(o -> o.selection() == Selection.TIED_AT_CUT),
                    report.count(o -> o.selection() == Selection.BEYOND_QUOTA), out);
            return 0;
        } catch (ValidationException e) {
            err.println("Bảng kiểm phiếu không hợp lệ:");
            e.problems().forEach(p -> err.println("- " + p.describe()));
            return 2;
        } catch (AppException e) {
            err.println(e.getMessage());
            return 1;
        } finally {
            if (ownsDatabase) {
                db.close();
            }
        }
    }

    /** dd/MM/yyyy (also d/M/yyyy and yyyy-MM-dd), refused with a usage error otherwise. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return VnFormat.parseDate(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "ngày \"" + value + "\" không hợp lệ, hãy ghi theo dạng dd/MM/yyyy"));
        }
    }
}
