package vn.tdkt.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.registration.domain.Coverage;
import vn.tdkt.registration.domain.RegistrationStatus;
import vn.tdkt.registration.domain.UnitCoverage;
import vn.tdkt.samples.SampleDrift;

/**
 * The sample registrations of 2025 offered at first start (samples/data/dang-ky-2025): written from the app's own unit
 * sheets for the sample department and filled as units fill them (the drift check compares them with the committed
 * copies; {@code -Dtdkt.updateSamples=true} writes them again), then loaded as the first start loads them: a coverage
 * below 100 %, units that sent nothing, one returned with its reason, the start screen showing the 2025 round.
 */
class SampleRegistrationsTest {

    static final int YEAR = 2025;
    static final String RETURN_REASON = "Thiếu chữ ký của thủ trưởng đơn vị; đề nghị bổ sung và gửi lại.";
    private static final Path SAMPLES = Path.of("..", "samples");

    @TempDir
    Path tmp;

    private static AppContext sampleDepartment() {
        AppContext ctx = AppContext.inMemory();
        Path workbook = SAMPLES.resolve(SampleData.WORKBOOK);
        ctx.workbook().importFile(workbook, Progress.NONE);
        SampleData.movements(workbook).ifPresent(m -> ctx.workbook().importFile(m, Progress.NONE));
        return ctx;
    }

    /** The units with members in 2025, by code; two of them (the 4th and the 8th) send nothing. */
    private static List<Unit> sending(AppContext ctx) {
        List<Unit> withMembers = ctx.registrations().units().stream()
                .filter(u -> !ctx.registrations().members(u.id(), YEAR).isEmpty()).toList();
        List<Unit> out = new ArrayList<>();
        for (int i = 0; i < withMembers.size(); i++) {
            if (i != 3 && i != 7) {
                out.add(withMembers.get(i));
            }
        }
        return out;
    }

    @Test
    void theCommittedSheetsAreWhatTheTemplateFilledGives() throws Exception {
        List<String> written = new ArrayList<>();
        try (AppContext ctx = sampleDepartment()) {
            List<Unit> units = sending(ctx);
            for (int i = 0; i < units.size(); i++) {
                Unit u = units.get(i);
                Path file = tmp.resolve("dang-ky-" + u.code().toLowerCase(java.util.Locale.ROOT) + "-" + YEAR + ".xlsx");
                ctx.registrationSheets().writeTemplate(u.code(), YEAR, file);
                fill(file, i == 0 ? "Tập thể lao động xuất sắc" : i == 4 ? null : "Tập thể lao động tiên tiến", i);
                written.add(file.getFileName().toString());
            }
            List<String> statuses = List.of("Mã đơn vị,Năm,Trạng thái,Lý do",
                    units.get(0).code() + "," + YEAR + ",Đã duyệt,",
                    units.get(1).code() + "," + YEAR + ",Đã duyệt,",
                    units.get(2).code() + "," + YEAR + ",Trả lại," + RETURN_REASON);
            Files.write(tmp.resolve(SampleRegistrations.STATUSES), statuses, StandardCharsets.UTF_8);
        }
        for (String name : written) {
            SampleDrift.assertSameAsCommitted(tmp.resolve(name), "../data/dang-ky-2025/" + name);
        }
        Path committed = SAMPLES.resolve(SampleData.REGISTRATIONS);
        if (Boolean.getBoolean("tdkt.updateSamples")) {
            Files.copy(tmp.resolve(SampleRegistrations.STATUSES), committed.resolve(SampleRegistrations.STATUSES),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertEquals(Files.readAllLines(tmp.resolve(SampleRegistrations.STATUSES)),
                Files.readAllLines(committed.resolve(SampleRegistrations.STATUSES)));
        try (var s = Files.list(committed)) {
            assertEquals(written.size(), s.filter(p -> p.toString().endsWith(".xlsx")).count(), "no stale sheet left");
        }
    }

    /**
     * Fills a sheet as a unit does: the collective title, Lao động tiên tiến for most, Chiến sĩ thi đua cơ sở for every
     * sixth, and in the units after the first two, every ninth person left empty (not registered yet).
     */
    private static void fill(Path file, String collective, int unitIndex) throws Exception {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        Sheet s = wb.getSheet("Đăng ký thi đua");
        if (collective != null) {
            s.getRow(3).getCell(2).setCellValue(collective);
        }
        int k = 0;
        for (Row r : s) {
            if (r.getRowNum() > 5 && r.getCell(1) != null && !r.getCell(1).getStringCellValue().isBlank()) {
                k++;
                if (unitIndex >= 2 && k % 9 == 0) {
                    continue;
                }
                r.getCell(4).setCellValue(k % 6 == 0 ? "Chiến sĩ thi đua cơ sở" : "Lao động tiên tiến");
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }

    @Test
    void theFirstStartLoadsThemAndTheStartScreenShowsTheCoverage() {
        try (AppContext ctx = sampleDepartment()) {
            int imported = SampleRegistrations.load(ctx, SAMPLES.resolve(SampleData.REGISTRATIONS), "mẫu", Progress.NONE);
            Coverage c = ctx.registrations().coverage(YEAR);
            List<UnitCoverage> withMembers = c.units().stream().filter(u -> u.members() > 0).toList();
            assertEquals(withMembers.size() - 2, imported, "every sheet imported; two units sent none");
            assertEquals(2, withMembers.stream().filter(u -> u.status() == RegistrationStatus.CHUA_GUI).count());
            assertEquals(2, withMembers.stream().filter(u -> u.status() == RegistrationStatus.DA_DUYET).count());
            UnitCoverage back = withMembers.stream().filter(u -> u.status() == RegistrationStatus.TRA_LAI).findFirst().orElseThrow();
            assertEquals(RETURN_REASON, ctx.registrations().find(back.unitId(), YEAR).orElseThrow().reason());
            assertTrue(c.percent().doubleValue() > 60 && c.percent().doubleValue() < 100, c.percent().toPlainString());
            assertTrue(withMembers.stream().anyMatch(u -> u.status() == RegistrationStatus.DA_GUI && !u.missing().isEmpty()),
                    "a unit that sent its sheet still misses people");
            // the start screen of a day in 2026 before the 2026 round begins shows the 2025 round
            var home = ctx.home().load(java.time.LocalDate.of(2026, 1, 12), 7).registrations();
            assertEquals(YEAR, home.year());
            assertEquals(c.registered(), home.registered());
            assertEquals(withMembers.size(), home.units(), "the movements' agencies with nobody working there are not expected");
            assertEquals(withMembers.size(), c.unitsExpected());
        }
    }
}
