package vn.tdkt.council.ui;

import java.nio.file.Path;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.council.service.CouncilServices;
import vn.tdkt.dossier.service.DossierService;

/** The services the council screens work with. */
public record MeetingServices(CouncilServices council, DossierService dossiers, CatalogueService catalogue,
                              PackWriter pack, vn.tdkt.people.service.PeopleService people) {

    /** Without the Cán bộ: members are typed by name only. */
    public MeetingServices(CouncilServices council, DossierService dossiers, CatalogueService catalogue, PackWriter pack) {
        this(council, dossiers, catalogue, pack, null);
    }

    /**
     * Writes every document of a meeting and its index into a folder and returns how many files it wrote; on
     * cancellation it removes the files of that run (the meeting pack service, wired by the main window).
     */
    @FunctionalInterface
    public interface PackWriter {
        int writePack(long meetingId, Path folder, Progress progress);
    }
}
