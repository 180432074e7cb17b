package vn.tdkt.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.home.domain.RegistrationProgress;
import vn.tdkt.movement.domain.MovementReport;
import vn.tdkt.movement.domain.ReportFigures;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.registration.domain.Coverage;
import vn.tdkt.registration.domain.Member;
import vn.tdkt.registration.domain.RegistrationStatus;
import vn.tdkt.registration.domain.UnitCoverage;
import vn.tdkt.samples.MovementSamples;

/**
 * The running year's registrations of the first-start sample ({@code samples/data/dang-ky-2026.tsv}, decision 155):
 * written here from the sample department's members of 2026 (the drift check compares it with the committed file;
 * {@code -Dtdkt.updateSamples=true} writes it again), loaded as the first start loads them, so that the 2026 báo cáo
 * and Tổng quan show a real coverage: every unit registered its collective title, most people theirs, one unit returned
 * once and sent again.
 */
class SampleRegistrations2026Test {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Path COMMITTED = SAMPLES.resolve("data").resolve(SampleRegistrations2026.FILE);
    static final String RETURN_REASON = "Cá nhân đăng ký Chiến sĩ thi đua cơ sở chưa ghi sáng kiến, đề tài đăng ký; đề "
            + "nghị bổ sung và gửi lại.";

    @TempDir
    Path tmp;

    /** The lines the file holds: from the sample department's members of 2026, as its units filled their forms. */
    static List<String> lines(AppContext ctx) {
        List<String> out = new ArrayList<>(List.of("Mã đơn vị\tMục\tGiá trị\tGiá trị 2\tGiá trị 3\tGiá trị 4"));
        List<Unit> units = ctx.registrations().units().stream()
                .filter(u -> !ctx.registrations().members(u.id(), SampleRegistrations2026.YEAR).isEmpty()).toList();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            // the Sở itself registers only its leaders: its own collective title is registered with the province
            String collective = u.parentId() == null ? "" : i % 4 == 1 ? "TTLDXS" : "TTLDTT";
            out.add(u.code() + "\tcollective\t" + collective + "\t" + (i % 3 == 1 ? "TCD_VM" : ""));
            int k = 0;
            for (Member m : ctx.registrations().members(u.id(), SampleRegistrations2026.YEAR)) {
                k++;
                if (i >= 3 && k % 13 == 0) {
                    continue; // not registered: the coverage of a real round is rarely whole
                }
                boolean cstd = k % 6 == 0;
                out.add(u.code() + "\tperson\t" + m.code() + "\t" + (cstd ? "CSTDCS" : "LDTT") + "\t"
                        + (k % 7 == 0 ? "DVCD_XS" : "") + "\t" + (cstd ? "Đăng ký sáng kiến cấp cơ sở năm 2026" : ""));
            }
            String sent = String.format("%02d/01/2026", 20 + i % 8);
            out.add(u.code() + "\tstatus\tĐã gửi\t" + sent + "\t");
            if (i == 2) {
                out.add(u.code() + "\tstatus\tTrả lại\t28/01/2026\t" + RETURN_REASON);
                out.add(u.code() + "\tstatus\tĐã gửi\t03/02/2026\t");
                out.add(u.code() + "\tstatus\tĐã duyệt\t05/02/2026\t");
            } else {
                out.add(u.code() + "\tstatus\tĐã duyệt\t29/01/2026\t");
            }
        }
        return out;
    }

    private static AppContext department() {
        AppContext ctx = AppContext.inMemory();
        Path workbook = SAMPLES.resolve(SampleData.WORKBOOK);
        ctx.workbook().importFile(workbook, Progress.NONE);
        SampleData.movements(workbook).ifPresent(m -> ctx.workbook().importFile(m, Progress.NONE));
        return ctx;
    }

    @Test
    void theCommittedFileIsWhatTheMembersOf2026Give() throws Exception {
        try (AppContext ctx = department()) {
            List<String> fresh = lines(ctx);
            if (Boolean.getBoolean("tdkt.updateSamples")) {
                Files.write(COMMITTED, fresh, StandardCharsets.UTF_8);
            }
            assertEquals(fresh, Files.readAllLines(COMMITTED, StandardCharsets.UTF_8));
        }
    }

    @Test
    void theFirstStartRecordsThemAndTheYearsReportAndStartScreenCountThem() throws Exception {
        try (AppContext ctx = AppContext.inMemory()) {
            SampleOffer.loadSample(ctx, SAMPLES.resolve(SampleData.WORKBOOK), SampleMovements.WRITTEN_FOR, Progress.NONE);
            Coverage c = ctx.registrations().coverage(2026);
            List<UnitCoverage> expected = c.units().stream().filter(UnitCoverage::expected).toList();
            assertEquals(11, expected.size(), "the Sở's leaders and its ten rooms and centres");
            assertEquals(10, c.unitsRegistered(), "every room and centre registered its collective title");
            assertTrue(expected.stream().allMatch(u -> u.status() == RegistrationStatus.DA_DUYET), "all approved by February");
            assertTrue(c.percent().doubleValue() > 90 && c.percent().doubleValue() < 100, c.percent().toPlainString());
            UnitCoverage returned = expected.get(2);
            List<RegistrationStatus> log = ctx.registrations().log(returned.unitId(), 2026).stream()
                    .map(e -> e.status()).toList();
            assertEquals(List.of(RegistrationStatus.CHUA_GUI, RegistrationStatus.DA_GUI, RegistrationStatus.TRA_LAI,
                    RegistrationStatus.DA_GUI, RegistrationStatus.DA_DUYET), log);
            assertTrue(ctx.registrations().log(returned.unitId(), 2026).stream()
                    .anyMatch(e -> RETURN_REASON.equals(e.reason())), "the return's reason is kept");

            RegistrationProgress card = ctx.home().load(SampleMovements.WRITTEN_FOR, 7).registrations();
            assertNotNull(card, "the card shows while some people have not registered");
            assertEquals(2026, card.year(), "the running year's round, no longer 2025's");
            assertEquals(10, card.unitsRegistered());
            assertEquals(11, card.units());
            assertEquals(c.registered(), card.registered());

            MovementReport r = ctx.movementReports().report(ctx.movements().byCode(MovementSamples.CURRENT).orElseThrow().id(),
                    MovementReport.Kind.SO_KET, LocalDate.of(2026, 6, 12));
            ReportFigures f = r.figures();
            assertEquals(10, f.units());
            assertEquals(10, f.unitsSent(), "was 0/10 before the sample had 2026 registrations");
            assertEquals(10, f.collective());
            int participants = expected.stream().filter(u -> !u.unitCode().equals("SNV")).mapToInt(UnitCoverage::registered)
                    .sum();
            assertEquals(participants, f.registered(), "the people of the movement's ten units");
            assertEquals(142, f.registered());
            assertEquals(145, f.members());
        }
    }

    @Test
    void loadedInJanuaryTheRoundIsHalfDone() {
        try (AppContext ctx = AppContext.inMemory()) {
            SampleOffer.loadSample(ctx, SAMPLES.resolve(SampleData.WORKBOOK), LocalDate.of(2026, 1, 24), Progress.NONE);
            List<UnitCoverage> expected = ctx.registrations().coverage(2026).units().stream()
                    .filter(UnitCoverage::expected).toList();
            long sent = expected.stream().filter(u -> u.status() == RegistrationStatus.DA_GUI).count();
            long none = expected.stream().filter(u -> u.status() == RegistrationStatus.CHUA_GUI).count();
            assertTrue(sent > 0 && none > 0, "some sent, some not yet: " + sent + " / " + none);
            assertFalse(expected.stream().anyMatch(u -> u.status() == RegistrationStatus.DA_DUYET), "nothing approved yet");
        }
    }
}
