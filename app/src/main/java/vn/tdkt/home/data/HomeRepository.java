package vn.tdkt.home.data;

import static vn.tdkt.common.data.jooq.Tables.AWARD;
import static vn.tdkt.common.data.jooq.Tables.AWARD_KIND;
import static vn.tdkt.common.data.jooq.Tables.COUNCIL;
import static vn.tdkt.common.data.jooq.Tables.DECIDING_LEVEL;
import static vn.tdkt.common.data.jooq.Tables.DECISION;
import static vn.tdkt.common.data.jooq.Tables.DECISION_RECIPIENT;
import static vn.tdkt.common.data.jooq.Tables.DOSSIER;
import static vn.tdkt.common.data.jooq.Tables.MEETING;
import static vn.tdkt.common.data.jooq.Tables.PERSON;
import static vn.tdkt.common.data.jooq.Tables.UNIT;

import java.time.LocalDate;
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
     * it is, for the units with the most awards.
     */
    public List<UnitYearCount> awardsByUnitYear(DSLContext dsl, int fromYear, int toYear, int units) {
        Field<Long> unitId = DSL.coalesce(AWARD.UNIT_ID, PERSON.UNIT_ID).as("uid");
        var base = dsl.select(unitId, AWARD.YEAR_TO.as("y"), DSL.count().as("n")).from(AWARD)
                .leftJoin(PERSON).on(PERSON.ID.eq(AWARD.PERSON_ID))
                .where(AWARD.YEAR_TO.between(fromYear, toYear))
                .groupBy(DSL.field(DSL.name("uid")), DSL.field(DSL.name("y"))).asTable("b");
        Field<Long> bu = base.field("uid", Long.class);
        Field<Integer> by = base.field("y", Integer.class);
        Field<Integer> bn = base.field("n", Integer.class);
        var top = dsl.select(bu).from(base).groupBy(bu).orderBy(DSL.sum(bn).desc(), bu).limit(units).fetch(bu);
        return dsl.select(UNIT.NAME, by, bn).from(base).join(UNIT).on(UNIT.ID.eq(bu)).where(bu.in(top))
                .orderBy(UNIT.SORT_KEY, by).fetch(r -> new UnitYearCount(r.value1(), r.value2(), r.value3()));
    }

    /** Awards by title name over the years, largest first. */
    public Map<String, Integer> titles(DSLContext dsl, int fromYear, int toYear) {
        Map<String, Integer> out = new LinkedHashMap<>();
        dsl.select(AWARD_KIND.NAME, DSL.count()).from(AWARD).join(AWARD_KIND).on(AWARD_KIND.CODE.eq(AWARD.KIND_CODE))
                .where(AWARD.YEAR_TO.between(fromYear, toYear)).groupBy(AWARD_KIND.NAME)
                .orderBy(DSL.count().desc(), AWARD_KIND.NAME).forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }
}
