package vn.tdkt.home;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.home.domain.HomeData;
import vn.tdkt.movement.domain.LaunchLevel;
import vn.tdkt.movement.domain.Milestone;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.bench.BenchText;

/**
 * Benchmark (not a unit test): the start screen's one service call on a database of 200 movements and 5 000
 * milestones (25 per movement, due over two years around today, a fifth done). Prints the first load and the
 * median of 20. Run: {@code java -cp … vn.tdkt.home.HomeBenchmark} (or add it to .ci/bench).
 */
public final class HomeBenchmark {

    private static final Logger LOGGER = LoggerFactory.getLogger(HomeBenchmark.class);

    private HomeBenchmark() {
    }

    public static void main(String[] args) {
        try (AppContext ctx = new AppContext(Database.inMemory())) {
            LocalDate today = LocalDate.now();
            List<Long> units = new ArrayList<>();
            for (int u = 0; u < 40; u++) {
                units.add(ctx.org().saveUnit(new Unit(0, "DV" + u, "Đơn vị số " + u, null, null)).id());
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < 200; i++) {
                Movement m = Movement.draft("PT" + i, "Phong trào thi đua số " + i, MovementKind.values()[i % 3],
                        LaunchLevel.CO_QUAN).withPlan(i + "/KH-SNV", today.minusYears(1))
                        .withPeriod(today.minusYears(1), today.plusYears(1));
                long id = ctx.movements().save(MovementDetails.of(m), "bench").movement().id();
                ctx.movements().move(id, MovementStatus.PHAT_DONG, today.minusYears(1), null, "bench");
                for (int k = 0; k < 25; k++) {
                    LocalDate due = today.minusDays(365).plusDays((i * 25L + k) * 730 / 5000);
                    ctx.movements().saveMilestone(new Milestone(0, id, "Mốc " + k + " của phong trào " + i, due,
                            k % 3 == 0 ? null : units.get((i + k) % units.size()), k % 5 == 0 ? due : null, null), null);
                }
            }
            LOGGER.info("Data: 200 movements, 5 000 milestones in {} ms", (System.nanoTime() - t0) / 1_000_000);
            long first = System.nanoTime();
            HomeData d = ctx.home().load(today, 7);
            long firstMs = (System.nanoTime() - first) / 1_000_000;
            long[] times = new long[20];
            for (int r = 0; r < times.length; r++) {
                long s = System.nanoTime();
                ctx.home().load(today, 7);
                times[r] = (System.nanoTime() - s) / 1_000;
            }
            java.util.Arrays.sort(times);
            String line = BenchText.format("Start screen data (200 movements, 5 000 milestones, %d lines due): first %d ms, "
                    + "median %.1f ms, worst %.1f ms (target < 300 ms)", d.due().size(), firstMs, times[10] / 1000.0,
                    times[19] / 1000.0);
            LOGGER.info(line);
            System.out.println(line); // a developer tool: the result goes to the console
        }
    }
}
