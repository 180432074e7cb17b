package vn.tdkt.dossier.domain;

import vn.tdkt.common.domain.SinceOpened;

/**
 * What a clerk changes on a dossier's page, compared when a move or a save checks that nobody else changed the dossier
 * since the page read it (issue #14): its status (moved through the workflow by "Chuyển trạng thái") and the first day
 * of its public notice. The rest of a dossier is set when it is created; its subjects and files are rows of their own,
 * refused when gone or already there.
 */
public final class DossierChanges {

    private DossierChanges() {
    }

    public static SinceOpened<Dossier> fields() {
        return SinceOpened.<Dossier>fields().field("dossier.col.status", Dossier::status)
                .field("dossier.page.notice", Dossier::noticeStart);
    }
}
