package vn.tdkt.workbook.domain;

import java.nio.file.Path;
import java.util.List;
import vn.tdkt.common.domain.LegacyConverter;
import vn.tdkt.movement.domain.MovementSheets;
import vn.tdkt.common.domain.Problem;

/**
 * The outcome of analysing a workbook without writing: what it holds, every problem found (at most
 * {@code problems().size()} listed, {@code problemCount()} in all) and what applying it would change.
 *
 * @param counts rows to insert / update per sheet present in the file, in sheet order
 * @param movements the rows of the optional sheets Phong trào and Mốc thời gian
 * @param conversions the cells typed in TCVN3 or VNI, read as Unicode (the data holds the converted text)
 * @param conversionsAccepted whether the clerk accepted them; a plan with conversions is written only then
 * @param exemplary the rows of the optional sheets Điển hình tiên tiến and Công nhận điển hình
 */
public record ImportPlan(Path file, WorkbookData data, List<Problem> problems, int problemCount,
                         List<SheetCount> counts, MovementSheets.Data movements,
                         List<LegacyConverter.Conversion> conversions, boolean conversionsAccepted,
                         ExemplarySheets.Data exemplary) {

    public ImportPlan(Path file, WorkbookData data, List<Problem> problems, int problemCount, List<SheetCount> counts,
                      MovementSheets.Data movements, List<LegacyConverter.Conversion> conversions,
                      boolean conversionsAccepted) {
        this(file, data, problems, problemCount, counts, movements, conversions, conversionsAccepted,
                ExemplarySheets.Data.EMPTY);
    }

    public ImportPlan(Path file, WorkbookData data, List<Problem> problems, int problemCount, List<SheetCount> counts) {
        this(file, data, problems, problemCount, counts, MovementSheets.Data.EMPTY, List.of(), false);
    }

    public ImportPlan {
        problems = List.copyOf(problems);
        counts = List.copyOf(counts);
        conversions = List.copyOf(conversions);
    }

    public boolean valid() {
        return problemCount == 0;
    }

    /** True when the plan can be written: valid, and its conversions (if any) accepted. */
    public boolean writable() {
        return valid() && (conversions.isEmpty() || conversionsAccepted);
    }

    /** The same plan with its conversions accepted by the clerk. */
    public ImportPlan acceptConversions() {
        return new ImportPlan(file, data, problems, problemCount, counts, movements, conversions, true, exemplary);
    }
}
