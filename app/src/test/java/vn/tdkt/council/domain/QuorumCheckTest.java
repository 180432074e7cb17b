package vn.tdkt.council.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuorumCheckTest {

    @ParameterizedTest(name = "{0}/{1} against {2}/{3}")
    @CsvSource(textBlock = """
            12, 15, 80, 100, true,  'Đủ số thành viên dự họp: 12/15 (80,00 %) ≥ 80 %'
            11, 15, 80, 100, false, 'Không đủ số thành viên dự họp: 11/15 (73,33 %) < 80 %'
            24, 30, 80, 100, true,  'Đủ số thành viên dự họp: 24/30 (80,00 %) ≥ 80 %'
            10, 15,  2,   3, true,  'Đủ số thành viên dự họp: 10/15 (66,67 %) ≥ 2/3'
             9, 15,  2,   3, false, 'Không đủ số thành viên dự họp: 9/15 (60,00 %) < 2/3'
             0,  0,  2,   3, false, 'Không đủ số thành viên dự họp: 0/0 (0,00 %) < 2/3'
            """)
    void quorumCountsThePresentAgainstAllMembers(int present, int total, int num, int den, boolean ok, String message) {
        MeetingRule rule = new MeetingRule(SessionKind.XET_KHEN_THUONG, new Share(num, den), 2, LocalDate.of(2017, 7, 31),
                null, "test");
        QuorumCheck q = new QuorumCheck(present, total, rule);
        assertEquals(ok, q.ok());
        assertEquals(message, q.message());
    }
}
