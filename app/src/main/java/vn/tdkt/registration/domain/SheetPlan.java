package vn.tdkt.registration.domain;

import java.nio.file.Path;
import java.util.List;
import vn.tdkt.common.domain.LegacyConverter;
import vn.tdkt.common.domain.Problem;

/**
 * One unit sheet read and checked whole: the registration it holds, or every problem (sheet, row, column), and the
 * cells converted from TCVN3 or VNI for the preview.
 *
 * @param registration null when the sheet is refused
 * @param rows         member rows read (with or without a title)
 */
public record SheetPlan(Path file, String unitCode, Registration registration, int rows, List<Problem> problems,
                        List<LegacyConverter.Conversion> conversions) {

    public SheetPlan {
        problems = List.copyOf(problems);
        conversions = List.copyOf(conversions);
    }

    public boolean valid() {
        return problems.isEmpty() && registration != null;
    }

    /** Members registered with a state title. */
    public int registered() {
        return registration == null ? 0 : (int) registration.entries().stream().filter(e -> e.kindCode() != null).count();
    }
}
