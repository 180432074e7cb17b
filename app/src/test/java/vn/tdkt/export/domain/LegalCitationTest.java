package vn.tdkt.export.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Official citations from the references the data keeps (NĐ 30/2020: khoản, Điều, then the text with its number). */
class LegalCitationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "NĐ 98/2023/NĐ-CP Điều 30 khoản 7 (giữ nguyên theo NĐ 152/2025, chưa đối chiếu)|khoản 7 Điều 30 Nghị định số 98/2023/NĐ-CP",
        "NĐ 91/2017/NĐ-CP Điều 45 khoản 8|khoản 8 Điều 45 Nghị định số 91/2017/NĐ-CP",
        "Nghị định 73/2024/NĐ-CP, Điều 3 khoản 2|khoản 2 Điều 3 Nghị định số 73/2024/NĐ-CP",
        "Nghị định 152/2025/NĐ-CP, Điều 52 (cá nhân suy ra từ tập thể 0,6; chưa đối chiếu)|Điều 52 Nghị định số 152/2025/NĐ-CP",
        "Nghị định 152/2025/NĐ-CP, Điều 52; Nghị định 73/2024/NĐ-CP, Điều 3 khoản 2"
            + "|Điều 52 Nghị định số 152/2025/NĐ-CP; khoản 2 Điều 3 Nghị định số 73/2024/NĐ-CP",
        "Nghị định 152/2025/NĐ-CP|Nghị định số 152/2025/NĐ-CP",
        "NĐ 91/2017 [B] Điều 38 k1c|''",
        "NĐ 91/2017/NĐ-CP Điều 38 k1c|điểm c khoản 1 Điều 38 Nghị định số 91/2017/NĐ-CP",
        "Luật TĐKT 06/2022/QH15 Điều 74 khoản 1 điểm b|điểm b khoản 1 Điều 74 Luật Thi đua, khen thưởng số 06/2022/QH15",
        "TT 02/2023/TT-BNV|Thông tư số 02/2023/TT-BNV",
        "Biểu quyết theo đa số (quá bán) – mặc định, tỉnh có thể quy định khác|''",
        "[chưa kiểm chứng] NĐ 152/2025/NĐ-CP Điều 4 khoản 6|khoản 6 Điều 4 Nghị định số 152/2025/NĐ-CP",
        // the Kế hoạch printed "căn cứ Luật Thi đua, khen thưởng 2022, Điều 23" as the catalogue writes it
        "Luật Thi đua, khen thưởng 2022, Điều 23|Điều 23 Luật Thi đua, khen thưởng số 06/2022/QH15",
        "Luật Thi đua, khen thưởng 2022, Điều 24 khoản 1 điểm a|điểm a khoản 1 Điều 24 Luật Thi đua, khen thưởng số 06/2022/QH15",
        "Luật Thi đua, khen thưởng 2003, Điều 72; Nghị định 91/2017/NĐ-CP, Điều 39 [chưa kiểm chứng điều khoản]"
            + "|Điều 72 Luật Thi đua, khen thưởng số 15/2003/QH11; Điều 39 Nghị định số 91/2017/NĐ-CP",
    })
    void citesInTheOfficialForm(String reference, String expected) {
        assertEquals(expected, LegalCitation.official(reference));
    }
}
