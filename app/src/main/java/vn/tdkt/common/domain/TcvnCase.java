package vn.tdkt.common.domain;

/**
 * Puts back the capitals TCVN3 cannot write (decision record 0056). TCVN3 (.VnTime) has capital codes only for Ă Â Ê
 * Ô Ơ Ư Đ; a capital vowel with a tone (Á, Ủ, Ý …) is typed with its lower-case code and shows as a capital only in a
 * capitals font (.VnTimeH), which the cell's bytes do not name. So a letter decoded from such a "caseless" code is
 * made a capital where the cell itself shows it was one:
 * <ol>
 * <li>a cell of capitals: its plain letters (two or more) are all capitals ("TRÇN THÞ ý" = TRẦN THỊ Ý);</li>
 * <li>a word of capitals: its plain letters (two or more) are all capitals;</li>
 * <li>a title-case cell (a name, a unit): every other word that begins with a letter having both cases begins with a
 * capital ("Vò Ngäc ¸nh" = Vũ Ngọc Ánh, "Tr­êng THCS ¸nh D­¬ng");</li>
 * <li>the first letter of the cell and of a sentence in it ("ñy viªn" = Ủy viên).</li>
 * </ol>
 * A caseless letter anywhere else stays lower case ("Lao ®éng tiªn tiÕn"). A letter with a capital code keeps the
 * case its code gives.
 */
final class TcvnCase {

    private TcvnCase() {
    }

    /** {@code out}: the decoded letters in place of the codes; {@code caseless}: decoded from a code with no capital. */
    static void restore(String raw, char[] out, boolean[] caseless) {
        int asciiUpper = 0;
        int asciiLower = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x80 && Character.isLetter(c)) {
                if (Character.isUpperCase(c)) {
                    asciiUpper++;
                } else {
                    asciiLower++;
                }
            }
        }
        if (asciiUpper >= 2 && asciiLower == 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] = Character.toUpperCase(out[i]);
            }
            return;
        }
        int casedWords = 0;
        int casedCapitalWords = 0;
        for (int i = 0; i < out.length; i++) {
            if (wordStart(out, i) && !caseless[i]) {
                casedWords++;
                casedCapitalWords += Character.isUpperCase(out[i]) ? 1 : 0;
            }
        }
        boolean titleCase = casedWords > 0 && casedWords == casedCapitalWords;
        for (int i = 0; i < out.length; i++) {
            if (!wordStart(out, i)) {
                continue;
            }
            int end = i;
            int upper = 0;
            int lower = 0;
            while (end < out.length && Character.isLetter(out[end])) {
                char c = raw.charAt(end);
                if (c < 0x80) {
                    upper += Character.isUpperCase(c) ? 1 : 0;
                    lower += Character.isUpperCase(c) ? 0 : 1;
                }
                end++;
            }
            if (upper >= 2 && lower == 0) {
                for (int k = i; k < end; k++) {
                    out[k] = Character.toUpperCase(out[k]);
                }
            } else if (caseless[i] && (titleCase || sentenceStart(out, i))) {
                out[i] = Character.toUpperCase(out[i]);
            }
        }
    }

    private static boolean wordStart(char[] out, int i) {
        return Character.isLetter(out[i]) && (i == 0 || !Character.isLetterOrDigit(out[i - 1]));
    }

    /** Nothing but spaces and punctuation before it, or after the end of a sentence (". ", "! ", "? "). */
    private static boolean sentenceStart(char[] out, int i) {
        int k = i - 1;
        while (k >= 0 && Character.isWhitespace(out[k])) {
            k--;
        }
        if (k < 0) {
            return true;
        }
        if (k < i - 1 && (out[k] == '.' || out[k] == '!' || out[k] == '?')) {
            return true;
        }
        for (int j = 0; j <= k; j++) {
            if (Character.isLetterOrDigit(out[j])) {
                return false;
            }
        }
        return true;
    }
}
