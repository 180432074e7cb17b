package vn.tdkt.dossier.domain;

/** One line of a dossier's checklist. */
public record ChecklistItem(Component component, boolean required, String choiceGroup, DossierStatus neededAt, int seq,
                            String legalRef) {

    /** Whether the component must be present for the dossier to reach the target status. */
    public boolean neededFor(DossierStatus target) {
        return required && target.step() >= neededAt.step();
    }
}
