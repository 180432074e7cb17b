package vn.tdkt.review.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tdkt.common.data.jooq.Tables.AWARD;
import static vn.tdkt.common.data.jooq.Tables.BLOC;
import static vn.tdkt.common.data.jooq.Tables.BLOC_LEADER;
import static vn.tdkt.common.data.jooq.Tables.DISCIPLINE;
import static vn.tdkt.common.data.jooq.Tables.INITIATIVE;
import static vn.tdkt.common.data.jooq.Tables.PERSON;
import static vn.tdkt.common.data.jooq.Tables.RATING;
import static vn.tdkt.common.data.jooq.Tables.UNIT;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.tdkt.bench.Floors;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.review.domain.ReviewResult;
import vn.tdkt.bench.BenchText;

/**
 * Review of 50 000 people with 5 years of history (ratings, LĐTT/CSTĐCS/BK awards, initiatives, disciplines) in 550
 * units. Run: {@code mvn -o -q test -Dtest=ReviewBenchmark -DexcludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false}
 * or its main on the test class path. Not part of the normal build (tag "bench").
 */
@Tag("bench")
public class ReviewBenchmark {

    static final int PEOPLE = 50_000;
    static final int AGENCIES = 50;
    static final int DEPARTMENTS = 10;

    @Test
    void fiftyThousandPeopleFiveYears() {
        assertEquals(PEOPLE * 8L + AGENCIES * (DEPARTMENTS + 1) * 5L, run());
    }

    /** Optional argument: a data folder kept between runs (filled on the first run). */
    public static void main(String[] args) {
        if (args.length == 0) {
            run();
            return;
        }
        Path dir = Path.of(args[0]);
        boolean fresh = !Files.exists(Database.dbFile(dir));
        try (Database db = Database.open(dir)) {
            measure(db, fresh);
        }
    }

    /** Fills a fresh in-memory database, reviews 2025 three times, prints the times; returns the number of assessments. */
    static long run() {
        try (Database db = Database.inMemory()) {
            return measure(db, true);
        }
    }

    private static long measure(Database db, boolean fill) {
        long t0 = System.nanoTime();
        if (fill) {
            fill(db.dsl());
        }
        BenchText.printf("fill: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        ReviewService service = new ReviewService(db, new CatalogueService(db));
        ReviewResult r = null;
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int runs = 4;
        long[] wall = new long[runs];
        long[] scan = new long[runs];
        for (int i = 0; i < runs; i++) {
            long[] floor = db.dsl().connectionResult(Floors::bareScan); // the floor: a bare scan of the same rows
            scan[i] = floor[0];
            long s = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            long[] gc = collections();
            r = service.review(2025, LocalDate.of(2025, 12, 31), Progress.NONE);
            wall[i] = (System.nanoTime() - s) / 1_000_000;
            long[] gcAfter = collections();
            Runtime rt = Runtime.getRuntime();
            BenchText.printf("review %d: %d ms wall, %d ms CPU on %d cores, load average %.1f (%d assessments, "
                            + "%d next steps); bare scan of the same %d rows %d ms; heap in use %d MiB of max %d MiB; "
                            + "%d collections (%d full) taking %d ms%n",
                    i + 1, wall[i], (os.getProcessCpuTime() - cpu) / 1_000_000, os.getAvailableProcessors(),
                    os.getSystemLoadAverage(), r.assessments().size(), r.nextSteps().size(), floor[1], floor[0],
                    (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20, gcAfter[0] - gc[0],
                    gcAfter[1] - gc[1], gcAfter[2] - gc[2]);
        }
        long warm = Floors.median(Arrays.copyOfRange(wall, 1, runs));
        long floor = Floors.median(scan);
        BenchText.printf("review 50 000 people × 5 years: cold (first in this JVM) %d ms, warm median %d ms "
                + "= %.2f × the bare scan (median %d ms)%n", wall[0], warm, (double) warm / floor, floor);
        return r.assessments().size();
    }

    /** {collections, of which full (old-generation) ones, milliseconds} of the garbage collectors so far. */
    private static long[] collections() {
        long[] out = new long[3];
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            long n = Math.max(0, gc.getCollectionCount());
            out[0] += n;
            if (gc.getName().contains("Old") || gc.getName().contains("MarkSweep")) {
                out[1] += n;
            }
            out[2] += Math.max(0, gc.getCollectionTime());
        }
        return out;
    }

    private static void fill(DSLContext dsl) {
        Random rnd = new Random(42);
        for (int b = 1; b <= 10; b++) {
            dsl.insertInto(BLOC).set(BLOC.ID, (long) b).set(BLOC.NAME, "Khối " + b).set(BLOC.NAME_KEY, "khoi " + b).execute();
        }
        BatchBindStep units = dsl.batch(dsl.insertInto(UNIT, UNIT.ID, UNIT.CODE, UNIT.NAME, UNIT.PARENT_ID, UNIT.BLOC_ID,
                UNIT.SEARCH_KEY, UNIT.SORT_KEY).values((Long) null, null, null, null, null, null, null));
        for (int a = 1; a <= AGENCIES; a++) {
            long id = a * 100L;
            units.bind(id, "CQ" + a, "Cơ quan " + a, null, (long) (a % 10 + 1), "co quan " + a, "co quan " + a);
            for (int d = 1; d <= DEPARTMENTS; d++) {
                units.bind(id + d, "CQ" + a + "-P" + d, "Phòng " + d, id, null, "phong " + d, "phong " + d);
            }
        }
        units.execute();
        BatchBindStep leaders = dsl.batch(dsl.insertInto(BLOC_LEADER, BLOC_LEADER.BLOC_ID, BLOC_LEADER.LEAD_YEAR,
                BLOC_LEADER.UNIT_ID).values((Long) null, null, null));
        for (int b = 1; b <= 10; b++) {
            for (int y = 2021; y <= 2025; y++) {
                leaders.bind((long) b, y, (long) ((b + y) % AGENCIES + 1) * 100L);
            }
        }
        leaders.execute();
        BatchBindStep people = dsl.batch(dsl.insertInto(PERSON, PERSON.ID, PERSON.CODE, PERSON.FULL_NAME, PERSON.GENDER,
                PERSON.UNIT_ID, PERSON.START_DATE, PERSON.SEARCH_KEY, PERSON.SORT_KEY)
                .values((Long) null, null, null, null, null, null, null, null));
        BatchBindStep ratings = dsl.batch(dsl.insertInto(RATING, RATING.PERSON_ID, RATING.UNIT_ID, RATING.RATING_YEAR,
                RATING.LEVEL).values((Long) null, null, null, null));
        BatchBindStep awards = dsl.batch(dsl.insertInto(AWARD, AWARD.PERSON_ID, AWARD.UNIT_ID, AWARD.KIND_CODE,
                AWARD.FORM_TYPE, AWARD.YEAR_FROM, AWARD.YEAR_TO, AWARD.DECISION_NO, AWARD.DECISION_DATE, AWARD.AUTHORITY)
                .values((Long) null, null, null, null, null, null, null, null, null));
        BatchBindStep initiatives = dsl.batch(dsl.insertInto(INITIATIVE, INITIATIVE.PERSON_ID, INITIATIVE.TITLE,
                INITIATIVE.TITLE_KEY, INITIATIVE.SCOPE, INITIATIVE.RECOGNIZED_YEAR).values((Long) null, null, null, null, null));
        BatchBindStep disciplines = dsl.batch(dsl.insertInto(DISCIPLINE, DISCIPLINE.PERSON_ID, DISCIPLINE.FORM,
                DISCIPLINE.DECISION_NO, DISCIPLINE.DECISION_DATE, DISCIPLINE.EFFECTIVE_UNTIL).values((Long) null, null, null, null, null));
        String[] scopes = {"CO_SO", "CO_SO", "CO_SO", "TINH", "TOAN_QUOC"};
        for (long p = 1; p <= PEOPLE; p++) {
            long unit = (rnd.nextInt(AGENCIES) + 1) * 100L + rnd.nextInt(DEPARTMENTS) + 1;
            LocalDate start = rnd.nextInt(20) == 0 ? LocalDate.of(2025, rnd.nextInt(12) + 1, 1)
                    : LocalDate.of(2000 + rnd.nextInt(20), rnd.nextInt(12) + 1, 1);
            String name = "Nguyễn Văn " + p;
            people.bind(p, "CB" + p, name, p % 2 == 0 ? "Nữ" : "Nam", unit, start, "nguyen van " + p, "van " + p);
            for (int y = 2021; y <= 2025; y++) {
                int roll = rnd.nextInt(100);
                String level = roll < 20 ? "HTXSNV" : roll < 85 ? "HTTNV" : roll < 97 ? "HTNV" : "KHTNV";
                ratings.bind(p, null, y, level);
                if (y < 2025 && roll < 85) {
                    awards.bind(p, null, "LDTT", "CONG_TRANG", y, y, "LDTT-" + y + "-" + unit, LocalDate.of(y + 1, 1, 15), "Thủ trưởng");
                }
                if (y < 2025 && roll < 20) {
                    awards.bind(p, null, "CSTDCS", rnd.nextInt(10) == 0 ? "DOT_XUAT" : "CONG_TRANG", y, y,
                            "CS-" + y + "-" + unit, LocalDate.of(y + 1, 1, 20), "Thủ trưởng");
                }
                if (rnd.nextInt(10) == 0) {
                    initiatives.bind(p, "Sáng kiến " + p + "-" + y, "sang kien " + p + "-" + y, scopes[rnd.nextInt(scopes.length)], y);
                }
            }
            if (rnd.nextInt(50) == 0) {
                awards.bind(p, null, "BK_TINH", "CONG_TRANG", 2020, 2020, "BK-2020", LocalDate.of(2021, 2, 1), "Chủ tịch UBND tỉnh");
            }
            if (rnd.nextInt(100) == 0) {
                LocalDate from = LocalDate.of(2021 + rnd.nextInt(5), rnd.nextInt(12) + 1, 1);
                disciplines.bind(p, "KHIEN_TRACH", "KL-" + p, from, from.plusMonths(12));
            }
        }
        people.execute();
        for (int a = 1; a <= AGENCIES; a++) {
            for (int d = 0; d <= DEPARTMENTS; d++) {
                for (int y = 2021; y <= 2025; y++) {
                    ratings.bind(null, a * 100L + d, y, rnd.nextBoolean() ? "HTXSNV" : "HTTNV");
                }
            }
        }
        ratings.execute();
        awards.execute();
        initiatives.execute();
        disciplines.execute();
    }
}
