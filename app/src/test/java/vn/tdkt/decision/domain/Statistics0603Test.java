package vn.tdkt.decision.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.catalog.domain.Recipient;
import vn.tdkt.record.domain.AwardFormType;

class Statistics0603Test {

    @Test
    void countsEachFormByTheSubjectsAndWaysOfTheTemplate() {
        List<Statistics0603.Entry> entries = List.of(
                new Statistics0603.Entry(0, Recipient.TAP_THE, null, AwardFormType.CONG_TRANG),
                new Statistics0603.Entry(0, Recipient.CA_NHAN, "Phó Chủ tịch Ủy ban nhân dân tỉnh", AwardFormType.CONG_TRANG),
                new Statistics0603.Entry(0, Recipient.CA_NHAN, "Giám đốc Sở Tài chính", AwardFormType.CONG_HIEN),
                new Statistics0603.Entry(0, Recipient.CA_NHAN, "Giám đốc Công ty cổ phần May Hưng Yên", AwardFormType.DOT_XUAT),
                new Statistics0603.Entry(1, Recipient.CA_NHAN, "Trưởng phòng Tổ chức cán bộ", AwardFormType.CONG_TRANG),
                new Statistics0603.Entry(1, Recipient.CA_NHAN, "Giáo viên", AwardFormType.CHUYEN_DE),
                new Statistics0603.Entry(0, Recipient.HO_GIA_DINH, null, AwardFormType.DOI_NGOAI),
                new Statistics0603.Entry(2, Recipient.TAP_THE, null, AwardFormType.NIEN_HAN),
                new Statistics0603.Entry(3, Recipient.CA_NHAN, "Công nhân", AwardFormType.CONG_TRANG));
        Statistics0603 s = Statistics0603.build(2025, entries);
        assertEquals(Arrays.asList("01", "", "02", "03", "04", "05", "06", "07", "08", "09", "10", "", "11", "12", "13", "14",
                "15", "16", "17"), s.lines().stream().map(Statistics0603.Line::code).toList());
        assertEquals(List.of(5L, 2L, 1L, 1L), s.line("01").counts());
        assertEquals(9L, s.line("01").total());
        assertEquals(List.of(1L, 0L, 1L, 0L), s.line("02").counts());
        assertTrue(s.line("03").clerks(), "the data does not mark a collective as a business");
        assertNull(s.line("03").total());
        assertEquals(1L, s.line("04").total());
        assertEquals(6L, s.line("05").total());
        assertEquals(1L, s.line("06").total(), "Phó Chủ tịch Ủy ban nhân dân tỉnh");
        assertEquals(1L, s.line("07").total(), "Giám đốc Sở");
        assertEquals(1L, s.line("08").total(), "Giám đốc Công ty: doanh nhân");
        assertEquals(1L, s.line("09").total(), "Trưởng phòng");
        assertEquals(2L, s.line("10").total(), "giáo viên, công nhân");
        assertEquals(List.of(4L, 1L, 1L, 1L, 1L, 1L), List.of("11", "12", "13", "14", "15", "16").stream()
                .map(c -> s.line(c).total()).toList());
        assertTrue(s.line("17").clerks(), "no award of the data is a kháng chiến award");
        assertEquals("- Thường xuyên", s.line("11").label());
        assertEquals("- Kháng chiến", s.line("17").label());
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
