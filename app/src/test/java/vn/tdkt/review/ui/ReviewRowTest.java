package vn.tdkt.review.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.review.domain.Title;

/** The review's "Đã đăng ký" column names a registered title as the Title column does, in the user's language. */
class ReviewRowTest {

    @Test
    void aRegisteredNameIsTheReviewTitleOfThatNameForTheSubjectsKind() {
        assertEquals(Optional.of(Title.LDTT), ReviewRow.titleNamed("Lao động tiên tiến", AwardSubject.CA_NHAN));
        assertEquals(Optional.of(Title.CSTD_TINH), ReviewRow.titleNamed("Chiến sĩ thi đua cấp tỉnh", AwardSubject.CA_NHAN));
        assertEquals(Optional.of(Title.TTLDTT), ReviewRow.titleNamed("Tập thể lao động tiên tiến", AwardSubject.TAP_THE));
    }

    @Test
    void aNameTheReviewDoesNotCheckOrOfTheOtherKindStaysAsRecorded() {
        assertEquals(Optional.empty(), ReviewRow.titleNamed("Công đoàn viên xuất sắc", AwardSubject.CA_NHAN));
        assertEquals(Optional.empty(), ReviewRow.titleNamed("Tập thể lao động tiên tiến", AwardSubject.CA_NHAN));
        assertEquals(Optional.empty(), ReviewRow.titleNamed(null, AwardSubject.CA_NHAN));
    }
}
