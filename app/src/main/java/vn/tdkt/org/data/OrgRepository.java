package vn.tdkt.org.data;

import static vn.tdkt.common.data.jooq.Tables.BLOC;
import static vn.tdkt.common.data.jooq.Tables.BLOC_LEADER;
import static vn.tdkt.common.data.jooq.Tables.PERSON;
import static vn.tdkt.common.data.jooq.Tables.UNIT;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.tdkt.common.data.RowLock;
import org.jooq.impl.DSL;
import vn.tdkt.common.data.jooq.tables.records.UnitRecord;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.org.domain.Bloc;
import vn.tdkt.org.domain.BlocLeader;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.domain.UnitType;

/** Units, blocs and bloc leaders. */
public final class OrgRepository {

    public List<Unit> units(DSLContext dsl) {
        return dsl.selectFrom(UNIT).orderBy(UNIT.SORT_KEY).fetch(OrgRepository::toUnit);
    }

    public Optional<Unit> unitByCode(DSLContext dsl, String code) {
        return dsl.selectFrom(UNIT).where(UNIT.CODE.eq(code)).fetchOptional(OrgRepository::toUnit);
    }

    public Unit insertOrUpdate(DSLContext dsl, Unit u) {
        if (u.id() == 0) {
            long id = dsl.insertInto(UNIT).set(UNIT.CODE, u.code()).set(UNIT.NAME, u.name())
                    .set(UNIT.PARENT_ID, u.parentId()).set(UNIT.BLOC_ID, u.blocId()).set(UNIT.UNIT_TYPE, typeCode(u))
                    .set(UNIT.SEARCH_KEY, u.searchKey()).set(UNIT.SORT_KEY, u.sortKey())
                    .returningResult(UNIT.ID).fetchOne().value1();
            return new Unit(id, u.code(), u.name(), u.parentId(), u.blocId(), u.type());
        }
        dsl.update(UNIT).set(UNIT.CODE, u.code()).set(UNIT.NAME, u.name()).set(UNIT.PARENT_ID, u.parentId())
                .set(UNIT.BLOC_ID, u.blocId()).set(UNIT.UNIT_TYPE, typeCode(u)).set(UNIT.SEARCH_KEY, u.searchKey())
                .set(UNIT.SORT_KEY, u.sortKey())
                .where(UNIT.ID.eq(u.id())).execute();
        return u;
    }

    /** Locks the unit's row until the end of the transaction; whether it is still there. */
    public boolean lockUnit(DSLContext dsl, long id) {
        return RowLock.lock(dsl, UNIT, UNIT.ID.eq(id));
    }

    /** Locks the bloc's row until the end of the transaction; whether it is still there. */
    public boolean lockBloc(DSLContext dsl, long id) {
        return RowLock.lock(dsl, BLOC, BLOC.ID.eq(id));
    }

    public boolean codeTaken(DSLContext dsl, String code, long exceptId) {
        return dsl.fetchExists(UNIT, UNIT.CODE.eq(code).and(UNIT.ID.ne(exceptId)));
    }

    /** Number of people whose current unit is each unit. */
    public Map<Long, Integer> headcounts(DSLContext dsl) {
        return dsl.select(PERSON.UNIT_ID, DSL.count()).from(PERSON).groupBy(PERSON.UNIT_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    public boolean hasChildrenOrPeople(DSLContext dsl, long unitId) {
        return dsl.fetchExists(UNIT, UNIT.PARENT_ID.eq(unitId)) || dsl.fetchExists(PERSON, PERSON.UNIT_ID.eq(unitId));
    }

    public void deleteUnit(DSLContext dsl, long unitId) {
        dsl.deleteFrom(UNIT).where(UNIT.ID.eq(unitId)).execute();
    }

    public List<Bloc> blocs(DSLContext dsl) {
        return dsl.selectFrom(BLOC).orderBy(BLOC.NAME_KEY).fetch(r -> new Bloc(r.getId(), r.getName()));
    }

    public Bloc insertOrUpdate(DSLContext dsl, Bloc b) {
        String key = VietnameseText.fold(b.name());
        if (b.id() == 0) {
            long id = dsl.insertInto(BLOC).set(BLOC.NAME, b.name()).set(BLOC.NAME_KEY, key)
                    .returningResult(BLOC.ID).fetchOne().value1();
            return new Bloc(id, b.name());
        }
        dsl.update(BLOC).set(BLOC.NAME, b.name()).set(BLOC.NAME_KEY, key).where(BLOC.ID.eq(b.id())).execute();
        return b;
    }

    public boolean blocNameTaken(DSLContext dsl, String name, long exceptId) {
        return dsl.fetchExists(BLOC, BLOC.NAME_KEY.eq(VietnameseText.fold(name)).and(BLOC.ID.ne(exceptId)));
    }

    public List<BlocLeader> blocLeaders(DSLContext dsl) {
        return dsl.selectFrom(BLOC_LEADER).orderBy(BLOC_LEADER.BLOC_ID, BLOC_LEADER.LEAD_YEAR)
                .fetch(r -> new BlocLeader(r.getBlocId(), r.getLeadYear(), r.getUnitId()));
    }

    public void setBlocLeader(DSLContext dsl, BlocLeader l) {
        dsl.insertInto(BLOC_LEADER, BLOC_LEADER.BLOC_ID, BLOC_LEADER.LEAD_YEAR, BLOC_LEADER.UNIT_ID)
                .values(l.blocId(), l.year(), l.unitId())
                .onConflict(BLOC_LEADER.BLOC_ID, BLOC_LEADER.LEAD_YEAR).doUpdate().set(BLOC_LEADER.UNIT_ID, l.unitId()).execute();
    }

    private static Unit toUnit(UnitRecord r) {
        return new Unit(r.getId(), r.getCode(), r.getName(), r.getParentId(), r.getBlocId(), UnitType.ofCode(r.getUnitType()));
    }

    private static String typeCode(Unit u) {
        return u.type() == null ? null : u.type().name();
    }
}
