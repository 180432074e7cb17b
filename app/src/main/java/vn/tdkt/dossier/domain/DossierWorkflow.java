package vn.tdkt.dossier.domain;

import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.ProblemCollector;
import static vn.tdkt.dossier.domain.DossierStatus.DA_BO_PHIEU;
import static vn.tdkt.dossier.domain.DossierStatus.DA_CO_QUYET_DINH;
import static vn.tdkt.dossier.domain.DossierStatus.DE_NGHI_CAP_TREN;
import static vn.tdkt.dossier.domain.DossierStatus.DU_HO_SO;
import static vn.tdkt.dossier.domain.DossierStatus.DU_THAO;
import static vn.tdkt.dossier.domain.DossierStatus.TRA_LAI;
import static vn.tdkt.dossier.domain.DossierStatus.TRINH_HOI_DONG;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.tdkt.common.domain.AppException;

/**
 * The status machine of a dossier: dự thảo → đủ hồ sơ → trình Hội đồng → đã bỏ phiếu → đề nghị cấp trên →
 * đã có quyết định; a dossier that is complete or further (but not decided) can be returned (trả lại, with a
 * reason) and goes back to dự thảo to be fixed. A simplified-procedure dossier needs no council vote
 * (Luật TĐKT 2022 Điều 85, [B]) and may go from đủ hồ sơ straight up.
 */
public final class DossierWorkflow {

    private DossierWorkflow() {
    }

    /** The statuses a dossier can move to from a status. */
    public static Set<DossierStatus> targets(DossierStatus from, Procedure procedure) {
        return switch (from) {
            case DU_THAO -> EnumSet.of(DU_HO_SO);
            case DU_HO_SO -> procedure == Procedure.DON_GIAN ? EnumSet.of(TRINH_HOI_DONG, DE_NGHI_CAP_TREN, TRA_LAI)
                    : EnumSet.of(TRINH_HOI_DONG, TRA_LAI);
            case TRINH_HOI_DONG -> EnumSet.of(DA_BO_PHIEU, TRA_LAI);
            case DA_BO_PHIEU -> EnumSet.of(DE_NGHI_CAP_TREN, TRA_LAI);
            case DE_NGHI_CAP_TREN -> EnumSet.of(DA_CO_QUYET_DINH, TRA_LAI);
            case TRA_LAI -> EnumSet.of(DU_THAO);
            case DA_CO_QUYET_DINH -> EnumSet.noneOf(DossierStatus.class);
        };
    }

    public static boolean allowed(DossierStatus from, DossierStatus to, Procedure procedure) {
        return targets(from, procedure).contains(to);
    }

    /** The next status on the forward path (what the checks look at), empty once decided. */
    public static Optional<DossierStatus> next(DossierStatus from, Procedure procedure) {
        return switch (from) {
            case DU_THAO, TRA_LAI -> Optional.of(DU_HO_SO);
            case DU_HO_SO -> Optional.of(procedure == Procedure.DON_GIAN ? DE_NGHI_CAP_TREN : TRINH_HOI_DONG);
            case TRINH_HOI_DONG -> Optional.of(DA_BO_PHIEU);
            case DA_BO_PHIEU -> Optional.of(DE_NGHI_CAP_TREN);
            case DE_NGHI_CAP_TREN -> Optional.of(DA_CO_QUYET_DINH);
            case DA_CO_QUYET_DINH -> Optional.empty();
        };
    }

    /** Refuses, in Vietnamese, a move the machine does not allow, and a return without its reason. */
    public static void requireAllowed(DossierStatus from, DossierStatus to, Procedure procedure, String note) {
        ProblemCollector.refuseUnless(from != to, "dossier.moveProblem.same", from);
        ProblemCollector.refuseUnless(from != DA_CO_QUYET_DINH, "dossier.moveProblem.decided");
        if (!allowed(from, to, procedure)) {
            List<DossierStatus> possible = targets(from, procedure).stream().sorted().toList();
            Object list = Msg.of("dossier.moveProblem.quoted", possible.get(0));
            for (DossierStatus next : possible.subList(1, possible.size())) {
                list = Msg.of("dossier.moveProblem.andNext", list, next);
            }
            throw new AppException(Msg.of(to == DE_NGHI_CAP_TREN && from == DU_HO_SO ? "dossier.moveProblem.notAllowedDirect"
                    : "dossier.moveProblem.notAllowed", from, to, list));
        }
        ProblemCollector.refuseUnless(to != TRA_LAI || note != null && !note.isBlank(), "dossier.moveProblem.noReason");
    }
}
