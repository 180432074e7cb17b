package vn.tdkt.registration.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.movement.domain.LaunchLevel;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.registration.domain.RegistrationRound;
import vn.tdkt.registration.service.Fixture;

/** The round bar's model without the toolkit: save, the refusals all at once, the round shown again on reopening. */
class RoundBarModelTest {

    private Fixture f;
    private long movementId;
    private final AtomicRuns saved = new AtomicRuns();

    private static final class AtomicRuns implements Runnable {
        int count;

        @Override
        public void run() {
            count++;
        }
    }

    @BeforeEach
    void open() {
        f = new Fixture();
        MovementDetails m = f.ctx.movements().save(new MovementDetails(Movement.draft("TD2026", "Thi đua năm 2026",
                MovementKind.THUONG_XUYEN, LaunchLevel.BO_TINH), List.of(), List.of(), List.of(f.snv.id()), List.of(),
                List.of(), java.util.Map.of()), "test");
        movementId = m.movement().id();
    }

    @AfterEach
    void close() {
        f.ctx.close();
    }

    private RoundBarModel model() {
        RoundBarModel r = new RoundBarModel(f.ctx.registrations(), f.ctx.movementLinks(), new DirectTaskExecutor(),
                Messages.of("vi"));
        r.load(2026);
        return r;
    }

    @Test
    void savingTheRoundWritesTheDeadlineMilestoneAndReopeningShowsIt() {
        RoundBarModel bar = model();
        assertEquals("Đợt đăng ký năm 2026: chưa chọn phong trào, chưa có hạn.", bar.current.get());
        bar.movement.set(bar.movements.stream().filter(c -> c.id() == movementId).findFirst().orElseThrow());
        bar.deadline.set("31/03/2026");
        bar.save(2026, saved);
        assertEquals("", bar.error.get());
        assertEquals(1, saved.count);
        RegistrationRound round = f.ctx.registrations().round(2026);
        assertEquals(movementId, round.movementId());
        assertEquals(LocalDate.of(2026, 3, 31), round.deadline());
        assertEquals("Đợt đăng ký năm 2026: TD2026 — Thi đua năm 2026, hạn 31/03/2026.", bar.current.get());

        // moving the deadline moves the same milestone, no second one
        long milestone = round.milestoneId();
        bar.deadline.set("15/04/2026");
        bar.save(2026, saved);
        assertEquals(milestone, f.ctx.registrations().round(2026).milestoneId());
        assertEquals(1, f.ctx.movements().milestones(movementId).size());

        RoundBarModel reopened = model();
        assertEquals(movementId, reopened.movement.get().id());
        assertEquals("15/04/2026", reopened.deadline.get());
        assertEquals("Đợt đăng ký năm 2026: TD2026 — Thi đua năm 2026, hạn 15/04/2026.", reopened.current.get());
    }

    @Test
    void everyProblemIsShownAtOnceAndNothingIsSaved() {
        RoundBarModel bar = model();
        bar.deadline.set("31/02/2026");
        bar.save(2026, saved);
        String[] lines = bar.error.get().split("\n");
        assertEquals(2, lines.length, bar.error.get());
        assertEquals("Phong trào: chưa nhập", lines[0]);
        assertEquals(true, lines[1].startsWith("Hạn đăng ký: "), lines[1]);
        assertEquals(true, lines[1].contains("31/02/2026"), lines[1]);

        bar.movement.set(bar.movements.get(0));
        bar.deadline.set("31/03/2025");
        bar.save(2026, saved);
        assertEquals("Hạn đăng ký: Hạn đăng ký phải nằm trong năm 2026.", bar.error.get());
        assertEquals(0, saved.count);
        assertNull(f.ctx.registrations().round(2026).movementId());
        assertEquals(0, f.ctx.movements().milestones(movementId).size());
    }

    @Test
    void theServiceRefusesADeadlineWithoutAMovementOrOutsideTheYear() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(vn.tdkt.common.domain.ValidationException.class,
                () -> f.ctx.registrations().setRound(2026, null, LocalDate.of(2027, 1, 5)));
        assertEquals(2, e.problems().size());
        assertNull(f.ctx.registrations().round(2026).movementId());
    }
}
