package vn.tdkt.movement.service;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.export.word.Nd30Document;
import vn.tdkt.movement.data.MovementRepository;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;

/** The documents of a movement: the Kế hoạch (docx, NĐ 30/2020 layout). */
public final class MovementDocuments {

    private final Database db;
    private final CatalogueService catalogue;
    private final MovementRepository repo = new MovementRepository();

    public MovementDocuments(Database db, CatalogueService catalogue) {
        this.db = db;
        this.catalogue = catalogue;
    }

    /** Writes the Kế hoạch of a movement to a .docx file and returns it. */
    public Path writePlan(long movementId, Path file) {
        PlanDocument.Input in = db.transaction(tx -> {
            Movement m = repo.find(tx, movementId).orElseThrow(() -> new AppException(Msg.of("movement.problem.gone")));
            MovementDetails d = repo.details(tx, m);
            Movement parent = m.parentId() == null ? null : repo.find(tx, m.parentId()).orElse(null);
            Map<Long, String> names = new HashMap<>(repo.unitNames(tx));
            Map<String, AwardKind> kinds = catalogue.catalogue().kinds().stream()
                    .collect(Collectors.toMap(AwardKind::code, Function.identity(), (a, b) -> a));
            java.util.List<Movement> children = repo.list(tx).stream()
                    .filter(c -> c.parentId() != null && c.parentId() == movementId)
                    .sorted(java.util.Comparator.comparing(Movement::code)).toList();
            return new PlanDocument.Input(d, parent, names, kinds, repo.milestones(tx, movementId), children);
        });
        try (Nd30Document doc = new PlanDocument(in).build()) {
            doc.write(file);
        }
        return file;
    }

    /** Writes the Kế hoạch of the movement with that code. */
    public Path writePlan(String code, Path file) {
        Movement m = repo.byCode(db.dsl(), code).orElseThrow(() -> new AppException(Msg.of("movement.problem.unknownCode", code)));
        return writePlan(m.id(), file);
    }
}
