package vn.tdkt.workbook.service;

import static vn.tdkt.workbook.domain.WorkbookLayout.AUTHORITY;
import static vn.tdkt.workbook.domain.WorkbookLayout.AWARD_KIND;
import static vn.tdkt.workbook.domain.WorkbookLayout.BIRTH_DATE;
import static vn.tdkt.workbook.domain.WorkbookLayout.BLOC;
import static vn.tdkt.workbook.domain.WorkbookLayout.DECISION_DATE;
import static vn.tdkt.workbook.domain.WorkbookLayout.DECISION_NO;
import static vn.tdkt.workbook.domain.WorkbookLayout.EFFECTIVE_UNTIL;
import static vn.tdkt.workbook.domain.WorkbookLayout.END_DATE;
import static vn.tdkt.workbook.domain.WorkbookLayout.FORM;
import static vn.tdkt.workbook.domain.WorkbookLayout.FORM_TYPE;
import static vn.tdkt.workbook.domain.WorkbookLayout.FULL_NAME;
import static vn.tdkt.workbook.domain.WorkbookLayout.GENDER;
import static vn.tdkt.workbook.domain.WorkbookLayout.KIND;
import static vn.tdkt.workbook.domain.WorkbookLayout.PARENT_CODE;
import static vn.tdkt.workbook.domain.WorkbookLayout.PERSONAL_ID;
import static vn.tdkt.workbook.domain.WorkbookLayout.PERSON_CODE;
import static vn.tdkt.workbook.domain.WorkbookLayout.POSITION;
import static vn.tdkt.workbook.domain.WorkbookLayout.RATING;
import static vn.tdkt.workbook.domain.WorkbookLayout.RECOGNIZED_YEAR;
import static vn.tdkt.workbook.domain.WorkbookLayout.SCOPE;
import static vn.tdkt.workbook.domain.WorkbookLayout.START_DATE;
import static vn.tdkt.workbook.domain.WorkbookLayout.TITLE;
import static vn.tdkt.workbook.domain.WorkbookLayout.UNIT_CODE;
import static vn.tdkt.workbook.domain.WorkbookLayout.UNIT_NAME;
import static vn.tdkt.workbook.domain.WorkbookLayout.YEAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellReference;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.domain.PersonProfile;
import vn.tdkt.people.domain.PersonRules;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.RecordField;
import vn.tdkt.record.domain.RecordRules;
import vn.tdkt.record.domain.DisciplineForm;
import vn.tdkt.record.domain.InitiativeKind;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.org.domain.UnitType;
import vn.tdkt.workbook.domain.WorkbookData;
import vn.tdkt.workbook.domain.WorkbookLayout;
import vn.tdkt.workbook.domain.WorkbookLayout.SheetSpec;

/**
 * Turns the rows of a workbook into {@link WorkbookData}, checking each cell on its own (types, required cells,
 * accepted values, dates, years, personal ids; cells in TCVN3/VNI arrive converted by {@link LegacyCells}). Checks across rows and
 * against the database
 * are the {@link WorkbookValidator}'s.
 */
final class WorkbookParser implements XlsxReader.Visitor {

    private static final int PROGRESS_EVERY = 5_000;
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})\\s*[-–—]\\s*(\\d{4})");
    private static final int MIN_DATE_YEAR = 1900;

    private final Catalogue catalogue;
    /** The day the file is read: a year or a decision date after it is refused, as the forms refuse it. */
    private final LocalDate today = LocalDate.now();
    private final String kindNames;
    /** Parsed values by column and text: a column holds few distinct values, each is parsed once. */
    private final Map<String, Map<String, Optional<?>>> parsed = new HashMap<>();
    private final Problems problems;
    private final Progress progress;
    private final List<String> fileSheets = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final List<WorkbookData.UnitRow> units = new ArrayList<>();
    private final List<WorkbookData.PersonRow> people = new ArrayList<>();
    private final List<WorkbookData.RatingRow> ratings = new ArrayList<>();
    private final List<WorkbookData.DisciplineRow> disciplines = new ArrayList<>();
    private final List<WorkbookData.InitiativeRow> initiatives = new ArrayList<>();
    private final List<WorkbookData.AwardRow> awards = new ArrayList<>();
    private final List<WorkbookData.LeaderRow> leaders = new ArrayList<>();

    WorkbookParser(Catalogue catalogue, Problems problems, Progress progress) {
        this.catalogue = catalogue;
        this.kindNames = catalogue.kinds().stream().map(AwardKind::name).collect(Collectors.joining(", "));
        this.problems = problems;
        this.progress = progress;
    }

    @Override
    public XlsxReader.RowHandler sheet(String name) {
        fileSheets.add(name);
        Optional<SheetSpec> spec = WorkbookLayout.sheet(name);
        if (spec.isEmpty() || !seen.add(spec.get().name())) {
            return null;
        }
        SheetSpec s = spec.get();
        Consumer<Line> parser = switch (s.name()) {
            case WorkbookLayout.UNITS -> this::unit;
            case WorkbookLayout.PEOPLE -> this::person;
            case WorkbookLayout.RATINGS -> this::rating;
            case WorkbookLayout.DISCIPLINE -> this::discipline;
            case WorkbookLayout.INITIATIVES -> this::initiative;
            case WorkbookLayout.AWARDS -> this::award;
            default -> this::leader;
        };
        return new SheetRows(s, parser);
    }

    /** The sheets of the contract present in the file. */
    Set<String> sheetsPresent() {
        return seen;
    }

    /** Reports the missing required sheets and gives what was read. */
    WorkbookData finish() {
        for (SheetSpec s : WorkbookLayout.SHEETS) {
            if (s.required() && !seen.contains(s.name())) {
                List<String> others = fileSheets.stream().filter(n -> WorkbookLayout.sheet(n).isEmpty()).toList();
                String near = closest(s.name(), others);
                problems.add(Problem.file(near != null ? Msg.of("workbook.problem.missingSheetNear", s.name(), near)
                        : Msg.of("workbook.problem.missingSheet", s.name(), String.join(", ", fileSheets))));
            }
        }
        return new WorkbookData(units, people, ratings, disciplines, initiatives, awards, leaders);
    }

    // ---- one sheet ----

    private final class SheetRows implements XlsxReader.RowHandler {
        private final SheetSpec spec;
        private final Consumer<Line> parser;
        private Map<String, Integer> columns;
        /** Required columns the header row lacks: reported once on row 1, never again on each row. */
        private final Set<String> absent = new HashSet<>();
        private boolean headerSeen;
        private boolean usable;

        SheetRows(SheetSpec spec, Consumer<Line> parser) {
            this.spec = spec;
            this.parser = parser;
        }

        @Override
        public void row(int rowNumber, XlsxCell[] cells) {
            if (!headerSeen) {
                headerSeen = true;
                if (rowNumber != 1) {
                    problems.add(spec.name(), 1, null, Msg.of("workbook.problem.headerRowEmpty"));
                    return;
                }
                columns = headers(cells);
                usable = true; // a missing column is reported once; the rest of the sheet is still checked
                return;
            }
            if (rowNumber % PROGRESS_EVERY == 0) {
                progress.step(Msg.of("workbook.progress.checkingSheet", spec.name()), rowNumber, -1);
                progress.checkCancelled();
            }
            if (usable) {
                Line line = new Line(spec.name(), rowNumber, cells, columns, absent);
                if (!line.blank()) {
                    parser.accept(line);
                }
            }
        }

        @Override
        public void end() {
            if (!headerSeen) {
                problems.add(spec.name(), 1, null, Msg.of("workbook.problem.emptySheet",
                        spec.columns().stream().filter(WorkbookLayout.Column::headerRequired)
                        .map(WorkbookLayout.Column::header).collect(Collectors.joining(", "))));
            }
        }

        private Map<String, Integer> headers(XlsxCell[] cells) {
            Map<String, Integer> byKey = new HashMap<>();
            Set<String> specKeys = spec.columns().stream().map(c -> WorkbookLayout.matchKey(c.header()))
                    .collect(Collectors.toSet());
            Map<String, Integer> unknown = new HashMap<>();
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] == null) {
                    continue;
                }
                String key = WorkbookLayout.matchKey(cells[i].text());
                if (!specKeys.contains(key)) {
                    unknown.putIfAbsent(cells[i].text(), i);
                } else if (byKey.containsKey(key)) {
                    problems.add(spec.name(), 1, cells[i].text(), Msg.of("workbook.problem.duplicateColumn",
                            cells[i].text(), letter(byKey.get(key)), letter(i)));
                } else {
                    byKey.put(key, i);
                }
            }
            Map<String, Integer> index = new HashMap<>();
            for (WorkbookLayout.Column c : spec.columns()) {
                Integer i = byKey.get(WorkbookLayout.matchKey(c.header()));
                if (i != null) {
                    index.put(c.header(), i);
                } else if (c.headerRequired()) {
                    absent.add(c.header());
                    String near = closest(c.header(), unknown.keySet());
                    problems.add(spec.name(), 1, c.header(), near == null
                            ? Msg.of("workbook.problem.missingColumn", c.header())
                            : Msg.of("workbook.problem.missingColumnNear", c.header(), near, letter(unknown.get(near))));
                }
            }
            return index;
        }
    }

    private static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }

    /** The name among candidates that looks like a renamed {@code expected}, or null. */
    static String closest(String expected, Iterable<String> candidates) {
        String e = VietnameseText.fold(expected);
        String best = null;
        int bestDistance = Math.max(2, e.length() / 3) + 1;
        for (String c : candidates) {
            int d = distance(e, VietnameseText.fold(c));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    // ---- one row: typed, checked cell access ----

    private final class Line {
        private final String sheet;
        private final int row;
        private final XlsxCell[] cells;
        private final Map<String, Integer> columns;
        private final Set<String> bad = new HashSet<>(4);
        private final Set<String> absent;

        Line(String sheet, int row, XlsxCell[] cells, Map<String, Integer> columns, Set<String> absent) {
            this.sheet = sheet;
            this.row = row;
            this.cells = cells;
            this.columns = columns;
            this.absent = absent;
        }

        boolean blank() {
            for (int i : columns.values()) {
                if (i < cells.length && cells[i] != null) {
                    return false;
                }
            }
            return true;
        }

        XlsxCell cell(String header) {
            Integer i = columns.get(header);
            return i == null || i >= cells.length ? null : cells[i];
        }

        void problem(String header, Msg text) {
            bad.add(header);
            if (!absent.contains(header)) {
                problems.add(sheet, row, header, text);
            }
        }

        /** Whether the sheet has that column. */
        boolean present(String header) {
            return columns.containsKey(header);
        }

        boolean hasProblem(String header) {
            return bad.contains(header);
        }

        /** The cell as text (numbers without ".0"), or null; reports a missing required cell. */
        String text(String header, boolean required, int maxLength) {
            XlsxCell c = cell(header);
            if (c == null) {
                if (required) {
                    problem(header, Msg.of("workbook.problem.required", new ColumnName(header)));
                }
                return null;
            }
            if (c.kind() == XlsxCell.Kind.ERROR) {
                problem(header, Msg.of("workbook.problem.errorCell", c.text()));
                return null;
            }
            String t = c.text();
            if (t.length() > maxLength) {
                problem(header, Msg.of("workbook.problem.tooLong", String.valueOf(maxLength)));
                return null;
            }
            return t;
        }

        String code(String header, boolean required) {
            return text(header, required, 50);
        }

        LocalDate date(String header, boolean required) {
            XlsxCell c = cell(header);
            if (c == null || c.kind() == XlsxCell.Kind.ERROR) {
                return c == null ? missing(header, required) : errorCell(header, c);
            }
            LocalDate d = switch (c.kind()) {
                case DATE -> c.date();
                case TEXT -> VnFormat.parseDate(c.text()).orElse(null);
                default -> null;
            };
            if (d == null) {
                problem(header, Msg.of("workbook.problem.badDate", c.text()));
                return null;
            }
            if (d.getYear() < MIN_DATE_YEAR || d.getYear() > WorkbookLayout.MAX_YEAR) {
                problem(header, Msg.of("workbook.problem.dateRange", d, String.valueOf(MIN_DATE_YEAR),
                        String.valueOf(WorkbookLayout.MAX_YEAR)));
                return null;
            }
            return d;
        }

        private <T> T missing(String header, boolean required) {
            if (required) {
                problem(header, Msg.of("workbook.problem.required", new ColumnName(header)));
            }
            return null;
        }

        private <T> T errorCell(String header, XlsxCell c) {
            problem(header, Msg.of("workbook.problem.errorCell", c.text()));
            return null;
        }

        Integer year(String header, boolean required) {
            XlsxCell c = cell(header);
            if (c == null || c.kind() == XlsxCell.Kind.ERROR) {
                return c == null ? missing(header, required) : errorCell(header, c);
            }
            String t = c.text();
            if (!t.matches("\\d{1,4}") || c.kind() == XlsxCell.Kind.DATE) {
                problem(header, Msg.of("workbook.problem.notYear", t));
                return null;
            }
            return checkYear(header, Integer.parseInt(t));
        }

        private Integer checkYear(String header, int y) {
            if (y < WorkbookLayout.MIN_YEAR || y > WorkbookLayout.MAX_YEAR) {
                problem(header, Msg.of("workbook.problem.yearRange", String.valueOf(y), String.valueOf(WorkbookLayout.MIN_YEAR),
                        String.valueOf(WorkbookLayout.MAX_YEAR)));
                return null;
            }
            return y;
        }

        /** "2024" or "2021-2025": {from, to}, or null. */
        int[] period(String header) {
            XlsxCell c = cell(header);
            if (c == null || c.kind() == XlsxCell.Kind.ERROR) {
                return c == null ? missing(header, true) : errorCell(header, c);
            }
            Matcher m = PERIOD.matcher(c.text());
            if (c.kind() == XlsxCell.Kind.TEXT && m.matches()) {
                Integer from = checkYear(header, Integer.parseInt(m.group(1)));
                Integer to = from == null ? null : checkYear(header, Integer.parseInt(m.group(2)));
                if (to == null) {
                    return null;
                }
                if (from > to) {
                    problem(header, Msg.of("workbook.problem.periodReversed", c.text()));
                    return null;
                }
                return new int[] {from, to};
            }
            Integer y = year(header, true);
            return y == null ? null : new int[] {y, y};
        }

        <T> T choice(String header, boolean required, Function<String, Optional<T>> parse, String accepted) {
            String t = text(header, required, 1000);
            if (t == null) {
                return null;
            }
            @SuppressWarnings("unchecked")
            Optional<T> v = (Optional<T>) parsed.computeIfAbsent(header, h -> new HashMap<>())
                    .computeIfAbsent(t, parse::apply);
            if (v.isEmpty()) {
                problem(header, Msg.of("workbook.problem.badChoice", t, accepted));
                return null;
            }
            return v.get();
        }

        /** 12 digits; a number cell gets back the leading zeros Excel dropped. */
        String personalId(String header) {
            XlsxCell c = cell(header);
            if (c != null && c.isWholeNumber() && c.text().length() < 12) {
                return "0".repeat(12 - c.text().length()) + c.text();
            }
            return text(header, false, 50);
        }
    }

    // ---- the sheets ----

    private static final String RATINGS_ACCEPTED = acceptedRatings();
    private static final String FORMS_ACCEPTED = accepted(DisciplineForm.class);
    private static final String SCOPES_ACCEPTED = accepted(InitiativeScope.class);
    private static final String KINDS_ACCEPTED = accepted(InitiativeKind.class);
    private static final String TYPES_ACCEPTED = accepted(AwardFormType.class);
    private static final String TYPES_OF_UNIT = accepted(UnitType.class);

    static String accepted(Class<? extends Enum<?>> type) {
        return java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> ((vn.tdkt.common.domain.Labelled) e).label()).collect(Collectors.joining(", "));
    }

    static String acceptedRatings() {
        return java.util.Arrays.stream(RatingLevel.values()).map(r -> r.name() + " (" + r.label() + ")")
                .collect(Collectors.joining(", "));
    }

    private void unit(Line l) {
        String code = l.code(UNIT_CODE, true);
        String name = l.text(UNIT_NAME, true, 500);
        String parent = l.code(PARENT_CODE, false);
        String bloc = l.text(BLOC, false, 300);
        boolean typeGiven = l.present(WorkbookLayout.UNIT_TYPE);
        UnitType type = typeGiven ? l.choice(WorkbookLayout.UNIT_TYPE, false, UnitType::parse, TYPES_OF_UNIT) : null;
        if (code != null) {
            units.add(new WorkbookData.UnitRow(l.row, code, name, parent, bloc, type, typeGiven));
        }
    }

    private void person(Line l) {
        String code = l.code(PERSON_CODE, true);
        String name = l.text(FULL_NAME, true, 300);
        Gender gender = l.choice(GENDER, true, Gender::parse, "Nam, Nữ");
        LocalDate birth = l.date(BIRTH_DATE, false);
        String pid = l.personalId(PERSONAL_ID);
        String position = l.text(POSITION, false, 300);
        String unit = l.code(UNIT_CODE, true);
        LocalDate start = l.date(START_DATE, false);
        LocalDate end = l.date(END_DATE, false);
        PersonProfile profile = null;
        if (WorkbookLayout.PROFILE_COLUMNS.stream().anyMatch(l::present)) {
            profile = new PersonProfile(l.text(WorkbookLayout.HOMETOWN, false, PersonProfile.MAX_TEXT),
                    l.text(WorkbookLayout.RESIDENCE, false, PersonProfile.MAX_TEXT),
                    l.text(WorkbookLayout.PROFESSIONAL, false, PersonProfile.MAX_TEXT),
                    l.text(WorkbookLayout.POLITICAL, false, PersonProfile.MAX_POLITICAL_THEORY),
                    l.text(WorkbookLayout.ACADEMIC, false, PersonProfile.MAX_TEXT));
        }
        Person p = new Person(0, code, name, gender, birth, pid, position, 1, start, end, profile);
        for (PersonRules.FieldProblem fp : PersonRules.check(p)) {
            if (!fp.field().equals(PersonRules.F_UNIT) && !l.hasProblem(fp.field())) {
                l.problem(fp.field(), fp.message());
            }
        }
        if (code != null) {
            people.add(new WorkbookData.PersonRow(l.row, code, name, gender, birth, pid, position, unit, start, end, profile));
        }
    }

    /** Exactly one of the two codes; reports otherwise. Returns {personCode, unitCode} or null. */
    private static String[] subject(Line l) {
        String person = l.code(PERSON_CODE, false);
        String unit = l.code(UNIT_CODE, false);
        if (l.hasProblem(PERSON_CODE) || l.hasProblem(UNIT_CODE)) {
            return null;
        }
        if (person == null && unit == null) {
            l.problem(PERSON_CODE, Msg.of("workbook.problem.noSubject", PERSON_CODE, UNIT_CODE));
            return null;
        }
        if (person != null && unit != null) {
            l.problem(UNIT_CODE, Msg.of("workbook.problem.twoSubjects", PERSON_CODE, UNIT_CODE));
            return null;
        }
        return new String[] {person, unit};
    }

    private void rating(Line l) {
        String[] subject = subject(l);
        Integer year = l.year(YEAR, true);
        RatingLevel level = l.choice(RATING, true, RatingLevel::parse, RATINGS_ACCEPTED);
        if (year != null) {
            rules(l, RecordRules.rating(year, today), YEAR);
        }
        if (subject != null && year != null) {
            ratings.add(new WorkbookData.RatingRow(l.row, subject[0], subject[1], year, level));
        }
    }

    private void discipline(Line l) {
        String person = l.code(PERSON_CODE, true);
        DisciplineForm form = l.choice(FORM, true, DisciplineForm::parse, FORMS_ACCEPTED);
        String no = l.text(DECISION_NO, true, 100);
        LocalDate date = l.date(DECISION_DATE, true);
        LocalDate until = l.date(EFFECTIVE_UNTIL, false);
        if (date != null && until != null && until.isBefore(date)) {
            l.problem(EFFECTIVE_UNTIL, Msg.of("workbook.problem.untilBeforeDecision", until, date));
        }
        rules(l, RecordRules.discipline(date, null, today), YEAR);
        if (person != null && no != null) {
            disciplines.add(new WorkbookData.DisciplineRow(l.row, person, form, no, date, until));
        }
    }

    private void initiative(Line l) {
        String person = l.code(PERSON_CODE, true);
        String title = l.text(TITLE, true, 1000);
        InitiativeScope scope = l.choice(SCOPE, true, InitiativeScope::parse, SCOPES_ACCEPTED);
        Integer year = l.year(RECOGNIZED_YEAR, true);
        String no = l.text(DECISION_NO, false, 100);
        LocalDate date = l.date(DECISION_DATE, false);
        InitiativeKind kind = l.choice(KIND, false, InitiativeKind::parse, KINDS_ACCEPTED);
        rules(l, RecordRules.initiative(year, date, today), RECOGNIZED_YEAR);
        if (person != null && title != null) {
            initiatives.add(new WorkbookData.InitiativeRow(l.row, person, kind == null ? InitiativeKind.SANG_KIEN : kind,
                    title, scope, year == null ? 0 : year, no, date));
        }
    }

    private void award(Line l) {
        String[] subject = subject(l);
        AwardKind kind = l.choice(AWARD_KIND, true, catalogue::resolve, kindNames);
        AwardFormType type = l.choice(FORM_TYPE, true, AwardFormType::parse, TYPES_ACCEPTED);
        int[] period = l.period(YEAR);
        String no = l.text(DECISION_NO, true, 100);
        LocalDate date = l.date(DECISION_DATE, true);
        String authority = l.text(AUTHORITY, true, 300);
        rules(l, RecordRules.award(period == null ? null : period[0], period == null ? null : period[1], date, today), YEAR);
        if (subject != null && kind != null) {
            if (subject[0] != null && !kind.subject().allowsPerson()) {
                l.problem(AWARD_KIND, Msg.of("workbook.problem.collectiveOnly", kind.name()));
            } else if (subject[1] != null && !kind.subject().allowsUnit()) {
                l.problem(AWARD_KIND, Msg.of("workbook.problem.personOnly", kind.name()));
            }
        }
        if (subject != null && kind != null && no != null) {
            awards.add(new WorkbookData.AwardRow(l.row, subject[0], subject[1], kind.code(), type,
                    period == null ? 0 : period[0], period == null ? 0 : period[1], no, date, authority));
        }
    }

    /**
     * Reports the shared rules of a history line ({@link RecordRules}, the forms' rules too) on the columns they name;
     * a column already reported keeps its first problem.
     */
    private static void rules(Line l, List<Problem> found, String yearColumn) {
        for (Problem p : found) {
            String column = p.field() == RecordField.DECISION_DATE ? DECISION_DATE
                    : p.field() == RecordField.EFFECTIVE_UNTIL ? EFFECTIVE_UNTIL : yearColumn;
            if (!l.hasProblem(column)) {
                l.problem(column, p.text());
            }
        }
    }

    private void leader(Line l) {
        String bloc = l.text(BLOC, true, 300);
        Integer year = l.year(YEAR, true);
        String unit = l.code(UNIT_CODE, true);
        if (bloc != null && year != null && unit != null) {
            leaders.add(new WorkbookData.LeaderRow(l.row, bloc, year, unit));
        }
    }
}
