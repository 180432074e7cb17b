package vn.tdkt.common.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseTextTest {

    @Test
    void foldRemovesDiacriticsAndDStroke() {
        assertEquals("nguyen van a", VietnameseText.fold("Nguyễn  Văn A"));
        assertEquals("dang thi thuy", VietnameseText.fold("Đặng Thị Thủy"));
    }

    @Test
    void foldTreatsNfdLikeNfc() {
        String nfd = Normalizer.normalize("Trần Thị Ngọc Ánh", Normalizer.Form.NFD);
        assertEquals(VietnameseText.fold("Trần Thị Ngọc Ánh"), VietnameseText.fold(nfd));
    }

    @Test
    void cleanProducesNfcWithSingleSpaces() {
        String nfd = Normalizer.normalize("  Lê   Thị  Hằng ", Normalizer.Form.NFD);
        String cleaned = VietnameseText.clean(nfd);
        assertEquals("Lê Thị Hằng", cleaned);
        assertTrue(Normalizer.isNormalized(cleaned, Normalizer.Form.NFC));
    }

    @Test
    void collationFollowsVietnameseAlphabet() {
        List<String> words = new ArrayList<>(List.of("Đức", "Dũng", "Ân", "An", "Ấn", "Bình", "Ơn", "Ông", "Ở", "Uyên", "Ưng"));
        words.sort(Comparator.comparing(VietnameseText::collationKey));
        assertEquals(List.of("An", "Ân", "Ấn", "Bình", "Dũng", "Đức", "Ông", "Ở", "Ơn", "Uyên", "Ưng"), words);
    }

    @Test
    void toneOrderIsNgangHuyenHoiNgaSacNang() {
        List<String> words = new ArrayList<>(List.of("mạ", "má", "mã", "mả", "mà", "ma"));
        words.sort(Comparator.comparing(VietnameseText::collationKey));
        assertEquals(List.of("ma", "mà", "mả", "mã", "má", "mạ"), words);
    }

    @Test
    void peopleSortByGivenNameFirst() {
        List<String> names = new ArrayList<>(List.of("Trần Văn Bình", "Nguyễn Thị An", "Lê Văn An", "Phạm Đức Anh"));
        names.sort(Comparator.comparing(VietnameseText::nameSortKey));
        assertEquals(List.of("Lê Văn An", "Nguyễn Thị An", "Phạm Đức Anh", "Trần Văn Bình"), names);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NguyÔn V¨n A", "TrÇn ThÞ B×nh", "Nguyeãn Vaên An", "Tröông Thò Hoa"})
    void legacyEncodingsAreDetected(String legacy) {
        assertTrue(VietnameseText.looksLegacyEncoded(legacy));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn Văn A", "Trần Thị Bình", "Phòng Tổ chức - Hành chính", "Ô Môn", "Võ Thị Ánh", "Hà Tĩnh"})
    void unicodeVietnameseIsNotLegacy(String ok) {
        assertFalse(VietnameseText.looksLegacyEncoded(ok));
    }
}
