package vn.tdkt.movement.service;

import java.util.List;
import java.util.Optional;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.movement.data.MovementLinkRepository;
import vn.tdkt.movement.domain.MovementChoice;
import vn.tdkt.movement.domain.MovementLinks;

/**
 * The public API other features use to name the movement a record belongs to (a dossier, a decision, a registration,
 * an exemplary model): the movements for a combo, one by its code, the one a free text names; and, for the movement's
 * page, the dossiers and decisions that name it. The link itself is the record's {@code movement_id}, written by the
 * record's own feature.
 */
public final class MovementLinkService {

    private final Database db;
    private final MovementLinkRepository repo = new MovementLinkRepository();

    public MovementLinkService(Database db) {
        this.db = db;
    }

    /** Every movement, newest period first, for a combo. */
    public List<MovementChoice> choices() {
        return repo.choices(db.dsl());
    }

    /** The movement with that code (case and diacritics ignored). */
    public Optional<MovementChoice> byCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String folded = VietnameseText.fold(code);
        return choices().stream().filter(c -> c.code() != null && VietnameseText.fold(c.code()).equals(folded)).findFirst();
    }

    /** The movement a free text names (its label, code or name), empty when none: the text is then kept as text. */
    public Optional<MovementChoice> match(String text) {
        return MovementChoice.match(choices(), text);
    }

    /** The dossiers and decisions that name the movement. */
    public MovementLinks links(long movementId) {
        return db.transaction(tx -> new MovementLinks(repo.dossiers(tx, movementId), repo.decisions(tx, movementId)));
    }
}
