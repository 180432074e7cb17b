package vn.tdkt.movement.domain;

import java.time.LocalDate;

/**
 * A movement (phong trào thi đua) and its plan (kế hoạch): who launches it and at what level, the plan's number,
 * date and signer, the parent plan it implements, its period, theme and slogan, lead unit, targets and criteria.
 *
 * @param planNo          the full number as printed after "Số: ", e.g. "90/KH-UBND" ("/KH-SKHCN" while unnumbered)
 * @param signerAuthority the KT./TM. line, e.g. "KT. GIÁM ĐỐC" or "TM. ỦY BAN NHÂN DÂN" (may be null)
 * @param statusDate      the day of the last status change (null while a draft)
 */
public record Movement(long id, String code, String name, MovementKind kind, LaunchLevel level, MovementScope scope,
                       String authorityParent, String authority, String place, String planNo, LocalDate planDate,
                       String signerAuthority, String signerTitle, String signerName, Long parentId,
                       LocalDate startDate, LocalDate endDate, String theme, String slogan, Long leadUnitId,
                       String targets, String criteriaCollective, String criteriaIndividual, String criteriaHousehold,
                       MovementStatus status, LocalDate statusDate) {

    /** A new draft with the essentials; the rest is filled in the editor. */
    public static Movement draft(String code, String name, MovementKind kind, LaunchLevel level) {
        return new Movement(0, code, name, kind, level, defaultScope(level), null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, MovementStatus.DU_THAO, null);
    }

    /** The scope a movement of that level usually has. */
    public static MovementScope defaultScope(LaunchLevel level) {
        return switch (level) {
            case TRUNG_UONG -> MovementScope.TOAN_QUOC;
            case BO_TINH -> MovementScope.BO_NGANH_DIA_PHUONG;
            case CO_QUAN -> MovementScope.CO_QUAN_DON_VI;
        };
    }

    public Movement withId(long newId) {
        return new Movement(newId, code, name, kind, level, scope, authorityParent, authority, place, planNo, planDate,
                signerAuthority, signerTitle, signerName, parentId, startDate, endDate, theme, slogan, leadUnitId,
                targets, criteriaCollective, criteriaIndividual, criteriaHousehold, status, statusDate);
    }

    public Movement withParent(Long newParent) {
        return new Movement(id, code, name, kind, level, scope, authorityParent, authority, place, planNo, planDate,
                signerAuthority, signerTitle, signerName, newParent, startDate, endDate, theme, slogan, leadUnitId,
                targets, criteriaCollective, criteriaIndividual, criteriaHousehold, status, statusDate);
    }

    public Movement withPeriod(LocalDate from, LocalDate to) {
        return new Movement(id, code, name, kind, level, scope, authorityParent, authority, place, planNo, planDate,
                signerAuthority, signerTitle, signerName, parentId, from, to, theme, slogan, leadUnitId,
                targets, criteriaCollective, criteriaIndividual, criteriaHousehold, status, statusDate);
    }

    public Movement withPlan(String number, LocalDate date) {
        return new Movement(id, code, name, kind, level, scope, authorityParent, authority, place, number, date,
                signerAuthority, signerTitle, signerName, parentId, startDate, endDate, theme, slogan, leadUnitId,
                targets, criteriaCollective, criteriaIndividual, criteriaHousehold, status, statusDate);
    }

    public Movement withIssuer(String parentLine, String issuer, String placeName) {
        return new Movement(id, code, name, kind, level, scope, parentLine, issuer, placeName, planNo, planDate,
                signerAuthority, signerTitle, signerName, parentId, startDate, endDate, theme, slogan, leadUnitId,
                targets, criteriaCollective, criteriaIndividual, criteriaHousehold, status, statusDate);
    }

    public Movement withSigner(String authorityLine, String title, String name) {
        return new Movement(id, code, this.name, kind, level, scope, authorityParent, authority, place, planNo, planDate,
                authorityLine, title, name, parentId, startDate, endDate, theme, slogan, leadUnitId,
                targets, criteriaCollective, criteriaIndividual, criteriaHousehold, status, statusDate);
    }

    public Movement withTheme(String newTheme, String newSlogan, String newTargets) {
        return new Movement(id, code, name, kind, level, scope, authorityParent, authority, place, planNo, planDate,
                signerAuthority, signerTitle, signerName, parentId, startDate, endDate, newTheme, newSlogan, leadUnitId,
                newTargets, criteriaCollective, criteriaIndividual, criteriaHousehold, status, statusDate);
    }

    public Movement withCriteria(String collective, String individual, String household) {
        return new Movement(id, code, name, kind, level, scope, authorityParent, authority, place, planNo, planDate,
                signerAuthority, signerTitle, signerName, parentId, startDate, endDate, theme, slogan, leadUnitId,
                targets, collective, individual, household, status, statusDate);
    }

    public Movement withLead(Long unitId) {
        return new Movement(id, code, name, kind, level, scope, authorityParent, authority, place, planNo, planDate,
                signerAuthority, signerTitle, signerName, parentId, startDate, endDate, theme, slogan, unitId,
                targets, criteriaCollective, criteriaIndividual, criteriaHousehold, status, statusDate);
    }

    public Movement withBasics(String newCode, String newName, MovementKind newKind, LaunchLevel newLevel,
                               MovementScope newScope) {
        return new Movement(id, newCode, newName, newKind, newLevel, newScope, authorityParent, authority, place, planNo,
                planDate, signerAuthority, signerTitle, signerName, parentId, startDate, endDate, theme, slogan,
                leadUnitId, targets, criteriaCollective, criteriaIndividual, criteriaHousehold, status, statusDate);
    }

    public Movement withStatus(MovementStatus newStatus, LocalDate on) {
        return new Movement(id, code, name, kind, level, scope, authorityParent, authority, place, planNo, planDate,
                signerAuthority, signerTitle, signerName, parentId, startDate, endDate, theme, slogan, leadUnitId,
                targets, criteriaCollective, criteriaIndividual, criteriaHousehold, newStatus, on);
    }

    /** "Kế hoạch số 90/KH-UBND ngày 11/06/2021", or the name when the plan has no number yet. */
    public String planReference() {
        if (planNo == null || planNo.isBlank() || planNo.startsWith("/")) {
            return "Kế hoạch " + name;
        }
        return "Kế hoạch số " + planNo + (planDate == null ? "" : " ngày " + vn.tdkt.common.domain.VnFormat.date(planDate));
    }
}
