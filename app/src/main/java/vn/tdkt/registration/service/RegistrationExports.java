package vn.tdkt.registration.service;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.export.AtomicWrite;
import vn.tdkt.export.TableFile;
import vn.tdkt.export.excel.CellStyles;
import vn.tdkt.export.excel.SheetPrint;
import vn.tdkt.export.excel.TableSheet;
import vn.tdkt.export.excel.TextFit;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.registration.domain.Coverage;
import vn.tdkt.registration.domain.Member;
import vn.tdkt.registration.domain.PersonEntry;
import vn.tdkt.registration.domain.Registration;
import vn.tdkt.registration.domain.UnionTitle;
import vn.tdkt.registration.domain.UnitCoverage;

/**
 * The coverage file ({@code registration coverage}: .xlsx or .csv, one row per unit and the last row Tổng cộng) and
 * the consolidated Danh sách đăng ký danh hiệu thi đua ({@code registration export}: .xlsx, print-ready, with the
 * count per title). CSV is UTF-8 with BOM, RFC 4180, Tỷ lệ with a decimal comma.
 */
public final class RegistrationExports {

    public static final List<String> COVERAGE_COLUMNS = List.of("Mã đơn vị", "Tên đơn vị", "Số cán bộ", "Số đã đăng ký",
            "Tỷ lệ (%)", "Tập thể đã đăng ký", "Trạng thái", "Người chưa đăng ký");
    public static final String COVERAGE_SHEET = "Tiến độ đăng ký";
    public static final String TOTAL = "Tổng cộng";
    public static final String YES = "Có";
    public static final String NO = "Không";
    public static final String LIST_SHEET = "Danh sách đăng ký";
    public static final List<String> LIST_COLUMNS = List.of("STT", "Mã đơn vị", "Tên đơn vị", "Mã cán bộ", "Họ và tên",
            "Chức vụ", "Danh hiệu đăng ký", "Danh hiệu Công đoàn", "Ghi chú");

    private final vn.tdkt.common.data.Database db;
    private final RegistrationService registrations;
    private final CatalogueService catalogue;

    public RegistrationExports(vn.tdkt.common.data.Database db, RegistrationService registrations, CatalogueService catalogue) {
        this.db = db;
        this.registrations = registrations;
        this.catalogue = catalogue;
    }

    /**
     * Writes the Bản đăng ký thi đua of a unit and year (.docx, NĐ 30/2020): refused when the unit is unknown or has
     * no registration of that year.
     */
    public void writeForm(String unitCode, int year, Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
            throw new AppException(Msg.of("registration.cli.extension", file.getFileName().toString(), ".docx"));
        }
        List<Unit> all = registrations.units();
        Unit unit = all.stream().filter(u -> u.code().equalsIgnoreCase(unitCode.trim())).findFirst()
                .orElseThrow(() -> refused(Msg.of("registration.problem.unknownUnit", unitCode)));
        Registration reg = registrations.find(unit.id(), year).orElseThrow(() -> refused(
                Msg.of("registration.problem.noRegistration", unit.code(), String.valueOf(year))));
        Unit parent = unit.parentId() == null ? null : all.stream().filter(u -> u.id() == unit.parentId()).findFirst().orElse(null);
        Map<String, String> kindNames = new HashMap<>();
        Map<String, Integer> kindRanks = new HashMap<>();
        catalogue.catalogue().kinds().forEach(k -> {
            kindNames.put(k.code(), k.name());
            kindRanks.put(k.code(), k.rank());
        });
        Map<String, String> unionNames = new HashMap<>();
        registrations.unionTitles().forEach(u -> unionNames.put(u.code(), u.name()));
        var movements = new vn.tdkt.registration.data.RegistrationRepository().movementsOf(db.dsl(), unit.id(), year,
                registrations.round(year).movementId());
        RegistrationFormDocument.Input in = new RegistrationFormDocument.Input(unit, parent, year, reg,
                registrations.members(unit.id(), year), movements, kindNames, kindRanks, unionNames);
        try (var doc = new RegistrationFormDocument(in).build()) {
            doc.write(file);
        }
    }

    /** Invalid input (exit 2 on the command line), in words. */
    private static vn.tdkt.common.domain.ValidationException refused(Msg text) {
        return new vn.tdkt.common.domain.ValidationException(List.of(vn.tdkt.common.domain.Problem.file(text)));
    }

    /** Writes the year's coverage to .xlsx or .csv. */
    public Coverage writeCoverage(int year, Path file) {
        Coverage c = registrations.coverage(year);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            AtomicWrite.write(file, out -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                w.write('\uFEFF');
                for (List<String> row : coverageRows(c)) {
                    TableFile.csvLine(w, row);
                }
                w.flush();
            });
        } else if (name.endsWith(".xlsx")) {
            AtomicWrite.write(file, out -> {
                try (XSSFWorkbook wb = new XSSFWorkbook()) {
                    coverageSheet(wb, c);
                    wb.write(out);
                }
            });
        } else {
            throw new AppException(Msg.of("registration.cli.extension", file.getFileName().toString(), ".xlsx, .csv"));
        }
        return c;
    }

    /** The coverage as text rows: the header, one row per unit, Tổng cộng. */
    public static List<List<String>> coverageRows(Coverage c) {
        List<List<String>> out = new ArrayList<>();
        out.add(COVERAGE_COLUMNS);
        for (UnitCoverage u : c.units()) {
            out.add(List.of(u.unitCode(), u.unitName(), String.valueOf(u.members()), String.valueOf(u.registered()),
                    percent(u.percent()), u.collective() ? YES : NO, u.status().label(), names(u.missing())));
        }
        out.add(List.of(TOTAL, "", String.valueOf(c.members()), String.valueOf(c.registered()), percent(c.percent()),
                c.unitsRegistered() + "/" + c.unitsExpected(), "", ""));
        return out;
    }

    static String percent(BigDecimal p) {
        return p.toPlainString().replace('.', ',');
    }

    static String names(List<Member> missing) {
        return missing.stream().map(Member::fullName).collect(Collectors.joining(", "));
    }

    private static void coverageSheet(XSSFWorkbook wb, Coverage c) {
        CellStyles styles = new CellStyles(wb);
        Sheet sheet = wb.createSheet(COVERAGE_SHEET);
        CellStyle pct = wb.createCellStyle();
        pct.cloneStyleFrom(styles.get(CellStyles.Style.COUNT));
        pct.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        List<List<String>> rows = coverageRows(c);
        for (int i = 0; i < rows.size(); i++) {
            Row r = sheet.createRow(i);
            List<String> row = rows.get(i);
            boolean header = i == 0;
            boolean total = i == rows.size() - 1;
            for (int col = 0; col < row.size(); col++) {
                Cell cell = r.createCell(col);
                String v = row.get(col);
                if (!header && (col == 2 || col == 3)) {
                    cell.setCellValue(Integer.parseInt(v));
                    cell.setCellStyle(styles.get(CellStyles.Style.COUNT));
                } else if (!header && col == 4) {
                    cell.setCellValue(new BigDecimal(v.replace(',', '.')).doubleValue());
                    cell.setCellStyle(pct);
                } else {
                    cell.setCellValue(v);
                    cell.setCellStyle(styles.get(header ? CellStyles.Style.HEADER
                            : total ? CellStyles.Style.TOTAL_TEXT : col == 0 || col == 5 ? CellStyles.Style.CENTER
                            : CellStyles.Style.TEXT));
                }
            }
            if (!header) {
                r.setHeightInPoints(TextFit.height(Math.max(TextFit.lines(row.get(1), 30), TextFit.lines(row.get(7), 50))));
            }
        }
        TableSheet.widths(sheet, 12, 30, 10, 10, 10, 12, 12, 50);
        SheetPrint.apply(sheet, true, 0, 0);
    }

    /** Writes the consolidated list of the year's registrations (.xlsx): persons by unit, then collectives, counts. */
    public void writeList(int year, Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new AppException(Msg.of("registration.cli.extension", file.getFileName().toString(), ".xlsx"));
        }
        List<Registration> regs = registrations.ofYear(year);
        Map<Long, Unit> units = new HashMap<>();
        registrations.units().forEach(u -> units.put(u.id(), u));
        Map<String, String> kindNames = new HashMap<>();
        catalogue.catalogue().kinds().forEach(k -> kindNames.put(k.code(), k.name()));
        Map<String, String> unionNames = new HashMap<>();
        registrations.unionTitles().forEach(u -> unionNames.put(u.code(), u.name()));
        Map<Long, Member> people = new HashMap<>();
        registrations.membersOfYear(year).forEach(m -> people.putIfAbsent(m.personId(), m));
        AtomicWrite.write(file, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                new ListSheet(wb, year, regs, units, people, kindNames, unionNames,
                        registrations.titles(vn.tdkt.catalog.domain.AwardSubject.CA_NHAN),
                        registrations.titles(vn.tdkt.catalog.domain.AwardSubject.TAP_THE),
                        registrations.unionTitles()).build();
                wb.write(out);
            }
        });
    }

    /** The list's layout. */
    private record ListSheet(XSSFWorkbook wb, int year, List<Registration> regs, Map<Long, Unit> units,
                             Map<Long, Member> people, Map<String, String> kindNames, Map<String, String> unionNames,
                             List<AwardKind> personal, List<AwardKind> collective, List<UnionTitle> unionTitles) {

        void build() {
            CellStyles s = new CellStyles(wb);
            Sheet sheet = wb.createSheet(LIST_SHEET);
            int last = LIST_COLUMNS.size() - 1;
            title(sheet, s, 0, "DANH SÁCH ĐĂNG KÝ DANH HIỆU THI ĐUA NĂM " + year, CellStyles.Style.TITLE, last);
            title(sheet, s, 1, "(Tổng hợp bản đăng ký của các đơn vị)", CellStyles.Style.SUBTITLE, last);
            int r = 3;
            Row h = sheet.createRow(r);
            for (int c = 0; c < LIST_COLUMNS.size(); c++) {
                text(h, c, LIST_COLUMNS.get(c), s.get(CellStyles.Style.HEADER));
            }
            int header = r++;
            int stt = 1;
            Map<String, Integer> personCounts = new LinkedHashMap<>();
            personal.forEach(k -> personCounts.put(k.code(), 0));
            Map<String, Integer> unionCounts = new LinkedHashMap<>();
            unionTitles.forEach(u -> unionCounts.put(u.code(), 0));
            List<Registration> sorted = new ArrayList<>(regs);
            sorted.sort((a, b) -> code(a).compareTo(code(b)));
            for (Registration reg : sorted) {
                Unit u = units.get(reg.unitId());
                List<PersonEntry> entries = new ArrayList<>(reg.entries());
                entries.sort((a, b) -> VietnameseText.nameSortKey(name(a)).compareTo(VietnameseText.nameSortKey(name(b))));
                for (PersonEntry e : entries) {
                    Member m = people.get(e.personId());
                    Row row = sheet.createRow(r++);
                    num(row, 0, stt++, s.get(CellStyles.Style.CENTER));
                    text(row, 1, u.code(), s.get(CellStyles.Style.CENTER));
                    text(row, 2, u.name(), s.get(CellStyles.Style.TEXT));
                    text(row, 3, m == null ? "" : m.code(), s.get(CellStyles.Style.CENTER));
                    text(row, 4, name(e), s.get(CellStyles.Style.TEXT));
                    text(row, 5, m == null || m.position() == null ? "" : m.position(), s.get(CellStyles.Style.TEXT));
                    text(row, 6, e.kindCode() == null ? "" : kindNames.getOrDefault(e.kindCode(), e.kindCode()),
                            s.get(CellStyles.Style.TEXT));
                    text(row, 7, e.unionCode() == null ? "" : unionNames.getOrDefault(e.unionCode(), e.unionCode()),
                            s.get(CellStyles.Style.TEXT));
                    text(row, 8, e.note() == null ? "" : e.note(), s.get(CellStyles.Style.TEXT));
                    row.setHeightInPoints(TextFit.height(java.util.stream.IntStream.of(TextFit.lines(u.name(), 26),
                            TextFit.lines(name(e), 24), TextFit.lines(m == null ? null : m.position(), 18),
                            TextFit.lines(row.getCell(6).getStringCellValue(), 26),
                            TextFit.lines(row.getCell(7).getStringCellValue(), 22),
                            TextFit.lines(e.note(), 16)).max().orElse(1)));
                    if (e.kindCode() != null) {
                        personCounts.merge(e.kindCode(), 1, Integer::sum);
                    }
                    if (e.unionCode() != null) {
                        unionCounts.merge(e.unionCode(), 1, Integer::sum);
                    }
                }
            }
            r++;
            Row sec = sheet.createRow(r++);
            text(sec, 0, "TẬP THỂ", s.get(CellStyles.Style.SECTION));
            sheet.addMergedRegion(new CellRangeAddress(sec.getRowNum(), sec.getRowNum(), 0, last));
            Map<String, Integer> unitCounts = new LinkedHashMap<>();
            collective.forEach(k -> unitCounts.put(k.code(), 0));
            int n = 1;
            for (Registration reg : sorted) {
                if (reg.collectiveKind() == null && reg.unionCollective() == null) {
                    continue;
                }
                Unit u = units.get(reg.unitId());
                Row row = sheet.createRow(r++);
                num(row, 0, n++, s.get(CellStyles.Style.CENTER));
                text(row, 1, u.code(), s.get(CellStyles.Style.CENTER));
                text(row, 2, u.name(), s.get(CellStyles.Style.TEXT));
                sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 2, 5));
                for (int c = 3; c <= 5; c++) {
                    row.createCell(c).setCellStyle(s.get(CellStyles.Style.TEXT));
                }
                text(row, 6, reg.collectiveKind() == null ? "" : kindNames.getOrDefault(reg.collectiveKind(), reg.collectiveKind()),
                        s.get(CellStyles.Style.TEXT));
                text(row, 7, reg.unionCollective() == null ? "" : unionNames.getOrDefault(reg.unionCollective(), reg.unionCollective()),
                        s.get(CellStyles.Style.TEXT));
                text(row, 8, reg.status().label(), s.get(CellStyles.Style.TEXT));
                row.setHeightInPoints(TextFit.height(TextFit.lines(u.name(), 50)));
                if (reg.collectiveKind() != null) {
                    unitCounts.merge(reg.collectiveKind(), 1, Integer::sum);
                }
                if (reg.unionCollective() != null) {
                    unionCounts.merge(reg.unionCollective(), 1, Integer::sum);
                }
            }
            r++;
            Row cnt = sheet.createRow(r++);
            text(cnt, 0, "SỐ LƯỢNG ĐĂNG KÝ THEO DANH HIỆU", s.get(CellStyles.Style.SECTION));
            sheet.addMergedRegion(new CellRangeAddress(cnt.getRowNum(), cnt.getRowNum(), 0, last));
            // the state titles, person then unit, and the union titles under their own heading: never mixed (#10)
            r = counts(sheet, s, group(sheet, s, r, "Danh hiệu thi đua cá nhân"), personCounts, kindNames);
            r = counts(sheet, s, group(sheet, s, r, "Danh hiệu thi đua tập thể"), unitCounts, kindNames);
            counts(sheet, s, group(sheet, s, r, "Danh hiệu Công đoàn"), unionCounts, unionNames);
            TableSheet.widths(sheet, 6, 11, 26, 11, 24, 18, 26, 22, 16);
            SheetPrint.apply(sheet, true, header, header);
        }

        /** A group's heading row of the counts (its text bold across the name columns); returns the next row. */
        private int group(Sheet sheet, CellStyles s, int r, String heading) {
            Row row = sheet.createRow(r);
            text(row, 0, "", s.get(CellStyles.Style.TEXT));
            text(row, 1, heading, s.get(CellStyles.Style.TOTAL_TEXT));
            sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 6));
            for (int c = 2; c <= 6; c++) {
                row.createCell(c).setCellStyle(s.get(CellStyles.Style.TOTAL_TEXT));
            }
            return r + 1;
        }

        private int counts(Sheet sheet, CellStyles s, int r, Map<String, Integer> counts, Map<String, String> names) {
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                Row row = sheet.createRow(r++);
                text(row, 0, "", s.get(CellStyles.Style.TEXT));
                text(row, 1, names.getOrDefault(e.getKey(), e.getKey()), s.get(CellStyles.Style.TEXT));
                sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, 5));
                for (int c = 2; c <= 5; c++) {
                    row.createCell(c).setCellStyle(s.get(CellStyles.Style.TEXT));
                }
                num(row, 6, e.getValue(), s.get(CellStyles.Style.COUNT));
            }
            return r;
        }

        private String code(Registration r) {
            Unit u = units.get(r.unitId());
            return u == null ? "" : u.code();
        }

        private String name(PersonEntry e) {
            Member m = people.get(e.personId());
            return m == null ? "" : m.fullName();
        }

        private void title(Sheet sheet, CellStyles s, int row, String text, CellStyles.Style style, int last) {
            Row r = sheet.createRow(row);
            text(r, 0, text, s.get(style));
            sheet.addMergedRegion(new CellRangeAddress(row, row, 0, last));
        }
    }

    private static void text(Row r, int col, String text, CellStyle style) {
        Cell c = r.createCell(col);
        c.setCellValue(text);
        c.setCellStyle(style);
    }

    private static void num(Row r, int col, int value, CellStyle style) {
        Cell c = r.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }
}
