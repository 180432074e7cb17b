package vn.tdkt.common.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a word is written like Vietnamese: one syllable (initial consonant, vowel nucleus with its glides, final
 * consonant), at most one tone, a stop final (c, ch, p, t) only with the sắc or nặng tone, and the case of a word
 * (lower, Capitalised or ALL CAPS). Words without a vowel (abbreviations such as TĐKT, NĐ) and words of plain ASCII
 * letters (names, codes) are not judged. Used to decide whether a cell is Unicode, TCVN3 or VNI.
 */
public final class VietnameseSyllables {

    private static final List<String> INITIALS = List.of("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr",
            "qu", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "");
    /** Nuclei that may take a final consonant. */
    private static final Set<String> OPEN = Set.of("a", "ă", "â", "e", "ê", "i", "y", "o", "ô", "ơ", "u", "ư", "iê", "yê",
            "oa", "oă", "oe", "uâ", "uê", "uô", "ươ", "uy", "uyê", "oo", "ua", "ưa");
    /** Nuclei ending in a glide (no final consonant). */
    private static final Set<String> CLOSED = Set.of("ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi",
            "ơi", "ui", "uơ", "ưi", "ưu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyu", "ươi", "ươu", "yêu", "iêu",
            "uêu", "uai", "uao", "uay", "ueo");
    private static final List<String> FINALS = List.of("ch", "ng", "nh", "c", "m", "n", "p", "t", "");
    private static final String VOWELS = "aăâeêioôơuưy";
    /** Combining tone marks after NFD: huyền, sắc, hỏi, ngã, nặng. */
    private static final String TONES = "\u0300\u0301\u0309\u0303\u0323";

    private VietnameseSyllables() {
    }

    /** True when the word is not judged (no vowel, or ASCII only) or is a well-formed Vietnamese syllable. */
    public static boolean plausible(String word) {
        if (word.isEmpty() || word.chars().allMatch(c -> c < 0x80)) {
            return true;
        }
        if (!caseShapeOk(word)) {
            return false;
        }
        String nfd = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder();
        char tone = 0;
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                if (tone != 0) {
                    return false;
                }
                tone = c;
            } else {
                base.append(c);
            }
        }
        String b = Normalizer.normalize(base, Normalizer.Form.NFC);
        if (b.chars().noneMatch(c -> VOWELS.indexOf(c) >= 0)) {
            return b.chars().allMatch(c -> c < 0x80 || c == 'đ') && tone == 0;
        }
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c == 'đ' || VOWELS.indexOf(c) >= 0)) {
                return false;
            }
        }
        for (String ini : INITIALS) {
            if (b.startsWith(ini) && rhyme(b.substring(ini.length()), tone, ini)) {
                return true;
            }
        }
        return false;
    }

    private static boolean rhyme(String r, char tone, String initial) {
        if (r.isEmpty()) {
            return "gi".equals(initial); // gì, gí: the i of gi is the nucleus
        }
        for (String fin : FINALS) {
            if (!r.endsWith(fin)) {
                continue;
            }
            String nucleus = r.substring(0, r.length() - fin.length());
            boolean ok = fin.isEmpty() ? OPEN.contains(nucleus) || CLOSED.contains(nucleus) : OPEN.contains(nucleus);
            if (!ok) {
                continue;
            }
            boolean stop = fin.equals("c") || fin.equals("ch") || fin.equals("p") || fin.equals("t");
            if (stop && tone != 0 && tone != '\u0301' && tone != '\u0323') {
                continue;
            }
            if (fin.isEmpty() && (nucleus.equals("ă") || nucleus.equals("â") || nucleus.equals("oă") || nucleus.equals("uâ"))) {
                continue;
            }
            return true;
        }
        return false;
    }

    private static boolean caseShapeOk(String word) {
        boolean allUpper = true;
        boolean restLower = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            if (Character.isLowerCase(c)) {
                allUpper = false;
            } else if (i > 0) {
                restLower = false;
            }
        }
        return allUpper || restLower;
    }

    /** Every word of the text (runs of letters and combining marks) is plausible. */
    public static boolean plausibleText(String text) {
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i > start && !plausible(text.substring(start, i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
