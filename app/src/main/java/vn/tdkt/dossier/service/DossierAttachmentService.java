package vn.tdkt.dossier.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.dossier.data.DossierRepository;
import vn.tdkt.dossier.domain.Attachment;
import vn.tdkt.dossier.domain.ChecklistItem;
import vn.tdkt.dossier.domain.Component;
import vn.tdkt.dossier.domain.ComponentStatus;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierField;

/**
 * A dossier's components and files: the checklist per award, regime and procedure, and the files stored for it
 * (attached scans and the documents the app generates). Files are written before and removed after the transaction
 * that records them, so a failed write leaves neither a row without a file nor a file without a row.
 */
public final class DossierAttachmentService {

    private static final Logger LOGGER = LoggerFactory.getLogger(DossierAttachmentService.class);

    private final Database db;
    private final Clock clock;
    private final DossierRepository repo = new DossierRepository();
    private final DossierSupport support;
    private final AttachmentStore store;

    public DossierAttachmentService(Database db, CatalogueService catalogue, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.support = new DossierSupport(repo, catalogue);
        this.store = new AttachmentStore(db.dataDir());
    }

    public List<Component> components() {
        return repo.components(db.dsl());
    }

    /** The components the dossier needs under its regime and procedure, each with its stored files. */
    public List<ComponentStatus> checklist(long dossierId) {
        DSLContext dsl = db.dsl();
        return support.checklist(dsl, support.requireDossier(dsl, dossierId));
    }

    /** Stores a file (PDF, scan, Word, Excel, zip; at most 50 MB) for a component of the dossier. */
    public Attachment attach(long dossierId, String componentCode, Path file, String user) {
        return storeFile(dossierId, componentCode, file, user, false);
    }

    /**
     * Stores the document the app generated for a component (tờ trình, báo cáo, biên bản, kết quả bỏ phiếu),
     * replacing the one generated before; attached (signed, scanned) copies stay.
     */
    public Attachment markGenerated(long dossierId, String componentCode, Path file, String user) {
        return storeFile(dossierId, componentCode, file, user, true);
    }

    private Attachment storeFile(long dossierId, String componentCode, Path file, String user, boolean generated) {
        String who = DossierSupport.who(user);
        fileTarget(db.dsl(), dossierId, componentCode, generated);
        AttachmentStore.Stored stored = store.put(dossierId, file);
        List<String> released = new ArrayList<>();
        try {
            Attachment added = db.transaction(dsl -> {
                Component component = fileTarget(dsl, dossierId, componentCode, generated);
                List<Attachment> same = repo.attachments(dsl, dossierId).stream()
                        .filter(a -> a.componentCode().equals(componentCode)).toList();
                for (Attachment old : same) {
                    if (generated && old.generated()) {
                        repo.deleteAttachment(dsl, old.id());
                        released.add(old.storedName());
                    } else if (old.sha256().equals(stored.sha256())) {
                        throw new AppException(Msg.of("dossier.problem.sameFile", file.getFileName().toString(),
                                component.name(), old.originalName()));
                    }
                }
                return repo.insertAttachment(dsl, new Attachment(0, dossierId, componentCode,
                        VietnameseText.clean(file.getFileName().toString()), stored.storedName(), stored.size(),
                        stored.sha256(), stored.type().contentType(), generated, LocalDateTime.now(clock), who));
            });
            released.remove(stored.storedName());
            released.forEach(name -> deleteIfUnused(dossierId, name));
            LOGGER.info("Dossier {}: {} stored for {} by {}", dossierId, added.originalName(), componentCode, who);
            return added;
        } catch (RuntimeException e) {
            if (stored.created()) {
                deleteIfUnused(dossierId, stored.storedName());
            }
            throw e;
        }
    }

    /** The component of the dossier's checklist a file may be stored for, refusing when the dossier is past it. */
    private Component fileTarget(DSLContext dsl, long dossierId, String componentCode, boolean generated) {
        Dossier d = support.requireDossier(dsl, dossierId);
        DossierSupport.requireFiles(d);
        Component c = support.checklistItems(dsl, d).stream().map(ChecklistItem::component)
                .filter(x -> x.code().equals(componentCode)).findFirst()
                .orElseThrow(() -> new ValidationException(List.of(Problem.of(DossierField.COMPONENT,
                        Msg.of("dossier.problem.notAComponent", componentCode)))));
        if (generated && !c.generated()) {
            throw new ValidationException(List.of(Problem.of(DossierField.COMPONENT,
                    Msg.of("dossier.problem.notGenerated", c.name()))));
        }
        return c;
    }

    /** Removes a file row; the stored copy goes after the commit unless another row of the dossier still uses it. */
    public void detach(long attachmentId) {
        Attachment removed = db.transaction(dsl -> {
            Attachment a = repo.attachment(dsl, attachmentId).orElseThrow(() -> new AppException(
                    Msg.of("dossier.problem.fileGone")));
            DossierSupport.requireFiles(support.requireDossier(dsl, a.dossierId()));
            repo.deleteAttachment(dsl, attachmentId);
            return a;
        });
        deleteIfUnused(removed.dossierId(), removed.storedName());
        LOGGER.info("Dossier {}: {} removed", removed.dossierId(), removed.originalName());
    }

    /** Where a stored file is, to open or copy it. */
    public Path file(Attachment a) {
        return store.path(a);
    }

    private void deleteIfUnused(long dossierId, String storedName) {
        if (!repo.storedNameInUse(db.dsl(), dossierId, storedName)) {
            store.delete(dossierId, storedName);
        }
    }
}
