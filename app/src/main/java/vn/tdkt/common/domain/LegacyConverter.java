package vn.tdkt.common.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Converts the cells of one file typed in TCVN3 or VNI to Unicode, cell by cell, and keeps what it did for the
 * preview the clerk accepts before anything is written.
 * <p>
 * For each cell the readings are tried: as it is (Unicode), as TCVN3, as VNI; a reading counts when every character
 * has a meaning in it and every word is plausible Vietnamese ({@link VietnameseSyllables}). One reading: taken. Both
 * legacy readings and not Unicode: the encoding the file shows elsewhere (cells only one encoding explains), else the
 * cell is reported as ambiguous, not guessed. Unicode and a legacy reading both plausible (short words such as "Cã"):
 * kept as typed unless the file shows that legacy encoding and no Unicode text. No reading while the text looks legacy
 * (the existing detector): reported as not valid Vietnamese. Cells read with {@link #observe} first give the evidence.
 */
public final class LegacyConverter {

    /**
     * One converted cell, for the preview: sheet, row (1-based, as Excel shows), column header, before → after, and the
     * file it was read from when an import reads several (null for one file).
     */
    public record Conversion(String sheet, int row, String column, String before, String after, LegacyEncoding encoding,
                             String file) {

        /** A cell of the one file an import reads. */
        public Conversion(String sheet, int row, String column, String before, String after, LegacyEncoding encoding) {
            this(sheet, row, column, before, after, encoding, null);
        }

        /** The same cell named with the file it was read from (an import of several files lists them together). */
        public Conversion inFile(String fileName) {
            return new Conversion(sheet, row, column, before, after, encoding, fileName);
        }
    }

    private final List<Conversion> conversions = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private int tcvn3;
    private int vni;
    private int unicode;

    /** Adds a cell's evidence (call for every text cell before converting, when the cells can be read twice). */
    public void observe(String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Readings r = readings(text);
        if (r.unicodeOnly) {
            unicode++;
        } else if (r.plausible.size() == 1 && r.plausible.contains(Reading.TCVN3)) {
            tcvn3++;
        } else if (r.plausible.size() == 1 && r.plausible.contains(Reading.VNI)) {
            vni++;
        } else if (r.plausible.equals(EnumSet.of(Reading.UNICODE)) && text.chars().anyMatch(c -> c >= 0x80)) {
            unicode++;
        }
    }

    /** The cell in Unicode: converted when it is legacy text, as typed otherwise; problems and conversions are kept. */
    public String convert(String sheet, int row, String column, String text) {
        if (text == null || text.isEmpty() || text.chars().allMatch(c -> c < 0x80)) {
            return text;
        }
        Readings r = readings(text);
        if (r.unicodeOnly) {
            return text;
        }
        Set<Reading> s = r.plausible;
        Reading chosen;
        if (s.isEmpty()) {
            if (VietnameseText.looksLegacyEncoded(text)) {
                problems.add(new Problem(sheet, row, column, Msg.of("legacy.invalid", text)));
            }
            return text;
        } else if (s.size() == 1) {
            chosen = s.iterator().next();
        } else if (!s.contains(Reading.UNICODE)) {
            chosen = tcvn3 > 0 && vni == 0 ? Reading.TCVN3 : vni > 0 && tcvn3 == 0 ? Reading.VNI : null;
            if (chosen == null) {
                problems.add(new Problem(sheet, row, column, Msg.of("legacy.ambiguous", text, r.tcvn3, r.vni)));
                return text;
            }
        } else if (unicode == 0 && tcvn3 > 0 && vni == 0 && s.contains(Reading.TCVN3)) {
            chosen = Reading.TCVN3;
        } else if (unicode == 0 && vni > 0 && tcvn3 == 0 && s.contains(Reading.VNI)) {
            chosen = Reading.VNI;
        } else {
            chosen = Reading.UNICODE;
        }
        if (chosen == Reading.UNICODE) {
            return text;
        }
        String after = chosen == Reading.TCVN3 ? r.tcvn3 : r.vni;
        conversions.add(new Conversion(sheet, row, column, text, after,
                chosen == Reading.TCVN3 ? LegacyEncoding.TCVN3 : LegacyEncoding.VNI));
        return after;
    }

    public List<Conversion> conversions() {
        return List.copyOf(conversions);
    }

    /**
     * Refuses the file while its converted cells are not accepted ({@link ConversionsNotAccepted}, listing them); call
     * once every other check passed and before anything is written. Nothing happens when no cell was converted.
     */
    public void requireAccepted(boolean accepted) {
        ConversionsNotAccepted.check(conversions, accepted);
    }

    /** Cells that could be either encoding, or that convert to something that is not Vietnamese. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    private enum Reading { UNICODE, TCVN3, VNI }

    private record Readings(boolean unicodeOnly, Set<Reading> plausible, String tcvn3, String vni) {
    }

    private static Readings readings(String text) {
        // a character beyond Latin-1 (ă đ ơ ư, a tone on a vowel Latin-1 lacks): legacy text never has one
        boolean beyond = text.chars().anyMatch(c -> c > 0xFF && !(c >= 0x2000 && c <= 0x206F) && c != 0x20AC);
        if (beyond) {
            return new Readings(true, EnumSet.of(Reading.UNICODE), null, null);
        }
        Set<Reading> ok = EnumSet.noneOf(Reading.class);
        if (VietnameseSyllables.plausibleText(text) && !VietnameseText.looksLegacyEncoded(text)) {
            ok.add(Reading.UNICODE);
        }
        String t = LegacyEncoding.TCVN3.decode(text);
        if (t != null && !t.equals(text) && VietnameseSyllables.plausibleText(t)) {
            ok.add(Reading.TCVN3);
        }
        String v = LegacyEncoding.VNI.decode(text);
        if (v != null && !v.equals(text) && VietnameseSyllables.plausibleText(v)) {
            ok.add(Reading.VNI);
        }
        return new Readings(false, ok, t, v);
    }
}
