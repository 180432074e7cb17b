package vn.tdkt.dossier.domain;

import vn.tdkt.common.domain.Labelled;
/** Where a dossier stands; {@link DossierWorkflow} says which moves are allowed. */
public enum DossierStatus implements Labelled {
    DU_THAO("Dự thảo", 0),
    DU_HO_SO("Đủ hồ sơ", 1),
    TRINH_HOI_DONG("Trình Hội đồng", 2),
    DA_BO_PHIEU("Đã bỏ phiếu", 3),
    DE_NGHI_CAP_TREN("Đề nghị cấp trên", 4),
    TRA_LAI("Trả lại", 0),
    DA_CO_QUYET_DINH("Đã có quyết định", 5);

    private final String label;
    private final int step;

    DossierStatus(String label, int step) {
        this.label = label;
        this.step = step;
    }

    @Override
    public String label() {
        return label;
    }

    /** Progress along the forward path: a component needed at a status is needed at every later one. */
    public int step() {
        return step;
    }

    /** The dossier's own data (award, subjects, period…) may change only while drafted or returned. */
    public boolean editable() {
        return this == DU_THAO || this == TRA_LAI;
    }

    /** Files can be added or removed until the dossier goes up (the council's papers come after the meeting). */
    public boolean acceptsFiles() {
        return step < DE_NGHI_CAP_TREN.step;
    }
}
