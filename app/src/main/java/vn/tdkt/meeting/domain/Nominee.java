package vn.tdkt.meeting.domain;

import vn.tdkt.council.domain.SubjectType;

/**
 * A person or a collective proposed for an award, as the documents print it.
 *
 * @param candidateId the agenda line at a meeting, 0 outside a meeting
 * @param position    chức vụ of a person; empty for a collective
 * @param unit        đơn vị công tác of a person, or the parent unit of a collective
 * @param summary     thành tích tóm tắt
 * @param warning     why the review engine finds the subject not eligible for the proposed award that year; null when
 *                    it does or does not assess it
 */
public record Nominee(long candidateId, SubjectType type, String code, String name, String position, String unit,
                      String summary, String warning) {

    public Nominee(long candidateId, SubjectType type, String code, String name, String position, String unit,
                   String summary) {
        this(candidateId, type, code, name, position, unit, summary, null);
    }

    public Nominee withWarning(String text) {
        return new Nominee(candidateId, type, code, name, position, unit, summary, text);
    }

    /** "Chức vụ, đơn vị công tác" as one cell: "Trưởng phòng, Sở Nội vụ". */
    public String positionAndUnit() {
        if (position == null || position.isBlank()) {
            return unit == null ? "" : unit;
        }
        return unit == null || unit.isBlank() ? position : position + ", " + unit;
    }
}
