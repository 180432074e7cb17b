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
}
