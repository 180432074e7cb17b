package vn.tdkt.registration.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.common.domain.LegacyConverter;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ProblemCollector;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.registration.domain.Member;
import vn.tdkt.registration.domain.PersonEntry;
import vn.tdkt.registration.domain.Registration;
import vn.tdkt.registration.domain.RegistrationStatus;
import vn.tdkt.registration.domain.SheetPlan;
import vn.tdkt.registration.domain.UnionTitle;
import vn.tdkt.registration.domain.UnitSheet;
import vn.tdkt.workbook.service.XlsxCell;

/** One unit sheet's rows turned into a registration, every problem located by sheet, row and column. */
final class SheetReading {

    private static final String SHEET = UnitSheet.SHEET;

    private final List<XlsxCell[]> rows;
    private final List<Integer> numbers;
    private final LegacyConverter legacy;
    private final ProblemCollector problems = new ProblemCollector();

    SheetReading(List<XlsxCell[]> rows, List<Integer> numbers, LegacyConverter legacy) {
        this.rows = rows;
        this.numbers = numbers;
        this.legacy = legacy;
    }

    private String text(int index, int col, String column) {
        XlsxCell[] r = rows.get(index);
        XlsxCell c = col < r.length ? r[col] : null;
        if (c == null) {
            return null;
        }
        String t = c.kind() == XlsxCell.Kind.TEXT ? legacy.convert(SHEET, numbers.get(index), column, c.text()) : c.text();
        t = VietnameseText.clean(t);
        return t == null || t.isEmpty() ? null : t;
    }

    private static boolean is(XlsxCell c, String label) {
        return c != null && VietnameseText.fold(c.text()).equals(VietnameseText.fold(label));
    }

    SheetPlan plan(Path file, Catalogue cat, Map<String, UnionTitle> unions, List<Unit> units,
                   Map<Integer, List<Member>> cache, BiFunction<Map<Integer, List<Member>>, Integer, List<Member>> membersOfYear) {
        int header = -1;
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < rows.size() && header < 0; i++) {
            XlsxCell[] r = rows.get(i);
            Map<String, Integer> found = new HashMap<>();
            for (int c = 0; c < r.length; c++) {
                for (String name : UnitSheet.COLUMNS) {
                    if (is(r[c], name)) {
                        found.putIfAbsent(name, c);
                    }
                }
            }
            if (found.containsKey(UnitSheet.PERSON_CODE) && found.containsKey(UnitSheet.TITLE)) {
                header = i;
                columns = found;
            }
        }
        Map<String, String> labels = new HashMap<>();
        Map<String, Integer> labelRows = new HashMap<>();
        for (int i = 0; i < (header < 0 ? rows.size() : header); i++) {
            XlsxCell[] r = rows.get(i);
            for (int c = 0; c < r.length; c++) {
                for (String label : UnitSheet.LABELS) {
                    if (is(r[c], label) && !labelRows.containsKey(label)) {
                        labelRows.put(label, numbers.get(i));
                        labels.put(label, text(i, c + 1, label));
                    }
                }
            }
        }
        for (String label : List.of(UnitSheet.UNIT_CODE, UnitSheet.YEAR)) {
            if (!labelRows.containsKey(label)) {
                problems.add(new Problem(SHEET, 0, null, Msg.of("registration.import.noLabel", label)));
            } else if (labels.get(label) == null) {
                problems.add(new Problem(SHEET, labelRows.get(label), label, Msg.of("registration.import.emptyLabel", label)));
            }
        }
        if (header < 0) {
            problems.add(new Problem(SHEET, 0, null, Msg.of("registration.import.noHeader",
                    String.join(", ", UnitSheet.COLUMNS))));
        }
        String unitCode = labels.get(UnitSheet.UNIT_CODE);
        Unit unit = RegistrationSheets.unit(units, unitCode).orElse(null);
        if (unitCode != null && unit == null) {
            problems.add(new Problem(SHEET, labelRows.get(UnitSheet.UNIT_CODE), UnitSheet.UNIT_CODE,
                    Msg.of("registration.import.unknownUnit", unitCode)));
        }
        Integer year = year(labels.get(UnitSheet.YEAR), labelRows.get(UnitSheet.YEAR));
        AwardKind collective = null;
        String collectiveText = labels.get(UnitSheet.COLLECTIVE);
        if (collectiveText != null) {
            collective = RegistrationSheets.title(cat, unions, collectiveText, AwardSubject.TAP_THE, UnitSheet.COLLECTIVE,
                    labelRows.get(UnitSheet.COLLECTIVE), problems);
        }
        List<PersonEntry> entries = new ArrayList<>();
        int read = 0;
        if (header >= 0) {
            Map<String, Member> members = new HashMap<>();
            Set<String> working = new HashSet<>();
            if (unit != null && year != null) {
                for (Member m : membersOfYear.apply(cache, year)) {
                    String code = m.code().toUpperCase(Locale.ROOT);
                    working.add(code);
                    if (m.unitId() == unit.id()) {
                        members.put(code, m);
                    }
                }
            }
            Set<String> seen = new HashSet<>();
            Integer codeCol = columns.get(UnitSheet.PERSON_CODE);
            Integer titleCol = columns.get(UnitSheet.TITLE);
            Integer noteCol = columns.get(UnitSheet.NOTE);
            for (int i = header + 1; i < rows.size(); i++) {
                int row = numbers.get(i);
                String code = text(i, codeCol, UnitSheet.PERSON_CODE);
                String title = text(i, titleCol, UnitSheet.TITLE);
                String note = noteCol == null ? null : text(i, noteCol, UnitSheet.NOTE);
                if (code == null) {
                    if (title != null) {
                        problems.add(new Problem(SHEET, row, UnitSheet.PERSON_CODE, Msg.of("registration.import.noPersonCode")));
                    }
                    continue;
                }
                read++;
                // the name and position are the unit's copy of the data, not stored: read so that cells typed in
                // TCVN3 / VNI are converted and shown in the preview (or reported when they are no valid Vietnamese)
                for (String copy : List.of(UnitSheet.FULL_NAME, UnitSheet.POSITION)) {
                    Integer col = columns.get(copy);
                    if (col != null) {
                        text(i, col, copy);
                    }
                }
                String key = code.toUpperCase(Locale.ROOT);
                if (!seen.add(key)) {
                    problems.add(new Problem(SHEET, row, UnitSheet.PERSON_CODE, Msg.of("registration.import.duplicate", code)));
                    continue;
                }
                Member m = members.get(key);
                if (m == null && unit != null && year != null) {
                    problems.add(new Problem(SHEET, row, UnitSheet.PERSON_CODE, working.contains(key)
                            ? Msg.of("registration.import.notInUnit", code, unit.code(), String.valueOf(year))
                            : Msg.of("registration.import.unknownPerson", code, String.valueOf(year))));
                }
                AwardKind k = title == null ? null : RegistrationSheets.title(cat, unions, title, AwardSubject.CA_NHAN,
                        UnitSheet.TITLE, row, problems);
                if (m != null && (k != null || note != null)) {
                    entries.add(new PersonEntry(m.personId(), k == null ? null : k.code(), null, note));
                }
            }
        }
        List<Problem> all = new ArrayList<>(legacy.problems());
        all.addAll(problems.problems());
        if (!all.isEmpty() || unit == null || year == null) {
            return new SheetPlan(file, unitCode, null, read, all, legacy.conversions());
        }
        // an entry with only a note and no title registers nothing: kept out of the stored registration
        List<PersonEntry> stored = entries.stream().filter(e -> e.kindCode() != null).toList();
        Registration r = new Registration(0, unit.id(), year, collective == null ? null : collective.code(), null,
                RegistrationStatus.DA_GUI, null, null, file.getFileName().toString(), stored);
        return new SheetPlan(file, unit.code(), r, read, List.of(), legacy.conversions());
    }

    private Integer year(String text, Integer row) {
        if (text == null) {
            return null;
        }
        try {
            int y = Integer.parseInt(text.trim());
            if (y >= 1945 && y <= 2200) {
                return y;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem(SHEET, row == null ? 0 : row, UnitSheet.YEAR, Msg.of("registration.import.badYear", text)));
        return null;
    }
}
