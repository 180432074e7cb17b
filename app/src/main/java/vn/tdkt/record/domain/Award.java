package vn.tdkt.record.domain;

import java.time.LocalDate;

/**
 * One line of quá trình khen thưởng: a title or form (kindCode from the catalogue) given to a person
 * (personId) or a unit (unitId) for an achievement year or period.
 */
public record Award(long id, Long personId, Long unitId, String kindCode, AwardFormType formType, int yearFrom,
                    int yearTo, String decisionNo, LocalDate decisionDate, String authority) {

    /** "2024" or "2021-2025", as written in the workbook's Năm column. */
    public String period() {
        return yearFrom == yearTo ? Integer.toString(yearFrom) : yearFrom + "-" + yearTo;
    }
}
