package vn.tdkt.movement.service;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.movement.data.MovementRepository;
import vn.tdkt.movement.domain.LogEntry;
import vn.tdkt.movement.domain.Milestone;
import vn.tdkt.movement.domain.MilestoneRow;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementRules;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.movement.domain.MovementSheets;
import vn.tdkt.movement.domain.MovementSheets.MilestoneLine;
import vn.tdkt.movement.domain.MovementSheets.MovementLine;

/**
 * The workbook's two movement sheets against the database: the checks across rows and with what is stored
 * (unknown parent, parent cycle, unknown movement of a milestone, unknown units), the write inside the import's
 * transaction (update by code, milestones by movement + content + due date + unit) and the rows of the export.
 */
public final class MovementImports {

    /** Rows added and updated in one sheet. */
    public record Count(String sheet, int inserted, int updated) {
    }

    /** The note of the log lines an import writes. */
    private static final String IMPORTED = "Nhập từ bảng tính";

    private final MovementRepository repo = new MovementRepository();

    /**
     * Every problem of the sheets' rows against each other and the database, located by sheet, row and column.
     *
     * @param unitCodes the unit codes of the file's Đơn vị sheet and of the database
     */
    public List<Problem> check(DSLContext dsl, MovementSheets.Data data, Set<String> unitCodes) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> parentOf = new HashMap<>();
        Map<Long, String> codeOfId = new HashMap<>();
        List<Movement> stored = repo.list(dsl);
        stored.forEach(m -> codeOfId.put(m.id(), key(m.code())));
        stored.forEach(m -> parentOf.put(key(m.code()), m.parentId() == null ? null : codeOfId.get(m.parentId())));
        Set<String> inFile = new HashSet<>();
        for (MovementLine l : data.movements()) {
            if (!inFile.add(key(l.code()))) {
                problems.add(new Problem(MovementSheets.MOVEMENTS, l.row(), MovementSheets.CODE,
                        Msg.of("movement.import.duplicate", l.code())));
            }
            parentOf.put(key(l.code()), l.parentCode() == null ? null : key(l.parentCode()));
        }
        Set<String> known = new HashSet<>(parentOf.keySet());
        Set<String> reported = new HashSet<>();
        for (MovementLine l : data.movements()) {
            if (l.from() != null && l.to() != null && l.to().isBefore(l.from())) {
                problems.add(new Problem(MovementSheets.MOVEMENTS, l.row(), MovementSheets.TO,
                        Msg.of("movement.problem.periodOrder", l.to(), l.from())));
            }
            if (l.leadUnitCode() != null && !unitCodes.contains(l.leadUnitCode())) {
                problems.add(new Problem(MovementSheets.MOVEMENTS, l.row(), MovementSheets.LEAD_UNIT,
                        Msg.of("movement.import.unknownUnit", l.leadUnitCode())));
            }
            if (l.parentCode() == null) {
                continue;
            }
            if (!known.contains(key(l.parentCode()))) {
                problems.add(new Problem(MovementSheets.MOVEMENTS, l.row(), MovementSheets.PARENT,
                        Msg.of("movement.import.unknownParent", l.parentCode())));
                continue;
            }
            List<String> cycle = MovementRules.cycle(key(l.code()), parentOf::get);
            if (!cycle.isEmpty() && reported.add(String.join("/", cycle.stream().sorted().toList()))) {
                problems.add(new Problem(MovementSheets.MOVEMENTS, l.row(), MovementSheets.PARENT,
                        Msg.of("movement.import.cycle", String.join(" → ", cycle) + " → " + cycle.get(0))));
            }
        }
        for (MilestoneLine l : data.milestones()) {
            if (!known.contains(key(l.movementCode()))) {
                problems.add(new Problem(MovementSheets.MILESTONES, l.row(), MovementSheets.CODE,
                        Msg.of("movement.import.unknownMovement", l.movementCode())));
            }
            if (l.unitCode() != null && !unitCodes.contains(l.unitCode())) {
                problems.add(new Problem(MovementSheets.MILESTONES, l.row(), MovementSheets.UNIT,
                        Msg.of("movement.import.unknownUnit", l.unitCode())));
            }
        }
        return problems;
    }

    /** The rows a valid file would insert and update, for the import's preview. */
    public List<Count> preview(DSLContext dsl, MovementSheets.Data data) {
        List<Count> out = new ArrayList<>();
        if (!data.movements().isEmpty()) {
            Set<String> stored = new HashSet<>();
            repo.list(dsl).forEach(m -> stored.add(key(m.code())));
            int updates = (int) data.movements().stream().filter(l -> stored.contains(key(l.code()))).count();
            out.add(new Count(MovementSheets.MOVEMENTS, data.movements().size() - updates, updates));
        }
        if (!data.milestones().isEmpty()) {
            out.add(new Count(MovementSheets.MILESTONES, data.milestones().size(), 0));
        }
        return out;
    }

    /**
     * Writes the rows inside the import's transaction (after the units): movements by code (a re-import updates the
     * sheet's columns and keeps the rest: status, texts, sub-movements), then parents, then milestones. A new movement
     * whose plan has a number and a date was launched by that plan: it starts as Phát động on the plan's date.
     *
     * @param unitIds unit id by code, after the Đơn vị sheet was written
     */
    public List<Count> write(DSLContext tx, MovementSheets.Data data, Map<String, Long> unitIds, LocalDateTime now) {
        List<Count> out = new ArrayList<>();
        if (data.movements().isEmpty() && data.milestones().isEmpty()) {
            return out;
        }
        Map<String, Movement> byCode = new HashMap<>();
        repo.list(tx).forEach(m -> byCode.put(key(m.code()), m));
        int inserted = 0;
        int updated = 0;
        for (MovementLine l : data.movements()) {
            Movement old = byCode.get(key(l.code()));
            Movement base = old != null ? old : Movement.draft(l.code(), l.name(), l.kind(), l.level());
            Movement m = base.withBasics(l.code(), l.name(), l.kind(), l.level(),
                            old != null && old.level() == l.level() ? old.scope() : Movement.defaultScope(l.level()))
                    .withPlan(l.planNo(), l.planDate()).withPeriod(l.from(), l.to())
                    .withLead(l.leadUnitCode() == null ? null : unitIds.get(l.leadUnitCode()))
                    .withParent(old == null ? null : old.parentId());
            MovementSheets.Signed g = l.signed();
            if (g != null) { // the sheet has the issuer's and signer's columns: an empty cell records none (decision 160)
                m = m.withIssuer(g.authorityParent(), g.authority(), g.place())
                        .withSigner(g.signerAuthority(), g.signerTitle(), g.signerName());
            }
            boolean launched = old == null && l.planDate() != null && l.planNo() != null && !l.planNo().startsWith("/");
            if (launched) {
                m = m.withStatus(MovementStatus.PHAT_DONG, l.planDate());
            }
            Movement saved = repo.saveRow(tx, m, now);
            if (old == null) {
                repo.log(tx, saved.id(), new LogEntry(null, MovementStatus.DU_THAO, now.toLocalDate(), IMPORTED, null, now));
                if (launched) {
                    repo.log(tx, saved.id(), new LogEntry(MovementStatus.DU_THAO, MovementStatus.PHAT_DONG, l.planDate(),
                            IMPORTED, null, now));
                }
                inserted++;
            } else {
                updated++;
            }
            byCode.put(key(l.code()), saved);
        }
        for (MovementLine l : data.movements()) {
            Movement m = byCode.get(key(l.code()));
            Long parent = l.parentCode() == null ? null : byCode.get(key(l.parentCode())).id();
            repo.saveRow(tx, m.withParent(parent), now);
        }
        if (!data.movements().isEmpty()) {
            out.add(new Count(MovementSheets.MOVEMENTS, inserted, updated));
        }
        int mi = 0;
        int mu = 0;
        for (MilestoneLine l : data.milestones()) {
            long movementId = byCode.get(key(l.movementCode())).id();
            Long unit = l.unitCode() == null ? null : unitIds.get(l.unitCode());
            Long id = repo.milestoneId(tx, movementId, l.content(), l.due(), unit).orElse(null);
            Milestone existing = id == null ? null : repo.milestone(tx, id).orElseThrow();
            String document = existing == null ? null : existing.doneDocument();
            repo.saveMilestone(tx, new Milestone(id == null ? 0 : id, movementId, l.content(), l.due(), unit, l.done(),
                    l.done() == null ? null : document));
            if (id == null) {
                mi++;
            } else {
                mu++;
            }
        }
        if (!data.milestones().isEmpty()) {
            out.add(new Count(MovementSheets.MILESTONES, mi, mu));
        }
        return out;
    }

    /** Everything stored, as the two sheets' rows (the export; export → import → export is stable). */
    public MovementSheets.Data export(DSLContext dsl) {
        Map<Long, String> unitCodes = repo.unitCodes(dsl);
        List<Movement> all = repo.list(dsl);
        Map<Long, String> codes = new HashMap<>();
        all.forEach(m -> codes.put(m.id(), m.code()));
        List<MovementLine> movements = new ArrayList<>();
        int r = 2;
        for (Movement m : all) { // in MovementOrder, as the movements page lists them
            movements.add(new MovementLine(r++, m.code(), m.name(), m.kind(), m.level(), m.planNo(), m.planDate(),
                    m.parentId() == null ? null : codes.get(m.parentId()), m.startDate(), m.endDate(),
                    m.leadUnitId() == null ? null : unitCodes.get(m.leadUnitId()),
                    new MovementSheets.Signed(m.authorityParent(), m.authority(), m.place(), m.signerAuthority(),
                            m.signerTitle(), m.signerName())));
        }
        List<MilestoneLine> milestones = new ArrayList<>();
        r = 2;
        for (MilestoneRow row : repo.allMilestones(dsl)) {
            Milestone m = row.milestone();
            milestones.add(new MilestoneLine(r++, row.movementCode(), m.content(), m.due(), row.unitCode(), m.doneDate()));
        }
        return new MovementSheets.Data(movements, milestones);
    }

    private static String key(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }
}
