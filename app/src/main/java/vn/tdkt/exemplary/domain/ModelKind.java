package vn.tdkt.exemplary.domain;

import vn.tdkt.common.domain.Labelled;

/** What an exemplary model is: a person, a collective, a household or an enterprise (the workbook's Loại). */
public enum ModelKind implements Labelled {
    CA_NHAN("Cá nhân"),
    TAP_THE("Tập thể"),
    HO_GIA_DINH("Hộ gia đình"),
    DOANH_NGHIEP("Doanh nghiệp");

    private final String label;

    ModelKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
