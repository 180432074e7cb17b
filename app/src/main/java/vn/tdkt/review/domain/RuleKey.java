package vn.tdkt.review.domain;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The configurable parameters of the review (docs/decisions/0016, R1–R20). Each regime gives every key a default
 * value with its legal reference; a province may override a value from a date on.
 */
public enum RuleKey implements vn.tdkt.common.domain.Labelled {
    LDTT_REQUIRES_HTTNV(Type.BOOLEAN, "LĐTT: mức độ hoàn thành nhiệm vụ từ Hoàn thành tốt nhiệm vụ trở lên"),
    LDTT_MIN_MONTHS(Type.INTEGER, "LĐTT: số tháng công tác tối thiểu trong năm của người mới tuyển dụng"),
    MATERNITY_LEAVE_COUNTS(Type.BOOLEAN, "Thời gian nghỉ thai sản được tính là thời gian công tác"),
    DISCIPLINE_HOLD(Type.BOOLEAN, "Tạm hoãn xét khi đang thi hành kỷ luật hoặc kỷ luật chưa có thời hạn kết thúc"),
    CSTDCS_HTXSNV_SUFFICES(Type.BOOLEAN, "CSTĐCS: Hoàn thành xuất sắc nhiệm vụ được thay cho sáng kiến"),
    CSTDCS_CAP_ENABLED(Type.BOOLEAN, "CSTĐCS: áp dụng tỷ lệ tối đa so với số cá nhân đạt LĐTT"),
    CSTDCS_CAP_PERCENT(Type.PERCENT, "CSTĐCS: tỷ lệ tối đa so với số cá nhân đạt LĐTT (%)"),
    CSTD_TINH_CSTDCS_YEARS(Type.INTEGER, "CSTĐ cấp tỉnh: số lần liên tục đạt CSTĐCS"),
    CSTD_TQ_CSTD_TINH_TIMES(Type.INTEGER, "CSTĐ toàn quốc: số lần liên tục đạt CSTĐ cấp tỉnh"),
    BK_TINH_CSTDCS_YEARS(Type.INTEGER, "Bằng khen tỉnh (cá nhân): số lần liên tục đạt CSTĐCS"),
    BK_TINH_HTXSNV_YEARS(Type.INTEGER, "Bằng khen tỉnh (cá nhân): số năm liên tục HTXSNV"),
    BK_TINH_INITIATIVES(Type.INTEGER, "Bằng khen tỉnh (cá nhân): số sáng kiến/đề tài cơ sở trong thời gian HTXSNV"),
    BK_TTG_YEARS(Type.INTEGER, "Bằng khen Thủ tướng: số năm liên tục sau Bằng khen tỉnh "
            + "(từ HTTNV trở lên theo Luật 2022; HTXSNV theo NĐ 91/2017)"),
    BK_TTG_CSTDCS(Type.INTEGER, "Bằng khen Thủ tướng: số lần CSTĐCS trong thời gian đó (Luật 2022)"),
    BK_TTG_INITIATIVES(Type.INTEGER, "Bằng khen Thủ tướng (NĐ 91/2017): số sáng kiến phạm vi cơ sở trong thời gian đó"),
    HCLD_BA_YEARS(Type.INTEGER, "Huân chương Lao động hạng Ba: số năm liên tục sau Bằng khen Thủ tướng "
            + "(từ HTTNV trở lên theo Luật 2022; HTXSNV theo NĐ 91/2017)"),
    HCLD_BA_HTXSNV(Type.INTEGER, "Huân chương Lao động hạng Ba: số năm HTXSNV trong thời gian đó"),
    HCLD_BA_CSTDCS(Type.INTEGER, "Huân chương Lao động hạng Ba: số lần CSTĐCS trong thời gian đó (Luật 2022)"),
    HCLD_BA_INITIATIVES(Type.INTEGER, "Huân chương Lao động hạng Ba (NĐ 91/2017): số sáng kiến phạm vi cấp tỉnh trong thời gian đó"),
    HCLD_NHI_YEARS(Type.INTEGER, "Huân chương Lao động hạng Nhì: số năm liên tục sau Huân chương Lao động hạng Ba "
            + "(từ HTTNV trở lên theo Luật 2022; HTXSNV theo NĐ 91/2017)"),
    HCLD_NHI_HTXSNV(Type.INTEGER, "Huân chương Lao động hạng Nhì: số năm HTXSNV trong thời gian đó (Luật 2022)"),
    HCLD_NHI_CSTD_TINH(Type.INTEGER, "Huân chương Lao động hạng Nhì: số lần Chiến sĩ thi đua cấp tỉnh trong thời gian đó (Luật 2022)"),
    HCLD_NHI_INITIATIVES(Type.INTEGER, "Huân chương Lao động hạng Nhì (NĐ 91/2017): số sáng kiến phạm vi cấp tỉnh trong thời gian đó"),
    HCLD_NHAT_YEARS(Type.INTEGER, "Huân chương Lao động hạng Nhất: số năm liên tục sau Huân chương Lao động hạng Nhì "
            + "(từ HTTNV trở lên theo Luật 2022; HTXSNV theo NĐ 91/2017)"),
    HCLD_NHAT_HTXSNV(Type.INTEGER, "Huân chương Lao động hạng Nhất: số năm HTXSNV trong thời gian đó (Luật 2022)"),
    HCLD_NHAT_CSTD_TINH(Type.INTEGER, "Huân chương Lao động hạng Nhất: số lần Chiến sĩ thi đua cấp tỉnh trong thời gian đó (Luật 2022)"),
    HCLD_NHAT_INITIATIVES(Type.INTEGER, "Huân chương Lao động hạng Nhất (NĐ 91/2017): số sáng kiến phạm vi cấp tỉnh trong thời gian đó"),
    BK_TTG_UNIT_YEARS(Type.INTEGER, "Bằng khen Thủ tướng (tập thể): số năm liên tục HTXSNV sau Bằng khen tỉnh"),
    BK_TTG_UNIT_TTLDXS(Type.INTEGER, "Bằng khen Thủ tướng (tập thể): số lần Tập thể lao động xuất sắc trong thời gian đó (Luật 2022)"),
    BK_TTG_UNIT_FLAGS(Type.INTEGER, "Bằng khen Thủ tướng (tập thể): số lần Cờ thi đua tỉnh trong thời gian đó "
            + "(NĐ 65/2014; 0: văn bản không đòi)"),
    HCLD_BA_UNIT_YEARS(Type.INTEGER, "Huân chương Lao động hạng Ba (tập thể): số năm liên tục HTXSNV sau Bằng khen Thủ tướng"),
    HCLD_BA_UNIT_FLAGS(Type.INTEGER, "Huân chương Lao động hạng Ba (tập thể): số lần Cờ thi đua tỉnh trong thời gian đó"),
    HCLD_BA_UNIT_BK_TINH(Type.INTEGER, "Huân chương Lao động hạng Ba (tập thể): hoặc số lần Bằng khen tỉnh trong thời gian đó"),
    HCLD_BA_UNIT_FLAGS_WITH_BK(Type.INTEGER, "Huân chương Lao động hạng Ba (tập thể): số lần Cờ thi đua tỉnh phải có "
            + "cùng với số lần Bằng khen tỉnh (NĐ 65/2014; 0: chỉ cần Bằng khen)"),
    HCLD_BA_UNIT_HISTORY_YEARS(Type.INTEGER, "Huân chương Lao động hạng Ba (tập thể): số năm xây dựng, phát triển tối thiểu"),
    HCLD_NHI_UNIT_YEARS(Type.INTEGER, "Huân chương Lao động hạng Nhì (tập thể): số năm liên tục HTXSNV sau Huân chương Lao động hạng Ba"),
    HCLD_NHI_UNIT_GOV_FLAGS(Type.INTEGER, "Huân chương Lao động hạng Nhì (tập thể): số lần Cờ thi đua của Chính phủ trong thời gian đó "
            + "(0: chưa nhập, Hội đồng đối chiếu)"),
    HCLD_NHI_UNIT_FLAGS_WITH_GOV(Type.INTEGER, "Huân chương Lao động hạng Nhì (tập thể): số lần Cờ thi đua tỉnh phải có "
            + "cùng với Cờ thi đua của Chính phủ (0: chỉ cần Cờ của Chính phủ)"),
    HCLD_NHI_UNIT_FLAGS(Type.INTEGER, "Huân chương Lao động hạng Nhì (tập thể): hoặc số lần Cờ thi đua tỉnh trong thời gian đó "
            + "(0: chưa nhập, Hội đồng đối chiếu)"),
    HCLD_NHAT_UNIT_YEARS(Type.INTEGER, "Huân chương Lao động hạng Nhất (tập thể): số năm liên tục HTXSNV sau "
            + "Huân chương Lao động hạng Nhì"),
    HCLD_NHAT_UNIT_GOV_FLAGS(Type.INTEGER, "Huân chương Lao động hạng Nhất (tập thể): số lần Cờ thi đua của Chính phủ trong thời gian đó "
            + "(0: chưa nhập, Hội đồng đối chiếu)"),
    HCLD_NHAT_UNIT_FLAGS_WITH_GOV(Type.INTEGER, "Huân chương Lao động hạng Nhất (tập thể): số lần Cờ thi đua tỉnh phải có "
            + "cùng với Cờ thi đua của Chính phủ (0: chỉ cần Cờ của Chính phủ)"),
    HCLD_NHAT_UNIT_FLAGS(Type.INTEGER, "Huân chương Lao động hạng Nhất (tập thể): hoặc số lần Cờ thi đua tỉnh trong thời gian đó "
            + "(0: chưa nhập, Hội đồng đối chiếu)"),
    CONG_HIEN_GIAM_DOC_MAX_YEARS(Type.INTEGER, "Cống hiến (HCLĐ hạng Ba): Giám đốc sở và tương đương dưới số năm này "
            + "(từ số năm này: khung hạng cao hơn)"),
    CONG_HIEN_PHO_GIAM_DOC_MAX_YEARS(Type.INTEGER, "Cống hiến (HCLĐ hạng Ba): Phó Giám đốc sở và tương đương dưới số năm này "
            + "(từ số năm này: khung hạng cao hơn)"),
    CONG_HIEN_GIAM_DOC_YEARS(Type.INTEGER, "Cống hiến (HCLĐ hạng Ba): số năm giữ chức vụ Giám đốc sở và tương đương"),
    CONG_HIEN_PHO_GIAM_DOC_YEARS(Type.INTEGER, "Cống hiến (HCLĐ hạng Ba): số năm giữ chức vụ Phó Giám đốc sở và tương đương"),
    CONG_HIEN_WOMEN_REDUCTION(Type.BOOLEAN, "Cống hiến: nữ lãnh đạo, quản lý được giảm 1/3 thời gian giữ chức vụ"),
    CO_TD_CP_MOVEMENT_YEARS(Type.INTEGER, "Cờ thi đua của Chính phủ: số năm tối thiểu của phong trào chuyên đề do Thủ tướng phát động"),
    TTLDTT_LDTT_PERCENT(Type.PERCENT, "TTLĐTT: tỷ lệ thành viên đạt LĐTT (%)"),
    TTLDTT_PERCENT_STRICT(Type.BOOLEAN, "TTLĐTT: tỷ lệ phải vượt (trên) mức thay vì từ mức trở lên"),
    TTLDXS_LDTT_PERCENT(Type.PERCENT, "TTLĐXS: tỷ lệ thành viên đạt LĐTT (%)"),
    TTLDXS_MIN_CSTDCS(Type.INTEGER, "TTLĐXS: số thành viên tối thiểu đạt CSTĐCS"),
    TTLDXS_NO_WARNING_DISCIPLINE(Type.BOOLEAN, "TTLĐXS: không có thành viên bị kỷ luật từ cảnh cáo trở lên"),
    BK_TINH_UNIT_HTXSNV_YEARS(Type.INTEGER, "Bằng khen tỉnh (tập thể): số năm liên tục HTXSNV hoặc TTLĐXS"),
    INITIATIVE_REUSE_AMONG_TITLES(Type.BOOLEAN, "Một sáng kiến được dùng cho nhiều danh hiệu thi đua"),
    WOMEN_TIE_PREFERENCE(Type.BOOLEAN, "Ưu tiên nữ khi các ứng viên ngang nhau"),
    REGISTRATION_REQUIRED(Type.BOOLEAN, "Không đăng ký thi đua thì không đủ điều kiện (quy định của tỉnh)");

    /** How a value is written (canonical form in the database) and checked. */
    public enum Type {
        INTEGER, PERCENT, BOOLEAN
    }

    private final Type type;
    private final String label;

    RuleKey(Type type, String label) {
        this.type = type;
        this.label = label;
    }

    public Type type() {
        return type;
    }

    @Override
    public String label() {
        return label;
    }

    /** A parameter is never typed by a clerk in a file: no other spellings. */
    @Override
    public String[] aliases() {
        return new String[0];
    }

    /**
     * The canonical stored form of a value typed by a clerk ("có"/"không" are accepted for yes/no, a comma as
     * decimal separator for percentages).
     *
     * @throws IllegalArgumentException with a Vietnamese message when the value does not fit the key
     */
    public String normalize(String raw) {
        String v = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        switch (type) {
            case BOOLEAN -> {
                if (v.equals("true") || v.equals("có") || v.equals("co")) {
                    return "true";
                }
                if (v.equals("false") || v.equals("không") || v.equals("khong")) {
                    return "false";
                }
                throw new IllegalArgumentException("giá trị của \"" + label + "\" phải là Có hoặc Không");
            }
            case INTEGER -> {
                try {
                    int n = Integer.parseInt(v);
                    if (n < 0 || n > 99) {
                        throw new IllegalArgumentException("giá trị của \"" + label + "\" phải từ 0 đến 99");
                    }
                    return Integer.toString(n);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("giá trị của \"" + label + "\" phải là số nguyên", e);
                }
            }
            default -> {
                try {
                    BigDecimal p = new BigDecimal(v.replace(',', '.').replace("%", "").trim());
                    if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0 || p.scale() > 2) {
                        throw new IllegalArgumentException("giá trị của \"" + label
                                + "\" phải là tỷ lệ từ 0 đến 100, tối đa 2 chữ số thập phân");
                    }
                    return p.stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("giá trị của \"" + label + "\" phải là tỷ lệ phần trăm", e);
                }
            }
        }
    }
}
