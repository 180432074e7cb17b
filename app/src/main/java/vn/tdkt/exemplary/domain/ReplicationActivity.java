package vn.tdkt.exemplary.domain;

import vn.tdkt.common.domain.Labelled;

/** How others learnt from a model (nhân rộng): study, a field visit, an exchange, applying it at home. */
public enum ReplicationActivity implements Labelled {
    HOC_TAP("Học tập kinh nghiệm"),
    THAM_QUAN("Tham quan"),
    GIAO_LUU("Giao lưu, tọa đàm"),
    AP_DUNG("Áp dụng mô hình");

    private final String label;

    ReplicationActivity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
