package vn.tdkt.council.ui;

import java.nio.file.Path;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.council.service.CouncilServices;
import vn.tdkt.dossier.service.DossierService;

/** The services the council screens work with. */
public record MeetingServices(CouncilServices council, DossierService dossiers, CatalogueService catalogue,
                              PackWriter pack, vn.tdkt.people.service.PeopleService people, OpinionWriter opinions) {

    /** Without the Phiếu lấy ý kiến writer: the meeting page does not offer it. */
    public MeetingServices(CouncilServices council, DossierService dossiers, CatalogueService catalogue, PackWriter pack,
                           vn.tdkt.people.service.PeopleService people) {
        this(council, dossiers, catalogue, pack, people, null);
    }

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

    /** Writes the Phiếu lấy ý kiến thành viên Hội đồng of a meeting into a .docx (the meeting pack service). */
    @FunctionalInterface
    public interface OpinionWriter {
        Path writeOpinionForms(long meetingId, boolean absentOnly, Path target);
    }
}
