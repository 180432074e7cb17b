package vn.tdkt.dossier.domain;

import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.AwardKind;

/**
 * A checklist rule: under a regime and procedure, an award (awardCode), a category of awards, or every award
 * (both null) needs a component. Required rules sharing a choice group are alternatives.
 *
 * @param neededAt the status from which the component must be present
 */
public record Requirement(String regimeCode, Procedure procedure, String awardCode, AwardCategory category,
                          String componentCode, boolean required, String choiceGroup, DossierStatus neededAt, int seq,
                          String legalRef) {

    public boolean appliesTo(String regime, Procedure p, AwardKind kind) {
        return regimeCode.equals(regime) && procedure == p
                && (awardCode == null || awardCode.equals(kind.code()))
                && (category == null || category == kind.category());
    }

    /** 2 for a rule of one award, 1 for a category, 0 for every award: the most specific rule of a component wins. */
    int specificity() {
        return awardCode != null ? 2 : category != null ? 1 : 0;
    }
}
