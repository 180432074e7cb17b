package vn.tdkt.decision.domain;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.record.domain.AwardFormType;

/**
 * Everything printed on a quyết định khen thưởng except its list (NĐ 30/2020 Mẫu 1.2; docs/decisions/0028).
 *
 * @param decisionNo   số và ký hiệu, e.g. "125/QĐ-UBND"
 * @param issuerParent tên cơ quan chủ quản (not bold), or null
 * @param issuer       tên cơ quan ban hành, e.g. "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN" (a line feed breaks the line)
 * @param place        địa danh of the date line, e.g. "Hưng Yên"
 * @param subject      trích yếu, e.g. "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
 * @param authority    thẩm quyền, e.g. "Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên" (also the award history's authority)
 * @param signerTitle  quyền hạn and chức vụ lines, e.g. ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
 * @param formType     loại hình khen thưởng of every award of the decision
 * @param yearFrom     first year of the achievement period
 * @param yearTo       last year of the achievement period (= yearFrom for one year)
 * @param legalBasis   căn cứ lines in order, the last one usually "Theo đề nghị của …"
 * @param citation     the reason closing Điều 1, e.g. "đã có thành tích xuất sắc trong công tác năm 2025"
 * @param executors    who executes (Điều 3), e.g. "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ"
 * @param copyTo       nơi nhận items without the leading "- ", e.g. ["Như Điều 3;", "Lưu: VT, NC."]
 */
public record DecisionInfo(String decisionNo, LocalDate decisionDate, String issuerParent, String issuer, String place,
                           String subject, String authority, List<String> signerTitle, String signerName,
                           AwardFormType formType, int yearFrom, int yearTo, List<String> legalBasis, String citation,
                           String executors, List<String> copyTo) {

    public DecisionInfo {
        signerTitle = signerTitle == null ? List.of() : List.copyOf(signerTitle);
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
        copyTo = copyTo == null ? List.of() : List.copyOf(copyTo);
    }

    /** "2025" or "2021-2025". */
    public String period() {
        return yearFrom == yearTo ? Integer.toString(yearFrom) : yearFrom + "-" + yearTo;
    }
}
