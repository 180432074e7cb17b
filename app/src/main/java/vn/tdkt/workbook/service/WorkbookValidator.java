package vn.tdkt.workbook.service;

import static vn.tdkt.workbook.domain.WorkbookLayout.BLOC;
import static vn.tdkt.workbook.domain.WorkbookLayout.PARENT_CODE;
import static vn.tdkt.workbook.domain.WorkbookLayout.PERSONAL_ID;
import static vn.tdkt.workbook.domain.WorkbookLayout.PERSON_CODE;
import static vn.tdkt.workbook.domain.WorkbookLayout.UNIT_CODE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.workbook.data.WorkbookRepository.Snapshot;
import vn.tdkt.workbook.domain.HistoryKeys;
import vn.tdkt.workbook.domain.SheetCount;
import vn.tdkt.workbook.domain.WorkbookData;
import vn.tdkt.workbook.domain.WorkbookLayout;

/**
 * Checks across rows and against the database: duplicate codes and natural keys, unknown references, parent
 * cycles, personal ids used twice; and counts what an import would insert and update.
 */
final class WorkbookValidator {

    private final Problems problems;
    private final Snapshot db;
    private final Map<String, Integer> unitRows = new HashMap<>();
    private final Map<String, Integer> personRows = new HashMap<>();

    WorkbookValidator(Problems problems, Snapshot db) {
        this.problems = problems;
        this.db = db;
    }

    /** Reports every problem and gives the counts of the sheets present in the file, in contract order. */
    List<SheetCount> validate(WorkbookData d, Set<String> sheetsPresent) {
        List<SheetCount> counts = new ArrayList<>();
        for (WorkbookLayout.SheetSpec s : WorkbookLayout.SHEETS) {
            if (!sheetsPresent.contains(s.name())) {
                continue;
            }
            counts.add(switch (s.name()) {
                case WorkbookLayout.UNITS -> units(d.units());
                case WorkbookLayout.PEOPLE -> people(d.people());
                case WorkbookLayout.RATINGS -> ratings(d.ratings());
                case WorkbookLayout.DISCIPLINE -> disciplines(d.disciplines());
                case WorkbookLayout.INITIATIVES -> initiatives(d.initiatives());
                case WorkbookLayout.AWARDS -> awards(d.awards());
                default -> leaders(d.leaders(), d.units());
            });
        }
        return counts;
    }

    private boolean unitKnown(String code) {
        return unitRows.containsKey(code) || db.units().containsKey(code);
    }

    private boolean personKnown(String code) {
        return personRows.containsKey(code) || db.people().containsKey(code);
    }

    private SheetCount units(List<WorkbookData.UnitRow> rows) {
        String sheet = WorkbookLayout.UNITS;
        int updates = 0;
        for (WorkbookData.UnitRow u : rows) {
            Integer first = unitRows.putIfAbsent(u.code(), u.row());
            if (first != null) {
                problems.add(sheet, u.row(), UNIT_CODE, Msg.of("workbook.problem.duplicateUnit", u.code(), String.valueOf(first)));
            } else if (db.units().containsKey(u.code())) {
                updates++;
            }
        }
        Map<String, String> parentOf = new HashMap<>();
        db.units().forEach((code, state) -> parentOf.put(code, state.parentCode()));
        rows.stream().filter(u -> unitRows.get(u.code()) == u.row()).forEach(u -> parentOf.put(u.code(), u.parentCode()));
        for (WorkbookData.UnitRow u : rows) {
            if (u.parentCode() == null || unitRows.get(u.code()) != u.row()) {
                continue;
            }
            if (!unitKnown(u.parentCode())) {
                problems.add(sheet, u.row(), PARENT_CODE, Msg.of("workbook.problem.unknownParent", u.parentCode(), sheet));
                continue;
            }
            List<String> path = new ArrayList<>(List.of(u.code()));
            Set<String> visited = new HashSet<>(path);
            for (String cur = u.parentCode(); cur != null; cur = parentOf.get(cur)) {
                path.add(cur);
                if (cur.equals(u.code())) {
                    problems.add(sheet, u.row(), PARENT_CODE, Msg.of("workbook.problem.cycle", String.join(" → ", path)));
                    break;
                }
                if (!visited.add(cur)) {
                    break;
                }
            }
        }
        return new SheetCount(sheet, unitRows.size() - updates, updates);
    }

    private SheetCount people(List<WorkbookData.PersonRow> rows) {
        String sheet = WorkbookLayout.PEOPLE;
        for (WorkbookData.PersonRow p : rows) {
            Integer first = personRows.putIfAbsent(p.code(), p.row());
            if (first != null) {
                problems.add(sheet, p.row(), PERSON_CODE, Msg.of("workbook.problem.duplicatePerson", p.code(),
                        String.valueOf(first)));
            }
        }
        Map<String, Integer> pidRows = new HashMap<>();
        int updates = 0;
        for (WorkbookData.PersonRow p : rows) {
            if (personRows.get(p.code()) != p.row()) {
                continue;
            }
            if (db.people().containsKey(p.code())) {
                updates++;
            }
            if (p.unitCode() != null && !unitKnown(p.unitCode())) {
                problems.add(sheet, p.row(), UNIT_CODE, Msg.of("workbook.problem.unknownUnit", p.unitCode(),
                        WorkbookLayout.UNITS));
            }
            if (p.personalId() == null) {
                continue;
            }
            Integer first = pidRows.putIfAbsent(p.personalId(), p.row());
            String owner = db.personalIdOwner().get(p.personalId());
            if (first != null) {
                problems.add(sheet, p.row(), PERSONAL_ID, Msg.of("workbook.problem.duplicatePid", p.personalId(),
                        String.valueOf(first)));
            } else if (owner != null && !owner.equals(p.code()) && !personRows.containsKey(owner)) {
                problems.add(sheet, p.row(), PERSONAL_ID, Msg.of("workbook.problem.pidOwned", p.personalId(), owner));
            }
        }
        return new SheetCount(sheet, personRows.size() - updates, updates);
    }

    /** Counts a history row against the database and reports a repeated natural key. */
    private final class KeyCounter {
        private final String sheet;
        private final String column;
        private final Map<String, Long> existing;
        private final Map<String, Integer> seen = new HashMap<>();
        private int inserts;
        private int updates;

        KeyCounter(String sheet, String column, Map<String, Long> existing) {
            this.sheet = sheet;
            this.column = column;
            this.existing = existing;
        }

        void add(String key, int row, Msg what) {
            Integer first = seen.putIfAbsent(key, row);
            if (first != null) {
                problems.add(sheet, row, column, Msg.of("workbook.problem.repeated", what, String.valueOf(first)));
            } else if (existing.containsKey(key)) {
                updates++;
            } else {
                inserts++;
            }
        }

        SheetCount count() {
            return new SheetCount(sheet, inserts, updates);
        }
    }

    private void checkSubject(String sheet, int row, String personCode, String unitCode) {
        if (personCode != null && !personKnown(personCode)) {
            problems.add(sheet, row, PERSON_CODE, Msg.of("workbook.problem.unknownPerson", personCode, WorkbookLayout.PEOPLE));
        }
        if (unitCode != null && !unitKnown(unitCode)) {
            problems.add(sheet, row, UNIT_CODE, Msg.of("workbook.problem.unknownUnit", unitCode, WorkbookLayout.UNITS));
        }
    }

    private static Msg subject(String personCode, String unitCode) {
        return personCode != null ? Msg.of("workbook.subject.person", personCode) : Msg.of("workbook.subject.unit", unitCode);
    }

    private SheetCount ratings(List<WorkbookData.RatingRow> rows) {
        KeyCounter k = new KeyCounter(WorkbookLayout.RATINGS, WorkbookLayout.YEAR, db.ratings());
        for (WorkbookData.RatingRow r : rows) {
            checkSubject(WorkbookLayout.RATINGS, r.row(), r.personCode(), r.unitCode());
            k.add(HistoryKeys.rating(r.personCode(), r.unitCode(), r.year()), r.row(),
                    Msg.of("workbook.key.rating", String.valueOf(r.year()), subject(r.personCode(), r.unitCode())));
        }
        return k.count();
    }

    private SheetCount disciplines(List<WorkbookData.DisciplineRow> rows) {
        KeyCounter k = new KeyCounter(WorkbookLayout.DISCIPLINE, WorkbookLayout.DECISION_NO, db.disciplines());
        for (WorkbookData.DisciplineRow r : rows) {
            checkSubject(WorkbookLayout.DISCIPLINE, r.row(), r.personCode(), null);
            k.add(HistoryKeys.discipline(r.personCode(), r.decisionNo(), r.decisionDate()), r.row(),
                    Msg.of("workbook.key.discipline", r.decisionNo(), r.decisionDate(), subject(r.personCode(), null)));
        }
        return k.count();
    }

    private SheetCount initiatives(List<WorkbookData.InitiativeRow> rows) {
        KeyCounter k = new KeyCounter(WorkbookLayout.INITIATIVES, WorkbookLayout.TITLE, db.initiatives());
        for (WorkbookData.InitiativeRow r : rows) {
            checkSubject(WorkbookLayout.INITIATIVES, r.row(), r.personCode(), null);
            k.add(HistoryKeys.initiative(r.personCode(), VietnameseText.fold(r.title())), r.row(),
                    Msg.of("workbook.key.initiative", subject(r.personCode(), null)));
        }
        return k.count();
    }

    private SheetCount awards(List<WorkbookData.AwardRow> rows) {
        KeyCounter k = new KeyCounter(WorkbookLayout.AWARDS, WorkbookLayout.DECISION_NO, db.awards());
        for (WorkbookData.AwardRow r : rows) {
            checkSubject(WorkbookLayout.AWARDS, r.row(), r.personCode(), r.unitCode());
            k.add(HistoryKeys.award(r.personCode(), r.unitCode(), r.kindCode(), r.decisionNo(), r.decisionDate()), r.row(),
                    Msg.of("workbook.key.award", r.decisionNo(), r.decisionDate(), subject(r.personCode(), r.unitCode())));
        }
        return k.count();
    }

    private SheetCount leaders(List<WorkbookData.LeaderRow> rows, List<WorkbookData.UnitRow> units) {
        Set<String> blocs = new HashSet<>(db.blocs().keySet());
        units.stream().filter(u -> u.blocName() != null).forEach(u -> blocs.add(VietnameseText.fold(u.blocName())));
        Map<String, Long> existing = new HashMap<>();
        db.leaders().forEach(key -> existing.put(key, 0L));
        KeyCounter k = new KeyCounter(WorkbookLayout.LEADERS, WorkbookLayout.YEAR, existing);
        for (WorkbookData.LeaderRow r : rows) {
            String blocKey = VietnameseText.fold(r.blocName());
            if (!blocs.contains(blocKey)) {
                problems.add(WorkbookLayout.LEADERS, r.row(), BLOC, Msg.of("workbook.problem.unknownBloc", r.blocName(), BLOC,
                        WorkbookLayout.UNITS));
            }
            checkSubject(WorkbookLayout.LEADERS, r.row(), null, r.unitCode());
            k.add(HistoryKeys.leader(blocKey, r.year()), r.row(), Msg.of("workbook.key.leader", String.valueOf(r.year())));
        }
        return k.count();
    }
}
