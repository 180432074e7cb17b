package vn.tdkt.movement.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.movement.data.MovementRepository;
import vn.tdkt.movement.domain.Deadline;
import vn.tdkt.movement.domain.Deadlines;
import vn.tdkt.movement.domain.LogEntry;
import vn.tdkt.movement.domain.Milestone;
import vn.tdkt.movement.domain.MilestoneRow;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementChanges;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.MovementField;
import vn.tdkt.movement.domain.MovementRules;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.movement.domain.Phase;
import vn.tdkt.movement.domain.PlanPart;
import vn.tdkt.movement.domain.SubMovement;
import vn.tdkt.regime.domain.WorkingDays;

/**
 * Movements and their milestones: save a movement with everything it holds in one transaction (rules checked
 * first, every problem at once), move it along its statuses (dated and logged), record milestones and list
 * the deadlines of a day. The working calendar is the dossiers' (days off, Saturdays worked).
 */
public final class MovementService {

    private final Database db;
    private final Clock clock;
    private final Supplier<? extends WorkingDays> calendar;
    private final MovementRepository repo = new MovementRepository();
    private final MilestoneWriter milestones = new MilestoneWriter();

    /** @param calendar the working calendar of cán bộ, công chức (the dossier feature's) */
    public MovementService(Database db, Clock clock, Supplier<? extends WorkingDays> calendar) {
        this.db = db;
        this.clock = clock;
        this.calendar = calendar;
    }

    public List<Movement> list() {
        return repo.list(db.dsl());
    }

    public Optional<MovementDetails> find(long id) {
        return repo.find(db.dsl(), id).map(m -> repo.details(db.dsl(), m));
    }

    public Optional<Movement> byCode(String code) {
        return repo.byCode(db.dsl(), code);
    }

    /**
     * Saves a movement with its phases, sub-movements, participants, rewards and plan texts, all or nothing. A new
     * movement starts as a draft (its creation is the first line of the log); the status changes only by
     * {@link #move}.
     */
    public MovementDetails save(MovementDetails draft, String user) {
        return save(draft, null, user);
    }

    /**
     * Saves an edit of the movement as it was {@code loaded} in the form (null: not checked): refused with what the other
     * person changed when someone else saved it since (issue #14), nothing written.
     */
    public MovementDetails save(MovementDetails draft, MovementDetails loaded, String user) {
        Movement m = clean(draft.movement());
        Map<PlanPart, String> texts = new EnumMap<>(PlanPart.class);
        draft.texts().forEach((part, text) -> {
            String clean = multiline(text);
            if (clean != null) {
                texts.put(part, clean);
            }
        });
        List<SubMovement> items = draft.items().stream()
                .map(i -> new SubMovement(i.id(), i.lineNo(), t(i.content()), i.leadUnitId())).toList();
        List<Phase> phases = draft.phases().stream().map(ph -> new Phase(ph.id(), ph.kind(), t(ph.name()), ph.date())).toList();
        MovementDetails d = new MovementDetails(m, phases, items, draft.unitIds(), draft.blocIds(), draft.rewards(), texts);
        return db.transaction(tx -> {
            if (m.id() != 0) {
                repo.lock(tx, m.id());
            }
            Movement stored = m.id() == 0 ? null : repo.find(tx, m.id())
                    .orElseThrow(() -> new AppException(Msg.of("movement.problem.gone")));
            if (stored != null && loaded != null) {
                MovementChanges.movement(u -> repo.unitName(tx, u), id -> repo.find(tx, id).map(Movement::code).orElse(null))
                        .require(loaded, repo.details(tx, stored), Msg.of("edit.record.movement", stored.code()));
            }
            Map<Long, Long> parents = repo.parents(tx);
            ProblemCollector p = MovementRules.check(d, parents::get);
            if (m.code() != null && !m.code().isBlank() && repo.codeTaken(tx, m.code(), m.id())) {
                p.add(MovementField.CODE, "movement.problem.codeTaken", m.code());
            }
            if (m.parentId() != null && !parents.containsKey(m.parentId())) {
                p.add(MovementField.PARENT, "movement.problem.parentUnknown");
            }
            p.throwIfAny();
            Movement keep = stored == null ? m.withStatus(MovementStatus.DU_THAO, null)
                    : m.withStatus(stored.status(), stored.statusDate());
            LocalDateTime now = LocalDateTime.now(clock);
            Movement saved = repo.save(tx, d.with(keep), now);
            if (stored == null) {
                repo.log(tx, saved.id(), new LogEntry(null, MovementStatus.DU_THAO, now.toLocalDate(), null, user, now));
            }
            return repo.details(tx, saved);
        });
    }

    /** Deletes a movement with its milestones; refused while another movement implements it. */
    public void delete(long id) {
        db.transaction(tx -> {
            if (repo.hasChildren(tx, id)) {
                throw new AppException(Msg.of("movement.problem.hasChildren"));
            }
            repo.delete(tx, id);
            return null;
        });
    }

    /**
     * Moves a movement to the next status on a day (not before its last change), logged with who and why. A movement
     * with no plan of its own that implements a parent plan (a sub-movement the plan assigns to a lead agency) is
     * launched by that plan: its number and day are the ones checked.
     */
    public Movement move(long id, MovementStatus target, LocalDate on, String note, String user) {
        return db.transaction(tx -> {
            Movement m = repo.find(tx, id).orElseThrow(() -> new AppException(Msg.of("movement.problem.gone")));
            Movement plan = m;
            if ((m.planNo() == null || m.planNo().isBlank()) && m.parentId() != null) {
                plan = repo.find(tx, m.parentId()).map(p -> m.withPlan(p.planNo(), p.planDate())).orElse(m);
            }
            MovementRules.checkMove(plan, target, on, m.statusDate()).throwIfAny();
            LocalDateTime now = LocalDateTime.now(clock);
            repo.setStatus(tx, id, target, on, now);
            repo.log(tx, id, new LogEntry(m.status(), target, on, ProblemCollector.blankToNull(note), user, now));
            return m.withStatus(target, on);
        });
    }

    public List<LogEntry> log(long id) {
        return repo.logOf(db.dsl(), id);
    }

    public List<MilestoneRow> milestones(long movementId) {
        return repo.milestones(db.dsl(), movementId);
    }

    /**
     * Saves a milestone: content and due date required; a done date needs no document but keeps it when given. An edit
     * of the milestone as it was {@code loaded} (null: not checked) is refused when someone else saved it since.
     */
    public Milestone saveMilestone(Milestone draft, Milestone loaded) {
        Milestone m = milestones.checked(draft);
        return db.transaction(tx -> milestones.write(tx, m, loaded));
    }

    public void deleteMilestone(long id) {
        db.transaction(tx -> {
            repo.deleteMilestone(tx, id);
            return null;
        });
    }

    /** The deadlines on a day: milestones not done, due (next working day) on or before day + days; by due date. */
    public List<Deadline> deadlines(LocalDate day, int days) {
        WorkingDays cal = calendar.get();
        List<MilestoneRow> open = repo.open(db.dsl(), day.plusDays(days)).stream()
                .filter(r -> r.movementStatus() != MovementStatus.DU_THAO).toList();
        return Deadlines.on(open, day, days, cal);
    }

    /** The day a due date really falls on (the next working day when it is a day off). */
    public LocalDate effectiveDue(LocalDate due) {
        return Deadlines.effective(due, calendar.get());
    }

    /** Number of movements in each status. */
    public Map<MovementStatus, Integer> countByStatus() {
        return repo.countByStatus(db.dsl());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Movement clean(Movement m) {
        return new Movement(m.id(), ProblemCollector.blankToNull(m.code()), ProblemCollector.blankToNull(m.name()),
                m.kind(), m.level(), m.scope(), t(m.authorityParent()), t(m.authority()), t(m.place()), t(m.planNo()),
                m.planDate(), t(m.signerAuthority()), t(m.signerTitle()), t(m.signerName()), m.parentId(), m.startDate(),
                m.endDate(), t(m.theme()), t(m.slogan()), m.leadUnitId(), multiline(m.targets()), multiline(m.criteriaCollective()),
                multiline(m.criteriaIndividual()), multiline(m.criteriaHousehold()), m.status(), m.statusDate());
    }

    /** Each line cleaned (NFC, spaces), blank lines at the ends dropped; null when nothing is left. */
    static String multiline(String s) {
        if (s == null) {
            return null;
        }
        String joined = s.lines().map(VietnameseText::clean).collect(java.util.stream.Collectors.joining("\n")).strip();
        return joined.isEmpty() ? null : joined;
    }

    private static String t(String s) {
        return s == null || s.isBlank() ? null : VietnameseText.clean(s);
    }
}
