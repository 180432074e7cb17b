package vn.tdkt.dossier.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Hồ sơ đề nghị khen thưởng: one award kind proposed to a deciding level for the subjects of the dossier.
 *
 * @param id              0 for a dossier not saved yet
 * @param code            số hồ sơ; blank on creation = numbered by the app (HS-yyyy-nnn)
 * @param achievementYear year of the achievement, or null for a movement (phong trào, đợt) named in movement
 * @param regimeCode      regime in force when the dossier was opened (null on creation = chosen by the day)
 * @param simplifiedCase  the case of the simplified procedure, null for the ordinary procedure
 * @param noticeStart     first day of the public notice (công khai) of the list, null while not published
 * @param movementId      the movement the dossier belongs to (a real link; movement then holds its name), or null
 *                        when none matches and movement is the free text as typed
 */
public record Dossier(long id, String code, String awardCode, String decidingLevel, Integer achievementYear,
                      String movement, long proposingUnitId, String regimeCode, Procedure procedure,
                      SimplifiedCase simplifiedCase, LocalDate deadline, LocalDate noticeStart, DossierStatus status,
                      LocalDateTime createdAt, LocalDateTime updatedAt, Long movementId) {

    /** A dossier linked to no movement record (movement, if any, is free text). */
    public Dossier(long id, String code, String awardCode, String decidingLevel, Integer achievementYear,
                   String movement, long proposingUnitId, String regimeCode, Procedure procedure,
                   SimplifiedCase simplifiedCase, LocalDate deadline, LocalDate noticeStart, DossierStatus status,
                   LocalDateTime createdAt, LocalDateTime updatedAt) {
        this(id, code, awardCode, decidingLevel, achievementYear, movement, proposingUnitId, regimeCode, procedure,
                simplifiedCase, deadline, noticeStart, status, createdAt, updatedAt, null);
    }

    /** A new dossier as entered by the clerk; number, regime, status and times are set when it is saved. */
    public static Dossier draft(String awardCode, String decidingLevel, Integer achievementYear, String movement,
                                long proposingUnitId, Procedure procedure, SimplifiedCase simplifiedCase,
                                LocalDate deadline) {
        return new Dossier(0, null, awardCode, decidingLevel, achievementYear, movement, proposingUnitId, null, procedure,
                simplifiedCase, deadline, null, DossierStatus.DU_THAO, null, null, null);
    }

    /** The same dossier linked to a movement record (null: none, the movement text stays free text). */
    public Dossier withMovement(Long newMovementId, String movementText) {
        return new Dossier(id, code, awardCode, decidingLevel, achievementYear, movementText, proposingUnitId, regimeCode,
                procedure, simplifiedCase, deadline, noticeStart, status, createdAt, updatedAt, newMovementId);
    }

    public Dossier withCode(String newCode) {
        return new Dossier(id, newCode, awardCode, decidingLevel, achievementYear, movement, proposingUnitId, regimeCode,
                procedure, simplifiedCase, deadline, noticeStart, status, createdAt, updatedAt, movementId);
    }

    public Dossier withRegime(String newRegimeCode) {
        return new Dossier(id, code, awardCode, decidingLevel, achievementYear, movement, proposingUnitId, newRegimeCode,
                procedure, simplifiedCase, deadline, noticeStart, status, createdAt, updatedAt, movementId);
    }

    public Dossier withDeadline(LocalDate newDeadline) {
        return new Dossier(id, code, awardCode, decidingLevel, achievementYear, movement, proposingUnitId, regimeCode,
                procedure, simplifiedCase, newDeadline, noticeStart, status, createdAt, updatedAt, movementId);
    }


    public Dossier withLevel(String newLevel) {
        return new Dossier(id, code, awardCode, newLevel, achievementYear, movement, proposingUnitId, regimeCode,
                procedure, simplifiedCase, deadline, noticeStart, status, createdAt, updatedAt, movementId);
    }

    public Dossier withAward(String newAwardCode) {
        return new Dossier(id, code, newAwardCode, decidingLevel, achievementYear, movement, proposingUnitId, regimeCode,
                procedure, simplifiedCase, deadline, noticeStart, status, createdAt, updatedAt, movementId);
    }
}
