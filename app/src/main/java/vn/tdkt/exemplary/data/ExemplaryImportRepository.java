package vn.tdkt.exemplary.data;

import static vn.tdkt.common.data.jooq.Tables.EXEMPLARY_MODEL;
import static vn.tdkt.common.data.jooq.Tables.MOVEMENT;
import static vn.tdkt.common.data.jooq.Tables.PERSON;
import static vn.tdkt.common.data.jooq.Tables.UNIT;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;

/** The lookups of the workbook's exemplary sheets: ids by code, each read once per import. */
public final class ExemplaryImportRepository {

    /** Unit code → id (codes as stored: the import matches unit codes exactly). */
    public Map<String, Long> unitIds(DSLContext dsl) {
        Map<String, Long> out = new HashMap<>();
        dsl.select(UNIT.CODE, UNIT.ID).from(UNIT).forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /** Person code → {id, unit id or null}. */
    public Map<String, Long[]> people(DSLContext dsl) {
        Map<String, Long[]> out = new HashMap<>();
        dsl.select(PERSON.CODE, PERSON.ID, PERSON.UNIT_ID).from(PERSON)
                .forEach(r -> out.put(r.value1(), new Long[] {r.value2(), r.value3()}));
        return out;
    }

    /** Movement code in upper case → id. */
    public Map<String, Long> movementIds(DSLContext dsl) {
        Map<String, Long> out = new HashMap<>();
        dsl.select(MOVEMENT.CODE, MOVEMENT.ID).from(MOVEMENT).forEach(r -> out.put(r.value1().toUpperCase(Locale.ROOT), r.value2()));
        return out;
    }

    /** Movement code in upper case → its lead agency's unit id, for the movements that name one. */
    public Map<String, Long> movementLeads(DSLContext dsl) {
        Map<String, Long> out = new HashMap<>();
        dsl.select(MOVEMENT.CODE, MOVEMENT.LEAD_UNIT_ID).from(MOVEMENT).where(MOVEMENT.LEAD_UNIT_ID.isNotNull())
                .forEach(r -> out.put(r.value1().toUpperCase(Locale.ROOT), r.value2()));
        return out;
    }

    /** Model code in upper case → id. */
    public Map<String, Long> modelIds(DSLContext dsl) {
        Map<String, Long> out = new HashMap<>();
        dsl.select(EXEMPLARY_MODEL.CODE, EXEMPLARY_MODEL.ID).from(EXEMPLARY_MODEL)
                .forEach(r -> out.put(r.value1().toUpperCase(Locale.ROOT), r.value2()));
        return out;
    }
}
