package vn.tdkt.workbook.service;

import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.workbook.domain.ExemplarySheets;
import vn.tdkt.workbook.domain.SheetCount;

/**
 * Where the rows of the two exemplary sheets ({@link ExemplarySheets}) are checked against the data and written: the
 * exemplary package's, handed to the workbook by the composition root so that the workbook never depends on it
 * (decision 84). Every call runs inside the import's analysis or its one transaction.
 */
public interface ExemplarySheetStore {

    /** No store: the two sheets are neither read nor written (a workbook service built without the exemplary models). */
    ExemplarySheetStore NONE = new ExemplarySheetStore() {
        @Override
        public List<Problem> check(DSLContext dsl, ExemplarySheets.Data data, Codes codes) {
            return List.of();
        }

        @Override
        public List<SheetCount> preview(DSLContext dsl, ExemplarySheets.Data data) {
            return List.of();
        }

        @Override
        public List<SheetCount> write(DSLContext tx, ExemplarySheets.Data data) {
            return List.of();
        }

        @Override
        public ExemplarySheets.Data export(DSLContext dsl) {
            return ExemplarySheets.Data.EMPTY;
        }

        @Override
        public boolean active() {
            return false;
        }
    };

    /** The codes a row may name: those of the file's sheets and those already in the data. */
    record Codes(Set<String> units, Set<String> people, Set<String> movements) {
    }

    /** Every problem of the rows against each other and the data, located by sheet, row and column. */
    List<Problem> check(DSLContext dsl, ExemplarySheets.Data data, Codes codes);

    /** Rows to add / update per sheet present, before the write. */
    List<SheetCount> preview(DSLContext dsl, ExemplarySheets.Data data);

    /** Writes the rows inside the import's transaction, after the people, units and movements. */
    List<SheetCount> write(DSLContext tx, ExemplarySheets.Data data);

    /** Every model and recognition, as the export writes them. */
    ExemplarySheets.Data export(DSLContext dsl);

    /** Whether the sheets are read and written at all. */
    default boolean active() {
        return true;
    }
}
