package vn.tdkt.exemplary.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.dossier.service.AttachmentStore;
import vn.tdkt.exemplary.data.ExemplaryRepository;
import vn.tdkt.exemplary.data.ExemplaryRepository.RecordKind;
import vn.tdkt.exemplary.domain.Evidence;
import vn.tdkt.exemplary.domain.ExemplaryField;
import vn.tdkt.exemplary.domain.MediaItem;
import vn.tdkt.exemplary.domain.ModelRules;
import vn.tdkt.exemplary.domain.Recognition;
import vn.tdkt.exemplary.domain.Replication;
import vn.tdkt.exemplary.domain.Support;

/**
 * What is recorded about a model: the support given while nurturing it, its media coverage, its replication, its
 * yearly recognitions (one per year, by a decision) and its evidence files (stored as the dossiers store theirs, under
 * DATA/exemplary/&lt;model id&gt;/; a file is written before and removed after the transaction that records it).
 */
public final class ExemplaryRecordsService {

    private static final Logger LOGGER = LoggerFactory.getLogger(ExemplaryRecordsService.class);
    static final String FOLDER = "exemplary";

    private final Database db;
    private final Clock clock;
    private final ExemplaryRepository repo = new ExemplaryRepository();
    private final AttachmentStore store;

    public ExemplaryRecordsService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.store = store(db);
    }

    static AttachmentStore store(Database db) {
        return AttachmentStore.under(db.dataDir(), FOLDER);
    }

    public Support addSupport(Support s) {
        Support clean = new Support(0, s.modelId(), s.on(), text(s.content()), text(s.provider()), s.amount());
        ProblemCollector p = new ProblemCollector();
        p.requirePresent(clean.on(), ExemplaryField.DATE, "exemplary.problem.noDate");
        p.requireText(clean.content(), ExemplaryField.CONTENT, "exemplary.problem.noContent");
        if (clean.amount() != null && clean.amount() < 0) {
            p.add(ExemplaryField.AMOUNT, "exemplary.problem.negativeAmount");
        }
        p.throwIfAny();
        return db.transaction(tx -> {
            requireModel(tx, clean.modelId());
            return repo.insert(tx, clean);
        });
    }

    public MediaItem addMedia(MediaItem m) {
        MediaItem clean = new MediaItem(0, m.modelId(), m.kind(), text(m.title()), text(m.outlet()), m.on(), text(m.link()));
        ProblemCollector p = new ProblemCollector();
        p.requirePresent(clean.kind(), ExemplaryField.KIND, "exemplary.problem.noMediaKind");
        p.requireText(clean.title(), ExemplaryField.TITLE, "exemplary.problem.noTitle");
        p.requirePresent(clean.on(), ExemplaryField.DATE, "exemplary.problem.noDate");
        if (clean.link() != null && !clean.link().matches("(?i)https?://\\S+")) {
            p.add(ExemplaryField.LINK, "exemplary.problem.badLink", clean.link());
        }
        p.throwIfAny();
        return db.transaction(tx -> {
            requireModel(tx, clean.modelId());
            return repo.insert(tx, clean);
        });
    }

    public Replication addReplication(Replication r) {
        Replication clean = new Replication(0, r.modelId(), r.activity(), r.on(), text(r.learner()), text(r.note()));
        ProblemCollector p = new ProblemCollector();
        p.requirePresent(clean.activity(), ExemplaryField.KIND, "exemplary.problem.noActivity");
        p.requirePresent(clean.on(), ExemplaryField.DATE, "exemplary.problem.noDate");
        p.requireText(clean.learner(), ExemplaryField.LEARNER, "exemplary.problem.noLearner");
        p.throwIfAny();
        return db.transaction(tx -> {
            requireModel(tx, clean.modelId());
            return repo.insert(tx, clean);
        });
    }

    /**
     * Records the recognition of a model for a year by a decision; a second one for the same year is refused unless
     * {@code replace} (a corrected decision).
     */
    public Recognition recognise(Recognition r, boolean replace) {
        Recognition clean = new Recognition(0, r.modelId(), r.year(), text(r.decisionNo()), r.decisionDate());
        ModelRules.check(clean).throwIfAny();
        return db.transaction(tx -> {
            requireModel(tx, clean.modelId());
            if (!replace && repo.hasRecognition(tx, clean.modelId(), clean.year())) {
                new ProblemCollector().add(ExemplaryField.YEAR, "exemplary.problem.alreadyRecognised",
                        String.valueOf(clean.year())).throwIfAny();
            }
            return repo.putRecognition(tx, clean);
        });
    }

    /** Every recognition of every model (the counts over a period come from these). */
    public List<Recognition> recognitions() {
        return repo.allRecognitions(db.dsl());
    }

    public void deleteSupport(long id) {
        delete(RecordKind.SUPPORT, id);
    }

    public void deleteMedia(long id) {
        delete(RecordKind.MEDIA, id);
    }

    public void deleteReplication(long id) {
        delete(RecordKind.REPLICATION, id);
    }

    public void deleteRecognition(long id) {
        delete(RecordKind.RECOGNITION, id);
    }

    private void delete(RecordKind kind, long id) {
        db.transaction(tx -> {
            if (!repo.deleteRecord(tx, kind, id)) {
                throw new AppException(Msg.of("exemplary.problem.recordGone"));
            }
            return null;
        });
    }

    /** Stores an evidence file (PDF, scan, Word, Excel, zip; at most 50 MB: the dossiers' rules) for a model. */
    public Evidence attach(long modelId, Path file, String note, String user) {
        requireModel(db.dsl(), modelId);
        AttachmentStore.Stored stored = store.put(modelId, file);
        try {
            Evidence added = db.transaction(tx -> {
                requireModel(tx, modelId);
                if (repo.evidence(tx, modelId).stream().anyMatch(e -> e.sha256().equals(stored.sha256()))) {
                    throw new AppException(Msg.of("exemplary.problem.sameFile", file.getFileName().toString()));
                }
                return repo.insert(tx, new Evidence(0, modelId, VietnameseText.clean(file.getFileName().toString()),
                        stored.storedName(), stored.size(), stored.sha256(), stored.type().contentType(), text(note),
                        LocalDateTime.now(clock), ExemplaryService.who(user)));
            });
            LOGGER.info("Exemplary model {}: {} stored", modelId, added.originalName());
            return added;
        } catch (RuntimeException e) {
            if (stored.created()) {
                store.delete(modelId, stored.storedName());
            }
            throw e;
        }
    }

    /** Removes an evidence file: the row in a transaction, then the stored copy. */
    public void detach(long evidenceId) {
        Evidence removed = db.transaction(tx -> {
            Evidence e = repo.evidenceById(tx, evidenceId).orElseThrow(() -> new AppException(
                    Msg.of("exemplary.problem.recordGone")));
            repo.deleteEvidence(tx, evidenceId);
            return e;
        });
        store.delete(removed.modelId(), removed.storedName());
    }

    /** Where a stored evidence file is, to open or copy it. */
    public Path file(Evidence e) {
        return store.path(e.modelId(), e.storedName());
    }

    private void requireModel(org.jooq.DSLContext tx, long modelId) {
        repo.find(tx, modelId).orElseThrow(ExemplaryService::gone);
    }

    private static String text(String s) {
        return ExemplaryService.text(s);
    }
}
