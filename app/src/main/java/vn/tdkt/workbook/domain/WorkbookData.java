package vn.tdkt.workbook.domain;

import java.time.LocalDate;
import vn.tdkt.people.domain.PersonProfile;
import java.util.List;
import vn.tdkt.org.domain.UnitType;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.DisciplineForm;
import vn.tdkt.record.domain.InitiativeKind;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.RatingLevel;

/**
 * The content of an import workbook with every reference still by code: what a file says, or what an export
 * writes. {@code row} is the Excel row the line came from (0 when it came from the database).
 */
public record WorkbookData(List<UnitRow> units, List<PersonRow> people, List<RatingRow> ratings,
                           List<DisciplineRow> disciplines, List<InitiativeRow> initiatives, List<AwardRow> awards,
                           List<LeaderRow> leaders) {

    public WorkbookData {
        units = List.copyOf(units);
        people = List.copyOf(people);
        ratings = List.copyOf(ratings);
        disciplines = List.copyOf(disciplines);
        initiatives = List.copyOf(initiatives);
        awards = List.copyOf(awards);
        leaders = List.copyOf(leaders);
    }

    public static WorkbookData empty() {
        return new WorkbookData(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public int historyRows() {
        return ratings.size() + disciplines.size() + initiatives.size() + awards.size() + leaders.size();
    }

    /**
     * A line of sheet Đơn vị; parentCode, blocName and type may be null.
     *
     * @param typeGiven false when the sheet has no column {@link WorkbookLayout#UNIT_TYPE} (the stored loại hình stays)
     */
    public record UnitRow(int row, String code, String name, String parentCode, String blocName, UnitType type,
                          boolean typeGiven) {
    }

    /**
     * A line of sheet Cán bộ.
     *
     * @param profile null when the sheet has none of the {@link WorkbookLayout#PROFILE_COLUMNS} (the stored values stay)
     */
    public record PersonRow(int row, String code, String fullName, Gender gender, LocalDate birthDate,
                            String personalId, String position, String unitCode, LocalDate startDate,
                            LocalDate endDate, PersonProfile profile) {
    }

    /** A line of sheet Kết quả đánh giá: exactly one of personCode / unitCode is set. */
    public record RatingRow(int row, String personCode, String unitCode, int year, RatingLevel level) {
    }

    /** A line of sheet Kỷ luật. */
    public record DisciplineRow(int row, String personCode, DisciplineForm form, String decisionNo,
                                LocalDate decisionDate, LocalDate effectiveUntil) {
    }

    /** A line of sheet Sáng kiến. */
    public record InitiativeRow(int row, String personCode, InitiativeKind kind, String title, InitiativeScope scope,
                                int year, String decisionNo, LocalDate decisionDate) {
    }

    /** A line of sheet Khen thưởng: exactly one of personCode / unitCode is set; kindCode is the catalogue code. */
    public record AwardRow(int row, String personCode, String unitCode, String kindCode, AwardFormType formType,
                           int yearFrom, int yearTo, String decisionNo, LocalDate decisionDate, String authority) {
    }

    /** A line of sheet Trưởng khối. */
    public record LeaderRow(int row, String blocName, int year, String unitCode) {
    }
}
