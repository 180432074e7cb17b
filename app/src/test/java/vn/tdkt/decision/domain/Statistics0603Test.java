package vn.tdkt.decision.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.record.domain.AwardFormType;

class Statistics0603Test {

    @Test
    void countsEachFormBySubjectAndByFormTypeCrossedWithSubject() {
        List<Statistics0603.Entry> entries = List.of(
                new Statistics0603.Entry(0, SubjectClass.TAP_THE, AwardFormType.CONG_TRANG),
                new Statistics0603.Entry(0, SubjectClass.LANH_DAO, AwardFormType.CONG_TRANG),
                new Statistics0603.Entry(0, SubjectClass.CA_NHAN_KHAC, AwardFormType.DOT_XUAT),
                new Statistics0603.Entry(0, SubjectClass.HO_GIA_DINH, AwardFormType.CHUYEN_DE),
                new Statistics0603.Entry(1, SubjectClass.CA_NHAN_KHAC, AwardFormType.CONG_TRANG),
                new Statistics0603.Entry(2, SubjectClass.TAP_THE, AwardFormType.CONG_TRANG));
        Statistics0603 s = Statistics0603.build(2025, entries);
        Map<String, Statistics0603.Line> byLabel = s.lines().stream().filter(l -> !l.section())
                .collect(Collectors.toMap(l -> l.code(), Function.identity()));
        Statistics0603.Line total = byLabel.get("01");
        assertEquals("Tổng số", total.label());
        assertEquals(List.of(4L, 1L, 1L, 0L), total.counts());
        assertEquals(6, total.total());
        assertEquals(List.of(1L, 0L, 1L, 0L), byLabel.get("02").counts());
        assertEquals("3. Cá nhân", byLabel.get("04").label());
        assertEquals(List.of(2L, 1L, 0L, 0L), byLabel.get("04").counts());
        assertEquals(List.of(1L, 0L, 0L, 0L), byLabel.get("05").counts());
        assertEquals("1. Khen thưởng công trạng", byLabel.get("07").label());
        assertEquals(4, byLabel.get("07").total());
        assertEquals("- Cá nhân là lãnh đạo, quản lý", byLabel.get("10").label());
        assertEquals(1, byLabel.get("10").total());
        assertEquals("2. Khen thưởng chuyên đề", byLabel.get("12").label());
        assertEquals(1, byLabel.get("14").total());
        long typeTotals = s.lines().stream().filter(l -> l.label().matches("\\d\\. Khen thưởng .*"))
                .mapToLong(Statistics0603.Line::total).sum();
        assertEquals(total.total(), typeTotals);
        assertTrue(s.lines().stream().anyMatch(l -> l.section() && l.label().equals("II. Chia theo loại hình khen thưởng")));
    }

    @Test
    void columnsAreProvinceLevelForms() {
        assertEquals(0, Statistics0603.columnOf(kind("BK_TINH", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh")).getAsInt());
        assertEquals(1, Statistics0603.columnOf(kind("CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh")).getAsInt());
        assertEquals(2, Statistics0603.columnOf(kind("CO_TD_TINH", "Cờ thi đua của Ủy ban nhân dân tỉnh")).getAsInt());
        assertEquals(3, Statistics0603.columnOf(kind("KNC", "Kỷ niệm chương Vì sự nghiệp")).getAsInt());
        assertTrue(Statistics0603.columnOf(kind("LDTT", "Lao động tiên tiến")).isEmpty());
        assertTrue(Statistics0603.columnOf(kind("BK_TTG", "Bằng khen của Thủ tướng Chính phủ")).isEmpty());
    }

    private static AwardKind kind(String code, String name) {
        return new AwardKind(code, name, AwardCategory.HINH_THUC, AwardSubject.CA_HAI, 1, "");
    }
}
