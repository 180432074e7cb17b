package vn.tdkt.meeting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tdkt.regime.domain.Wording;

/**
 * The wording of the documents under one legal regime (NĐ 91/2017, NĐ 98/2023, NĐ 152/2025 …), as data: the căn cứ
 * lines, the short citation used in minutes, the "Mẫu số …" labels and the number of years a báo cáo thành tích
 * covers per award. Keys: {@code basis.1 … basis.n}, {@code cite}, {@code form.proposal}, {@code form.report.person},
 * {@code form.report.unit}, {@code report.years.default}, {@code report.years.<award code>}, {@link #PROPOSAL_BODY}.
 *
 * @param validTo null while the regime is in force
 */
public record DocTemplate(String code, String name, LocalDate validFrom, LocalDate validTo, Map<String, String> texts) {

    /** The key of the Tờ trình's body, the regime's {@link Wording#TO_TRINH_NOI_DUNG} (README decision 149). */
    public static final String PROPOSAL_BODY = "wording." + Wording.TO_TRINH_NOI_DUNG.name();

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

    /** The template of the Tờ trình's body: the regime's wording, else the app's default. */
    public String proposalBody() {
        return texts.getOrDefault(PROPOSAL_BODY, Wording.TO_TRINH_NOI_DUNG.defaultText());
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
