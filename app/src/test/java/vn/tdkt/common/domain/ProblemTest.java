package vn.tdkt.common.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A problem names its sheet, row and the column by its header; with no header, the field's label instead. */
class ProblemTest {

    private static final Field YEAR = () -> "bloc.field.YEAR";

    @Test
    void theColumnIsNamedByItsHeader() {
        Problem p = new Problem("Kiểm phiếu", 4, "Số phiếu thu về", Msg.of("common.literal", "chưa nhập"));
        assertEquals("Sheet 'Kiểm phiếu', dòng 4, cột 'Số phiếu thu về': chưa nhập", p.describe());
        assertEquals("Sheet 'Kiểm phiếu', row 4, column 'Số phiếu thu về': chưa nhập", p.describe(Locale.ENGLISH));
    }

    @Test
    void aBlankColumnGivesWayToTheFieldsLabel() {
        Problem p = new Problem("Chấm điểm", 1, "", YEAR, Msg.of("common.literal", "chưa có"));
        assertEquals("Sheet 'Chấm điểm', dòng 1, " + Texts.get(Texts.VIETNAMESE, "bloc.field.YEAR") + ": chưa có",
                p.describe());
        assertEquals(Texts.get(Texts.VIETNAMESE, "bloc.field.YEAR") + ": chưa có",
                new Problem(null, 0, " ", YEAR, Msg.of("common.literal", "chưa có")).describeInForm(Texts.VIETNAMESE));
    }
}
