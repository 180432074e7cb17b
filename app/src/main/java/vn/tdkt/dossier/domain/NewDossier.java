package vn.tdkt.dossier.domain;

import java.util.List;

/** A dossier to create with its subjects . */
public record NewDossier(Dossier draft, List<DossierSubject> subjects) {

    public NewDossier {
        subjects = List.copyOf(subjects);
    }
}
