package vn.tdkt.statistics.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A row of a biểu of TT 02/2023/TT-BNV: its label, Mã số, Đơn vị tính and one value per number column. A value the data
 * cannot give is null: the unit fills it before signing, and {@code clerkNote} says why (a cell comment, never printed).
 * A section row ("1. Chia theo độ tuổi") has no code and no values.
 */
public record BieuLine(String label, String code, String unitOfCount, boolean section, List<Long> values, String clerkNote) {

    public BieuLine {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    public static BieuLine section(String label) {
        return new BieuLine(label, "", "", true, List.of(), null);
    }

    /** A row the unit fills by hand, every value empty. */
    public static BieuLine clerk(String label, String code, String unitOfCount, int columns, String why) {
        return new BieuLine(label, code, unitOfCount, false, Collections.nCopies(columns, null), why);
    }

    public boolean clerks() {
        return !section && values.stream().allMatch(Objects::isNull);
    }
}
