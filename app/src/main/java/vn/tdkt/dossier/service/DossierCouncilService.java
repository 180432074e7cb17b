package vn.tdkt.dossier.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.dossier.data.DossierRepository;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierStatus;
import vn.tdkt.dossier.domain.EligibilityCheck;
import vn.tdkt.dossier.domain.Finding;

/**
 * The council's side of a dossier, inside the council's own transaction (the caller passes it): a dossier goes on an
 * agenda only when the workflow allows (Đủ hồ sơ with no blocking finding, or already Trình Hội đồng) and moves to
 * Trình Hội đồng; the tally writes each subject's result (Đạt / Không đạt / Đồng hạng) and moves the dossier to Đã bỏ
 * phiếu once every person and unit of it has one; clearing a title's rounds takes the results back.
 */
public final class DossierCouncilService {

    private static final Logger LOGGER = LoggerFactory.getLogger(DossierCouncilService.class);
    /** Who the council's moves are logged under. */
    static final String COUNCIL = "Hội đồng";

    /** The council's result on a subject. */
    public enum Result { DAT, KHONG_DAT, DONG_HANG }

    /**
     * A subject of a dossier as the council knows it.
     *
     * @param person true for a person (code = person code), false for a unit (code = unit code)
     */
    public record SubjectCode(boolean person, String code) {
    }

    private final EligibilityCheck eligibility;
    private final Clock clock;
    private final DossierRepository repo = new DossierRepository();
    private final DossierSupport support;

    public DossierCouncilService(CatalogueService catalogue, EligibilityCheck eligibility, Clock clock) {
        this.eligibility = eligibility;
        this.clock = clock;
        this.support = new DossierSupport(repo, catalogue);
    }

    /**
     * Admits the dossier to an agenda in the caller's transaction: refused (with every blocking finding) unless it is
     * Đủ hồ sơ and nothing blocks its move to Trình Hội đồng, or it is Trình Hội đồng already; a dossier Đủ hồ sơ is
     * moved to Trình Hội đồng and the move logged.
     */
    public void admit(DSLContext dsl, long dossierId, String meetingLabel) {
        Dossier d = support.requireDossier(dsl, dossierId);
        if (d.status() == DossierStatus.TRINH_HOI_DONG) {
            return;
        }
        ProblemCollector.refuseUnless(d.status() == DossierStatus.DU_HO_SO, "dossier.council.notReady", d.code(),
                d.status(), DossierStatus.DU_HO_SO);
        List<Finding> findings = support.findings(dsl, d, DossierStatus.TRINH_HOI_DONG, null, eligibility,
                LocalDate.now(clock));
        List<Problem> blocking = findings.stream().filter(Finding::isBlocking)
                .map(f -> Problem.file(Msg.of("dossier.council.blocked", d.code(), f.text()))).toList();
        if (!blocking.isEmpty()) {
            throw new ValidationException(blocking);
        }
        move(dsl, d, DossierStatus.TRINH_HOI_DONG, Msg.of("dossier.council.log.agenda", meetingLabel).vi());
    }

    /**
     * Writes the council's result on the dossier's subjects (by person or unit code) in the caller's transaction, and
     * moves the dossier from Trình Hội đồng to Đã bỏ phiếu once every person and unit of it has a result.
     */
    public void recordResults(DSLContext dsl, long dossierId, long meetingId, Map<SubjectCode, Result> results) {
        Dossier d = support.requireDossier(dsl, dossierId);
        results.forEach((s, r) -> repo.setCouncilResult(dsl, dossierId, s.person(), s.code(), r.name(), meetingId));
        if (d.status() == DossierStatus.TRINH_HOI_DONG && repo.everySubjectVoted(dsl, dossierId)) {
            move(dsl, d, DossierStatus.DA_BO_PHIEU, Msg.of("dossier.council.log.voted").vi());
        }
    }

    /**
     * Takes back the results a meeting wrote on the dossier's subjects (its rounds were cleared to be entered again);
     * a dossier Đã bỏ phiếu and not gone further returns to Trình Hội đồng.
     */
    public void clearResults(DSLContext dsl, long dossierId, long meetingId, List<SubjectCode> subjects) {
        Dossier d = support.requireDossier(dsl, dossierId);
        subjects.forEach(s -> repo.setCouncilResult(dsl, dossierId, s.person(), s.code(), null, null));
        if (d.status() == DossierStatus.DA_BO_PHIEU) {
            move(dsl, d, DossierStatus.TRINH_HOI_DONG, Msg.of("dossier.council.log.cleared").vi());
        }
        LOGGER.info("Council results of meeting {} cleared on dossier {}", meetingId, d.code());
    }

    private void move(DSLContext dsl, Dossier d, DossierStatus to, String note) {
        LocalDateTime now = LocalDateTime.now(clock);
        repo.setStatus(dsl, d.id(), to, now);
        repo.insertLog(dsl, d.id(), d.status(), to, COUNCIL, now, note);
        LOGGER.info("Dossier {} moved from {} to {} by the council", d.code(), d.status(), to);
    }
}
