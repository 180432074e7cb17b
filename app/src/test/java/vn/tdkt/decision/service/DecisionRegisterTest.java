package vn.tdkt.decision.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionDraft;
import vn.tdkt.decision.domain.HistoryAward;
import vn.tdkt.decision.domain.Payment;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.decision.domain.RegisterEntry;
import vn.tdkt.decision.domain.RevocationDraft;
import vn.tdkt.record.domain.Award;

/** The read methods behind the decision screen: the register, the live money preview, an imported number's rows. */
class DecisionRegisterTest {

    private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 15);
    private final DecisionFixture f = new DecisionFixture();

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void theRegisterListsRecordedDecisionsAndNumbersFoundOnlyInTheImportedHistoryNewestFirst() {
        LocalDate dec2025 = LocalDate.of(2025, 12, 30);
        // imported: Bình LĐTT and CSTĐCS of 2025 in one decision (only the higher title is paid), Cường LĐTT
        f.imported(f.binh.id(), null, "LDTT", 2025, "88/QĐ-SNV", dec2025);
        f.imported(f.binh.id(), null, "CSTDCS", 2025, "88/QĐ-SNV", dec2025);
        Award cuong = f.imported(f.cuong.id(), null, "LDTT", 2025, "88/QĐ-SNV", dec2025);
        f.imported(f.dung.id(), null, "GIAY_KHEN", 2024, "12/QĐ-SNV", LocalDate.of(2024, 12, 20));
        Decision recorded = f.decisions.record(DecisionFixture.draft("15/QĐ-UBND", JAN_2026,
                RecipientDraft.person(f.an.id(), "BK_TINH"), RecipientDraft.unit(f.vanPhong.id(), "BK_TINH")));
        f.decisions.revokeAwards(List.of(cuong.id()), new RevocationDraft("3/QĐ-SNV", LocalDate.of(2026, 2, 1), "Khai man"));

        List<RegisterEntry> register = f.decisions.register();
        assertEquals(List.of("15/QĐ-UBND", "88/QĐ-SNV", "12/QĐ-SNV"), register.stream().map(RegisterEntry::decisionNo).toList());

        RegisterEntry first = register.get(0);
        assertEquals(recorded.id(), first.decisionId());
        assertEquals(List.of("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"), first.kindNames());
        assertEquals(2, first.recipients());
        assertEquals(3_510_000 + 7_020_000, first.total());
        assertEquals(0, first.revoked());

        RegisterEntry imported = register.get(1);
        assertNull(imported.decisionId());
        assertFalse(imported.recorded());
        assertEquals(dec2025, imported.decisionDate());
        assertEquals("Giám đốc Sở Nội vụ", imported.authority());
        assertEquals(List.of("Lao động tiên tiến", "Chiến sĩ thi đua cơ sở"), imported.kindNames());
        assertEquals(3, imported.recipients());
        assertEquals(1, imported.revoked());
        // NĐ 152 with 2.340.000: Bình's LĐTT 0 beside CSTĐCS 2.340.000; Cường's LĐTT 710.000 as decided (revoked later)
        assertEquals(2_340_000 + 710_000, imported.total());
        // the award list of the same number pays the same lines, less the revoked one
        assertEquals(imported.total() - 710_000, f.decisions.awardList("88/QĐ-SNV", null).total());
    }

    @Test
    void thePreviewPaysExactlyWhatRecordingPaysAndWritesNothing() {
        f.imported(f.binh.id(), null, "CSTD_TINH", 2025, "77/QĐ-UBND", LocalDate.of(2025, 12, 1));
        DecisionDraft draft = DecisionFixture.draft("15/QĐ-UBND", JAN_2026, RecipientDraft.person(f.an.id(), "BK_TINH"),
                RecipientDraft.person(f.binh.id(), "CSTDCS"), RecipientDraft.household("Hộ bà Lan", "xã Tân Hưng", "GIAY_KHEN"));
        List<Payment> preview = f.decisions.preview(draft);
        // NĐ 152 Điều 49 khoản 5: the CSTĐ tỉnh of 01/12/2025 is another moment, so the CSTĐCS is paid;
        // NĐ 152 Điều 54: the household gets 1,5 × 710.000 = 1.065.000 → 1.070.000
        assertEquals(List.of(3_510_000L, 2_340_000L, 1_070_000L), preview.stream().map(Payment::amount).toList());
        assertEquals(null, preview.get(1).note());
        assertTrue(f.decisions.register().stream().noneMatch(RegisterEntry::recorded), "the preview wrote nothing");

        Decision saved = f.decisions.record(draft);
        assertEquals(preview, saved.recipients().stream().map(r -> r.payment()).toList());
    }

    @Test
    void thePreviewNeedsADateAndCompleteLines() {
        DecisionDraft noKind = DecisionFixture.draft("15/QĐ-UBND", JAN_2026, RecipientDraft.person(f.an.id(), null));
        assertThrows(IllegalArgumentException.class, () -> f.decisions.preview(noKind));
        DecisionDraft noDate = DecisionFixture.draft("15/QĐ-UBND", null, RecipientDraft.person(f.an.id(), "BK_TINH"));
        assertThrows(IllegalArgumentException.class, () -> f.decisions.preview(noDate));
    }

    @Test
    void importedAwardsAreTheRowsOfTheNumberWithoutADecisionRecordInEntryOrder() {
        LocalDate day = LocalDate.of(2025, 12, 30);
        Award a = f.imported(f.cuong.id(), null, "LDTT", 2025, "88/QĐ-SNV", day);
        Award b = f.imported(null, f.phongTdkt.id(), "TTLDTT", 2025, "88/QĐ-SNV", day);
        f.imported(f.dung.id(), null, "LDTT", 2025, "89/QĐ-SNV", day);
        List<HistoryAward> rows = f.decisions.importedAwards("88/QĐ-SNV", null);
        assertEquals(List.of(a.id(), b.id()), rows.stream().map(HistoryAward::awardId).toList());
        assertEquals("Phòng Thi đua, khen thưởng", rows.get(1).printed().name());
        assertEquals(List.of(), f.decisions.importedAwards("15/QĐ-UBND", null));
    }
}
