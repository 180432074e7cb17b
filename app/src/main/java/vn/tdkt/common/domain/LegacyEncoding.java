package vn.tdkt.common.domain;

import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The two legacy 8-bit Vietnamese encodings a cell of an old sheet may hold, read as Latin-1 / Windows-1252 text:
 * TCVN3 (ABC, the .VnTime fonts; TCVN 5712:1993) and VNI Windows (the VNI-Times fonts). Each has its complete mapping
 * table (every vowel with every tone, đ; upper and lower case) used in both directions.
 * <p>
 * TCVN3 encodes the lower-case letters and only the seven bare capitals Ă Â Ê Ô Ơ Ư Đ: capitals with a tone are the
 * lower-case codes, shown as capitals only by a capitals font (.VnTimeH) or typed as lower case in .VnTime; {@link #decode}
 * restores them as capitals where the cell shows it ({@link TcvnCase}, decision record 0056). VNI writes a vowel with its
 * marks as the plain letter followed by one mark character (a + ù = á, e + ã = ễ), except đ, ơ, ư and the toned i, which
 * are one character each.
 */
public enum LegacyEncoding implements Labelled {
    TCVN3("TCVN3 (ABC)"), VNI("VNI");

    private final String label;

    LegacyEncoding(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The vowels in table order and the tones: none, huyền, hỏi, ngã, sắc, nặng. */
    static final String[] VOWEL_ROWS = {
        "aàảãáạ", "ăằẳẵắặ", "âầẩẫấậ", "eèẻẽéẹ", "êềểễếệ", "iìỉĩíị",
        "oòỏõóọ", "ôồổỗốộ", "ơờởỡớợ", "uùủũúụ", "ưừửữứự", "yỳỷỹýỵ"};

    /** TCVN3 codes of the rows above (lower case), position for position; 0 for a plain ASCII letter. */
    private static final int[][] TCVN3_LOWER = {
        {0, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9},
        {0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6},
        {0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB},
        {0, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1},
        {0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6},
        {0, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE},
        {0, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4},
        {0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9},
        {0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE},
        {0, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4},
        {0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9},
        {0, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE}};

    /** VNI mark characters by (diacritic, tone): rows none / circumflex / breve, columns as the tones above. */
    private static final String VNI_MARKS_LOWER = "\u0000øûõùï" + "âàåãáä" + "êèúüéë";
    private static final String VNI_MARKS_UPPER = "\u0000ØÛÕÙÏ" + "ÂÀÅÃÁÄ" + "ÊÈÚÜÉË";
    /** VNI single characters: ơ ư đ and i with its tones (lower, upper). */
    private static final String VNI_SINGLE_LOWER_BASE = "ơưđ";
    private static final String VNI_SINGLE_LOWER = "ôöñ";
    private static final String VNI_SINGLE_UPPER = "ÔÖÑ";
    private static final String VNI_I_LOWER = "\u0000ìæóíò";
    private static final String VNI_I_UPPER = "\u0000ÌÆÓÍÒ";

    private static final Map<Character, Character> TCVN3_DECODE;
    private static final Map<Character, Character> TCVN3_ENCODE;

    static {
        Map<Character, Character> dec = new HashMap<>();
        for (int r = 0; r < VOWEL_ROWS.length; r++) {
            for (int t = 0; t < 6; t++) {
                if (TCVN3_LOWER[r][t] != 0) {
                    dec.put((char) TCVN3_LOWER[r][t], VOWEL_ROWS[r].charAt(t));
                }
            }
        }
        dec.put((char) 0xAE, 'đ');
        String capitals = "ĂÂÊÔƠƯĐ";
        for (int i = 0; i < capitals.length(); i++) {
            dec.put((char) (0xA1 + i), capitals.charAt(i));
        }
        Map<Character, Character> enc = new HashMap<>();
        dec.forEach((k, v) -> enc.put(v, k));
        TCVN3_DECODE = Collections.unmodifiableMap(dec);
        TCVN3_ENCODE = Collections.unmodifiableMap(enc);
    }

    /**
     * The whole table: every Vietnamese letter with a diacritic or tone (NFC, upper and lower case) → its legacy
     * spelling. For TCVN3 a capital with a tone is written with its lower-case code (it needs a capitals font).
     */
    public Map<String, String> table() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String row : VOWEL_ROWS) {
            for (int t = 0; t < 6; t++) {
                String lower = String.valueOf(row.charAt(t));
                String upper = lower.toUpperCase(Locale.ROOT);
                if (t > 0 || "ăâêôơư".indexOf(lower.charAt(0)) >= 0) {
                    out.put(lower, encode(lower));
                    out.put(upper, encode(upper));
                }
            }
        }
        out.put("đ", encode("đ"));
        out.put("Đ", encode("Đ"));
        return out;
    }

    /** Unicode (NFC) → this encoding, as Latin-1 characters. Characters without a legacy spelling are kept. */
    public String encode(String unicode) {
        String s = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (this == TCVN3) {
                Character code = TCVN3_ENCODE.get(c);
                if (code == null && Character.isUpperCase(c)) {
                    code = TCVN3_ENCODE.get(Character.toLowerCase(c));
                }
                b.append(code == null ? c : code);
            } else {
                encodeVni(c, b);
            }
        }
        return b.toString();
    }

    private static void encodeVni(char c, StringBuilder b) {
        boolean upper = Character.isUpperCase(c);
        char lower = Character.toLowerCase(c);
        int single = VNI_SINGLE_LOWER_BASE.indexOf(lower);
        if (single >= 0) {
            b.append((upper ? VNI_SINGLE_UPPER : VNI_SINGLE_LOWER).charAt(single));
            return;
        }
        for (int r = 0; r < VOWEL_ROWS.length; r++) {
            int t = VOWEL_ROWS[r].indexOf(lower);
            if (t < 0) {
                continue;
            }
            char base = VOWEL_ROWS[r].charAt(0);
            if (base == 'i') {
                b.append(t == 0 ? c : (upper ? VNI_I_UPPER : VNI_I_LOWER).charAt(t));
                return;
            }
            int diacritic = base == 'â' || base == 'ê' || base == 'ô' ? 1 : base == 'ă' ? 2 : 0;
            char plain = switch (base) {
                case 'â', 'ă' -> 'a';
                case 'ê' -> 'e';
                case 'ô' -> 'o';
                case 'ơ', 'ư' -> VNI_SINGLE_LOWER.charAt(VNI_SINGLE_LOWER_BASE.indexOf(base));
                default -> base;
            };
            b.append(upper ? Character.toUpperCase(plain) : plain);
            if (diacritic != 0 || t != 0) {
                b.append((upper ? VNI_MARKS_UPPER : VNI_MARKS_LOWER).charAt(diacritic * 6 + t));
            }
            return;
        }
        b.append(c);
    }

    /**
     * Legacy text (Latin-1 characters) → Unicode NFC, or null when a character has no meaning in this encoding (a
     * Latin-1 letter that is not a code of TCVN3, a VNI mark after a letter it cannot mark).
     */
    public String decode(String legacy) {
        return this == TCVN3 ? decodeTcvn3(legacy) : decodeVni(legacy);
    }

    private static String decodeTcvn3(String s) {
        char[] out = new char[s.length()];
        boolean[] caseless = new boolean[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80 || Character.isWhitespace(c) || !isTcvn3Code(c) && !Character.isLetter(c)) {
                out[i] = c;
                continue;
            }
            Character u = TCVN3_DECODE.get(c);
            if (u == null) {
                return null;
            }
            out[i] = u;
            caseless[i] = !Character.isUpperCase(u) && !TCVN3_ENCODE.containsKey(Character.toUpperCase(u));
        }
        TcvnCase.restore(s, out, caseless);
        return Normalizer.normalize(new String(out), Normalizer.Form.NFC);
    }

    private static boolean isTcvn3Code(char c) {
        return c >= 0xA1 && c <= 0xFE;
    }

    private static String decodeVni(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b.append(c);
                continue;
            }
            int markLower = VNI_MARKS_LOWER.indexOf(c);
            int mark = markLower > 0 ? markLower : VNI_MARKS_UPPER.indexOf(c);
            if (mark > 0 && b.length() > 0 && combine(b, mark)) {
                continue;
            }
            int single = VNI_SINGLE_LOWER.indexOf(c);
            if (single >= 0) {
                b.append(VNI_SINGLE_LOWER_BASE.charAt(single));
                continue;
            }
            single = VNI_SINGLE_UPPER.indexOf(c);
            if (single >= 0) {
                b.append(Character.toUpperCase(VNI_SINGLE_LOWER_BASE.charAt(single)));
                continue;
            }
            int it = VNI_I_LOWER.indexOf(c);
            if (it > 0) {
                b.append(VOWEL_ROWS[5].charAt(it));
                continue;
            }
            it = VNI_I_UPPER.indexOf(c);
            if (it > 0) {
                b.append(Character.toUpperCase(VOWEL_ROWS[5].charAt(it)));
                continue;
            }
            return null;
        }
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }

    /** Applies a VNI mark (diacritic × 6 + tone) to the last letter written; false when it cannot carry it. */
    private static boolean combine(StringBuilder b, int mark) {
        char last = b.charAt(b.length() - 1);
        boolean upper = Character.isUpperCase(last);
        char base = Character.toLowerCase(last);
        int diacritic = mark / 6;
        int tone = mark % 6;
        int row = switch (diacritic) {
            case 0 -> "aeoơuưy".indexOf(base) < 0 ? -1 : "aăâeêioôơuưy".indexOf(base);
            case 1 -> base == 'a' ? 2 : base == 'e' ? 4 : base == 'o' ? 7 : -1;
            default -> base == 'a' ? 1 : -1;
        };
        if (row < 0) {
            return false;
        }
        char out = VOWEL_ROWS[row].charAt(tone);
        b.setCharAt(b.length() - 1, upper ? Character.toUpperCase(out) : out);
        return true;
    }
}
