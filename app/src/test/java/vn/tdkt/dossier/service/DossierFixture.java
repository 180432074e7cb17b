package vn.tdkt.dossier.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierSubject;
import vn.tdkt.dossier.domain.EligibilityCheck;
import vn.tdkt.dossier.domain.Procedure;
import vn.tdkt.dossier.domain.SimplifiedCase;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.service.PeopleService;
import vn.tdkt.record.service.RecordService;

/** A small organisation (Sở Nội vụ, two offices, three people), a settable clock and a fake review engine. */
final class DossierFixture {

    static final String USER = "thuky";

    /** A clock the test moves; 09:00 in Việt Nam on the day set. */
    static final class MutableClock extends Clock {
        private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
        private Instant now;

        MutableClock(LocalDate day) {
            set(day);
        }

        void set(LocalDate day) {
            now = day.atTime(9, 0).atZone(ZONE).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** The review engine's stand-in: a reason per person id, with the calls it received. */
    static final class FakeEligibility implements EligibilityCheck {
        final Map<Long, String> reasons = new HashMap<>();
        final List<String> calls = new ArrayList<>();

        @Override
        public Optional<String> blockingReason(DossierSubject subject, String awardKindCode, int year) {
            calls.add(subject.kind() + ":" + (subject.personId() != null ? subject.personId() : subject.unitId()) + "/"
                    + awardKindCode + "/" + year);
            return Optional.ofNullable(subject.personId() == null ? null : reasons.get(subject.personId()));
        }
    }

    final MutableClock clock;
    final FakeEligibility eligibility = new FakeEligibility();
    final DossierService service;
    final DossierCalendarService calendar;
    final DossierAttachmentService attachments;
    final Unit so;
    final Unit vanPhong;
    final Person an;
    final Person binh;

    DossierFixture(Database db, LocalDate today) {
        clock = new MutableClock(today);
        CatalogueService catalogue = new CatalogueService(db);
        service = new DossierService(db, catalogue, eligibility, clock);
        calendar = new DossierCalendarService(db, catalogue, clock);
        attachments = new DossierAttachmentService(db, catalogue, clock);
        OrgService org = new OrgService(db);
        PeopleService people = new PeopleService(db, new RecordService(db, catalogue), clock);
        so = org.saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
        vanPhong = org.saveUnit(new Unit(0, "VP", "Văn phòng Sở", so.id(), null));
        an = people.save(new Person(0, "CB01", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1980, 3, 2), null,
                "Chánh Văn phòng", vanPhong.id(), LocalDate.of(2010, 1, 1), null));
        binh = people.save(new Person(0, "CB02", "Trần Thị Bình", Gender.FEMALE, LocalDate.of(1985, 7, 9), null, null,
                vanPhong.id(), LocalDate.of(2012, 1, 1), null));
    }

    /** A dossier for the achievements of the clock's year. */
    Dossier draft(String award, String level) {
        return Dossier.draft(award, level, LocalDate.now(clock).getYear(), null, so.id(), Procedure.THUONG, null, null);
    }

    Dossier create(String award, String level) {
        return service.save(draft(award, level), USER);
    }

    Dossier createSimplified(String award, String level) {
        return service.save(Dossier.draft(award, level, LocalDate.now(clock).getYear(), null, so.id(), Procedure.DON_GIAN,
                SimplifiedCase.DOT_XUAT, null), USER);
    }

    static Path pdf(Path dir, String name, String body) throws IOException {
        return write(dir, name, ("%PDF-1.7\n" + body + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Content starting like a zip container, as .docx files do. */
    static Path docx(Path dir, String name, String body) throws IOException {
        byte[] text = body.getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[text.length + 4];
        content[0] = 0x50;
        content[1] = 0x4B;
        content[2] = 0x03;
        content[3] = 0x04;
        System.arraycopy(text, 0, content, 4, text.length);
        return write(dir, name, content);
    }

    static Path write(Path dir, String name, byte[] content) throws IOException {
        Files.createDirectories(dir);
        return Files.write(dir.resolve(name), content);
    }
}
