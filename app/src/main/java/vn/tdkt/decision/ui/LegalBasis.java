package vn.tdkt.decision.ui;

import java.time.LocalDate;
import java.util.List;

/**
 * The căn cứ lines a new quyết định khen thưởng starts with, by the regime in force on its date (docs/decisions/0016):
 * Luật 2003 + NĐ 91/2017 up to 31/12/2023, Luật 06/2022 + NĐ 98/2023 from 01/01/2024, NĐ 152/2025 from
 * 01/07/2025 (with Luật Tổ chức chính quyền địa phương 72/2025/QH15). The clerk edits them freely; the last line,
 * "Theo đề nghị của …", names who proposed.
 */
final class LegalBasis {

    static final LocalDate LAW_2022 = LocalDate.of(2024, 1, 1);
    static final LocalDate DECREE_152 = LocalDate.of(2025, 7, 1);

    private static final String PROPOSAL = "Theo đề nghị của Giám đốc Sở Nội vụ.";
    private static final String LAW_2022_LINE = "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;";
    private static final String LOCAL_GOV_2015 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; "
            + "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương "
            + "ngày 22 tháng 11 năm 2019;";

    private LegalBasis() {
    }

    static List<String> defaults(LocalDate decisionDate) {
        if (decisionDate != null && decisionDate.isBefore(LAW_2022)) {
            return List.of(LOCAL_GOV_2015,
                    "Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của "
                            + "Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013;",
                    "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành "
                            + "một số điều của Luật Thi đua, khen thưởng;",
                    PROPOSAL);
        }
        if (decisionDate != null && decisionDate.isBefore(DECREE_152)) {
            return List.of(LOCAL_GOV_2015, LAW_2022_LINE,
                    "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành "
                            + "một số điều của Luật Thi đua, khen thưởng;",
                    PROPOSAL);
        }
        return List.of("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;", LAW_2022_LINE,
                "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân "
                        + "quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều "
                        + "của Luật Thi đua, khen thưởng;",
                PROPOSAL);
    }

    /** Nơi nhận of a new decision: Điều 3's executors, the issuer's leaders, the archive (last line "Lưu: …"). */
    static List<String> copyTo() {
        return List.of("Như Điều 3;", "Lưu: VT, NC.");
    }
}
