package vn.tdkt.review.domain;

import vn.tdkt.common.domain.Labelled;

/**
 * Where a proposal of the review stands on its way to an award: proposed → in a dossier → on a council agenda →
 * voted (Đạt / Không đạt / Đồng hạng) → in a draft decision → decided. Derived from the records that hold it (the dossier subject, the
 * council's result written on it, the draft decision's line, the decision line), so every screen reads the same stage.
 */
public enum ProposalStage implements Labelled {
    DE_XUAT("Đề xuất"),
    TRONG_HO_SO("Trong hồ sơ"),
    TRINH_HOI_DONG("Trình Hội đồng"),
    DAT("Hội đồng: Đạt"),
    KHONG_DAT("Hội đồng: Không đạt"),
    DONG_HANG("Hội đồng: Đồng hạng"),
    DU_THAO_QD("Trong dự thảo quyết định"),
    DA_QUYET_DINH("Đã có quyết định");

    private final String label;

    ProposalStage(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String[] aliases() {
        return new String[0];
    }

    /** The council's result as stored on a dossier subject (DAT, KHONG_DAT, DONG_HANG), or null when none. */
    public static ProposalStage ofCouncilResult(String stored) {
        if (stored == null) {
            return null;
        }
        return switch (stored) {
            case "DAT" -> DAT;
            case "KHONG_DAT" -> KHONG_DAT;
            case "DONG_HANG" -> DONG_HANG;
            default -> throw new IllegalArgumentException("council result " + stored);
        };
    }
}
