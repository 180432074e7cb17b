package vn.tdkt.export.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VnDocTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "0 | không",
        "5 | năm",
        "10 | mười",
        "11 | mười một",
        "15 | mười lăm",
        "21 | hai mươi mốt",
        "24 | hai mươi bốn",
        "25 | hai mươi lăm",
        "50 | năm mươi",
        "101 | một trăm linh một",
        "105 | một trăm linh năm",
        "110 | một trăm mười",
        "215 | hai trăm mười lăm",
        "1000 | một nghìn",
        "10000 | mười nghìn",
        "710000 | bảy trăm mười nghìn",
        "1000000 | một triệu",
        "1000500 | một triệu năm trăm",
        "1005000 | một triệu không trăm linh năm nghìn",
        "1050000 | một triệu không trăm năm mươi nghìn",
        "1520000 | một triệu năm trăm hai mươi nghìn",
        "20240000 | hai mươi triệu hai trăm bốn mươi nghìn",
        "1000000000 | một tỷ",
        "1050000000 | một tỷ không trăm năm mươi triệu",
        "76000000000 | bảy mươi sáu tỷ",
        "2000000000000 | hai nghìn tỷ",
        "1001000001 | một tỷ không trăm linh một triệu không trăm linh một",
        "1000001001 | một tỷ không trăm linh một nghìn không trăm linh một",
    })
    void readsNumbers(long n, String words) {
        assertEquals(words, VnDocText.numberInWords(n));
    }

    @Test
    void amountInWordsStartsWithACapitalAndEndsWithDong() {
        assertEquals("Một triệu năm trăm hai mươi nghìn đồng", VnDocText.amountInWords(1_520_000));
        assertEquals("Không đồng", VnDocText.amountInWords(0));
        assertEquals("Bảy trăm mười nghìn đồng", VnDocText.amountInWords(710_000));
    }

    @Test
    void longDatePadsDaysBelowTenAndMonthsOneAndTwo() {
        assertEquals("ngày 05 tháng 01 năm 2026", VnDocText.longDate(LocalDate.of(2026, 1, 5)));
        assertEquals("ngày 29 tháng 6 năm 2019", VnDocText.longDate(LocalDate.of(2019, 6, 29)));
        assertEquals("ngày 15 tháng 12 năm 2025", VnDocText.longDate(LocalDate.of(2025, 12, 15)));
    }

    @Test
    void upperCaseKeepsVietnameseLetters() {
        assertEquals("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", VnDocText.upper("Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên"));
    }

    @Test
    void aCitationsWordKeepsItsNumberOnItsLine() {
        assertEquals("- Chiến sĩ thi đua cơ sở; căn cứ Điều\u00A023 Luật Thi đua, khen thưởng số\u00A006/2022/QH15;",
                VnDocText.keepCitedNumbers("- Chiến sĩ thi đua cơ sở; căn cứ Điều 23 Luật Thi đua, khen thưởng số 06/2022/QH15;"));
        assertEquals("điểm\u00A0b khoản\u00A01 Điều\u00A074", VnDocText.keepCitedNumbers("điểm b khoản 1 Điều 74"));
        assertEquals("Số lượng khen thưởng; tổng số: 5", VnDocText.keepCitedNumbers("Số lượng khen thưởng; tổng số: 5"),
                "a word that is not before a number, or a capital Số, stays as typed");
        assertEquals("khen thưởng số lượng lớn, điểm cao", VnDocText.keepCitedNumbers("khen thưởng số lượng lớn, điểm cao"));
    }
}
