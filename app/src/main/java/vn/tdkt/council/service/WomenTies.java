package vn.tdkt.council.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.council.data.CouncilRepository;
import vn.tdkt.council.domain.Selection;
import vn.tdkt.council.domain.SubjectType;
import vn.tdkt.council.domain.TallyOutcome;
import vn.tdkt.council.domain.TallyResult;
import vn.tdkt.council.domain.WomenAtTies;
import vn.tdkt.review.domain.WomenPreference;

/**
 * Marks the women at a council tie ({@link WomenAtTies}) from the records: a person recorded as a woman; a collective
 * whose members on the meeting day (persons assigned to the unit itself) are at least 70 % women. Takes the caller's
 * transaction.
 */
final class WomenTies {

    /** Who a tied candidate is: a person or unit code, and its type (null when only the code is known). */
    record Subject(String code, SubjectType type) {
    }

    private final CouncilRepository repo;
    private final WomenAtTies.Rule rule;

    WomenTies(CouncilRepository repo, WomenAtTies.Rule rule) {
        this.repo = repo;
        this.rule = rule;
    }

    TallyResult mark(DSLContext dsl, TallyResult result, LocalDate day, Map<Long, Subject> subjects) {
        if (!result.undecided()) {
            return result;
        }
        String ref = rule.on(day).orElse(null);
        if (ref == null) {
            return result;
        }
        List<Long> tied = result.with(Selection.TIED_AT_CUT).stream().map(TallyOutcome::candidateId).toList();
        List<String> personCodes = tied.stream().map(subjects::get).filter(s -> s != null && s.type() != SubjectType.TAP_THE)
                .map(Subject::code).toList();
        List<String> unitCodes = tied.stream().map(subjects::get).filter(s -> s != null && s.type() != SubjectType.CA_NHAN)
                .map(Subject::code).toList();
        Set<String> women = repo.womenAmong(dsl, personCodes);
        Map<String, int[]> members = repo.membersByGender(dsl, unitCodes, day);
        Map<Long, Msg> preferred = new HashMap<>();
        for (Long id : tied) {
            Subject s = subjects.get(id);
            if (s == null) {
                continue;
            }
            if (s.type() != SubjectType.TAP_THE && women.contains(s.code())) {
                preferred.put(id, Msg.of("council.note.woman"));
                continue;
            }
            int[] c = s.type() == SubjectType.CA_NHAN ? null : members.get(s.code());
            if (c != null && WomenPreference.womenCollective(c[0], c[1])) {
                BigDecimal pct = BigDecimal.valueOf(c[0] * 100L).divide(BigDecimal.valueOf(c[1]), 1, RoundingMode.HALF_UP);
                preferred.put(id, Msg.of("council.note.womenCollective", String.valueOf(c[0]), String.valueOf(c[1]),
                        VnFormat.decimal(pct)));
            }
        }
        return WomenAtTies.mark(result, preferred, ref);
    }
}
