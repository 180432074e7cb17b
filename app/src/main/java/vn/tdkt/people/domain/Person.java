package vn.tdkt.people.domain;

import java.time.LocalDate;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.VietnameseText;

/**
 * Cán bộ: one identity across years and transfers. unitId/position/startDate/endDate describe the current
 * assignment; earlier ones are kept as {@link Assignment}s.
 *
 * @param id      0 for a person not saved yet
 * @param profile quê quán, trú quán, trình độ, học hàm of the Báo cáo thành tích (never null)
 */
public record Person(long id, String code, String fullName, Gender gender, LocalDate birthDate, String personalId,
                     String position, long unitId, LocalDate startDate, LocalDate endDate, PersonProfile profile) {

    public Person {
        profile = profile == null ? PersonProfile.NONE : profile;
    }

    /** A person with no {@link PersonProfile} recorded. */
    public Person(long id, String code, String fullName, Gender gender, LocalDate birthDate, String personalId,
                  String position, long unitId, LocalDate startDate, LocalDate endDate) {
        this(id, code, fullName, gender, birthDate, personalId, position, unitId, startDate, endDate, PersonProfile.NONE);
    }

    /** Diacritic-insensitive text searched by the people screen: name and code. */
    public String searchKey() {
        return VietnameseText.fold(fullName + " " + code);
    }

    /** Vietnamese order, given name first. */
    public String sortKey() {
        return VietnameseText.nameSortKey(fullName);
    }

    public Person withId(long newId) {
        return new Person(newId, code, fullName, gender, birthDate, personalId, position, unitId, startDate, endDate, profile);
    }
}
