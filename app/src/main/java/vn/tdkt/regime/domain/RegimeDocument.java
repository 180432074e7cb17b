package vn.tdkt.regime.domain;

/** The documents whose căn cứ lines depend on the legal regime (table legal_regime_basis, column document). */
public enum RegimeDocument {
    /** Quyết định khen thưởng: each line ends with ";". */
    QUYET_DINH,
    /** Tờ trình, báo cáo and biên bản of the council: lines without the closing ";". */
    TO_TRINH,
    /** The short citation of the minutes ("theo … "), one line. */
    TRICH_DAN
}
