package vn.tdkt.dossier.domain;

import vn.tdkt.common.domain.Field;

/** The fields of a dossier, of its calendar settings and of its files a problem can point at. */
public enum DossierField implements Field {
    CODE("dossier.f.code"),
    AWARD("dossier.f.award"),
    LEVEL("dossier.f.level"),
    YEAR("dossier.f.year"),
    MOVEMENT("dossier.f.movement"),
    UNIT("dossier.f.unit"),
    REGIME("dossier.f.regime"),
    PROCEDURE("dossier.f.procedure"),
    CASE("dossier.f.case"),
    SUBJECT("dossier.f.subject"),
    COMPONENT("dossier.f.component"),
    NOTICE_DAYS("dossier.f.noticeDays"),
    HOLIDAY("dossier.f.holiday");

    private final String labelKey;

    DossierField(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
