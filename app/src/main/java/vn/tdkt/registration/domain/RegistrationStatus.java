package vn.tdkt.registration.domain;

import vn.tdkt.common.domain.Labelled;

/** Where a unit's registration of the year stands; every change is logged (a return needs its reason). */
public enum RegistrationStatus implements Labelled {
    CHUA_GUI("Chưa gửi"), DA_GUI("Đã gửi"), DA_DUYET("Đã duyệt"), TRA_LAI("Trả lại");

    private final String label;

    RegistrationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Statuses a clerk may move to from this one (Chưa gửi → Đã gửi → Đã duyệt or Trả lại → Đã gửi …). */
    public boolean canMoveTo(RegistrationStatus next) {
        return switch (this) {
            case CHUA_GUI -> next == DA_GUI;
            case DA_GUI -> next == DA_DUYET || next == TRA_LAI;
            case DA_DUYET -> next == TRA_LAI;
            case TRA_LAI -> next == DA_GUI;
        };
    }
}
