package vn.tdkt.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.council.domain.Council;

class LetterheadTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            'Ủy ban nhân dân tỉnh Hưng Yên',               Hưng Yên
            'Uỷ ban nhân dân thành phố Hà Nội',            Hà Nội
            'Ủy ban nhân dân Thành phố Hồ Chí Minh',       Thành phố Hồ Chí Minh
            'Ủy ban nhân dân xã Tân Hưng',                 Tân Hưng
            'Sở Nội vụ',                                   Sở Nội vụ
            """)
    void placeIsTheAdministrativeUnitOfTheAuthority(String authority, String place) {
        assertEquals(place, Letterhead.place(authority));
    }

    @Test
    void theCouncilsOwnLetterheadAndNumbering() {
        Letterhead l = Letterhead.ofCouncil(new Council(1, "Hội đồng Thi đua - Khen thưởng tỉnh Bắc Ninh", "86/QĐ-UBND",
                LocalDate.of(2025, 12, 3), "Ủy ban nhân dân tỉnh Bắc Ninh"));
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH"), l.parent());
        assertEquals(List.of("HỘI ĐỒNG", "THI ĐUA - KHEN THƯỞNG"), l.issuer());
        assertEquals("Số:      /TTr-HĐTĐKT", l.numberLine("TTr"));
        assertEquals("Bắc Ninh, ngày 05 tháng 01 năm 2026", l.placeAndDate(LocalDate.of(2026, 1, 5)));
        assertEquals("Hội đồng Thi đua - Khen thưởng tỉnh Bắc Ninh", l.issuerName());
        Letterhead other = Letterhead.ofCouncil(new Council(2, "Hội đồng Thi đua - Khen thưởng Sở Y tế", "5/QĐ-SYT",
                LocalDate.of(2025, 1, 3), "Sở Y tế"));
        assertEquals(List.of("SỞ Y TẾ"), other.parent());
    }
}
