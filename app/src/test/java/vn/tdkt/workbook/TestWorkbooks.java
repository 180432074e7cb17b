package vn.tdkt.workbook;

import static vn.tdkt.common.data.jooq.Tables.ASSIGNMENT;
import static vn.tdkt.common.data.jooq.Tables.AWARD;
import static vn.tdkt.common.data.jooq.Tables.BLOC;
import static vn.tdkt.common.data.jooq.Tables.BLOC_LEADER;
import static vn.tdkt.common.data.jooq.Tables.DISCIPLINE;
import static vn.tdkt.common.data.jooq.Tables.INITIATIVE;
import static vn.tdkt.common.data.jooq.Tables.PERSON;
import static vn.tdkt.common.data.jooq.Tables.RATING;
import static vn.tdkt.common.data.jooq.Tables.UNIT;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.Table;
import vn.tdkt.common.data.Database;
import vn.tdkt.workbook.domain.WorkbookLayout;

/** Builds test workbooks with POI (the way Excel or another tool would fill them) and compares databases. */
public final class TestWorkbooks {

    /** A row that exists in the sheet XML but holds only blanks and spaces. */
    public static final Object[] BLANK_ROW = {};

    private TestWorkbooks() {
    }

    /** Where generated test files go (target/test-out). */
    public static Path out(String name) throws IOException {
        Path dir = Path.of(System.getProperty("tdkt.testOut", "target/test-out"));
        Files.createDirectories(dir);
        return dir.resolve(name);
    }

    /** A valid 12-digit personal id for a birth year and gender. */
    public static String pid(String province, boolean female, int birthYear, int serial) {
        int centuryGender = (birthYear / 100 - 19) * 2 + (female ? 1 : 0);
        return province + centuryGender + String.format("%02d%06d", birthYear % 100, serial);
    }

    /** Sheets (header row first) with plain Java values: String, Number, LocalDate, Boolean, null. */
    public static final class Content {
        private final Map<String, List<Object[]>> sheets = new LinkedHashMap<>();

        public Content sheet(String name, String... headers) {
            List<Object[]> rows = new ArrayList<>();
            rows.add(headers);
            sheets.put(name, rows);
            return this;
        }

        public Content add(String sheet, Object... row) {
            sheets.get(sheet).add(row);
            return this;
        }

        public Content renameSheet(String from, String to) {
            Map<String, List<Object[]>> copy = new LinkedHashMap<>();
            sheets.forEach((k, v) -> copy.put(k.equals(from) ? to : k, v));
            sheets.clear();
            sheets.putAll(copy);
            return this;
        }

        public Content renameHeader(String sheet, String from, String to) {
            Object[] h = sheets.get(sheet).get(0);
            for (int i = 0; i < h.length; i++) {
                if (from.equals(h[i])) {
                    h[i] = to;
                }
            }
            return this;
        }

        public Content dropColumn(String sheet, String header) {
            List<Object[]> rows = sheets.get(sheet);
            int col = Arrays.asList(rows.get(0)).indexOf(header);
            rows.replaceAll(r -> {
                if (r == BLANK_ROW || col >= r.length) {
                    return r;
                }
                Object[] n = new Object[r.length - 1];
                System.arraycopy(r, 0, n, 0, col);
                System.arraycopy(r, col + 1, n, col, r.length - col - 1);
                return n;
            });
            return this;
        }

        /** Changes a cell of a data row (1 = first row after the header). */
        public Content set(String sheet, int dataRow, String header, Object value) {
            List<Object[]> rows = sheets.get(sheet);
            rows.get(dataRow)[Arrays.asList(rows.get(0)).indexOf(header)] = value;
            return this;
        }

        public Path write(Path file) throws IOException {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                fill(wb);
                try (OutputStream out = Files.newOutputStream(file)) {
                    wb.write(out);
                }
            }
            return file;
        }

        private void fill(Workbook wb) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle blank = wb.createCellStyle();
            blank.setWrapText(true);
            sheets.forEach((name, rows) -> {
                Sheet sheet = wb.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    if (rows.get(r) == BLANK_ROW) {
                        row.createCell(0).setCellStyle(blank);
                        row.createCell(1).setCellValue("   ");
                        continue;
                    }
                    Object[] v = rows.get(r);
                    for (int c = 0; c < v.length; c++) {
                        put(row, c, v[c], date);
                    }
                }
            });
        }
    }

    static void put(Row row, int col, Object value, CellStyle date) {
        if (value == null) {
            return;
        }
        Cell c = row.createCell(col);
        if (value instanceof LocalDate d) {
            c.setCellValue(d);
            c.setCellStyle(date);
        } else if (value instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else if (value instanceof Boolean b) {
            c.setCellValue(b);
        } else {
            c.setCellValue(value.toString());
        }
    }

    /** A small valid workbook touching every sheet and every kind of value. */
    public static Content base() {
        Content c = new Content();
        c.sheet(WorkbookLayout.GUIDE, "Ghi chú").add(WorkbookLayout.GUIDE, "Sheet này bị bỏ qua khi nhập");
        c.sheet(WorkbookLayout.UNITS, "Mã đơn vị", "Tên đơn vị", "Mã đơn vị cấp trên", "Khối thi đua")
                .add(WorkbookLayout.UNITS, "SO", "Sở Văn hóa tỉnh Sông Xanh", null, null)
                .add(WorkbookLayout.UNITS, "VP", "Văn phòng Sở", "SO", "Khối tham mưu")
                .add(WorkbookLayout.UNITS, "TC", "Phòng Tổ chức cán bộ", "SO", "Khối tham mưu")
                .add(WorkbookLayout.UNITS, "TV", "Thư viện tỉnh", "SO", "Khối sự nghiệp");
        c.sheet(WorkbookLayout.PEOPLE, "Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Số định danh cá nhân",
                        "Chức vụ", "Mã đơn vị", "Ngày bắt đầu công tác", "Ngày thôi công tác")
                .add(WorkbookLayout.PEOPLE, "CB001", "Nguyễn Văn An", "Nam", LocalDate.of(1980, 3, 12),
                        pid("001", false, 1980, 1), "Chánh Văn phòng", "VP", "01/01/2015", null)
                .add(WorkbookLayout.PEOPLE, "CB002", "Trần Thị Bình", "Nữ", LocalDate.of(1985, 7, 20),
                        Long.parseLong(pid("001", true, 1985, 2)), "Chuyên viên", "TC", LocalDate.of(2010, 9, 1), null)
                .add(WorkbookLayout.PEOPLE, "CB003", "Lê Văn Cường", "nam", "05/11/1990",
                        pid("079", false, 1990, 3), "Thủ thư", "TV", null, null)
                .add(WorkbookLayout.PEOPLE, 4, "Phạm Thị Dung", "Nữ", null, null, null, "TV", null,
                        LocalDate.of(2024, 6, 30));
        c.sheet(WorkbookLayout.RATINGS, "Mã cán bộ", "Mã đơn vị", "Năm", "Mức độ hoàn thành nhiệm vụ")
                .add(WorkbookLayout.RATINGS, "CB001", null, 2023, "HTXSNV")
                .add(WorkbookLayout.RATINGS, "CB001", null, 2024, "Hoàn thành tốt nhiệm vụ")
                .add(WorkbookLayout.RATINGS, "CB002", null, "2024", "htnv")
                .add(WorkbookLayout.RATINGS, null, "VP", 2024, "HTTNV");
        c.sheet(WorkbookLayout.DISCIPLINE, "Mã cán bộ", "Hình thức", "Số quyết định", "Ngày quyết định",
                        "Ngày hết hiệu lực")
                .add(WorkbookLayout.DISCIPLINE, "CB003", "Khiển trách", "12/QĐ-SVH", "10/05/2023",
                        LocalDate.of(2024, 5, 9));
        c.sheet(WorkbookLayout.INITIATIVES, "Mã cán bộ", "Tên sáng kiến", "Phạm vi ảnh hưởng", "Năm công nhận",
                        "Số quyết định", "Ngày quyết định", "Loại")
                .add(WorkbookLayout.INITIATIVES, "CB001", "Số hóa hồ sơ lưu trữ", "Cơ sở", 2023, "45/QĐ-SVH",
                        LocalDate.of(2023, 12, 1), "Sáng kiến")
                .add(WorkbookLayout.INITIATIVES, "CB002", "Nghiên cứu văn hóa đọc", "cấp tỉnh", 2024, null, null,
                        "Đề tài khoa học");
        c.sheet(WorkbookLayout.AWARDS, "Mã cán bộ", "Mã đơn vị", "Danh hiệu/Hình thức", "Loại hình", "Năm",
                        "Số quyết định", "Ngày quyết định", "Cấp quyết định")
                .add(WorkbookLayout.AWARDS, "CB001", null, "Chiến sĩ thi đua cơ sở", "Công trạng", 2023,
                        "100/QĐ-SVH", LocalDate.of(2023, 12, 15), "Giám đốc Sở")
                .add(WorkbookLayout.AWARDS, null, "VP", "Tập thể lao động xuất sắc", "Công trạng", 2024,
                        "200/QĐ-UBND", "20/12/2024", "Chủ tịch UBND tỉnh")
                .add(WorkbookLayout.AWARDS, "CB002", null, "Bằng khen của Chủ tịch UBND tỉnh", "Công trạng",
                        "2021-2025", "300/QĐ-UBND", LocalDate.of(2025, 1, 10), "Chủ tịch UBND tỉnh");
        c.sheet(WorkbookLayout.LEADERS, "Khối thi đua", "Năm", "Mã đơn vị")
                .add(WorkbookLayout.LEADERS, "Khối tham mưu", 2024, "VP");
        return c;
    }

    /**
     * A large workbook: 50 units, {@code people} people and, with history, 4 ratings and 1 award per person.
     * {@code tweaks} change the values of a person's row (key = person index) to plant errors.
     */
    public static Path big(Path file, int people, boolean history, Map<Integer, Consumer<Object[]>> tweaks)
            throws IOException {
        String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"};
        String[] middle = {"Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Đức", "Thu"};
        String[] given = {"An", "Bình", "Cường", "Dung", "Giang", "Hà", "Khánh", "Lan", "Mai", "Nam", "Oanh", "Phúc"};
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet units = header(wb, WorkbookLayout.UNIT_SHEET);
            units.createRow(1).createCell(0).setCellValue("GOC");
            units.getRow(1).createCell(1).setCellValue("Cơ quan gốc");
            for (int u = 0; u < 50; u++) {
                Row r = units.createRow(u + 2);
                Object[] v = {String.format("U%03d", u), "Đơn vị số " + u, "GOC", "Khối " + (u % 5)};
                for (int c = 0; c < v.length; c++) {
                    put(r, c, v[c], date);
                }
            }
            Sheet ps = header(wb, WorkbookLayout.PEOPLE_SHEET);
            for (int i = 0; i < people; i++) {
                boolean female = i % 2 == 1;
                int year = 1960 + i % 40;
                Object[] v = {String.format("NV%06d", i),
                        family[i % family.length] + " " + middle[(i / 10) % middle.length] + " " + given[(i / 7) % given.length],
                        female ? "Nữ" : "Nam", LocalDate.of(year, 1 + i % 12, 1 + i % 28), pid("001", female, year, i),
                        "Chuyên viên", String.format("U%03d", i % 50), LocalDate.of(2010, 1, 1), null};
                Consumer<Object[]> tweak = tweaks.get(i);
                if (tweak != null) {
                    tweak.accept(v);
                }
                Row r = ps.createRow(i + 1);
                for (int c = 0; c < v.length; c++) {
                    put(r, c, v[c], date);
                }
            }
            if (history) {
                Sheet rs = header(wb, WorkbookLayout.RATING_SHEET);
                int n = 1;
                for (int i = 0; i < people; i++) {
                    for (int y = 2021; y <= 2024; y++) {
                        Row r = rs.createRow(n++);
                        r.createCell(0).setCellValue(String.format("NV%06d", i));
                        r.createCell(2).setCellValue(y);
                        r.createCell(3).setCellValue(i % 3 == 0 ? "HTXSNV" : "HTTNV");
                    }
                }
                Sheet as = header(wb, WorkbookLayout.AWARD_SHEET);
                for (int i = 0; i < people; i++) {
                    Row r = as.createRow(i + 1);
                    Object[] v = {String.format("NV%06d", i), null, "Lao động tiên tiến", "Công trạng", 2024,
                            (i % 50) + "/QĐ-SVH", LocalDate.of(2024, 12, 20), "Giám đốc Sở"};
                    for (int c = 0; c < v.length; c++) {
                        put(r, c, v[c], date);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static Sheet header(Workbook wb, WorkbookLayout.SheetSpec spec) {
        Sheet s = wb.createSheet(spec.name());
        Row h = s.createRow(0);
        for (int i = 0; i < spec.columns().size(); i++) {
            h.createCell(i).setCellValue(spec.columns().get(i).header());
        }
        return s;
    }

    /** Every sheet as text rows, as Excel shows them (formatted), for comparing workbooks. */
    public static Map<String, List<List<String>>> cells(Path file) throws IOException {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        DataFormatter f = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet s : wb) {
                List<List<String>> rows = new ArrayList<>();
                for (Row r : s) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < r.getLastCellNum(); c++) {
                        Cell cell = r.getCell(c);
                        cells.add(cell == null ? "" : cell.getCellType() + ":" + f.formatCellValue(cell));
                    }
                    rows.add(cells);
                }
                out.put(s.getSheetName(), rows);
            }
        }
        return out;
    }

    /** The whole content of the tables an import writes, as text: equal strings = equal databases. */
    public static String fingerprint(Database db) {
        StringBuilder b = new StringBuilder();
        for (Table<?> t : List.<Table<?>>of(BLOC, UNIT, BLOC_LEADER, PERSON, ASSIGNMENT, RATING, DISCIPLINE, INITIATIVE,
                AWARD)) {
            b.append(t.getName()).append('\n').append(db.dsl().selectFrom(t).orderBy(t.fields()).fetch().formatCSV());
        }
        return b.toString();
    }
}
