package vn.tdkt.dossier.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.common.data.Database;
import vn.tdkt.dossier.domain.Dossier;

/** A new dossier takes the regime in force on the day it is opened (one table of legal regimes). */
class DossierRegimeTest {

    @ParameterizedTest(name = "opened {0} → {1}")
    @CsvSource({
        // NĐ 91/2017/NĐ-CP in force from 01/10/2017 (signed 31/07/2017); before it NĐ 42/2010 + NĐ 65/2014
        "2017-09-30, LUAT2003_ND42",
        "2017-10-01, LUAT2003_ND91",
        "2023-12-31, LUAT2003_ND91",
        "2024-01-01, LUAT2022_ND98",
        "2025-06-30, LUAT2022_ND98",
        "2025-07-01, LUAT2022_ND152",
        // the 2026 amendment of the law (reported in force 01/10/2026) keeps the NĐ 152 checklist
        "2026-09-30, LUAT2022_ND152",
        "2026-10-01, LUAT2026_ND152",
    })
    void theRegimeOfTheOpeningDayWithItsChecklist(LocalDate today, String regime) {
        try (Database db = Database.inMemory()) {
            DossierFixture fx = new DossierFixture(db, today);
            Dossier d = fx.create("CSTDCS", "GIAM_DOC_SO");
            assertEquals(regime, d.regimeCode());
            assertFalse(fx.service.checklist(d.id()).isEmpty(), "a checklist under " + regime);
        }
    }
}
