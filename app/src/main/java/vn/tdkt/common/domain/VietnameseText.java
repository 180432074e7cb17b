package vn.tdkt.common.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text rules used everywhere: NFC storage, diacritic-insensitive search keys,
 * Vietnamese collation keys (given name first for people) and detection of legacy encodings
 * (TCVN3/ABC, VNI) that clerks still paste from old files.
 */
public final class VietnameseText {

    /** Alphabet order of Vietnamese base letters (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y). */
    private static final String ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
    /** Dictionary tone order: ngang, huyền, hỏi, ngã, sắc, nặng. */
    private static final char[] TONES = {'\u0300', '\u0309', '\u0303', '\u0301', '\u0323'};
    /** Latin-1 letters that really occur in NFC Vietnamese text. */
    private static final String VIETNAMESE_LATIN1 = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";

    private VietnameseText() {
    }

    /** Trims, collapses inner whitespace and normalises to NFC; null stays null, blank becomes "". */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Lower case, no diacritics, đ → d, single spaces: "Nguyễn Văn A" → "nguyen van a". */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /**
     * A key whose plain String order is Vietnamese dictionary order: base letters first
     * (with ă, â, đ, ê, ô, ơ, ư as letters of their own), then tones, then case.
     */
    public static String collationKey(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder primary = new StringBuilder(d.length());
        StringBuilder tones = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            char next = i + 1 < d.length() ? d.charAt(i + 1) : 0;
            int tone = 0;
            char letter = c;
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            // recompose the letter-forming marks (breve, circumflex, horn)
            if (next == '\u0306' || next == '\u0302' || next == '\u031B') {
                letter = Normalizer.normalize("" + c + next, Normalizer.Form.NFC).charAt(0);
            }
            for (int j = i + 1; j < d.length() && Character.getType(d.charAt(j)) == Character.NON_SPACING_MARK; j++) {
                for (int t = 0; t < TONES.length; t++) {
                    if (d.charAt(j) == TONES[t]) {
                        tone = t + 1;
                    }
                }
            }
            int idx = ALPHABET.indexOf(letter);
            if (idx >= 0) {
                primary.append((char) ('A' + idx));
                tones.append((char) ('0' + tone));
            } else if (Character.isWhitespace(letter)) {
                primary.append(' ');
            } else if (Character.isDigit(letter)) {
                primary.append('!').append(letter);
            } else {
                primary.append('~').append(letter);
            }
        }
        return primary + "\u0001" + tones;
    }

    /** Sort key for a person's full name: given name, then the rest in order ("Nguyễn Văn An" sorts by "An"). */
    public static String nameSortKey(String fullName) {
        String n = clean(fullName == null ? "" : fullName);
        int cut = n.lastIndexOf(' ');
        String given = cut < 0 ? n : n.substring(cut + 1);
        String rest = cut < 0 ? "" : n.substring(0, cut);
        // \u0001 below every key character, as \u0000 was (PostgreSQL text cannot hold \u0000; V80 rewrites old keys)
        return collationKey(given) + "\u0001" + collationKey(rest);
    }

    /**
     * True when the text looks like TCVN3/ABC or VNI bytes shown as Latin-1 ("NguyÔn V¨n A", "Nguyeãn Vaên A"),
     * which must be converted to Unicode before import.
     */
    public static boolean looksLegacyEncoded(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u00A1' && c <= '\u00FF' && VIETNAMESE_LATIN1.indexOf(c) < 0 && c != '\u00B0' && c != '\u00B7'
                    && c != '\u00AB' && c != '\u00BB' && c != '\u00A7') {
                return true;
            }
            // VNI writes marks as a Latin-1 letter after the vowel ("Vaên", "Nguyeãn"); Unicode Vietnamese never
            // puts an accented Latin-1 vowel right after a or e
            if (i > 0 && c >= '\u00C0' && c <= '\u00FF' && "aeAE".indexOf(s.charAt(i - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
