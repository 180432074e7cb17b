package vn.tdkt.meeting.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.tdkt.regime.domain.LegalRegime;

/** The pieces of a dossier's documents that do not need a database: the regime's date, the ký hiệu, the codes. */
class DossierDocumentsTest {

    private static final LegalRegime ND98 = LegalRegime.of("LUAT2022_ND98", "Nghị định 98/2023", "NĐ 98/2023/NĐ-CP",
            LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30));

    @Test
    void theDocumentIsDatedWithinTheDossiersRegime() {
        assertEquals(LocalDate.of(2025, 3, 4), DossierDocuments.regimeDate(ND98, LocalDate.of(2025, 3, 4)));
        assertEquals(LocalDate.of(2025, 6, 30), DossierDocuments.regimeDate(ND98, LocalDate.of(2025, 7, 1)));
        assertEquals(LocalDate.of(2024, 1, 1), DossierDocuments.regimeDate(ND98, LocalDate.of(2023, 12, 31)));
        assertEquals(LocalDate.of(2026, 1, 2), DossierDocuments.regimeDate(null, LocalDate.of(2026, 1, 2)));
    }

    @Test
    void theUnitsInitialsMakeItsAbbreviation() {
        assertEquals("VPS", DossierDocuments.initials("Văn phòng Sở"));
        assertEquals("SNV", DossierDocuments.initials("  Sở  Nội vụ "));
        assertEquals("ĐTN", DossierDocuments.initials("Đoàn thanh niên (khối 2)"));
    }

    @Test
    void onlyTheProposalAndTheReportsAreWritten() {
        assertTrue(DossierDocuments.writes("TO_TRINH"));
        assertTrue(DossierDocuments.writes("BCTT"));
        assertFalse(DossierDocuments.writes("XN_HTXSNV"));
        assertFalse(DossierDocuments.writes("KQ_BO_PHIEU"));
    }
}
