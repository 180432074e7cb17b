package vn.tdkt.dossier.domain;

import vn.tdkt.common.domain.Localizable;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Texts;

/**
 * A subject as shown and checked: its name (person's full name, unit name, household name) and a detail (person's
 * unit, household address). exists is false when the person or unit is no longer in the registry.
 */
public record SubjectView(DossierSubject subject, String name, String detail, boolean exists) {

    /** Name for messages, in Vietnamese (documents, log); a missing person or unit is named by its internal id. */
    public String displayName() {
        return display().in(Texts.VIETNAMESE);
    }

    /** Name for messages in the user's language; a missing person or unit is named by its internal id. */
    public Localizable display() {
        if (exists) {
            return Msg.of("common.literal", name);
        }
        return subject.kind() == SubjectKind.CA_NHAN ? Msg.of("dossier.subject.missingPerson", String.valueOf(subject.personId()))
                : Msg.of("dossier.subject.missingUnit", String.valueOf(subject.unitId()));
    }
}
