package vn.tdkt.registration;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.registration.domain.SheetOutcome;
import vn.tdkt.registration.domain.SheetPlan;
import vn.tdkt.registration.service.RegistrationSheets;

/**
 * Benchmark (not a unit test; run by .ci/bench in a fresh JVM): a file database with 200 units of 50 people, the 200
 * unit sheets written from the template and filled, then the folder imported (check + write, one transaction per
 * file), twice (the second run replaces every registration). Target: under 10 s on the 2-core machine.
 */
public final class RegistrationBenchmark {

    static final int UNITS = 200;
    static final int PEOPLE = 50;
    static final int YEAR = 2026;

    private RegistrationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench").resolve("registration");
        if (Files.exists(dir)) {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Path sheets = Files.createDirectories(dir.resolve("sheets"));
        try (AppContext ctx = AppContext.open(dir.resolve("data"))) {
            String[] titles = {"Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Lao động tiên tiến", ""};
            for (int u = 1; u <= UNITS; u++) {
                Unit unit = ctx.org().saveUnit(new Unit(0, String.format("DV%03d", u), "Phòng số " + u, null, null));
                for (int p = 1; p <= PEOPLE; p++) {
                    ctx.people().save(new Person(0, String.format("CB%03d%02d", u, p), "Nguyễn Văn " + (char) ('A' + p % 26) + p,
                            Gender.MALE, LocalDate.of(1980, 1, 1), null, "Chuyên viên", unit.id(), LocalDate.of(2015, 1, 1), null));
                }
                Path file = sheets.resolve(String.format("DV%03d.xlsx", u));
                ctx.registrationSheets().writeTemplate(unit.code(), YEAR, file);
                fill(file, titles);
            }
            long t0 = System.nanoTime();
            List<Path> files = RegistrationSheets.expand(List.of(sheets));
            List<SheetPlan> plans = ctx.registrationSheets().analyze(files, Progress.NONE);
            long t1 = System.nanoTime();
            List<SheetOutcome> out = ctx.registrationSheets().apply(plans, "bench", Progress.NONE);
            long t2 = System.nanoTime();
            long imported = out.stream().filter(SheetOutcome::imported).count();
            long t3 = System.nanoTime();
            ctx.registrationSheets().apply(ctx.registrationSheets().analyze(files, Progress.NONE), "bench", Progress.NONE);
            long t4 = System.nanoTime();
            long c0 = System.nanoTime();
            var coverage = ctx.registrations().coverage(YEAR);
            long c1 = System.nanoTime();
            System.out.printf("Registration import: %d sheets x %d people: %d imported; check %d ms, write %d ms, total %d ms "
                            + "(target < 10 000 ms); re-import %d ms; coverage %d ms (%d/%d registered)%n",
                    UNITS, PEOPLE, imported, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t2 - t0) / 1_000_000,
                    (t4 - t3) / 1_000_000, (c1 - c0) / 1_000_000, coverage.registered(), coverage.members());
        }
    }

    private static void fill(Path file, String[] titles) throws Exception {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        Sheet s = wb.getSheetAt(0);
        s.getRow(3).getCell(2).setCellValue("Tập thể lao động tiên tiến");
        int i = 0;
        for (Row r : s) {
            if (r.getRowNum() > 5) {
                String t = titles[i++ % titles.length];
                if (!t.isEmpty()) {
                    r.getCell(4).setCellValue(t);
                }
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }
}
