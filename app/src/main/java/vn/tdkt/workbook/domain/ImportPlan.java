package vn.tdkt.workbook.domain;

import java.nio.file.Path;
import java.util.List;
import vn.tdkt.movement.domain.MovementSheets;
import vn.tdkt.common.domain.Problem;

/**
 * The outcome of analysing a workbook without writing: what it holds, every problem found (at most
 * {@code problems().size()} listed, {@code problemCount()} in all) and what applying it would change.
 *
 * @param counts rows to insert / update per sheet present in the file, in sheet order
 * @param movements the rows of the optional sheets Phong trào and Mốc thời gian
 */
public record ImportPlan(Path file, WorkbookData data, List<Problem> problems, int problemCount,
                         List<SheetCount> counts, MovementSheets.Data movements) {

    public ImportPlan(Path file, WorkbookData data, List<Problem> problems, int problemCount, List<SheetCount> counts) {
        this(file, data, problems, problemCount, counts, MovementSheets.Data.EMPTY);
    }

    public ImportPlan {
        problems = List.copyOf(problems);
        counts = List.copyOf(counts);
    }

    public boolean valid() {
        return problemCount == 0;
    }
}
