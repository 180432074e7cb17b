package vn.tdkt.dossier.domain;

/** Which dossiers to list; a null field does not filter. */
public record DossierFilter(Integer achievementYear, DossierStatus status, String awardCode) {

    public static DossierFilter all() {
        return new DossierFilter(null, null, null);
    }
}
