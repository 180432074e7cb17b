package vn.tdkt.review.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.tdkt.common.data.Database;
import vn.tdkt.review.data.ReviewRuleRepository;
import vn.tdkt.review.domain.RuleBook;
import vn.tdkt.review.domain.RuleKey;

/** The rule book as seeded by V4__review_rules.sql, read once through the real repository. */
final class Rules {

    private static final Database DB = Database.inMemory();
    private static final ReviewRuleRepository REPOSITORY = new ReviewRuleRepository();
    private static final RuleBook SEEDED = REPOSITORY.load(DB.dsl());

    private Rules() {
    }

    static RuleBook book() {
        return SEEDED;
    }

    /** A province override of one key from a date; the row is rolled back after reading. */
    record Change(RuleKey key, String value, LocalDate from) {
    }

    static RuleBook with(Change... changes) {
        RuleBook[] out = new RuleBook[1];
        try {
            DB.dsl().transaction(cfg -> {
                for (Change c : changes) {
                    REPOSITORY.insertOverride(cfg.dsl(), c.key(), c.key().normalize(c.value()), c.from(),
                            "Quyết định thử của tỉnh", "kiểm thử", LocalDateTime.of(2025, 1, 1, 8, 0));
                }
                out[0] = REPOSITORY.load(cfg.dsl());
                throw new RollbackSignal();
            });
        } catch (RollbackSignal e) {
            return out[0];
        }
        throw new IllegalStateException("transaction was not rolled back");
    }

    private static final class RollbackSignal extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
