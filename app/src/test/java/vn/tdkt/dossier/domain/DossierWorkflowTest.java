package vn.tdkt.dossier.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.tdkt.common.domain.AppException;

class DossierWorkflowTest {

    /** The allowed moves, written out by hand (from>to). */
    private static final Set<String> ORDINARY = Set.of(
            "DU_THAO>DU_HO_SO",
            "DU_HO_SO>TRINH_HOI_DONG", "DU_HO_SO>TRA_LAI",
            "TRINH_HOI_DONG>DA_BO_PHIEU", "TRINH_HOI_DONG>TRA_LAI",
            "DA_BO_PHIEU>DE_NGHI_CAP_TREN", "DA_BO_PHIEU>TRA_LAI",
            "DE_NGHI_CAP_TREN>DA_CO_QUYET_DINH", "DE_NGHI_CAP_TREN>TRA_LAI",
            "TRA_LAI>DU_THAO");

    private static Set<String> allowedMoves(Procedure p) {
        if (p == Procedure.THUONG) {
            return ORDINARY;
        }
        Set<String> s = new HashSet<>(ORDINARY);
        s.add("DU_HO_SO>DE_NGHI_CAP_TREN");
        return s;
    }

    @ParameterizedTest
    @EnumSource(Procedure.class)
    void everyPairIsAllowedOrRefusedAsTheTableSays(Procedure procedure) {
        int allowed = 0;
        for (DossierStatus from : DossierStatus.values()) {
            for (DossierStatus to : DossierStatus.values()) {
                boolean expected = allowedMoves(procedure).contains(from.name() + ">" + to.name());
                assertEquals(expected, DossierWorkflow.allowed(from, to, procedure), from + " → " + to);
                if (expected) {
                    allowed++;
                    assertDoesNotThrow(() -> DossierWorkflow.requireAllowed(from, to, procedure, "Lý do"));
                } else {
                    AppException e = assertThrows(AppException.class,
                            () -> DossierWorkflow.requireAllowed(from, to, procedure, "Lý do"));
                    assertTrue(e.getMessage().startsWith("Không chuyển được")
                            || e.getMessage().startsWith("Hồ sơ đang ở trạng thái")
                            || e.getMessage().startsWith("Hồ sơ đã có quyết định"), e.getMessage());
                }
            }
        }
        assertEquals(procedure == Procedure.THUONG ? 10 : 11, allowed);
    }

    @Test
    void refusalNamesTheStatusesInVietnamese() {
        AppException e = assertThrows(AppException.class, () -> DossierWorkflow.requireAllowed(
                DossierStatus.DU_THAO, DossierStatus.DA_BO_PHIEU, Procedure.THUONG, null));
        assertEquals("Không chuyển được hồ sơ từ «Dự thảo» sang «Đã bỏ phiếu». Từ «Dự thảo» chỉ chuyển được sang "
                + "«Đủ hồ sơ».", e.getMessage());
    }

    @Test
    void ordinaryDossierCannotSkipTheCouncil() {
        AppException e = assertThrows(AppException.class, () -> DossierWorkflow.requireAllowed(
                DossierStatus.DU_HO_SO, DossierStatus.DE_NGHI_CAP_TREN, Procedure.THUONG, null));
        assertTrue(e.getMessage().contains("Chỉ hồ sơ theo thủ tục đơn giản mới được trình thẳng"), e.getMessage());
        assertDoesNotThrow(() -> DossierWorkflow.requireAllowed(DossierStatus.DU_HO_SO, DossierStatus.DE_NGHI_CAP_TREN,
                Procedure.DON_GIAN, null));
    }

    @Test
    void returnNeedsAReason() {
        for (String blank : new String[] {null, "", "   "}) {
            AppException e = assertThrows(AppException.class, () -> DossierWorkflow.requireAllowed(
                    DossierStatus.TRINH_HOI_DONG, DossierStatus.TRA_LAI, Procedure.THUONG, blank));
            assertEquals("Trả lại hồ sơ phải ghi rõ lý do trả lại.", e.getMessage());
        }
    }

    @Test
    void decidedDossierIsFinal() {
        assertTrue(DossierWorkflow.targets(DossierStatus.DA_CO_QUYET_DINH, Procedure.THUONG).isEmpty());
        AppException e = assertThrows(AppException.class, () -> DossierWorkflow.requireAllowed(
                DossierStatus.DA_CO_QUYET_DINH, DossierStatus.TRA_LAI, Procedure.THUONG, "Lý do"));
        assertEquals("Hồ sơ đã có quyết định, không chuyển sang trạng thái khác được nữa.", e.getMessage());
    }

    @Test
    void nextStepFollowsTheForwardPath() {
        assertEquals(Optional.of(DossierStatus.DU_HO_SO), DossierWorkflow.next(DossierStatus.DU_THAO, Procedure.THUONG));
        assertEquals(Optional.of(DossierStatus.DU_HO_SO), DossierWorkflow.next(DossierStatus.TRA_LAI, Procedure.THUONG));
        assertEquals(Optional.of(DossierStatus.TRINH_HOI_DONG), DossierWorkflow.next(DossierStatus.DU_HO_SO, Procedure.THUONG));
        assertEquals(Optional.of(DossierStatus.DE_NGHI_CAP_TREN), DossierWorkflow.next(DossierStatus.DU_HO_SO, Procedure.DON_GIAN));
        assertEquals(Optional.of(DossierStatus.DA_CO_QUYET_DINH),
                DossierWorkflow.next(DossierStatus.DE_NGHI_CAP_TREN, Procedure.THUONG));
        assertEquals(Optional.empty(), DossierWorkflow.next(DossierStatus.DA_CO_QUYET_DINH, Procedure.THUONG));
        for (DossierStatus s : DossierStatus.values()) {
            DossierWorkflow.next(s, Procedure.THUONG).ifPresent(n -> assertTrue(
                    DossierWorkflow.allowed(s, n, Procedure.THUONG) || s == DossierStatus.TRA_LAI, s + " → " + n));
        }
    }
}
