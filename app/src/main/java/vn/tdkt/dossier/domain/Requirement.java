package vn.tdkt.dossier.domain;

import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.AwardKind;

/**
 * A checklist rule: under a regime and procedure, an award (awardCode), a category of awards, or every award
 * (both null) needs a component; a rule may hold for one case of the simplified procedure only (đột xuất, quá trình
 * cống hiến…). Required rules sharing a choice group are alternatives.
 *
 * @param neededAt       the status from which the component must be present
 * @param simplifiedCase the case of the simplified procedure the rule is for, or null for every case
 */
public record Requirement(String regimeCode, Procedure procedure, String awardCode, AwardCategory category,
                          String componentCode, boolean required, String choiceGroup, DossierStatus neededAt, int seq,
                          String legalRef, SimplifiedCase simplifiedCase) {

    public boolean appliesTo(String regime, Procedure p, AwardKind kind, SimplifiedCase c) {
        return regimeCode.equals(regime) && procedure == p
                && (awardCode == null || awardCode.equals(kind.code()))
                && (category == null || category == kind.category())
                && (simplifiedCase == null || simplifiedCase == c);
    }

    /**
     * 2 for a rule of one award, 1 for a category, 0 for every award, 3 more for a rule of one simplified case: the
     * most specific rule of a component wins.
     */
    int specificity() {
        return (simplifiedCase != null ? 3 : 0) + (awardCode != null ? 2 : category != null ? 1 : 0);
    }
}
