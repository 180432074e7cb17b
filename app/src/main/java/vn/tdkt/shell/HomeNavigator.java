package vn.tdkt.shell;

import java.util.function.Consumer;
import vn.tdkt.council.ui.CouncilView;
import vn.tdkt.decision.ui.DecisionsView;
import vn.tdkt.dossier.ui.DossiersView;
import vn.tdkt.home.domain.DueItem;
import vn.tdkt.home.ui.HomeLink;
import vn.tdkt.movement.ui.MovementsView;
import vn.tdkt.registration.ui.RegistrationView;

/**
 * Carries out what an item of Tổng quan opens (decision 123): the record a due line names, or the screen a card, a
 * bar or a slice counts, shown with that filter.
 */
final class HomeNavigator implements Consumer<HomeLink> {

    private final MainWindow window;

    HomeNavigator(MainWindow window) {
        this.window = window;
    }

    @Override
    public void accept(HomeLink link) {
        if (link instanceof HomeLink.Due d) {
            open(d.item());
        } else if (link instanceof HomeLink.Movements m) {
            ((MovementsView) window.show(MainWindow.Page.MOVEMENTS)).openStatus(m.status());
        } else if (link instanceof HomeLink.Registrations r) {
            ((RegistrationView) window.show(MainWindow.Page.REGISTRATIONS)).showYear(r.year());
        } else if (link instanceof HomeLink.Decisions d) {
            ((DecisionsView) window.show(MainWindow.Page.DECISIONS)).showYear(d.year());
        } else if (link instanceof HomeLink.Awards a) {
            window.showAwards(a.query());
        }
    }

    /** A milestone opens its movement, a dossier deadline, notice end or appraisal time limit its dossier, a meeting its meeting. */
    private void open(DueItem item) {
        switch (item.kind()) {
            case MILESTONE -> ((MovementsView) window.show(MainWindow.Page.MOVEMENTS)).open(item.targetId());
            case DOSSIER, NOTICE, APPRAISAL -> ((DossiersView) window.show(MainWindow.Page.DOSSIERS)).open(item.targetId());
            case MEETING -> ((CouncilView) window.show(MainWindow.Page.COUNCIL)).open(item.targetId());
        }
    }
}
