package vn.tdkt.people.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.data.PostgresTestServer;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Texts;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.domain.Person;
import vn.tdkt.record.service.RecordService;

/**
 * Two clerks edit the same person at once (issue #14): on PostgreSQL from two workstations (two pools, two
 * connections), on the embedded store from two windows' worth of services. The first save wins; the second is refused
 * with what the first changed, and nothing of either is lost silently.
 */
class ConcurrentEditTest {

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "default"})
    void theSecondSaveOfTheSameRecordIsRefusedWithWhatChanged(String store) throws Exception {
        Database first = "postgres".equals(store) ? PostgresTestServer.freshDatabase() : Database.inMemory();
        Database second = first.isServer() ? Database.connect(first.server(), null) : first;
        try {
            PeopleService clerkA = people(first);
            PeopleService clerkB = people(second);
            Unit unit = new OrgService(first).saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, null));
            Person saved = clerkA.save(new Person(0, "CB01", "Nguyễn Văn A", Gender.MALE, LocalDate.of(1990, 1, 2), null,
                    "Chuyên viên", unit.id(), LocalDate.of(2015, 3, 1), null));
            Person openedByA = clerkA.find(saved.id()).orElseThrow();
            Person openedByB = clerkB.find(saved.id()).orElseThrow();

            clerkA.save(new Person(saved.id(), "CB01", "Nguyễn Văn An", Gender.MALE, saved.birthDate(), null, "Chuyên viên",
                    unit.id(), saved.startDate(), null), openedByA);
            ValidationException refused = assertThrows(ValidationException.class, () -> clerkB.save(new Person(saved.id(),
                    "CB01", "Nguyễn Văn A", Gender.MALE, saved.birthDate(), null, "Trưởng phòng", unit.id(), saved.startDate(),
                    null), openedByB));
            String text = refused.problems().get(0).describe(Texts.VIETNAMESE);
            assertTrue(text.contains("CB01") && text.contains("Họ và tên: «Nguyễn Văn A» → «Nguyễn Văn An»"), text);
            assertTrue(!text.contains("Chức vụ"), "only what the other clerk changed: " + text);
            Person now = clerkB.find(saved.id()).orElseThrow();
            assertEquals("Nguyễn Văn An", now.fullName());
            assertEquals("Chuyên viên", now.position());

            // reopened, B's edit goes through
            clerkB.save(new Person(saved.id(), "CB01", now.fullName(), Gender.MALE, now.birthDate(), null, "Trưởng phòng",
                    unit.id(), now.startDate(), null), now);
            assertEquals("Trưởng phòng", clerkA.find(saved.id()).orElseThrow().position());

            // both at once from two threads: exactly one wins
            Person base = clerkA.find(saved.id()).orElseThrow();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Person>> runs = List.of(
                    pool.submit(() -> clerkA.save(new Person(base.id(), "CB01", base.fullName(), Gender.MALE, base.birthDate(),
                            null, "Phó trưởng phòng", unit.id(), base.startDate(), null), base)),
                    pool.submit(() -> clerkB.save(new Person(base.id(), "CB01", base.fullName(), Gender.MALE, base.birthDate(),
                            null, "Chánh văn phòng", unit.id(), base.startDate(), null), base)));
            int won = 0;
            for (Future<Person> f : runs) {
                try {
                    f.get(60, TimeUnit.SECONDS);
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertTrue(e.getCause() instanceof ValidationException, e.getCause()::toString);
                }
            }
            pool.shutdown();
            assertEquals(1, won, "exactly one of two simultaneous saves is written");
        } finally {
            if (second != first) {
                second.close();
            }
            first.close();
        }
    }

    private static PeopleService people(Database db) {
        return new PeopleService(db, new RecordService(db, new CatalogueService(db)), Clock.systemDefaultZone());
    }
}
