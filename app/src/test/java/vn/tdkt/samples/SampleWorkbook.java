package vn.tdkt.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.samples.SampleData.AwardRow;
import vn.tdkt.samples.SampleData.DisciplineRow;
import vn.tdkt.samples.SampleData.InitiativeRow;
import vn.tdkt.samples.SampleData.LeaderRow;
import vn.tdkt.samples.SampleData.PersonRow;
import vn.tdkt.samples.SampleData.UnitRow;

/**
 * Writes the fictional "Sở Nội vụ tỉnh Hưng Yên" into the import workbook (sheets and headers exactly as the
 * import contract says), streaming with SXSSF so that 50 000 people fit. The same seed always gives the same
 * cell values.
 */
public final class SampleWorkbook {

    private static final Logger LOGGER = LoggerFactory.getLogger(SampleWorkbook.class);

    /** The seed of the committed sample. */
    public static final long DEFAULT_SEED = 20_251_231L;
    public static final int DEFAULT_UNITS = 11;
    public static final int DEFAULT_PEOPLE = 150;
    public static final int DEFAULT_YEARS = 5;
    public static final String SAMPLE_FILE = "so-noi-vu-hung-yen.xlsx";

    public static final String GUIDE = "Hướng dẫn";
    public static final String UNITS = "Đơn vị";
    public static final String PEOPLE = "Cán bộ";
    public static final String RATINGS = "Kết quả đánh giá";
    public static final String DISCIPLINE = "Kỷ luật";
    public static final String INITIATIVES = "Sáng kiến";
    public static final String AWARDS = "Khen thưởng";
    public static final String LEADERS = "Trưởng khối";

    /** Sheet name → headers of row 1, in workbook order (the guide sheet comes first and has no headers). */
    public static final List<SheetSpec> DATA_SHEETS = List.of(
            new SheetSpec(UNITS, List.of("Mã đơn vị", "Tên đơn vị", "Mã đơn vị cấp trên", "Khối thi đua")),
            new SheetSpec(PEOPLE, List.of("Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Số định danh cá nhân",
                    "Chức vụ", "Mã đơn vị", "Ngày bắt đầu công tác", "Ngày thôi công tác")),
            new SheetSpec(RATINGS, List.of("Mã cán bộ", "Mã đơn vị", "Năm", "Mức độ hoàn thành nhiệm vụ")),
            new SheetSpec(DISCIPLINE, List.of("Mã cán bộ", "Hình thức", "Số quyết định", "Ngày quyết định",
                    "Ngày hết hiệu lực")),
            new SheetSpec(INITIATIVES, List.of("Mã cán bộ", "Tên sáng kiến", "Phạm vi ảnh hưởng", "Năm công nhận",
                    "Số quyết định", "Ngày quyết định", "Loại")),
            new SheetSpec(AWARDS, List.of("Mã cán bộ", "Mã đơn vị", "Danh hiệu/Hình thức", "Loại hình", "Năm",
                    "Số quyết định", "Ngày quyết định", "Cấp quyết định")),
            new SheetSpec(LEADERS, List.of("Khối thi đua", "Năm", "Mã đơn vị")));

    /** A data sheet of the contract: its name and the headers of row 1. */
    public record SheetSpec(String name, List<String> headers) {
    }

    /** What was written: row counts without the header rows. */
    public record Stats(int units, int people, int ratings, int disciplines, int initiatives, int awards,
                        int blocLeaders) {

        /** Rows of the history sheets (ratings, discipline, initiatives, awards, bloc leaders). */
        public int historyRows() {
            return ratings + disciplines + initiatives + awards + blocLeaders;
        }
    }

    private static final String[] GUIDE_LINES = {
        "HƯỚNG DẪN NHẬP DỮ LIỆU THI ĐUA, KHEN THƯỞNG",
        "",
        "Dữ liệu mẫu hư cấu: \"Sở Nội vụ tỉnh Hưng Yên\". Mọi họ tên, số định danh và quyết định đều được tạo ngẫu nhiên, không phải người thật.",
        "Mỗi trang có dòng 1 là tiêu đề cột; không đổi tên trang, không đổi tên hay thứ tự cột.",
        "Ngày ghi theo dạng dd/MM/yyyy (ô ngày của Excel hoặc chữ). Số định danh cá nhân nhập dạng chữ, đủ 12 chữ số.",
        "Đơn vị: mã duy nhất; \"Mã đơn vị cấp trên\" để trống với cơ quan gốc; \"Khối thi đua\" ghi tên khối.",
        "Cán bộ: mã duy nhất; Giới tính ghi Nam hoặc Nữ; Mã đơn vị phải có trong trang Đơn vị.",
        "Kết quả đánh giá: ghi Mã cán bộ HOẶC Mã đơn vị (một trong hai); mức: HTXSNV, HTTNV, HTNV, KHTNV hoặc ghi đầy đủ bằng chữ.",
        "Kỷ luật: hình thức Khiển trách, Cảnh cáo, Hạ bậc lương, Giáng chức, Cách chức, Buộc thôi việc.",
        "Sáng kiến: phạm vi ảnh hưởng Cơ sở, Tỉnh hoặc Toàn quốc; Loại là Sáng kiến hoặc Đề tài khoa học.",
        "Khen thưởng: tên danh hiệu/hình thức ghi đầy đủ như trong Luật; Loại hình: Công trạng, Đột xuất, Chuyên đề, Cống hiến, Đối ngoại; Năm ghi 2024 hoặc 2021-2025.",
        "Trưởng khối: mỗi khối thi đua một đơn vị trưởng khối cho mỗi năm.",
        "Nhập lại cùng tệp sẽ cập nhật theo mã; tệp có lỗi sẽ không được ghi gì vào cơ sở dữ liệu."};

    private SampleWorkbook() {
    }

    /** Writes the committed sample: about 10 units, 150 people, 5 years, {@link #DEFAULT_SEED}. */
    public static Stats writeDefault(Path out) throws IOException {
        return write(out, DEFAULT_UNITS, DEFAULT_PEOPLE, DEFAULT_YEARS, DEFAULT_SEED);
    }

    /** Writes a sample with a unit count that fits the number of people (11 up to 440 people, then one per 40). */
    public static Stats write(Path out, int people, int years, long seed) throws IOException {
        return write(out, Math.max(DEFAULT_UNITS, people / 40), people, years, seed);
    }

    /**
     * Writes a sample organisation with {@code units} units (the root included), {@code people} people and
     * ratings for the {@code years} years ending with 2025.
     */
    public static Stats write(Path out, int units, int people, int years, long seed) throws IOException {
        long t0 = System.nanoTime();
        SampleData data = SampleData.generate(units, people, years, seed);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Stats stats;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(fixedDate()));
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("TĐKT desk – dữ liệu mẫu");
            Writer w = new Writer(wb, data);
            stats = w.writeAll();
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
        LOGGER.info("Dữ liệu mẫu {}: {} đơn vị, {} cán bộ, {} dòng lịch sử trong {} ms", out.getFileName(),
                stats.units(), stats.people(), stats.historyRows(), (System.nanoTime() - t0) / 1_000_000);
        return stats;
    }

    private static Date fixedDate() {
        return Date.from(LocalDateTime.of(SampleData.LAST_YEAR, 12, 31, 8, 0).toInstant(ZoneOffset.UTC));
    }

    /** Writes the sheets of one generated sample. */
    private static final class Writer {
        private final SXSSFWorkbook wb;
        private final SampleData d;
        private final CellStyle header;
        private final CellStyle date;
        private final CellStyle text;

        Writer(SXSSFWorkbook wb, SampleData d) {
            this.wb = wb;
            this.d = d;
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
        }

        Stats writeAll() {
            guide();
            int ratings = 0;
            Sheet units = sheet(0, 14, 44, 14, 40);
            for (UnitRow u : d.units) {
                Row row = next(units);
                str(row, 0, u.code());
                str(row, 1, u.name());
                str(row, 2, u.parentCode());
                str(row, 3, u.bloc());
            }
            Sheet people = sheet(1, 11, 28, 9, 12, 18, 26, 13, 14, 14);
            for (PersonRow p : d.people) {
                Row row = next(people);
                str(row, 0, p.code());
                str(row, 1, p.name());
                str(row, 2, p.gender().label());
                date(row, 3, p.birthDate());
                Cell id = row.createCell(4);
                id.setCellStyle(text);
                id.setCellValue(p.personalId());
                str(row, 5, p.position());
                str(row, 6, d.units.get(p.unit()).code());
                date(row, 7, p.startDate());
                date(row, 8, p.endDate());
            }
            Sheet rating = sheet(2, 11, 12, 8, 30);
            for (int p = 0; p < d.people.size(); p++) {
                for (int i = 0; i < d.personRatings[p].length; i++) {
                    ratings += rating(rating, d.people.get(p).code(), null, d.firstYear + i, d.personRatings[p][i]);
                }
            }
            for (int u = 0; u < d.units.size(); u++) {
                for (int i = 0; i < d.unitRatings[u].length; i++) {
                    ratings += rating(rating, null, d.units.get(u).code(), d.firstYear + i, d.unitRatings[u][i]);
                }
            }
            Sheet discipline = sheet(3, 11, 14, 16, 14, 16);
            for (DisciplineRow r : d.disciplines) {
                Row row = next(discipline);
                str(row, 0, d.people.get(r.person()).code());
                str(row, 1, r.form().label());
                str(row, 2, r.decision().number());
                date(row, 3, r.decision().date());
                date(row, 4, r.effectiveUntil());
            }
            Sheet initiative = sheet(4, 11, 70, 14, 12, 16, 14, 18);
            for (InitiativeRow r : d.initiatives) {
                Row row = next(initiative);
                str(row, 0, d.people.get(r.person()).code());
                str(row, 1, r.title());
                str(row, 2, r.scope().label());
                row.createCell(3).setCellValue(r.year());
                str(row, 4, r.decision().number());
                date(row, 5, r.decision().date());
                str(row, 6, r.kind().label());
            }
            Sheet award = sheet(5, 11, 12, 42, 12, 11, 16, 14, 22);
            for (AwardRow r : d.awards) {
                Row row = next(award);
                str(row, 0, r.person() >= 0 ? d.people.get(r.person()).code() : null);
                str(row, 1, r.unit() >= 0 ? d.units.get(r.unit()).code() : null);
                str(row, 2, r.kind());
                str(row, 3, r.formType().label());
                if (r.yearFrom() == r.yearTo()) {
                    row.createCell(4).setCellValue(r.yearFrom());
                } else {
                    str(row, 4, r.yearFrom() + "-" + r.yearTo());
                }
                str(row, 5, r.decision().number());
                date(row, 6, r.decision().date());
                str(row, 7, r.decision().authority());
            }
            Sheet leaders = sheet(6, 40, 8, 14);
            for (LeaderRow r : d.leaders) {
                Row row = next(leaders);
                str(row, 0, r.bloc());
                row.createCell(1).setCellValue(r.year());
                str(row, 2, d.units.get(r.unit()).code());
            }
            return new Stats(d.units.size(), d.people.size(), ratings, d.disciplines.size(), d.initiatives.size(),
                    d.awards.size(), d.leaders.size());
        }

        private void guide() {
            SXSSFSheet sheet = wb.createSheet(GUIDE);
            sheet.setColumnWidth(0, 150 * 256);
            for (int i = 0; i < GUIDE_LINES.length; i++) {
                Cell c = sheet.createRow(i).createCell(0);
                c.setCellValue(GUIDE_LINES[i]);
                if (i == 0) {
                    c.setCellStyle(header);
                }
            }
        }

        /** Creates data sheet {@code index} of {@link #DATA_SHEETS} with its header row and column widths. */
        private Sheet sheet(int index, int... widths) {
            SheetSpec spec = DATA_SHEETS.get(index);
            SXSSFSheet sheet = wb.createSheet(spec.name());
            Row row = sheet.createRow(0);
            for (int c = 0; c < spec.headers().size(); c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(spec.headers().get(c));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            return sheet;
        }

        private int rating(Sheet sheet, String person, String unit, int year, RatingLevel level) {
            if (level == null) {
                return 0;
            }
            Row row = next(sheet);
            str(row, 0, person);
            str(row, 1, unit);
            row.createCell(2).setCellValue(year);
            str(row, 3, level.label());
            return 1;
        }

        private static Row next(Sheet sheet) {
            return sheet.createRow(sheet.getLastRowNum() + 1);
        }

        private static void str(Row row, int col, String value) {
            if (value != null) {
                row.createCell(col).setCellValue(value);
            }
        }

        private void date(Row row, int col, LocalDate value) {
            if (value != null) {
                Cell c = row.createCell(col);
                c.setCellValue(value);
                c.setCellStyle(date);
            }
        }
    }
}
