package vn.tdkt.regime.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.export.domain.VnDocText;

/**
 * What the province records when an amending law is published: its number (e.g. "06/2026/QH16"), the day it was
 * passed and the day it takes effect. From it come the regime's name, legal texts and the căn cứ line every
 * document adds after the line of the amended law.
 */
public record Amendment(String number, LocalDate passed, LocalDate inForce) {

    static final String LAW = "Luật Thi đua, khen thưởng";

    /** "Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng số 06/2026/QH16 ngày 23 tháng 4 năm 2026". */
    public String title() {
        return "Luật sửa đổi, bổ sung một số điều của " + LAW + " số " + number + " " + VnDocText.longDate(passed);
    }

    /**
     * The inherited lines with the amendment's line inserted after the line that cites the amended law (appended
     * when none does); in decisions the line closes with ";". The short citation of the minutes gets
     * "được sửa đổi, bổ sung bởi Luật số …" after the law's name.
     */
    public List<String> insertInto(List<String> inherited, RegimeDocument document) {
        if (document == RegimeDocument.TRICH_DAN) {
            List<String> out = new ArrayList<>();
            for (String line : inherited) {
                int at = line.indexOf(" và ");
                out.add(at < 0 ? line + ", " + shortCite() : line.substring(0, at) + ", " + shortCite() + line.substring(at));
            }
            return out;
        }
        String line = "Căn cứ " + title() + (document == RegimeDocument.QUYET_DINH ? ";" : "");
        List<String> out = new ArrayList<>(inherited);
        int lawLine = -1;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).contains(LAW)) {
                lawLine = i;
                break;
            }
        }
        out.add(lawLine < 0 ? out.size() : lawLine + 1, line);
        return out;
    }

    private String shortCite() {
        return "được sửa đổi, bổ sung bởi Luật số " + number;
    }
}
