package vn.tdkt.record.domain;

import java.util.Optional;
import vn.tdkt.common.domain.Labelled;

/** Loại hình khen thưởng (Luật 06/2022 Điều 8). */
public enum AwardFormType implements Labelled {
    CONG_TRANG("Công trạng", "khen thưởng công trạng", "thường xuyên"),
    DOT_XUAT("Đột xuất", "khen thưởng đột xuất"),
    CHUYEN_DE("Chuyên đề", "khen thưởng chuyên đề", "theo chuyên đề", "theo đợt", "phong trào", "phong trào thi đua"),
    CONG_HIEN("Cống hiến", "quá trình cống hiến", "khen thưởng quá trình cống hiến"),
    DOI_NGOAI("Đối ngoại", "khen thưởng đối ngoại"),
    NIEN_HAN("Niên hạn", "khen thưởng theo niên hạn");

    private final String label;
    private final String[] aliases;

    AwardFormType(String label, String... aliases) {
        this.label = label;
        this.aliases = aliases;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String[] aliases() {
        return aliases.clone();
    }

    /** Đột xuất and chuyên đề results never feed a công trạng chain (NĐ 152/2025 Điều 4 khoản 3). */
    public boolean countsForMeritChains() {
        return this != DOT_XUAT && this != CHUYEN_DE;
    }

    public static Optional<AwardFormType> parse(String text) {
        return Labelled.parse(AwardFormType.class, text);
    }
}
