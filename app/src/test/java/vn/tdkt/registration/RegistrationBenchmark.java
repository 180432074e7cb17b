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
import vn.tdkt.bench.BenchText;

/**
 * Benchmark (not a unit test; run by .ci/bench in a fresh JVM): a file database with 200 units of 50 people, the 200
 * unit sheets written from the template and filled, then the folder imported (check + write, one transaction per
 * file), twice (the second run replaces every registration), then a third time as the window imports a folder (one
 * service call, every file checked, then all written in one transaction). Target: under 10 s on the 2-core machine. Beside it,
 * measured in the same run (decision 41), its floor: the same 200 files read with POI's streaming SAX reader (every
 * cell's text, nothing checked) and their rows written by a bare batched JDBC insert into a fresh H2 file with the same
 * two tables, keys and foreign keys as the app's (one transaction per file).
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
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            List<Path> files = RegistrationSheets.expand(List.of(sheets));
            List<SheetPlan> plans = ctx.registrationSheets().analyze(files, Progress.NONE);
            long t1 = System.nanoTime();
            List<SheetOutcome> out = ctx.registrationSheets().apply(plans, "bench", Progress.NONE);
            long t2 = System.nanoTime();
            long cpuImport = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
            long imported = out.stream().filter(SheetOutcome::imported).count();
            long t3 = System.nanoTime();
            ctx.registrationSheets().apply(ctx.registrationSheets().analyze(files, Progress.NONE), "bench", Progress.NONE);
            long t4 = System.nanoTime();
            // the window's "Nhập cả thư mục bản đăng ký…": the same folder checked whole, then written in one transaction
            long wcpu0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            var folder = ctx.registrationSheets().importFolder(sheets, false, "bench", Progress.NONE);
            long w1 = System.nanoTime();
            long wcpu = (threads.getCurrentThreadCpuTime() - wcpu0) / 1_000_000;
            long c0 = System.nanoTime();
            var coverage = ctx.registrations().coverage(YEAR);
            long c1 = System.nanoTime();
            long cpu1 = threads.getCurrentThreadCpuTime();
            long[] floor = floor(files, dir.resolve("floor"));
            long cpuFloor = (threads.getCurrentThreadCpuTime() - cpu1) / 1_000_000;
            BenchText.printf("Registration import: %d sheets x %d people: %d imported; check %d ms, write %d ms, total %d ms "
                            + "(target < 10 000 ms); re-import %d ms; coverage %d ms (%d/%d registered)%n",
                    UNITS, PEOPLE, imported, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t2 - t0) / 1_000_000,
                    (t4 - t3) / 1_000_000, (c1 - c0) / 1_000_000, coverage.registered(), coverage.members());
            BenchText.printf("Registration import from the window (one service call, one transaction): %d sheets, %d units, "
                    + "%d rows, %d ms (target < 10 000 ms), CPU of this thread %d ms%n", folder.sheets(), folder.units(), folder.rows(),
                    (w1 - w0) / 1_000_000, wcpu);
            BenchText.printf("Registration import floor: bare SAX read %d ms + bare JDBC insert %d ms = %d ms; the import is "
                            + "%.2f x its floor (re-import %.2f x)%n", floor[0], floor[1], floor[0] + floor[1],
                    (t2 - t0) / 1e6 / (floor[0] + floor[1]), (t4 - t3) / 1e6 / (floor[0] + floor[1]));
            BenchText.printf("CPU time of this thread: import %d ms, floor %d ms (%.2f x); load average %.1f%n", cpuImport,
                    cpuFloor, cpuImport / (double) cpuFloor,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /**
     * The floor: every file read with POI's event API (XSSFReader + XSSFSheetXMLHandler, every cell's text kept), then
     * the rows inserted with plain JDBC batches into an H2 file holding the app's two tables with their keys, one
     * transaction per file. Returns {read ms, write ms}.
     */
    static long[] floor(List<Path> files, Path dir) throws Exception {
        long r0 = System.nanoTime();
        List<List<String[]>> sheets = new java.util.ArrayList<>();
        for (Path f : files) {
            List<String[]> rows = new java.util.ArrayList<>();
            try (org.apache.poi.openxml4j.opc.OPCPackage pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(f.toFile(),
                    org.apache.poi.openxml4j.opc.PackageAccess.READ)) {
                org.apache.poi.xssf.eventusermodel.XSSFReader reader = new org.apache.poi.xssf.eventusermodel.XSSFReader(pkg);
                var strings = new org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable(pkg);
                String[] current = new String[6];
                var handler = new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler() {
                    private String[] row = current;

                    @Override
                    public void startRow(int rowNum) {
                        row = new String[6];
                    }

                    @Override
                    public void endRow(int rowNum) {
                        rows.add(row);
                    }

                    @Override
                    public void cell(String ref, String value, org.apache.poi.xssf.usermodel.XSSFComment comment) {
                        int col = new org.apache.poi.ss.util.CellReference(ref).getCol();
                        if (col < row.length) {
                            row[col] = value;
                        }
                    }
                };
                try (InputStream in = reader.getSheetsData().next()) {
                    javax.xml.parsers.SAXParserFactory spf = javax.xml.parsers.SAXParserFactory.newInstance();
                    spf.setNamespaceAware(true);
                    org.xml.sax.XMLReader xml = spf.newSAXParser().getXMLReader();
                    xml.setContentHandler(new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler(reader.getStylesTable(),
                            strings, handler, false));
                    xml.parse(new org.xml.sax.InputSource(in));
                }
            }
            sheets.add(rows);
        }
        long r1 = System.nanoTime();
        Files.createDirectories(dir);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("floor").toAbsolutePath(),
                "sa", "")) {
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("CREATE TABLE person (id BIGINT PRIMARY KEY, code VARCHAR(50) NOT NULL UNIQUE)");
                st.execute("CREATE TABLE registration (id BIGINT PRIMARY KEY, unit_code VARCHAR(50) NOT NULL, reg_year INT NOT NULL,"
                        + " collective_kind VARCHAR(30), status VARCHAR(20) NOT NULL, source VARCHAR(500),"
                        + " updated_at TIMESTAMP NOT NULL, UNIQUE (unit_code, reg_year))");
                st.execute("CREATE TABLE registration_person (registration_id BIGINT NOT NULL, person_id BIGINT NOT NULL,"
                        + " kind_code VARCHAR(30), note VARCHAR(1000), PRIMARY KEY (registration_id, person_id),"
                        + " FOREIGN KEY (registration_id) REFERENCES registration (id) ON DELETE CASCADE,"
                        + " FOREIGN KEY (person_id) REFERENCES person (id))");
                st.execute("CREATE INDEX ix_rp_person ON registration_person (person_id)");
            }
            try (java.sql.PreparedStatement p = c.prepareStatement("INSERT INTO person VALUES (?, ?)")) {
                long id = 0;
                for (List<String[]> rows : sheets) {
                    for (String[] r : data(rows)) {
                        p.setLong(1, ++id);
                        p.setString(2, r[1]);
                        p.addBatch();
                    }
                }
                p.executeBatch();
            }
            c.setAutoCommit(false);
            long w0 = System.nanoTime();
            long reg = 0;
            long person = 0;
            try (java.sql.PreparedStatement head = c.prepareStatement("INSERT INTO registration VALUES (?, ?, ?, ?, 'DA_GUI', ?, "
                    + "CURRENT_TIMESTAMP)"); java.sql.PreparedStatement line = c.prepareStatement(
                    "INSERT INTO registration_person VALUES (?, ?, ?, NULL)")) {
                for (int i = 0; i < sheets.size(); i++) {
                    List<String[]> rows = sheets.get(i);
                    head.setLong(1, ++reg);
                    head.setString(2, label(rows, "Mã đơn vị"));
                    head.setInt(3, YEAR);
                    head.setString(4, label(rows, "Danh hiệu tập thể"));
                    head.setString(5, files.get(i).getFileName().toString());
                    head.executeUpdate();
                    for (String[] r : data(rows)) {
                        ++person;
                        if (r[4] != null) {
                            line.setLong(1, reg);
                            line.setLong(2, person);
                            line.setString(3, r[4]);
                            line.addBatch();
                        }
                    }
                    line.executeBatch();
                    c.commit();
                }
            }
            return new long[] {(r1 - r0) / 1_000_000, (System.nanoTime() - w0) / 1_000_000};
        }
    }

    /** The rows under the header row (the one whose first cell is STT). */
    private static List<String[]> data(List<String[]> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if ("STT".equals(rows.get(i)[0])) {
                return rows.subList(i + 1, rows.size());
            }
        }
        return List.of();
    }

    /** The value to the right of a label cell. */
    private static String label(List<String[]> rows, String name) {
        return rows.stream().filter(r -> name.equals(r[1])).map(r -> r[2]).findFirst().orElse(null);
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
