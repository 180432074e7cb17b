package vn.tdkt.org.domain;

import java.util.List;
import java.util.Optional;
import vn.tdkt.common.domain.Labelled;

/**
 * Loại hình of a unit: what the law asks of it depends on it (an enterprise's and a cooperative's dossier carries the
 * tax authority's and the social-insurance agency's confirmations, decision 140). A unit with none recorded takes its
 * parent's (a phòng of an enterprise is the enterprise).
 */
public enum UnitType implements Labelled {
    CO_QUAN_NHA_NUOC("Cơ quan nhà nước", "cơ quan hành chính", "CQNN"),
    DON_VI_SU_NGHIEP("Đơn vị sự nghiệp công lập", "đơn vị sự nghiệp", "ĐVSN"),
    TO_CHUC_CHINH_TRI_XA_HOI("Tổ chức chính trị - xã hội", "đoàn thể", "tổ chức xã hội"),
    DOANH_NGHIEP("Doanh nghiệp", "công ty", "DN"),
    HOP_TAC_XA("Hợp tác xã", "HTX"),
    KHAC("Loại hình khác", "khác");

    /** The kinds that pay into the state budget and insure their workers: their dossiers carry both confirmations. */
    public static final List<UnitType> CONTRIBUTORS = List.of(DOANH_NGHIEP, HOP_TAC_XA);

    private final String label;
    private final String[] aliases;

    UnitType(String label, String... aliases) {
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

    public static Optional<UnitType> parse(String text) {
        return Labelled.parse(UnitType.class, text);
    }

    /** The stored code back to the constant; null for a unit with none recorded. */
    public static UnitType ofCode(String code) {
        return code == null ? null : valueOf(code);
    }
}
