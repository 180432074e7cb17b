package vn.tdkt.movement.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.dossier.service.DossierService;
import vn.tdkt.movement.service.MovementService;

/** What the movement commands share: the services on the command's database, option parsing with located problems. */
final class CommandSupport {

    private CommandSupport() {
    }

    /** The movement service with the dossiers' working calendar, as the window builds it. */
    static MovementService movements(Database db, Clock clock) {
        DossierService dossiers = new DossierService(db, new CatalogueService(db), null, clock);
        return new MovementService(db, clock, dossiers::calendar);
    }

    static LocalDate date(String option, String text, LocalDate otherwise, List<Problem> problems) {
        if (text == null) {
            return otherwise;
        }
        LocalDate d = VnFormat.parseDate(text).orElse(null);
        if (d == null) {
            problems.add(Problem.file(Msg.of("movement.cli.badDate", option, text)));
        }
        return d;
    }

    static void extension(Path out, List<String> allowed, List<Problem> problems) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (allowed.stream().noneMatch(name::endsWith)) {
            problems.add(Problem.file(Msg.of("movement.cli.extension", out.getFileName().toString(),
                    String.join(", ", allowed))));
        }
    }
}
