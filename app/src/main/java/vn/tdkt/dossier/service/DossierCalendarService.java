package vn.tdkt.dossier.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.dossier.data.DossierRepository;
import vn.tdkt.dossier.domain.DecidingLevel;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierField;
import vn.tdkt.dossier.domain.Holiday;
import vn.tdkt.dossier.domain.WorkingCalendar;

/**
 * The dates the dossier checks count with: the working calendar (nghỉ lễ, Tết, nghỉ bù, làm bù), the public-notice
 * period of each deciding level and the first day a dossier's list was made public. Every write is one transaction.
 */
public final class DossierCalendarService {

    private static final Logger LOGGER = LoggerFactory.getLogger(DossierCalendarService.class);
    private static final int MAX_NOTICE_DAYS = 60;

    private final Database db;
    private final Clock clock;
    private final DossierRepository repo = new DossierRepository();
    private final DossierSupport support;

    public DossierCalendarService(Database db, CatalogueService catalogue, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.support = new DossierSupport(repo, catalogue);
    }

    public WorkingCalendar calendar() {
        return new WorkingCalendar(repo.holidays(db.dsl()));
    }

    /** Sets the public-notice period of a deciding level, in working days (0 = no notice required). */
    public DecidingLevel setNoticeDays(String levelCode, int days) {
        ProblemCollector problems = new ProblemCollector();
        problems.require(days >= 0 && days <= MAX_NOTICE_DAYS, DossierField.NOTICE_DAYS, "dossier.problem.noticeDays",
                String.valueOf(MAX_NOTICE_DAYS));
        problems.throwIfAny();
        return db.transaction(dsl -> {
            repo.setNoticeDays(dsl, levelCode, days);
            return repo.levels(dsl).stream().filter(l -> l.code().equals(levelCode)).findFirst().orElseThrow(
                    () -> new vn.tdkt.common.domain.AppException(Msg.of("dossier.problem.unknownLevelCode", levelCode)));
        });
    }

    /**
     * Records a weekday off (nghỉ lễ, Tết, nghỉ bù, hoán đổi) or a weekend day worked in exchange (làm bù), replacing
     * what was recorded for that day.
     */
    public Holiday saveHoliday(Holiday draft) {
        Holiday h = new Holiday(draft.date(), draft.workday(), VietnameseText.clean(draft.name()),
                VietnameseText.clean(draft.legalRef()));
        ProblemCollector problems = new ProblemCollector();
        if (problems.requirePresent(h.date(), DossierField.HOLIDAY, "dossier.problem.noHolidayDate")) {
            boolean weekend = h.date().getDayOfWeek() == DayOfWeek.SATURDAY || h.date().getDayOfWeek() == DayOfWeek.SUNDAY;
            problems.require(!weekend || h.workday(), DossierField.HOLIDAY, "dossier.problem.weekendOff", h.date());
            problems.require(weekend || !h.workday(), DossierField.HOLIDAY, "dossier.problem.weekdayWorked", h.date());
        }
        problems.requireText(h.name(), DossierField.HOLIDAY, "dossier.problem.noHolidayName");
        problems.requireText(h.legalRef(), DossierField.HOLIDAY, "dossier.problem.noHolidayRef");
        problems.throwIfAny();
        return db.transaction(dsl -> {
            repo.saveHoliday(dsl, h);
            return h;
        });
    }

    public void removeHoliday(LocalDate day) {
        db.transaction(dsl -> {
            ProblemCollector.refuseUnless(repo.deleteHoliday(dsl, day) > 0, "dossier.problem.noHoliday", day);
            return null;
        });
    }

    /** Records the first day of the public notice (null = not published), until the dossier goes up. */
    public Dossier setNoticeStart(long dossierId, LocalDate start) {
        return setNoticeStart(dossierId, start, null);
    }

    /**
     * The same, for the dossier as the clerk's page {@code seen} it: refused with what changed when someone else moved
     * it or set its notice day since (issue #14); null is not checked.
     */
    public Dossier setNoticeStart(long dossierId, LocalDate start, Dossier seen) {
        Dossier saved = db.transaction(dsl -> {
            Dossier d = support.lockedAsSeen(dsl, dossierId, seen);
            ProblemCollector.refuseUnless(d.status().acceptsFiles(), "dossier.problem.noticeClosed", d.status());
            repo.setNoticeStart(dsl, dossierId, start, LocalDateTime.now(clock));
            return repo.dossier(dsl, dossierId).orElseThrow();
        });
        LOGGER.info("Dossier {}: public notice from {}", saved.code(), start);
        return saved;
    }
}
