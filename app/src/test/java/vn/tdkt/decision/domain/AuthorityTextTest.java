package vn.tdkt.decision.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The issuing body and the signer of a decision known only from the imported award history (issue #13, award-list). */
class AuthorityTextTest {

    @Test
    void readsTheBodyAndTheSignerFromTheAuthority() {
        assertEquals(new AuthorityText(List.of("ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN"), "CHỦ TỊCH"),
                AuthorityText.of("Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên"));
        assertEquals(new AuthorityText(List.of("SỞ NỘI VỤ"), "GIÁM ĐỐC"), AuthorityText.of("Giám đốc Sở Nội vụ"));
        assertEquals(new AuthorityText(List.of("THỦ TƯỚNG CHÍNH PHỦ"), "THỦ TƯỚNG"), AuthorityText.of("Thủ tướng Chính phủ"));
        assertEquals(new AuthorityText(List.of("CÔNG TY ABC"), "THỦ TRƯỞNG ĐƠN VỊ"), AuthorityText.of("Công ty ABC"));
    }
}
