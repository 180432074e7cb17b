package vn.tdkt.record.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.common.domain.Checked;
import vn.tdkt.common.domain.Texts;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.DisciplineForm;
import vn.tdkt.record.domain.HoldReason;
import vn.tdkt.record.domain.InitiativeKind;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.RatingLevel;

/** The history forms' models without the toolkit: future years and dates refused, every problem at once. */
class RecordFormsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static List<String> lines(Checked<?> c) {
        return c.problems().stream().map(p -> p.describeInForm(Texts.VIETNAMESE)).toList();
    }

    private static AwardKind kind() {
        return new AwardKind("CSTDCS", "Chiến sĩ thi đua cơ sở", null, null, 0, null);
    }

    @Test
    void anAwardOf2030DecidedIn2031IsRefusedWithBothReasons() {
        Checked<Award> c = RecordForms.award(1, kind(), AwardFormType.CONG_TRANG, "2030", "", "12/QĐ-UBND", "10/01/2031",
                "Chủ tịch UBND tỉnh", TODAY);
        assertEquals(List.of("Năm (từ): năm 2030 chưa đến (năm nay là 2026)",
                "Ngày quyết định: ngày 10/01/2031 chưa đến (hôm nay là 02/12/2026)"), lines(c));
    }

    @Test
    void anEmptyAwardFormListsEveryMissingField() {
        Checked<Award> c = RecordForms.award(1, null, null, "", "", "", "31/02/2025", "", TODAY);
        assertEquals(List.of("Danh hiệu / hình thức: chưa nhập", "Loại hình khen thưởng: chưa nhập", "Năm (từ): chưa nhập",
                "Số quyết định: chưa nhập",
                "Ngày quyết định: ngày 31/02/2025 không có thật: tháng 2 năm 2025 chỉ có 28 ngày",
                "Cấp quyết định: chưa nhập"), lines(c));
    }

    @Test
    void aPeriodInReverseAndAYearBefore1945AreNamed() {
        assertEquals(List.of("Năm (từ): năm bắt đầu sau năm kết thúc"), lines(RecordForms.award(1, kind(),
                AwardFormType.CONG_TRANG, "2025", "2021", "1/QĐ", "01/02/2025", "UBND", TODAY)));
        assertEquals(List.of("Năm: năm 1930 trước năm 1945, hãy kiểm tra lại"),
                lines(RecordForms.rating(1, "1930", RatingLevel.HTXSNV, TODAY)));
    }

    @Test
    void aRatingOfNextYearAndAFutureDisciplineOrInitiativeAreRefused() {
        assertEquals(List.of("Năm: năm 2027 chưa đến (năm nay là 2026)"),
                lines(RecordForms.rating(1, "2027", RatingLevel.HTXSNV, TODAY)));
        assertEquals(List.of("Ngày quyết định: ngày 03/12/2026 chưa đến (hôm nay là 02/12/2026)",
                "Ngày hết hiệu lực: ngày hết hiệu lực trước ngày quyết định"),
                lines(RecordForms.discipline(1, DisciplineForm.values()[0], "5/QĐ", "03/12/2026", "01/12/2026", TODAY)));
        assertEquals(List.of("Năm: năm 2030 chưa đến (năm nay là 2026)"), lines(RecordForms.initiative(1,
                InitiativeKind.SANG_KIEN, "Số hóa", InitiativeScope.values()[0], "2030", "", "", TODAY)));
    }

    @Test
    void aCompleteFormGivesTheDraftAndAHoldChecksItsDates() {
        Checked<Award> ok = RecordForms.award(1, kind(), AwardFormType.CONG_TRANG, "2021", "2025", "300/QĐ-UBND",
                "10/01/2026", "Chủ tịch UBND tỉnh", TODAY);
        assertTrue(ok.ok(), lines(ok)::toString);
        assertEquals(2021, ok.draft().yearFrom());
        assertEquals(2025, ok.draft().yearTo());
        assertEquals(List.of("Đến ngày (kết luận): ngày kết luận trước ngày bắt đầu"),
                lines(RecordForms.hold(1, HoldReason.values()[0], "Quyết định thanh tra 1", "10/10/2026", "01/10/2026")));
    }
}
