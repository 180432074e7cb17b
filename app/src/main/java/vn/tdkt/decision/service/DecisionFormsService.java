package vn.tdkt.decision.service;

import java.nio.file.Path;
import java.time.LocalDate;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionNotFoundException;

/**
 * The documents the office used to type by hand from a recorded decision (#13): the Quyết định công nhận danh hiệu
 * thi đua of the head of the Sở with its list. Files are written atomically.
 */
public final class DecisionFormsService {

    private final CatalogueService catalogue;
    private final DecisionDraftingService drafting;

    public DecisionFormsService(CatalogueService catalogue, DecisionDraftingService drafting) {
        this.catalogue = catalogue;
        this.drafting = drafting;
    }

    /** The Quyết định công nhận of the decision of that number (and date, when the number names several). */
    public Decision writeRecognition(String decisionNo, LocalDate date, Path target, Progress progress) {
        Decision d = drafting.find(decisionNo, date).orElseThrow(() -> date == null
                ? new DecisionNotFoundException(decisionNo) : new DecisionNotFoundException(decisionNo, date));
        writeRecognition(d, target, progress);
        return d;
    }

    public Decision writeRecognition(long decisionId, Path target, Progress progress) {
        Decision d = drafting.get(decisionId).orElseThrow(() -> new AppException(Msg.of("certificate.noDecision")));
        writeRecognition(d, target, progress);
        return d;
    }

    /** Refused when a line of the decision is a form of award (Bằng khen, Giấy khen): that is a quyết định khen thưởng. */
    public void writeRecognition(Decision d, Path target, Progress progress) {
        Catalogue cat = catalogue.catalogue();
        d.recipients().stream().map(r -> cat.require(r.kindCode())).filter(k -> k.category() != AwardCategory.DANH_HIEU)
                .findFirst().ifPresent(k -> {
                    throw new AppException(Msg.of("recognition.notATitle", d.info().decisionNo(), k.name()));
                });
        progress.step(Msg.of("recognition.writing", d.info().decisionNo()), 0, 1);
        new RecognitionDocxWriter(cat).write(d, target);
        progress.step(Msg.of("recognition.written", target.toString()), 1, 1);
    }
}
