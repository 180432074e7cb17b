package vn.tdkt.regime.data;

import static vn.tdkt.common.data.jooq.Tables.LEGAL_TIME_LIMIT;

import java.util.List;
import org.jooq.DSLContext;
import vn.tdkt.regime.domain.DayUnit;
import vn.tdkt.regime.domain.TimeLimit;

/** Reads the dated time limits and yearly submission dates. */
public final class TimeLimitRepository {

    public List<TimeLimit> all(DSLContext dsl) {
        return dsl.selectFrom(LEGAL_TIME_LIMIT).orderBy(LEGAL_TIME_LIMIT.CODE, LEGAL_TIME_LIMIT.VALID_FROM)
                .fetch(r -> new TimeLimit(r.getCode(), r.getName(), TimeLimit.Kind.valueOf(r.getKind()), r.getAwardCode(),
                        r.getAmount(), r.getUnit() == null ? null : DayUnit.valueOf(r.getUnit()), r.getMonthOfYear(),
                        r.getDayOfMonth(), r.getYearOffset(), r.getValidFrom(), r.getValidTo(), r.getLegalRef()));
    }
}
