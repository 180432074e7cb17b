package vn.tdkt.dossier.domain;

/**
 * One subject of a dossier: a person of the registry, a unit of the registry, or a household by name and address.
 *
 * @param id 0 for a subject not saved yet
 */
public record DossierSubject(long id, long dossierId, SubjectKind kind, Long personId, Long unitId, String householdName,
                            String householdAddress) {

    public static DossierSubject person(long personId) {
        return new DossierSubject(0, 0, SubjectKind.CA_NHAN, personId, null, null, null);
    }

    public static DossierSubject unit(long unitId) {
        return new DossierSubject(0, 0, SubjectKind.TAP_THE, null, unitId, null, null);
    }

    public static DossierSubject household(String name, String address) {
        return new DossierSubject(0, 0, SubjectKind.HO_GIA_DINH, null, null, name, address);
    }

    public DossierSubject withIds(long newId, long newDossierId) {
        return new DossierSubject(newId, newDossierId, kind, personId, unitId, householdName, householdAddress);
    }
}
