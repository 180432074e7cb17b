package vn.tdkt.registration.domain;

import java.nio.file.Path;
import java.util.List;
import vn.tdkt.common.domain.Problem;

/** What became of one file of an import: imported (rows, registered) or refused (its problems). */
public record SheetOutcome(Path file, boolean imported, int rows, int registered, List<Problem> problems) {

    public SheetOutcome {
        problems = List.copyOf(problems);
    }
}
