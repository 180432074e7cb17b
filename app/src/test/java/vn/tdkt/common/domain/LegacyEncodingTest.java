package vn.tdkt.common.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The TCVN3 and VNI tables: every letter with every tone, both cases, both directions; the cell decisions. */
class LegacyEncodingTest {

    /** Every Vietnamese letter with a diacritic or tone, lower and upper case: 66 × 2 + đ Đ. */
    static List<String> letters() {
        List<String> out = new ArrayList<>();
        for (String row : LegacyEncoding.VOWEL_ROWS) {
            for (int t = 0; t < 6; t++) {
                char c = row.charAt(t);
                if (t > 0 || "ăâêôơư".indexOf(c) >= 0) {
                    out.add(String.valueOf(c));
                    out.add(String.valueOf(c).toUpperCase(Locale.ROOT));
                }
            }
        }
        out.add("đ");
        out.add("Đ");
        return out;
    }

    static Stream<Arguments> everyLetterInBothEncodings() {
        List<Arguments> out = new ArrayList<>();
        for (LegacyEncoding e : LegacyEncoding.values()) {
            for (String l : letters()) {
                out.add(Arguments.of(e, l));
            }
        }
        return out.stream();
    }

    @Test
    void theTablesHaveEveryLetterWithEveryToneInBothCases() {
        assertEquals(134, letters().size());
        for (LegacyEncoding e : LegacyEncoding.values()) {
            Map<String, String> table = e.table();
            assertEquals(new HashSet<>(letters()), table.keySet(), e.name());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyLetterInBothEncodings")
    void everyLetterEncodesToItsTableEntryAndDecodesBack(LegacyEncoding e, String letter) {
        String legacy = e.table().get(letter);
        assertEquals(legacy, e.encode(letter));
        assertTrue(legacy.chars().allMatch(c -> c <= 0xFF), "legacy text is Latin-1: " + legacy);
        // in a word: a TCVN3 capital with a tone is the lower-case code in a word of capitals (.VnTimeH)
        boolean upper = Character.isUpperCase(letter.charAt(0));
        String word = upper ? "T" + letter + "N" : "t" + letter + "n";
        assertEquals(word, e.decode(e.encode(word)), e + " " + word);
        // alone, a TCVN3 toned vowel has no case of its own: it begins the cell, so it is the capital (record 0056)
        boolean caseless = e == LegacyEncoding.TCVN3 && "ĂÂÊÔƠƯĐăâêôơưđ".indexOf(letter.charAt(0)) < 0;
        assertEquals(caseless ? letter.toUpperCase(Locale.ROOT) : letter, e.decode(legacy), "alone: " + letter);
    }

    @Test
    void theTablesAreOneToOne() {
        Set<String> tcvn = new HashSet<>();
        Set<String> vni = new HashSet<>();
        for (String l : letters()) {
            if (Character.isLowerCase(l.charAt(0)) || "ĂÂÊÔƠƯĐ".contains(l)) {
                assertTrue(tcvn.add(LegacyEncoding.TCVN3.table().get(l)), "TCVN3 code used twice: " + l);
            }
            assertTrue(vni.add(LegacyEncoding.VNI.table().get(l)), "VNI spelling used twice: " + l);
        }
    }

    @ParameterizedTest
    @MethodSource("knownSpellings")
    void knownLegacySpellings(LegacyEncoding e, String legacy, String unicode) {
        assertEquals(unicode, e.decode(legacy));
        assertEquals(legacy, e.encode(unicode));
    }

    static Stream<Arguments> knownSpellings() {
        return Stream.of(
                Arguments.of(LegacyEncoding.TCVN3, "Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
                Arguments.of(LegacyEncoding.TCVN3, "§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
                Arguments.of(LegacyEncoding.TCVN3, "NguyÔn V¨n A", "Nguyễn Văn A"),
                Arguments.of(LegacyEncoding.TCVN3, "ChiÕn sÜ thi ®ua c¬ së", "Chiến sĩ thi đua cơ sở"),
                Arguments.of(LegacyEncoding.VNI, "Nguyeãn Vaên A", "Nguyễn Văn A"),
                Arguments.of(LegacyEncoding.VNI, "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
                Arguments.of(LegacyEncoding.VNI, "Tröôøng Ñaïi hoïc", "Trường Đại học"),
                Arguments.of(LegacyEncoding.VNI, "NGUYEÃN THÒ LAN", "NGUYỄN THỊ LAN"));
    }

    /**
     * TCVN3 has no capital with a tone: the clerk types the lower-case code and the cell shows where a capital was meant
     * (record 0056). Intended text → what the decoder gives for the TCVN3 bytes the clerk typed.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("tcvn3Capitals")
    void tcvn3CapitalsWithAToneComeBackWhereTheCellShowsThem(String intended, String decoded) {
        String typed = LegacyEncoding.TCVN3.encode(intended);
        assertEquals(decoded, LegacyEncoding.TCVN3.decode(typed), typed);
    }

    static Stream<Arguments> tcvn3Capitals() {
        return Stream.of(
                // a name: every other word begins with a capital
                Arguments.of("Vũ Ngọc Ánh", "Vũ Ngọc Ánh"),
                Arguments.of("Nguyễn Thị Út", "Nguyễn Thị Út"),
                Arguments.of("Lê Ánh", "Lê Ánh"),
                Arguments.of("Trường THCS Ánh Dương", "Trường THCS Ánh Dương"),
                Arguments.of("Đặng Ý Nhi", "Đặng Ý Nhi"),
                // a cell of capitals (.VnTimeH): its plain letters are all capitals, even a word with none
                Arguments.of("VŨ NGỌC ÁNH", "VŨ NGỌC ÁNH"),
                Arguments.of("TRẦN THỊ Ý", "TRẦN THỊ Ý"),
                Arguments.of("LÊ THỊ ỐC", "LÊ THỊ ỐC"),
                // the first letter of the cell and of a sentence
                Arguments.of("Ủy viên Ban chấp hành", "Ủy viên Ban chấp hành"),
                Arguments.of("ủy viên", "Ủy viên"),
                Arguments.of("ít ngày. ốm dài ngày", "Ít ngày. Ốm dài ngày"),
                Arguments.of("Ốm dài ngày", "Ốm dài ngày"),
                // running text: a toned vowel inside stays lower case; the bare capitals keep their own codes
                Arguments.of("Lao động tiên tiến", "Lao động tiên tiến"),
                Arguments.of("Có ý kiến", "Có ý kiến"),
                Arguments.of("Sở GD&ĐT tỉnh Hưng Yên", "Sở GD&ĐT tỉnh Hưng Yên"),
                Arguments.of("đã nghỉ hưu", "đã nghỉ hưu"),
                Arguments.of("Ông Ân Ơn", "Ông Ân Ơn"));
    }

    @Test
    void theIssueExampleIsConvertedWithItsCapital() {
        assertEquals("Vũ Ngọc Ánh", LegacyEncoding.TCVN3.decode("V\u00F2 Ng\u00E4c \u00B8nh"));
        LegacyConverter c = new LegacyConverter();
        assertEquals("Vũ Ngọc Ánh", c.convert("Đăng ký thi đua", 8, "Họ và tên", "Vò Ngäc ¸nh"));
        assertEquals(LegacyEncoding.TCVN3, c.conversions().get(0).encoding());
    }

    @Test
    void aLetterTheEncodingDoesNotHaveGivesNoReading() {
        assertNull(LegacyEncoding.TCVN3.decode("\u00E0")); // 0xE0 is no TCVN3 code
        assertNull(LegacyEncoding.VNI.decode("\u00A7"));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void cellsAreConvertedKeptOrReported(String before, String after, String outcome) {
        LegacyConverter c = new LegacyConverter();
        String got = c.convert("Đăng ký thi đua", 7, "Họ và tên", before);
        assertEquals(after, got);
        switch (outcome) {
            case "kept" -> assertTrue(c.conversions().isEmpty() && c.problems().isEmpty());
            case "TCVN3", "VNI" -> {
                assertEquals(1, c.conversions().size());
                assertEquals(outcome, c.conversions().get(0).encoding().name());
                assertEquals(before, c.conversions().get(0).before());
                assertEquals(7, c.conversions().get(0).row());
            }
            default -> {
                assertEquals(1, c.problems().size());
                assertTrue(c.problems().get(0).describe().startsWith("Sheet 'Đăng ký thi đua', dòng 7, cột 'Họ và tên'"),
                        c.problems().get(0).describe());
            }
        }
    }

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("Nguyễn Văn An", "Nguyễn Văn An", "kept"),
                Arguments.of("Lê Hà", "Lê Hà", "kept"),
                Arguments.of("Có", "Có", "kept"),
                Arguments.of("José Nam", "José Nam", "kept"),
                Arguments.of("NguyÔn V¨n An", "Nguyễn Văn An", "TCVN3"),
                Arguments.of("Lao ®éng tiªn tiÕn", "Lao động tiên tiến", "TCVN3"),
                Arguments.of("TRÇN THÞ B×NH", "TRẦN THỊ BÌNH", "TCVN3"),
                Arguments.of("Vò Ngäc ¸nh", "Vũ Ngọc Ánh", "TCVN3"),
                Arguments.of("Nguyeãn Vaên An", "Nguyễn Văn An", "VNI"),
                Arguments.of("Chieán só thi ñua cô sôû", "Chiến sĩ thi đua cơ sở", "VNI"),
                Arguments.of("V¨n ®Xyz¸", "V¨n ®Xyz¸", "invalid"));
    }

    @Test
    void aShortCellFollowsTheEncodingTheFileShows() {
        LegacyConverter c = new LegacyConverter();
        c.observe("NguyÔn V¨n An");
        c.observe("Cã");
        assertEquals("Có", c.convert("S", 3, "Ghi chú", "Cã"));
        LegacyConverter unicodeFile = new LegacyConverter();
        unicodeFile.observe("Nguyễn Văn An");
        assertEquals("Cã", unicodeFile.convert("S", 3, "Ghi chú", "Cã"));
        assertFalse(unicodeFile.problems().iterator().hasNext());
    }
}
