package vn.tdkt.common.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MsgTest {

    private enum Sample implements Field {
        NUMBER;

        @Override
        public String labelKey() {
            return "problem.invalid";
        }
    }

    @Test
    void putsTheSameProblemIntoEitherLanguage() {
        Problem p = new Problem("Cán bộ", 12, "Ngày sinh", Msg.of("common.cancelled"));
        assertEquals("Sheet 'Cán bộ', dòng 12, cột 'Ngày sinh': Đã hủy theo yêu cầu, dữ liệu không thay đổi.", p.describe());
        assertEquals("Sheet 'Cán bộ', row 12, column 'Ngày sinh': Cancelled as asked; the data is unchanged.",
                p.describe(Locale.ENGLISH));
    }

    @Test
    void countsAreGroupedAndDatesPrintDdMmYyyy() {
        assertEquals("1.500", Msg.of("common.literal", 1500).vi());
        assertEquals("1,500", Msg.of("common.literal", 1500).in(Locale.ENGLISH));
        assertEquals("01/10/2017", Msg.of("common.literal", LocalDate.of(2017, 10, 1)).in(Locale.ENGLISH));
    }

    @Test
    void collectsEveryProblemBeforeRefusing() {
        ProblemCollector c = new ProblemCollector();
        c.requireText(" ", Sample.NUMBER, "common.cancelled");
        c.requirePresent(null, Sample.NUMBER, "problem.invalid");
        ValidationException e = assertThrows(ValidationException.class, c::throwIfAny);
        assertEquals(2, e.problems().size());
        assertEquals(Sample.NUMBER, e.problems().get(0).field());
        assertEquals("The data is not valid: Cancelled as asked; the data is unchanged. (and 1 more problems)",
                e.text(Locale.ENGLISH));
    }

    @Test
    void aLiteralMessageStaysAsWritten() {
        AppException e = new AppException("Không mở được tệp");
        assertEquals("Không mở được tệp", e.getMessage());
        assertEquals("Không mở được tệp", e.text(Locale.ENGLISH));
        assertEquals(List.of("Không mở được tệp"), e.text().args());
    }
}
