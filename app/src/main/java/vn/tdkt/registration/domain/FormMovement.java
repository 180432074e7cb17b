package vn.tdkt.registration.domain;

import java.time.LocalDate;

/**
 * A movement a unit takes part in during the year, as the Bản đăng ký thi đua lists it (section I): its name, plan
 * number and date, who launched it, where, and its period.
 *
 * @param round true for the movement of the year's registration round (the one the registration answers)
 */
public record FormMovement(String name, String planNo, LocalDate planDate, String authority, String place, LocalDate start,
                           LocalDate end, boolean round) {

    /** "Kế hoạch số 12/KH-UBND ngày 15/01/2025" or, without a number, "Kế hoạch phát động" of the name. */
    public String planReference() {
        if (planNo == null || planNo.isBlank() || planNo.startsWith("/")) {
            return null;
        }
        return "Kế hoạch số " + planNo + (planDate == null ? "" : " ngày " + vn.tdkt.common.domain.VnFormat.date(planDate));
    }
}
