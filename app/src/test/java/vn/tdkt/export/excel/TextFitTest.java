package vn.tdkt.export.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.tdkt.export.TextWidth;

class TextFitTest {

    @Test
    void vietnameseLettersMeasureLikeTheirBaseLetters() {
        assertEquals(TextWidth.twips("Duong", 12, false), TextWidth.twips("Dương", 12, false));
        assertEquals(TextWidth.twips("D", 13, true), TextWidth.twips("Đ", 13, true));
        assertEquals(TextWidth.twips("a", 12, false), TextWidth.twips("ặ", 12, false));
        // Times Bold "A" is 722/1000 em: 13 pt → 9,386 pt → 188 twips
        assertEquals(188, TextWidth.twips("A", 13, true));
        assertTrue(TextWidth.twips("Hưng Yên", 12, true) > TextWidth.twips("Hưng Yên", 12, false));
    }

    @Test
    void longTextNeedsMoreLinesInANarrowColumn() {
        String unit = "Trường THPT chuyên Hưng Yên, Sở Giáo dục và Đào tạo";
        assertEquals(1, TextFit.lines(unit, 60));
        assertEquals(2, TextFit.lines(unit, 30));
        assertEquals(1, TextFit.lines("", 10));
        assertEquals(1, TextFit.lines(null, 10));
        assertEquals(31.5f, TextFit.height(2));
    }

    /** The sample's household Diễn giải: 2,1 column widths of text, 3 lines once wrapped word by word. */
    @Test
    void wrappingWordByWordLosesTheRoomLeftAtEachLineEnd() {
        String why = "hộ gia đình = 1,5 × 3.510.000 đ (mức tiền thưởng của cá nhân: 1,5 × 2.340.000 = 3.510.000 đ) = "
                + "5.265.000 đ, làm tròn lên 5.270.000 đ (Điều 54 Nghị định số 152/2025/NĐ-CP; khoản 2 Điều 3 Nghị định "
                + "số 73/2024/NĐ-CP)";
        int usable = 90 * 120 - 60;
        assertTrue(TextWidth.twips(why, 12, false) <= 2.2 * usable, "about two widths of text");
        assertEquals(3, TextFit.lines(why, 90));
        assertEquals(2, TextFit.lines("một\nhai", 30), "a line break starts a line");
        assertEquals(3, TextFit.lines("x".repeat(40), 20), "a word wider than the column breaks inside it");
    }
}
