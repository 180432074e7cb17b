package vn.tdkt.council.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import vn.tdkt.common.domain.Msg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BallotCountsTest {

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} {5} → {6}")
    @CsvSource(textBlock = """
            15, 12, 12, 12, 11, 1, '',        ''
            15, 15, 15, 15, 15, 0, '',        ''
            15, 16, 16, 16, 16, 0, PRESENT,  'số thành viên có mặt (16) nhiều hơn tổng số thành viên Hội đồng (15)'
            15, 12, 13, 12, 12, 0, ISSUED,   'số phiếu phát ra (13) nhiều hơn số thành viên có mặt (12)'
            15, 12, 12, 13, 12, 1, RETURNED, 'số phiếu thu về (13) nhiều hơn số phiếu phát ra (12)'
            15, 12, 12, 12, 13, 0, VALID,    'số phiếu hợp lệ (13) nhiều hơn số phiếu thu về (12)'
            15, 12, 12, 12, 10, 1, INVALID,  'số phiếu hợp lệ (10) cộng số phiếu không hợp lệ (1) phải bằng số phiếu thu về (12)'
             0,  0,  0,  0,  0, 0, TOTAL,    'tổng số thành viên Hội đồng phải lớn hơn 0'
            15, 12, -1,  0,  0, 0, ISSUED,   'số phiếu phát ra không được âm (-1)'
            """)
    void countsMustAddUp(int total, int present, int issued, int returned, int valid, int invalid, String field,
                         String message) {
        List<BallotCounts.CountProblem> problems = new BallotCounts(total, present, issued, returned, valid, invalid).check();
        assertEquals(field.isEmpty() ? List.of() : List.of(field + ": " + message),
                problems.stream().map(p -> p.field().name() + ": " + p.message()).toList());
    }

    @Test
    void votesCannotExceedValidBallots() {
        BallotCounts c = new BallotCounts(15, 13, 13, 13, 12, 1);
        assertEquals(Optional.empty(), c.voteProblem(12));
        assertEquals(Optional.of("số phiếu đồng ý (13) nhiều hơn số phiếu hợp lệ (12)"), c.voteProblem(13).map(Msg::vi));
        assertEquals(Optional.of("số phiếu đồng ý không được âm (-1)"), c.voteProblem(-1).map(Msg::vi));
        assertEquals(Optional.of("votes in favour cannot be negative (-1)"),
                c.voteProblem(-1).map(m -> m.in(java.util.Locale.ENGLISH)));
    }
}
