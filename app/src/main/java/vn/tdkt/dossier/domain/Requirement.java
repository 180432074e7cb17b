package vn.tdkt.dossier.domain;

import vn.tdkt.catalog.domain.AwardCategory;
import java.util.Set;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.org.domain.UnitType;

/**
 * A checklist rule: under a regime and procedure, an award (awardCode), a category of awards, or every award
 * (both null) needs a component; a rule may hold for one case of the simplified procedure only (đột xuất, quá trình
 * cống hiến…) or for the subjects of one loại hình (an enterprise's confirmations). Required rules sharing a choice
 * group are alternatives.
 *
 * @param neededAt       the status from which the component must be present
 * @param simplifiedCase the case of the simplified procedure the rule is for, or null for every case
 * @param subjectKind    the loại hình of unit whose subjects (the unit, or a person working in it) need the component,
 *                       or null for every dossier
 */
public record Requirement(String regimeCode, Procedure procedure, String awardCode, AwardCategory category,
                          String componentCode, boolean required, String choiceGroup, DossierStatus neededAt, int seq,
                          String legalRef, SimplifiedCase simplifiedCase, UnitType subjectKind) {

    /** A rule for every subject. */
    public Requirement(String regimeCode, Procedure procedure, String awardCode, AwardCategory category,
                       String componentCode, boolean required, String choiceGroup, DossierStatus neededAt, int seq,
                       String legalRef, SimplifiedCase simplifiedCase) {
        this(regimeCode, procedure, awardCode, category, componentCode, required, choiceGroup, neededAt, seq, legalRef,
                simplifiedCase, null);
    }

    /**
     * @param subjectKinds the loại hình of the units the dossier's subjects are (a collective) or work in (a person)
     */
    public boolean appliesTo(String regime, Procedure p, AwardKind kind, SimplifiedCase c, Set<UnitType> subjectKinds) {
        return regimeCode.equals(regime) && procedure == p
                && (awardCode == null || awardCode.equals(kind.code()))
                && (category == null || category == kind.category())
                && (simplifiedCase == null || simplifiedCase == c)
                && (subjectKind == null || subjectKinds.contains(subjectKind));
    }

    /**
     * 2 for a rule of one award, 1 for a category, 0 for every award, 3 more for a rule of one simplified case: the
     * most specific rule of a component wins.
     */
    int specificity() {
        return (simplifiedCase != null ? 3 : 0) + (awardCode != null ? 2 : category != null ? 1 : 0);
    }
}
