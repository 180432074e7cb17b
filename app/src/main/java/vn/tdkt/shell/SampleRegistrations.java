package vn.tdkt.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.registration.domain.RegistrationStatus;
import vn.tdkt.registration.domain.SheetOutcome;
import vn.tdkt.registration.service.RegistrationSheets;

/**
 * The sample's registrations (samples/data/dang-ky-2025): the unit sheets the units sent back, imported as the clerk
 * imports them (every .xlsx of the folder, each in its own transaction: the registration becomes Đã gửi), then the
 * clerk's decisions on them listed in {@value #STATUSES} (Mã đơn vị, Năm, Trạng thái, Lý do): approved, or returned with
 * the reason. The units without a sheet have not sent one, so the start screen shows a coverage below 100 %.
 */
final class SampleRegistrations {

    static final String STATUSES = "trang-thai.csv";

    private SampleRegistrations() {
    }

    /** Loads the folder's sheets and statuses; returns how many sheets were imported. */
    static int load(AppContext ctx, Path folder, String user, Progress progress) {
        RegistrationSheets sheets = ctx.registrationSheets();
        List<SheetOutcome> out = sheets.apply(sheets.analyze(RegistrationSheets.expand(List.of(folder)), progress), user,
                progress);
        Path statuses = folder.resolve(STATUSES);
        if (Files.isRegularFile(statuses)) {
            List<Unit> units = ctx.registrations().units();
            try {
                for (String line : Files.readAllLines(statuses, StandardCharsets.UTF_8).stream().skip(1).toList()) {
                    String[] cells = line.split(",", 4);
                    if (cells.length < 3) {
                        continue;
                    }
                    Unit unit = units.stream().filter(u -> u.code().equals(cells[0].strip())).findFirst().orElseThrow();
                    RegistrationStatus to = java.util.Arrays.stream(RegistrationStatus.values())
                            .filter(s -> s.label().equals(cells[2].strip())).findFirst().orElseThrow();
                    ctx.registrations().changeStatus(unit.id(), Integer.parseInt(cells[1].strip()), to,
                            cells.length > 3 ? cells[3].strip() : null, null, user);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return (int) out.stream().filter(SheetOutcome::imported).count();
    }
}
