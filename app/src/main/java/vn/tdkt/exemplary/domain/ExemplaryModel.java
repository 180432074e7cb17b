package vn.tdkt.exemplary.domain;

import java.time.LocalDate;

/**
 * An exemplary model (điển hình tiên tiến). {@code personId} names the person of the database a person model is
 * (its gender is then the person's); {@code unitId} the unit a collective or an enterprise is, when it is one;
 * {@code gender} is kept only for a person not in the database. The stage changes only through a move (logged).
 */
public record ExemplaryModel(long id, String code, String name, ModelKind kind, Long personId, Long unitId, String gender,
                             String field, Long movementId, Long proposingUnitId, Stage stage, LocalDate stageDate,
                             String description) {

    public ExemplaryModel withStage(Stage s, LocalDate on) {
        return new ExemplaryModel(id, code, name, kind, personId, unitId, gender, field, movementId, proposingUnitId, s, on,
                description);
    }

    public ExemplaryModel withId(long newId) {
        return new ExemplaryModel(newId, code, name, kind, personId, unitId, gender, field, movementId, proposingUnitId,
                stage, stageDate, description);
    }
}
