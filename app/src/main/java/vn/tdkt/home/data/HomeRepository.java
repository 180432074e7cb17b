package vn.tdkt.home.data;

import static vn.tdkt.common.data.jooq.Tables.AWARD;
import static vn.tdkt.common.data.jooq.Tables.AWARD_KIND;
import static vn.tdkt.common.data.jooq.Tables.COUNCIL;
import static vn.tdkt.common.data.jooq.Tables.DECIDING_LEVEL;
import static vn.tdkt.common.data.jooq.Tables.DECISION;
import static vn.tdkt.common.data.jooq.Tables.DECISION_RECIPIENT;
import static vn.tdkt.common.data.jooq.Tables.DOSSIER;
import static vn.tdkt.common.data.jooq.Tables.DOSSIER_LOG;
import static vn.tdkt.common.data.jooq.Tables.MEETING;
import static vn.tdkt.common.data.jooq.Tables.PERSON;
import static vn.tdkt.common.data.jooq.Tables.UNIT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import vn.tdkt.home.domain.UnitYearCount;

/** The read-only queries of the start screen across dossiers, meetings, decisions and the award history. */
public final class HomeRepository {

    /** A dossier still in progress with its deadline, public-notice start and the notice's working days. */
    public record OpenDossier(long id, String code, String awardName, LocalDate deadline, LocalDate noticeStart,
                              int noticeDays) {
    }

    /** A dossier under appraisal: the last time it became Đủ hồ sơ. */
    public record Appraisal(long id, String code, String awardName, LocalDateTime complete) {
    }

    /** A council meeting on a day. */
    public record Meeting(long id, LocalDate date, String councilName, String place) {
    }

    /** Dossiers not yet decided nor sent up, with a deadline or a notice started. */
    public List<OpenDossier> openDossiers(DSLContext dsl) {
        return dsl.select(DOSSIER.ID, DOSSIER.CODE, AWARD_KIND.NAME, DOSSIER.DEADLINE, DOSSIER.NOTICE_START,
                        DECIDING_LEVEL.NOTICE_WORKING_DAYS)
                .from(DOSSIER).join(AWARD_KIND).on(AWARD_KIND.CODE.eq(DOSSIER.AWARD_CODE))
                .join(DECIDING_LEVEL).on(DECIDING_LEVEL.CODE.eq(DOSSIER.DECIDING_LEVEL))
                .where(DOSSIER.STATUS.notIn("DA_CO_QUYET_DINH", "DE_NGHI_CAP_TREN"))
                .and(DOSSIER.DEADLINE.isNotNull().or(DOSSIER.NOTICE_START.isNotNull()))
                .fetch(r -> new OpenDossier(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /**
     * The dossiers still Đủ hồ sơ or Trình Hội đồng (the office's appraisal, README decision 187) with the last time
     * the log saw them become Đủ hồ sơ (returned and completed again, the new completion counts); one grouped query.
     */
    public List<Appraisal> appraisals(DSLContext dsl) {
        Field<LocalDateTime> complete = DSL.max(DOSSIER_LOG.CHANGED_AT);
        return dsl.select(DOSSIER.ID, DOSSIER.CODE, AWARD_KIND.NAME, complete)
                .from(DOSSIER).join(AWARD_KIND).on(AWARD_KIND.CODE.eq(DOSSIER.AWARD_CODE))
                .join(DOSSIER_LOG).on(DOSSIER_LOG.DOSSIER_ID.eq(DOSSIER.ID)).and(DOSSIER_LOG.TO_STATUS.eq("DU_HO_SO"))
                .where(DOSSIER.STATUS.in("DU_HO_SO", "TRINH_HOI_DONG"))
                .groupBy(DOSSIER.ID, DOSSIER.CODE, AWARD_KIND.NAME)
                .fetch(r -> new Appraisal(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    public List<Meeting> meetings(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.select(MEETING.ID, MEETING.MEETING_DATE, COUNCIL.NAME, MEETING.PLACE).from(MEETING)
                .join(COUNCIL).on(COUNCIL.ID.eq(MEETING.COUNCIL_ID))
                .where(MEETING.MEETING_DATE.between(from, to)).orderBy(MEETING.MEETING_DATE)
                .fetch(r -> new Meeting(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Decisions of a year, their recipients and the money (revoked lines left out). */
    public long[] decisionsOfYear(DSLContext dsl, int year) {
        Field<LocalDate> d = DECISION.DECISION_DATE;
        int decisions = dsl.fetchCount(DECISION, DSL.year(d).eq(year));
        var r = dsl.select(DSL.count(), DSL.coalesce(DSL.sum(DECISION_RECIPIENT.AMOUNT), java.math.BigDecimal.ZERO))
                .from(DECISION_RECIPIENT).join(DECISION).on(DECISION.ID.eq(DECISION_RECIPIENT.DECISION_ID))
                .where(DSL.year(d).eq(year)).and(DECISION_RECIPIENT.REVOCATION_ID.isNull()).fetchOne();
        return new long[] {decisions, r.value1(), r.value2().longValue()};
    }

    /**
     * Awards by unit and year over the years: a collective's own awards plus those of the people whose current unit
     * it is, for the units with the most awards. One grouped query (a few rows per unit and year); the units with the
     * most are picked from its rows.
     */
    public List<UnitYearCount> awardsByUnitYear(DSLContext dsl, int fromYear, int toYear, int units) {
        Field<Long> unitId = DSL.coalesce(AWARD.UNIT_ID, PERSON.UNIT_ID);
        record Group(long unit, int year, int count) {
        }
        List<Group> groups = dsl.select(unitId, AWARD.YEAR_TO, DSL.count()).from(AWARD)
                .leftJoin(PERSON).on(PERSON.ID.eq(AWARD.PERSON_ID))
                .where(AWARD.YEAR_TO.between(fromYear, toYear))
                .groupBy(unitId, AWARD.YEAR_TO)
                .fetch(r -> r.value1() == null ? null : new Group(r.value1(), r.value2(), r.value3()))
                .stream().filter(java.util.Objects::nonNull).toList();
        Map<Long, Integer> totals = new java.util.HashMap<>();
        groups.forEach(g -> totals.merge(g.unit(), g.count(), Integer::sum));
        List<Long> top = totals.entrySet().stream().sorted(Map.Entry.<Long, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).limit(units).map(Map.Entry::getKey).toList();
        if (top.isEmpty()) {
            return List.of();
        }
        Map<Long, String[]> names = new java.util.HashMap<>();
        dsl.select(UNIT.ID, UNIT.NAME, UNIT.SORT_KEY).from(UNIT).where(UNIT.ID.in(top))
                .forEach(r -> names.put(r.value1(), new String[] {r.value2(), r.value3() == null ? "" : r.value3()}));
        return groups.stream().filter(g -> names.containsKey(g.unit()))
                .sorted(java.util.Comparator.comparing((Group g) -> names.get(g.unit())[1]).thenComparingInt(Group::year))
                .map(g -> new UnitYearCount(names.get(g.unit())[0], g.year(), g.count())).toList();
    }

    /** Awards by title name over the years, largest first: one count per award kind, named from the catalogue. */
    public Map<String, Integer> titles(DSLContext dsl, int fromYear, int toYear) {
        Map<String, String> names = dsl.select(AWARD_KIND.CODE, AWARD_KIND.NAME).from(AWARD_KIND)
                .fetchMap(AWARD_KIND.CODE, AWARD_KIND.NAME);
        Map<String, Integer> counts = new java.util.HashMap<>();
        dsl.select(AWARD.KIND_CODE, DSL.count()).from(AWARD).where(AWARD.YEAR_TO.between(fromYear, toYear))
                .groupBy(AWARD.KIND_CODE).forEach(r -> {
                    String name = names.get(r.value1());
                    if (name != null) {
                        counts.merge(name, r.value2(), Integer::sum);
                    }
                });
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
