package vn.tdkt.movement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The names proposed for a movement's documents (decision 159): kind, code, day. */
class MovementFileNamesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    @Test
    void kindCodeAndDayAsTheBriefSpellsThem() {
        assertEquals("CV-don-doc_TN-KH-2026_04-12-2026.docx", MovementFileNames.reminder("TN-KH-2026", DAY));
        assertEquals("BC-so-ket_SNV-KH15-2026_12-06-2026.docx",
                MovementFileNames.report(MovementReport.Kind.SO_KET, "SNV-KH15-2026", LocalDate.of(2026, 6, 12)));
        assertEquals("BC-tong-ket_SNV-KH15-2026_04-12-2026.docx",
                MovementFileNames.report(MovementReport.Kind.TONG_KET, "SNV-KH15-2026", DAY));
        assertEquals("KH_HY-KH90-2021_11-06-2021.docx", MovementFileNames.plan("HY-KH90-2021", LocalDate.of(2021, 6, 11)));
    }

    @Test
    void aCodeNoFileSystemTakesIsMadeSafeAndMissingPartsAreLeftOut() {
        assertEquals("CV-don-doc_KH-90-UBND-Dong-Thap_04-12-2026.docx",
                MovementFileNames.reminder(" KH/90:UBND Đồng Tháp ", DAY));
        assertEquals("KH_TN-KH-2023.docx", MovementFileNames.plan("TN-KH-2023", null));
        assertEquals("CV-don-doc_04-12-2026.docx", MovementFileNames.reminder(null, DAY));
    }
}
