package vn.tdkt.decision.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionRecipient;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.decision.domain.Recovery;
import vn.tdkt.decision.domain.Revocation;
import vn.tdkt.decision.domain.RevocationDraft;
import vn.tdkt.record.domain.Award;

/**
 * #8: a revocation writes a separate, explicit recovery record per recipient (Luật Thi đua, khen thưởng 2022, Điều 93
 * khoản 2: hủy bỏ quyết định, thu hồi hiện vật và tiền thưởng); the issued decision and its list are not changed.
 */
class RevocationRecoveryTest {

    private final DecisionFixture f = new DecisionFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void luat2022Dieu93K2RevokingARecordedDecisionRecordsWhatEachRecipientPaysBack() {
        Decision d = f.decisions.drafting().record(DecisionFixture.draft("15/QĐ-UBND", LocalDate.of(2026, 1, 15),
                RecipientDraft.person(f.an.id(), "BK_TINH"), RecipientDraft.unit(f.vanPhong.id(), "BK_TINH")));
        Revocation r = f.decisions.revocation().revokeDecision(d.id(), new RevocationDraft("3/QĐ-UBND", LocalDate.of(2026, 3, 2),
                "Kê khai thành tích không trung thực"));
        List<Recovery> lines = f.decisions.revocation().recoveries(r.id());
        assertEquals(d.recipients().stream().map(DecisionRecipient::id).toList(), lines.stream().map(Recovery::recipientId).toList());
        assertEquals(d.recipients().stream().map(x -> x.payment().amount()).toList(), lines.stream().map(Recovery::amount).toList());
        assertEquals(List.of(3_510_000L, 7_020_000L), lines.stream().map(Recovery::amount).toList());
        assertEquals(d.recipients().stream().map(DecisionRecipient::name).toList(), lines.stream().map(Recovery::payer).toList());
        assertEquals(r.moneyToRecover(), lines.stream().mapToLong(Recovery::amount).sum());
        lines.forEach(l -> assertEquals("Luật Thi đua, khen thưởng 2022, Điều 93 khoản 2", l.legalRef()));
        // the issued decision stays as it was
        assertEquals(3_510_000 + 7_020_000, f.decisions.drafting().find("15/QĐ-UBND", null).orElseThrow().total());
    }

    @Test
    void luat2022Dieu93K2RevokingAnImportedAwardRecordsItsPaidAmountAndPayer() {
        Award cuong = f.imported(f.cuong.id(), null, "LDTT", 2025, "88/QĐ-SNV", LocalDate.of(2025, 12, 30));
        Revocation r = f.decisions.revocation().revokeAwards(List.of(cuong.id()),
                new RevocationDraft("3/QĐ-SNV", LocalDate.of(2026, 2, 1), "Khai man"));
        List<Recovery> lines = f.decisions.revocation().recoveries(r.id());
        assertEquals(1, lines.size());
        Recovery l = lines.get(0);
        assertEquals(cuong.id(), l.awardId());
        assertEquals(null, l.recipientId());
        assertEquals("Lê Văn Cường", l.payer());
        assertEquals(710_000L, l.amount()); // LĐTT 0,3 × 2.340.000 rounded up to 10.000 (NĐ 152/2025 Điều 54)
        assertEquals(r.moneyToRecover(), l.amount());
    }

    @ParameterizedTest(name = "căn cứ thu hồi theo ngày quyết định thu hồi {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-12-31 | Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung năm 2013)
            2024-01-01 | Luật Thi đua, khen thưởng 2022, Điều 93 khoản 2
            2025-07-01 | Luật Thi đua, khen thưởng 2022, Điều 93 khoản 2
            2026-10-01 | Luật Thi đua, khen thưởng 2022, Điều 93 khoản 2
            """)
    void theTextAskingForRecoveryFollowsTheRevocationDate(LocalDate day, String ref) {
        assertEquals(ref, Recovery.legalRefOn(day));
    }
}
