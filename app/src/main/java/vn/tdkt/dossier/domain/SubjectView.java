package vn.tdkt.dossier.domain;

/**
 * A subject as shown and checked: its name (person's full name, unit name, household name) and a detail (person's
 * unit, household address). exists is false when the person or unit is no longer in the registry.
 */
public record SubjectView(DossierSubject subject, String name, String detail, boolean exists) {

    /** Name for messages; a missing person or unit is named by its internal id. */
    public String displayName() {
        if (exists) {
            return name;
        }
        return subject.kind() == SubjectKind.CA_NHAN ? "cán bộ mã nội bộ " + subject.personId()
                : "đơn vị mã nội bộ " + subject.unitId();
    }
}
