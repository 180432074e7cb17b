package vn.tdkt.council.domain;

import java.util.List;

/**
 * A dossier as the agenda takes it: its code, its award and its subjects in the order entered.
 *
 * @param subjects each subject with the code the agenda knows it by (null for a household, which has none)
 */
public record DossierSubjects(long dossierId, String dossierCode, String awardCode, List<Subject> subjects) {

    /** @param type null for a household (not a candidate of the council's ballot) */
    public record Subject(SubjectType type, String code, String name) {
    }
}
