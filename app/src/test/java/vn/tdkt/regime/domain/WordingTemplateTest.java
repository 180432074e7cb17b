package vn.tdkt.regime.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The office's wording as a template: placeholders checked by name, filled into lines (README decision 149). */
class WordingTemplateTest {

    @Test
    void anUnknownPlaceholderIsNamedOnceAndAKnownOneIsNot() {
        assertEquals(List.of("ten_don_vi", "so"), WordingTemplate.unknownPlaceholders(Wording.TO_TRINH_NOI_DUNG,
                "{ten_don_vi} kính trình {kinh_gui} {so} {ten_don_vi} {nam}"));
        assertEquals(List.of(), WordingTemplate.unknownPlaceholders(Wording.QD_CAN_CU, Wording.QD_CAN_CU.defaultText()));
        assertEquals(List.of("danh_hieu"), WordingTemplate.unknownPlaceholders(Wording.QD_CAN_CU, "Tặng {danh_hieu}"),
                "a placeholder of another wording is not filled here");
    }

    @Test
    void aBraceLeftOpenIsSeen() {
        assertTrue(WordingTemplate.unbalanced("Năm {nam"));
        assertTrue(WordingTemplate.unbalanced("Năm nam}"));
        assertFalse(WordingTemplate.unbalanced("Năm {nam}."));
    }

    @Test
    void fillingGivesOneLinePerParagraphAndDropsTheLinesLeftEmpty() {
        Map<String, String> values = Map.of("don_vi_trinh", "Sở Nội vụ", "kinh_gui", "Chủ tịch Ủy ban nhân dân tỉnh",
                "danh_hieu", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "so_luong", "2 tập thể và 5 cá nhân",
                "thanh_tich", "đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2025", "nam", "2025", "ho_so_kem_theo", "");
        assertEquals(List.of("Sở Nội vụ kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, tặng Bằng khen của Chủ tịch Ủy ban "
                        + "nhân dân tỉnh cho 2 tập thể và 5 cá nhân đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2025 "
                        + "(có danh sách kèm theo).", "Sở Nội vụ kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định./."),
                WordingTemplate.fill(Wording.TO_TRINH_NOI_DUNG.defaultText(), values));
        assertEquals(List.of("Căn cứ A;", "Căn cứ B;", "Theo đề nghị của Giám đốc Sở Nội vụ."),
                WordingTemplate.fill(Wording.QD_CAN_CU.defaultText(), Map.of("can_cu_che_do", "Căn cứ A;\nCăn cứ B;")),
                "the regime's căn cứ lines are lines of their own");
        assertEquals(List.of("Giá $1 {x}"), WordingTemplate.fill("Giá {nam}", Map.of("nam", "$1 {x}")),
                "a value is written as it is");
    }
}
