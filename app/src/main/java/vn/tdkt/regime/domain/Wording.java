package vn.tdkt.regime.domain;

import java.util.List;
import vn.tdkt.common.domain.Labelled;

/**
 * The wording the office may change per legal regime (table regime_wording, README decision 149), each a template of
 * lines whose placeholders in braces the code fills. The default is the app's text before templates existed, so a
 * regime whose wording nobody edited writes the same documents as before.
 */
public enum Wording implements Labelled {
    /**
     * The căn cứ lines a new Quyết định khen thưởng starts with: {@code {can_cu_che_do}} the regime's own căn cứ
     * lines (legal_regime_basis, one per line), {@code {nam}} the year of the decision.
     */
    QD_CAN_CU("Căn cứ của quyết định khen thưởng", List.of("can_cu_che_do", "nam"),
            "{can_cu_che_do}\nTheo đề nghị của Giám đốc Sở Nội vụ."),
    /**
     * The body of the Tờ trình đề nghị khen thưởng after its căn cứ, one paragraph per line (a line left empty by its
     * placeholders is not printed): the proposing body, the addressee, the award, the counts ("2 tập thể và 5 cá
     * nhân"), the merit, the year and the attached dossier.
     */
    TO_TRINH_NOI_DUNG("Nội dung tờ trình đề nghị khen thưởng", List.of("don_vi_trinh", "kinh_gui", "danh_hieu", "so_luong",
            "thanh_tich", "nam", "ho_so_kem_theo"),
            "{don_vi_trinh} kính trình {kinh_gui} xem xét, tặng {danh_hieu} cho {so_luong} {thanh_tich}"
                    + " (có danh sách kèm theo).\n"
                    + "{ho_so_kem_theo}\n"
                    + "{don_vi_trinh} kính trình {kinh_gui} xem xét, quyết định./.");

    private final String label;
    private final List<String> placeholders;
    private final String defaultText;

    Wording(String label, List<String> placeholders, String defaultText) {
        this.label = label;
        this.placeholders = placeholders;
        this.defaultText = defaultText;
    }

    @Override
    public String label() {
        return label;
    }

    /** The names the code fills, without their braces. */
    public List<String> placeholders() {
        return placeholders;
    }

    /** The app's wording: today's text of the documents. */
    public String defaultText() {
        return defaultText;
    }
}
