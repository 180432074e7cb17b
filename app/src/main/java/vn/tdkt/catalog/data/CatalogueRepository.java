package vn.tdkt.catalog.data;

import static vn.tdkt.common.data.jooq.Tables.AWARD_COEFFICIENT;
import static vn.tdkt.common.data.jooq.Tables.AWARD_KIND;
import static vn.tdkt.common.data.jooq.Tables.AWARD_KIND_ALIAS;
import static vn.tdkt.common.data.jooq.Tables.BASE_SALARY;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.catalog.domain.BaseSalary;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.domain.Coefficient;
import vn.tdkt.catalog.domain.Recipient;

/** Reads the versioned catalogue (kinds, names, coefficients, base salaries). */
public final class CatalogueRepository {

    public Catalogue load(DSLContext dsl) {
        List<AwardKind> kinds = dsl.selectFrom(AWARD_KIND).orderBy(AWARD_KIND.RANK_ORDER).fetch(r -> new AwardKind(
                r.getCode(), r.getName(), AwardCategory.valueOf(r.getCategory()), AwardSubject.valueOf(r.getSubject()),
                r.getRankOrder(), r.getLegalBasis()));
        Map<String, String> aliases = dsl.selectFrom(AWARD_KIND_ALIAS).fetch().stream()
                .collect(Collectors.toMap(r -> r.getAliasKey(), r -> r.getKindCode()));
        List<Coefficient> coefficients = dsl.selectFrom(AWARD_COEFFICIENT).orderBy(AWARD_COEFFICIENT.VALID_FROM)
                .fetch(r -> new Coefficient(r.getKindCode(), Recipient.valueOf(r.getSubject()), r.getCoefficient(),
                        r.getValidFrom(), r.getValidTo(), r.getLegalRef()));
        List<BaseSalary> salaries = dsl.selectFrom(BASE_SALARY).orderBy(BASE_SALARY.VALID_FROM)
                .fetch(r -> new BaseSalary(r.getAmount(), r.getValidFrom(), r.getValidTo(), r.getLegalRef()));
        return new Catalogue(kinds, aliases, coefficients, salaries);
    }
}
