package vn.tdkt.meeting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The wording of the documents under one legal regime (NĐ 91/2017, NĐ 98/2023, NĐ 152/2025 …), as data: the căn cứ
 * lines, the short citation used in minutes, the "Mẫu số …" labels and the number of years a báo cáo thành tích
 * covers per award. Keys: {@code basis.1 … basis.n}, {@code cite}, {@code form.proposal}, {@code form.report.person},
 * {@code form.report.unit}, {@code report.years.default}, {@code report.years.<award code>}.
 *
 * @param validTo null while the regime is in force
 */
public record DocTemplate(String code, String name, LocalDate validFrom, LocalDate validTo, Map<String, String> texts) {

    public DocTemplate {
        texts = Map.copyOf(texts);
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** A text the template must have. */
    public String text(String key) {
        String t = texts.get(key);
        if (t == null) {
            throw new IllegalStateException("Mẫu văn bản " + code + " thiếu khóa " + key);
        }
        return t;
    }

    /** Căn cứ lines without their closing ";" or ".", in order. */
    public List<String> basis() {
        List<String> out = new ArrayList<>();
        for (int i = 1; texts.containsKey("basis." + i); i++) {
            out.add(texts.get("basis." + i));
        }
        return out;
    }

    /** "Mẫu số 01" for form.proposal; empty when the regime has no such form. */
    public String formLabel(String key) {
        return texts.getOrDefault(key, "");
    }

    /** Years of achievements a báo cáo thành tích for this award reports (the current one included). */
    public int reportYears(String awardCode) {
        return Integer.parseInt(texts.getOrDefault("report.years." + awardCode, text("report.years.default")));
    }
}
