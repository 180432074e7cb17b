package vn.tdkt.decision.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.decision.domain.AmbiguousDecisionException;
import vn.tdkt.decision.domain.AwardList;
import vn.tdkt.decision.domain.AwardListRow;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.record.domain.AwardFormType;

/**
 * An issued list never changes after the fact (NĐ 152/2025 Điều 49 khoản 5: only titles awarded at the same moment
 * compete), and a decision is its number AND its date.
 */
class IssuedListTest {

    private final DecisionFixture f = new DecisionFixture();

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void nd152Dieu49Khoan5ARecordedListReadsBackUnchangedAfterALaterDecisionOfTheSamePeriod() {
        Decision ldtt = f.decisions.record(new vn.tdkt.decision.domain.DecisionDraft(DecisionFixture.info("120/QĐ-SNV",
                LocalDate.of(2024, 12, 20), AwardFormType.CONG_TRANG, 2024, 2024),
                List.of(RecipientDraft.person(f.binh.id(), "LDTT"), RecipientDraft.person(f.cuong.id(), "LDTT"))));
        List<AwardListRow> issued = f.decisions.awardList("120/QĐ-SNV", LocalDate.of(2024, 12, 20)).rows();
        assertEquals(List.of(710_000L, 710_000L), issued.stream().map(AwardListRow::amount).toList());

        Decision cstdcs = f.decisions.record(new vn.tdkt.decision.domain.DecisionDraft(DecisionFixture.info("3/QĐ-UBND",
                LocalDate.of(2025, 1, 10), AwardFormType.CONG_TRANG, 2024, 2024),
                List.of(RecipientDraft.person(f.binh.id(), "CSTDCS"))));
        assertEquals(2_340_000, cstdcs.recipients().get(0).payment().amount(), "a later moment is paid in full");
        assertNull(cstdcs.recipients().get(0).payment().note());
        assertEquals(issued, f.decisions.awardList("120/QĐ-SNV", LocalDate.of(2024, 12, 20)).rows(),
                "the issued list is read back unchanged");
        assertEquals(ldtt.recipients(), f.decisions.get(ldtt.id()).orElseThrow().recipients());
    }

    @Test
    void nd152Dieu49Khoan5AnImportedListIsNotZeroedByALaterImportedDecision() {
        // the case: two CSTĐCS of 10/01/2024 became 0 after a CSTĐ tỉnh of 09/04/2024
        f.imported(f.binh.id(), null, "CSTDCS", 2023, "16/QĐ-SNV", LocalDate.of(2024, 1, 10));
        f.imported(f.cuong.id(), null, "CSTDCS", 2023, "16/QĐ-SNV", LocalDate.of(2024, 1, 10));
        AwardList before = f.decisions.awardList("16/QĐ-SNV", null);
        assertEquals(3_600_000, before.total());
        f.imported(f.binh.id(), null, "CSTD_TINH", 2023, "40/QĐ-UBND", LocalDate.of(2024, 4, 9));
        assertEquals(before.rows(), f.decisions.awardList("16/QĐ-SNV", null).rows());
        assertEquals(5_400_000, f.decisions.awardList("40/QĐ-UBND", null).total());
    }

    @Test
    void aNumberReusedInAnotherYearIsAnotherDecision() {
        f.imported(f.binh.id(), null, "LDTT", 2022, "16/QĐ-SNV", LocalDate.of(2023, 1, 10));
        Decision d2025 = f.decisions.record(new vn.tdkt.decision.domain.DecisionDraft(DecisionFixture.info("16/QĐ-SNV",
                LocalDate.of(2025, 1, 8), AwardFormType.CONG_TRANG, 2024, 2024),
                List.of(RecipientDraft.person(f.cuong.id(), "LDTT"), RecipientDraft.person(f.an.id(), "LDTT"))));
        AmbiguousDecisionException e = assertThrows(AmbiguousDecisionException.class,
                () -> f.decisions.awardList("16/QĐ-SNV", null));
        assertEquals(List.of(LocalDate.of(2023, 1, 10), LocalDate.of(2025, 1, 8)),
                e.decisions().stream().map(x -> x.decisionDate()).toList());
        assertEquals(1, f.decisions.awardList("16/QĐ-SNV", LocalDate.of(2023, 1, 10)).rows().size());
        AwardList y2025 = f.decisions.awardList("16/QĐ-SNV", LocalDate.of(2025, 1, 8));
        assertEquals(2, y2025.rows().size());
        assertEquals(d2025.info().decisionDate(), y2025.decisionDate());
        assertEquals(d2025.id(), f.decisions.find("16/QĐ-SNV", LocalDate.of(2025, 1, 8)).orElseThrow().id());
        assertEquals(1, f.decisions.importedAwards("16/QĐ-SNV", LocalDate.of(2023, 1, 10)).size());
        assertEquals(0, f.decisions.importedAwards("16/QĐ-SNV", LocalDate.of(2025, 1, 8)).size());
    }
}
