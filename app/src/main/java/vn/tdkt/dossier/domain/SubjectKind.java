package vn.tdkt.dossier.domain;

import vn.tdkt.common.domain.Labelled;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.domain.Recipient;

/** Who is proposed: a person, a unit (tập thể) or a household. */
public enum SubjectKind implements Labelled {
    CA_NHAN("Cá nhân"), TAP_THE("Tập thể"), HO_GIA_DINH("Hộ gia đình");

    private final String label;

    SubjectKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The kind as a word inside a sentence ("cá nhân", "tập thể", "hộ gia đình"). */
    public Msg word() {
        return switch (this) {
            case CA_NHAN -> Msg.of("dossier.kindWord.person");
            case TAP_THE -> Msg.of("dossier.kindWord.unit");
            case HO_GIA_DINH -> Msg.of("dossier.kindWord.household");
        };
    }

    /**
     * Whether the award can be given to this kind of subject: persons and units per the catalogue; households
     * only for the forms the catalogue pays households for (Bằng khen, Giấy khen — NĐ 152/2025 Điều 52).
     */
    public boolean suits(AwardKind kind, Catalogue catalogue) {
        return switch (this) {
            case CA_NHAN -> kind.subject().allowsPerson();
            case TAP_THE -> kind.subject().allowsUnit();
            case HO_GIA_DINH -> catalogue.coefficients().stream()
                    .anyMatch(c -> c.kindCode().equals(kind.code()) && c.recipient() == Recipient.HO_GIA_DINH);
        };
    }
}
