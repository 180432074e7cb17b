package vn.tdkt.regime.domain;

/** How a time limit counts: calendar days or working days. */
public enum DayUnit {
    NGAY, NGAY_LAM_VIEC
}
