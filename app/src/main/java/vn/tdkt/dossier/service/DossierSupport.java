package vn.tdkt.dossier.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.dossier.data.DossierRepository;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.dossier.domain.DossierChanges;
import vn.tdkt.dossier.domain.Attachment;
import vn.tdkt.dossier.domain.DecidingLevel;
import vn.tdkt.dossier.domain.DossierChecks;
import vn.tdkt.dossier.domain.EligibilityCheck;
import vn.tdkt.dossier.domain.Finding;
import vn.tdkt.dossier.domain.WorkingCalendar;
import vn.tdkt.dossier.domain.Checklist;
import vn.tdkt.dossier.domain.ChecklistItem;
import vn.tdkt.dossier.domain.Component;
import vn.tdkt.dossier.domain.ComponentStatus;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierStatus;

/**
 * What the three dossier services share inside their transactions: the dossier that must exist, the state it must
 * be in, the user a change is logged under and the component checklist. Not a service: no transaction of its own.
 */
final class DossierSupport {

    private final DossierRepository repo;
    private final CatalogueService catalogue;

    DossierSupport(DossierRepository repo, CatalogueService catalogue) {
        this.repo = repo;
        this.catalogue = catalogue;
    }

    Dossier requireDossier(DSLContext dsl, long id) {
        return repo.dossier(dsl, id).orElseThrow(() -> new AppException(Msg.of("dossier.page.gone")));
    }

    /**
     * The dossier with its row locked until the end of the transaction, refused with what changed when it is no longer
     * as the clerk's page {@code seen} it (issue #14); null is not checked (a command, an import, a test).
     */
    Dossier lockedAsSeen(DSLContext dsl, long id, Dossier seen) {
        repo.lock(dsl, id);
        Dossier d = requireDossier(dsl, id);
        DossierChanges.fields().require(seen, d, Msg.of("edit.record.dossier", d.code()));
        return d;
    }

    /** Refuses a change unless the dossier is drafted or returned; the action is a bundle key ("sửa", "thêm …"). */
    static void requireEditable(Dossier d, String actionKey) {
        ProblemCollector.refuseUnless(d.status().editable(), "dossier.problem.notEditable", d.code(), d.status(),
                Msg.of(actionKey), DossierStatus.DU_THAO, DossierStatus.TRA_LAI);
    }

    /** Refuses a file change once the dossier has gone past the stages that take files. */
    static void requireFiles(Dossier d) {
        ProblemCollector.refuseUnless(d.status().acceptsFiles(), "dossier.problem.noMoreFiles", d.code(), d.status());
    }

    /** The user a change is logged under, cleaned; refused when unknown. */
    static String who(String user) {
        String u = ProblemCollector.blankToNull(user);
        ProblemCollector.refuseUnless(u != null, "dossier.problem.noUser");
        return u;
    }

    List<ChecklistItem> checklistItems(DSLContext dsl, Dossier d) {
        Map<String, Component> components = repo.components(dsl).stream()
                .collect(Collectors.toMap(Component::code, Function.identity()));
        return Checklist.build(repo.requirements(dsl), components, d.regimeCode(), d.procedure(),
                catalogue.catalogue().require(d.awardCode()), d.simplifiedCase(),
                d.id() == 0 ? Set.of() : repo.subjectUnitTypes(dsl, d.id()));
    }

    /** The checks of a move of the dossier to the target status, on that day. */
    List<Finding> findings(DSLContext dsl, Dossier d, DossierStatus target, String note, EligibilityCheck eligibility,
                           LocalDate today) {
        Catalogue cat = catalogue.catalogue();
        DecidingLevel level = repo.levels(dsl).stream().filter(l -> l.code().equals(d.decidingLevel())).findFirst()
                .orElseThrow(() -> new AppException(Msg.of("dossier.problem.unknownLevelCode", d.decidingLevel())));
        return DossierChecks.run(new DossierChecks.Input(d, cat.require(d.awardCode()), cat, level,
                repo.unitExists(dsl, d.proposingUnitId()), repo.subjects(dsl, d.id()), checklist(dsl, d),
                new WorkingCalendar(repo.holidays(dsl)), today, target, note, eligibility));
    }

    /** The components the dossier needs under its regime and procedure, each with its stored files. */
    List<ComponentStatus> checklist(DSLContext dsl, Dossier d) {
        Map<String, List<Attachment>> files = repo.attachments(dsl, d.id()).stream()
                .collect(Collectors.groupingBy(Attachment::componentCode));
        return checklistItems(dsl, d).stream()
                .map(i -> new ComponentStatus(i, files.getOrDefault(i.component().code(), List.of()))).toList();
    }
}
