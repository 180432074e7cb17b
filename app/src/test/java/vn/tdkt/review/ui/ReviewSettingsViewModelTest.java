package vn.tdkt.review.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.review.domain.ParamOverride;
import vn.tdkt.review.domain.RuleKey;
import vn.tdkt.review.domain.RuleParam;

/** The parameters screen's model without the toolkit: the rules of a day, where an override starts, the audit trail. */
class ReviewSettingsViewModelTest {

    private AppContext ctx;
    private ReviewSettingsViewModel model;
    private final List<Throwable> errors = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() {
        ctx = new AppContext(Database.inMemory());
        model = new ReviewSettingsViewModel(ctx.review(), new DirectTaskExecutor(), Messages.of("vi"));
        model.onError(errors::add);
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    private String value(RuleKey key) {
        return model.params().stream().filter(p -> p.key() == key).map(RuleParam::value).findFirst().orElseThrow();
    }

    @Test
    void theRulesOfTheDayAndTheOverridesNewestFirst() {
        model.dayProperty().set(LocalDate.of(2023, 12, 31));
        model.load();
        assertEquals(List.of(), errors);
        assertTrue(model.rulesProperty().get().regime().name().contains("91/2017"), model.rulesProperty().get().regime().name());
        assertFalse(model.params().isEmpty());
        assertEquals(LocalDate.of(2023, 12, 31), model.overrideStart());

        ctx.review().setOverride("CSTDCS_CAP_PERCENT", "20", LocalDate.of(2023, 1, 1), "Quy chế của tỉnh năm 2023", "admin");
        ctx.review().setOverride("LDTT_MIN_MONTHS", "9", LocalDate.of(2023, 7, 1), "Quy chế sửa đổi", "admin");
        model.load();
        assertEquals("20", value(RuleKey.CSTDCS_CAP_PERCENT));
        assertEquals(List.of("LDTT_MIN_MONTHS", "CSTDCS_CAP_PERCENT"),
                model.overrides().stream().map(ParamOverride::key).map(Enum::name).toList());
    }

    @Test
    void anOverrideEnteredBeforeTheRegimeStartsWithIt() {
        model.dayProperty().set(LocalDate.of(2026, 12, 31));
        model.load();
        LocalDate regimeStart = model.rulesProperty().get().regime().validFrom();
        model.dayProperty().set(regimeStart.minusDays(10));
        assertEquals(regimeStart, model.overrideStart(), "until reloaded, the regime shown bounds the start");
        model.dayProperty().set(null);
        assertEquals(LocalDate.now(), model.effectiveDay());
    }
}
