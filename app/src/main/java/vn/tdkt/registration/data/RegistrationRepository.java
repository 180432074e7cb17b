package vn.tdkt.registration.data;

import static vn.tdkt.common.data.jooq.Tables.ASSIGNMENT;
import static vn.tdkt.common.data.jooq.Tables.MILESTONE;
import static vn.tdkt.common.data.jooq.Tables.MOVEMENT;
import static vn.tdkt.common.data.jooq.Tables.MOVEMENT_UNIT;
import static vn.tdkt.common.data.jooq.Tables.PERSON;
import static vn.tdkt.common.data.jooq.Tables.REGISTRATION;
import static vn.tdkt.common.data.jooq.Tables.REGISTRATION_LOG;
import static vn.tdkt.common.data.jooq.Tables.REGISTRATION_PERSON;
import static vn.tdkt.common.data.jooq.Tables.REGISTRATION_ROUND;
import static vn.tdkt.common.data.jooq.Tables.UNION_TITLE;
import static vn.tdkt.common.data.jooq.Tables.UNIT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.tdkt.common.data.RowLock;
import org.jooq.Record;
import org.jooq.Records;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Session;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Assignment;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.domain.UnitPeriod;
import vn.tdkt.registration.domain.FormMovement;
import vn.tdkt.registration.domain.LogEntry;
import vn.tdkt.registration.domain.Member;
import vn.tdkt.registration.domain.PersonEntry;
import vn.tdkt.registration.domain.Registration;
import vn.tdkt.registration.domain.RegistrationRound;
import vn.tdkt.registration.domain.RegistrationStatus;
import vn.tdkt.registration.domain.UnionTitle;

/** Registrations with their entries and status log, the year's round, the union titles, and who works where. */
public final class RegistrationRepository {

    /** Locks a unit's registration of a year until the end of the transaction (issue #14); whether there is one. */
    public boolean lock(DSLContext dsl, long unitId, int year) {
        return RowLock.lock(dsl, REGISTRATION, REGISTRATION.UNIT_ID.eq(unitId).and(REGISTRATION.REG_YEAR.eq(year)));
    }

    public List<Unit> units(DSLContext dsl) {
        return dsl.select(UNIT.ID, UNIT.CODE, UNIT.NAME, UNIT.PARENT_ID, UNIT.BLOC_ID).from(UNIT).orderBy(UNIT.CODE)
                .fetch(r -> new Unit(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /**
     * Every (person, unit) of the year: the persons not gone before 01/01, each of their times at a unit that
     * overlaps the year ({@link UnitPeriod}, the review's meaning).
     */
    public List<Member> members(DSLContext dsl, int year) {
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        LocalDate dec31 = LocalDate.of(year, 12, 31);
        Map<Long, List<Assignment>> earlier = new HashMap<>();
        dsl.select(ASSIGNMENT.ID, ASSIGNMENT.PERSON_ID, ASSIGNMENT.UNIT_ID, ASSIGNMENT.POSITION, ASSIGNMENT.START_DATE,
                        ASSIGNMENT.END_DATE).from(ASSIGNMENT).orderBy(ASSIGNMENT.START_DATE.nullsFirst(), ASSIGNMENT.ID)
                .fetch(Records.mapping(Assignment::new))
                .forEach(a -> earlier.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(a));
        List<Member> out = new ArrayList<>();
        dsl.select(PERSON.ID, PERSON.CODE, PERSON.FULL_NAME, PERSON.GENDER, PERSON.BIRTH_DATE, PERSON.PERSONAL_ID,
                        PERSON.POSITION, PERSON.UNIT_ID, PERSON.START_DATE, PERSON.END_DATE)
                .from(PERSON).where(PERSON.END_DATE.isNull().or(PERSON.END_DATE.ge(jan1)))
                .and(PERSON.START_DATE.isNull().or(PERSON.START_DATE.le(dec31)).or(PERSON.ID.in(
                        dsl.select(ASSIGNMENT.PERSON_ID).from(ASSIGNMENT).where(ASSIGNMENT.START_DATE.le(dec31)))))
                .orderBy(PERSON.ID)
                .forEach(r -> {
                    Person p = new Person(r.value1(), r.value2(), r.value3(), Gender.parse(r.value4()).orElseThrow(),
                            r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10());
                    List<Assignment> as = earlier.getOrDefault(p.id(), List.of());
                    for (UnitPeriod period : UnitPeriod.of(p, as)) {
                        if (period.overlaps(jan1, dec31)) {
                            String position = p.position();
                            for (Assignment a : as) {
                                if (a.unitId() == period.unitId() && java.util.Objects.equals(a.startDate(), period.from())) {
                                    position = a.position();
                                }
                            }
                            out.add(new Member(p.id(), p.code(), p.fullName(), position, period.unitId(), period.from(),
                                    period.to()));
                        }
                    }
                });
        return out;
    }

    public RegistrationRound round(DSLContext dsl, int year) {
        Record r = dsl.select(REGISTRATION_ROUND.MOVEMENT_ID, MOVEMENT.CODE, REGISTRATION_ROUND.MILESTONE_ID, MILESTONE.DUE_DATE)
                .from(REGISTRATION_ROUND)
                .leftJoin(MOVEMENT).on(MOVEMENT.ID.eq(REGISTRATION_ROUND.MOVEMENT_ID))
                .leftJoin(MILESTONE).on(MILESTONE.ID.eq(REGISTRATION_ROUND.MILESTONE_ID))
                .where(REGISTRATION_ROUND.REG_YEAR.eq(year)).fetchOne();
        if (r == null) {
            return new RegistrationRound(year, null, null, null, null);
        }
        return new RegistrationRound(year, r.get(REGISTRATION_ROUND.MOVEMENT_ID), r.get(MOVEMENT.CODE),
                r.get(REGISTRATION_ROUND.MILESTONE_ID), r.get(MILESTONE.DUE_DATE));
    }

    /**
     * The milestone that holds the round's deadline, due on that day: the round's own milestone when it is the
     * movement's, else the movement's all-unit milestone named {@link RegistrationRound#DEADLINE_CONTENT}, else a new one.
     */
    public long deadlineMilestone(DSLContext dsl, int year, long movementId, LocalDate deadline) {
        Long current = dsl.select(REGISTRATION_ROUND.MILESTONE_ID).from(REGISTRATION_ROUND).join(MILESTONE)
                .on(MILESTONE.ID.eq(REGISTRATION_ROUND.MILESTONE_ID))
                .where(REGISTRATION_ROUND.REG_YEAR.eq(year), MILESTONE.MOVEMENT_ID.eq(movementId))
                .fetchOne(REGISTRATION_ROUND.MILESTONE_ID);
        Long id = current != null ? current : dsl.select(MILESTONE.ID).from(MILESTONE)
                .where(MILESTONE.MOVEMENT_ID.eq(movementId), MILESTONE.CONTENT.eq(RegistrationRound.DEADLINE_CONTENT),
                        MILESTONE.UNIT_ID.isNull())
                .orderBy(MILESTONE.ID).limit(1).fetchOne(MILESTONE.ID);
        if (id == null) {
            return dsl.insertInto(MILESTONE, MILESTONE.MOVEMENT_ID, MILESTONE.CONTENT, MILESTONE.DUE_DATE)
                    .values(movementId, RegistrationRound.DEADLINE_CONTENT, deadline).returning(MILESTONE.ID).fetchOne()
                    .getId();
        }
        dsl.update(MILESTONE).set(MILESTONE.DUE_DATE, deadline).where(MILESTONE.ID.eq(id)).execute();
        return id;
    }

    public boolean movementExists(DSLContext dsl, long movementId) {
        return dsl.fetchExists(MOVEMENT, MOVEMENT.ID.eq(movementId));
    }

    public void saveRound(DSLContext dsl, int year, Long movementId, Long milestoneId) {
        // insert … on conflict: H2 gets a MERGE, PostgreSQL (14 too) its ON CONFLICT (record 0029)
        dsl.insertInto(REGISTRATION_ROUND, REGISTRATION_ROUND.REG_YEAR, REGISTRATION_ROUND.MOVEMENT_ID, REGISTRATION_ROUND.MILESTONE_ID)
                .values(year, movementId, milestoneId)
                .onConflict(REGISTRATION_ROUND.REG_YEAR).doUpdate().set(REGISTRATION_ROUND.MOVEMENT_ID, movementId)
                .set(REGISTRATION_ROUND.MILESTONE_ID, milestoneId).execute();
    }

    private void ensureRound(DSLContext dsl, int year) {
        if (!dsl.fetchExists(REGISTRATION_ROUND, REGISTRATION_ROUND.REG_YEAR.eq(year))) {
            dsl.insertInto(REGISTRATION_ROUND, REGISTRATION_ROUND.REG_YEAR).values(year).execute();
        }
    }

    /** Every registration of the year with its entries. */
    public List<Registration> ofYear(DSLContext dsl, int year) {
        Map<Long, List<PersonEntry>> entries = new HashMap<>();
        dsl.select(REGISTRATION_PERSON.REGISTRATION_ID, REGISTRATION_PERSON.PERSON_ID, REGISTRATION_PERSON.KIND_CODE,
                        REGISTRATION_PERSON.UNION_CODE, REGISTRATION_PERSON.NOTE)
                .from(REGISTRATION_PERSON).join(REGISTRATION).on(REGISTRATION.ID.eq(REGISTRATION_PERSON.REGISTRATION_ID))
                .where(REGISTRATION.REG_YEAR.eq(year)).orderBy(REGISTRATION_PERSON.PERSON_ID)
                .forEach(r -> entries.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new PersonEntry(r.value2(), r.value3(), r.value4(), r.value5())));
        return dsl.selectFrom(REGISTRATION).where(REGISTRATION.REG_YEAR.eq(year)).orderBy(REGISTRATION.UNIT_ID)
                .fetch(r -> new Registration(r.getId(), r.getUnitId(), r.getRegYear(), r.getCollectiveKind(),
                        r.getUnionCollective(), RegistrationStatus.valueOf(r.getStatus()), r.getStatusReason(),
                        r.getStatusDate(), r.getSource(), entries.getOrDefault(r.getId(), List.of())));
    }

    public Optional<Registration> find(DSLContext dsl, long unitId, int year) {
        return dsl.selectFrom(REGISTRATION).where(REGISTRATION.UNIT_ID.eq(unitId)).and(REGISTRATION.REG_YEAR.eq(year))
                .fetchOptional(r -> new Registration(r.getId(), r.getUnitId(), r.getRegYear(), r.getCollectiveKind(),
                        r.getUnionCollective(), RegistrationStatus.valueOf(r.getStatus()), r.getStatusReason(),
                        r.getStatusDate(), r.getSource(),
                        dsl.select(REGISTRATION_PERSON.PERSON_ID, REGISTRATION_PERSON.KIND_CODE, REGISTRATION_PERSON.UNION_CODE,
                                        REGISTRATION_PERSON.NOTE).from(REGISTRATION_PERSON)
                                .where(REGISTRATION_PERSON.REGISTRATION_ID.eq(r.getId())).orderBy(REGISTRATION_PERSON.PERSON_ID)
                                .fetch(Records.mapping(PersonEntry::new))));
    }

    /**
     * Stores the unit's registration of the year in place of the earlier one (same row, entries replaced), with the
     * given status; returns its id.
     */
    public long replace(DSLContext dsl, Registration reg, LocalDateTime now) {
        ensureRound(dsl, reg.year());
        Long id = dsl.select(REGISTRATION.ID).from(REGISTRATION).where(REGISTRATION.UNIT_ID.eq(reg.unitId()))
                .and(REGISTRATION.REG_YEAR.eq(reg.year())).fetchOne(REGISTRATION.ID);
        if (id == null) {
            id = dsl.insertInto(REGISTRATION, REGISTRATION.UNIT_ID, REGISTRATION.REG_YEAR, REGISTRATION.COLLECTIVE_KIND,
                            REGISTRATION.UNION_COLLECTIVE, REGISTRATION.STATUS, REGISTRATION.STATUS_REASON, REGISTRATION.STATUS_DATE,
                            REGISTRATION.SOURCE, REGISTRATION.UPDATED_AT)
                    .values(reg.unitId(), reg.year(), reg.collectiveKind(), reg.unionCollective(), reg.status().name(),
                            reg.reason(), reg.statusDate(), reg.source(), now)
                    .returning(REGISTRATION.ID).fetchOne().getId();
        } else {
            dsl.update(REGISTRATION).set(REGISTRATION.COLLECTIVE_KIND, reg.collectiveKind())
                    .set(REGISTRATION.UNION_COLLECTIVE, reg.unionCollective()).set(REGISTRATION.STATUS, reg.status().name())
                    .set(REGISTRATION.STATUS_REASON, reg.reason()).set(REGISTRATION.STATUS_DATE, reg.statusDate())
                    .set(REGISTRATION.SOURCE, reg.source()).set(REGISTRATION.UPDATED_AT, now)
                    .where(REGISTRATION.ID.eq(id)).execute();
            dsl.deleteFrom(REGISTRATION_PERSON).where(REGISTRATION_PERSON.REGISTRATION_ID.eq(id)).execute();
        }
        if (!reg.entries().isEmpty()) {
            var insert = dsl.insertInto(REGISTRATION_PERSON, REGISTRATION_PERSON.REGISTRATION_ID, REGISTRATION_PERSON.PERSON_ID,
                    REGISTRATION_PERSON.KIND_CODE, REGISTRATION_PERSON.UNION_CODE, REGISTRATION_PERSON.NOTE);
            for (PersonEntry e : reg.entries()) {
                insert = insert.values(id, e.personId(), e.kindCode(), e.unionCode(), e.note());
            }
            insert.execute();
        }
        return id;
    }

    public void setStatus(DSLContext dsl, long id, RegistrationStatus status, String reason, LocalDate on, LocalDateTime now) {
        dsl.update(REGISTRATION).set(REGISTRATION.STATUS, status.name()).set(REGISTRATION.STATUS_REASON, reason)
                .set(REGISTRATION.STATUS_DATE, on).set(REGISTRATION.UPDATED_AT, now).where(REGISTRATION.ID.eq(id)).execute();
    }

    public void log(DSLContext dsl, long id, RegistrationStatus status, String reason, LocalDate on, LocalDateTime at,
                    String by) {
        dsl.insertInto(REGISTRATION_LOG, REGISTRATION_LOG.REGISTRATION_ID, REGISTRATION_LOG.STATUS, REGISTRATION_LOG.REASON,
                REGISTRATION_LOG.CHANGED_ON, REGISTRATION_LOG.CHANGED_AT, REGISTRATION_LOG.CHANGED_BY)
                .values(id, status.name(), reason, on, at, Session.author(by)).execute();
    }

    public List<LogEntry> logOf(DSLContext dsl, long id) {
        return dsl.selectFrom(REGISTRATION_LOG).where(REGISTRATION_LOG.REGISTRATION_ID.eq(id))
                .orderBy(REGISTRATION_LOG.CHANGED_AT, REGISTRATION_LOG.ID)
                .fetch(r -> new LogEntry(RegistrationStatus.valueOf(r.getStatus()), r.getReason(), r.getChangedOn(),
                        r.getChangedAt(), r.getChangedBy()));
    }

    public List<UnionTitle> unionTitles(DSLContext dsl) {
        return dsl.selectFrom(UNION_TITLE).orderBy(UNION_TITLE.RANK_ORDER, UNION_TITLE.CODE)
                .fetch(r -> new UnionTitle(r.getCode(), r.getName(), AwardSubject.valueOf(r.getSubject()), r.getRankOrder(),
                        r.getActive()));
    }

    public void saveUnionTitle(DSLContext dsl, UnionTitle t) {
        dsl.insertInto(UNION_TITLE, UNION_TITLE.CODE, UNION_TITLE.NAME, UNION_TITLE.SUBJECT, UNION_TITLE.RANK_ORDER,
                        UNION_TITLE.ACTIVE)
                .values(t.code(), t.name(), t.subject().name(), t.rank(), t.active())
                .onConflict(UNION_TITLE.CODE).doUpdate().set(UNION_TITLE.NAME, t.name()).set(UNION_TITLE.SUBJECT, t.subject().name())
                .set(UNION_TITLE.RANK_ORDER, t.rank()).set(UNION_TITLE.ACTIVE, t.active()).execute();
    }

    /** Person id → the state title registered in the year (any unit), and unit id → its collective state title. */
    public Map<Long, String> personTitles(DSLContext dsl, int year) {
        Map<Long, String> out = new HashMap<>();
        dsl.select(REGISTRATION_PERSON.PERSON_ID, REGISTRATION_PERSON.KIND_CODE).from(REGISTRATION_PERSON)
                .join(REGISTRATION).on(REGISTRATION.ID.eq(REGISTRATION_PERSON.REGISTRATION_ID))
                .where(REGISTRATION.REG_YEAR.eq(year)).and(REGISTRATION_PERSON.KIND_CODE.isNotNull())
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    public Map<Long, String> unitTitles(DSLContext dsl, int year) {
        Map<Long, String> out = new HashMap<>();
        dsl.select(REGISTRATION.UNIT_ID, REGISTRATION.COLLECTIVE_KIND).from(REGISTRATION).where(REGISTRATION.REG_YEAR.eq(year))
                .and(REGISTRATION.COLLECTIVE_KIND.isNotNull()).forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /**
     * The movements of the Bản đăng ký thi đua: the round's movement and every movement the unit takes part in whose
     * period meets the year (drafts left out), by start date.
     */
    public List<FormMovement> movementsOf(DSLContext dsl, long unitId, int year, Long roundMovementId) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        var takesPart = MOVEMENT.ID.in(dsl.select(MOVEMENT_UNIT.MOVEMENT_ID).from(MOVEMENT_UNIT)
                .where(MOVEMENT_UNIT.UNIT_ID.eq(unitId)))
                .and(MOVEMENT.STATUS.ne("DU_THAO"))
                .and(MOVEMENT.START_DATE.isNull().or(MOVEMENT.START_DATE.le(last)))
                .and(MOVEMENT.END_DATE.isNull().or(MOVEMENT.END_DATE.ge(first)));
        var which = roundMovementId == null ? takesPart : takesPart.or(MOVEMENT.ID.eq(roundMovementId));
        return dsl.select(MOVEMENT.ID, MOVEMENT.NAME, MOVEMENT.PLAN_NO, MOVEMENT.PLAN_DATE, MOVEMENT.AUTHORITY, MOVEMENT.PLACE,
                        MOVEMENT.START_DATE, MOVEMENT.END_DATE)
                .from(MOVEMENT).where(which).orderBy(MOVEMENT.START_DATE.asc().nullsLast(), MOVEMENT.CODE)
                .fetch(r -> new FormMovement(r.get(MOVEMENT.NAME), r.get(MOVEMENT.PLAN_NO), r.get(MOVEMENT.PLAN_DATE),
                        r.get(MOVEMENT.AUTHORITY), r.get(MOVEMENT.PLACE), r.get(MOVEMENT.START_DATE), r.get(MOVEMENT.END_DATE),
                        r.get(MOVEMENT.ID).equals(roundMovementId)));
    }
}
