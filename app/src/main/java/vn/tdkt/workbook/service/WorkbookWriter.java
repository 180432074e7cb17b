package vn.tdkt.workbook.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.movement.domain.MovementSheets;
import vn.tdkt.workbook.domain.ExemplarySheets;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.DisciplineForm;
import vn.tdkt.org.domain.UnitType;
import vn.tdkt.record.domain.InitiativeKind;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.workbook.domain.WorkbookData;
import vn.tdkt.workbook.domain.WorkbookLayout;
import vn.tdkt.workbook.domain.WorkbookLayout.Column;
import vn.tdkt.workbook.domain.WorkbookLayout.SheetSpec;
import vn.tdkt.workbook.domain.WorkbookLayout.ValueType;
import vn.tdkt.export.AtomicWrite;

/**
 * Writes the import workbook (streaming, SXSSF): the instructions sheet, the data sheets with bold frozen headers,
 * A4 landscape printing, drop-down lists, and a hidden list sheet. Used for the empty template and for the export.
 * Writes to a temporary file next to the target and moves it into place at the end.
 */
final class WorkbookWriter {

    private static final Logger LOGGER = LoggerFactory.getLogger(WorkbookWriter.class);
    private static final int WINDOW = 200;
    private static final int PROGRESS_EVERY = 5_000;
    private static final int LAST_ROW = 1_048_575;

    private final Catalogue catalogue;
    private final Progress progress;
    /** Drop-down lists by value type, in the column order of the hidden sheet. */
    private final Map<ValueType, List<String>> lists = new LinkedHashMap<>();
    private CellStyle header;
    private CellStyle date;
    private CellStyle text;
    private CellStyle wrap;
    private CellStyle title;
    private long written;
    private MovementSheets.Data movements = MovementSheets.Data.EMPTY;
    private ExemplarySheets.Data exemplary;

    WorkbookWriter(Catalogue catalogue, Progress progress) {
        this.catalogue = catalogue;
        this.progress = progress;
        lists.put(ValueType.GENDER, Arrays.stream(Gender.values()).map(Gender::label).toList());
        lists.put(ValueType.RATING, java.util.stream.Stream.concat(Arrays.stream(RatingLevel.values()).map(Enum::name),
                Arrays.stream(RatingLevel.values()).map(RatingLevel::label)).toList());
        lists.put(ValueType.DISCIPLINE_FORM, Arrays.stream(DisciplineForm.values()).map(DisciplineForm::label).toList());
        lists.put(ValueType.SCOPE, Arrays.stream(InitiativeScope.values()).map(InitiativeScope::label).toList());
        lists.put(ValueType.FORM_TYPE, Arrays.stream(AwardFormType.values()).map(AwardFormType::label).toList());
        lists.put(ValueType.AWARD_KIND, catalogue.kinds().stream().map(AwardKind::name).toList());
        lists.put(ValueType.INITIATIVE_KIND, Arrays.stream(InitiativeKind.values()).map(InitiativeKind::label).toList());
        lists.put(ValueType.UNIT_TYPE, Arrays.stream(UnitType.values()).map(UnitType::label).toList());
    }

    /** The rows of the optional movement sheets (the export); the template writes them empty. */
    WorkbookWriter movements(MovementSheets.Data rows) {
        this.movements = rows;
        return this;
    }

    /** The rows of the optional exemplary sheets, written when {@code active} (the template writes them empty). */
    WorkbookWriter exemplary(boolean active, ExemplarySheets.Data rows) {
        this.exemplary = active ? rows : null;
        return this;
    }

    void write(Path target, WorkbookData data) {
        AtomicWrite.write(target, out -> {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW)) {
                styles(wb);
                guide(wb);
                long total = data.units().size() + data.people().size() + data.historyRows();
                sheet(wb, WorkbookLayout.UNIT_SHEET, data.units(), total, u -> new Object[] {
                        u.code(), u.name(), u.parentCode(), u.blocName(), u.type() == null ? null : u.type().label()});
                sheet(wb, WorkbookLayout.PEOPLE_SHEET, data.people(), total, p -> new Object[] {
                        p.code(), p.fullName(), p.gender().label(), p.birthDate(), p.personalId(), p.position(),
                        p.unitCode(), p.startDate(), p.endDate(), p.profile().hometown(), p.profile().residence(),
                        p.profile().professionalLevel(), p.profile().politicalTheory(), p.profile().academicTitle()});
                sheet(wb, WorkbookLayout.RATING_SHEET, data.ratings(), total, r -> new Object[] {
                        r.personCode(), r.unitCode(), r.year(), r.level().name()});
                sheet(wb, WorkbookLayout.DISCIPLINE_SHEET, data.disciplines(), total, d -> new Object[] {
                        d.personCode(), d.form().label(), d.decisionNo(), d.decisionDate(), d.effectiveUntil()});
                sheet(wb, WorkbookLayout.INITIATIVE_SHEET, data.initiatives(), total, i -> new Object[] {
                        i.personCode(), i.title(), i.scope().label(), i.year(), i.decisionNo(), i.decisionDate(),
                        i.kind().label()});
                sheet(wb, WorkbookLayout.AWARD_SHEET, data.awards(), total, a -> new Object[] {
                        a.personCode(), a.unitCode(), catalogue.require(a.kindCode()).name(), a.formType().label(),
                        a.yearFrom() == a.yearTo() ? (Object) a.yearFrom() : a.yearFrom() + "-" + a.yearTo(),
                        a.decisionNo(), a.decisionDate(), a.authority()});
                sheet(wb, WorkbookLayout.LEADER_SHEET, data.leaders(), total, l -> new Object[] {
                        l.blocName(), l.year(), l.unitCode()});
                MovementSheetsIO.write(wb, movements);
                if (exemplary != null) {
                    ExemplarySheetsIO.write(wb, exemplary);
                }
                listSheet(wb);
                wb.setActiveSheet(0);
                wb.write(out);
            }
        });
        LOGGER.info("Workbook written to {} ({} data rows)", target.toAbsolutePath(), written);
    }


    private void styles(SXSSFWorkbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        text = wb.createCellStyle();
        text.setDataFormat(wb.createDataFormat().getFormat("@"));
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(big);
    }

    private static void page(Sheet sheet) {
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.createFreezePane(0, 1);
    }

    private void headerRow(Sheet sheet, List<String> headers) {
        Row r = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = r.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(header);
        }
    }

    private <T> void sheet(SXSSFWorkbook wb, SheetSpec spec, List<T> rows, long total, Function<T, Object[]> values) {
        SXSSFSheet sheet = wb.createSheet(spec.name());
        List<Column> cols = spec.columns();
        headerRow(sheet, cols.stream().map(Column::header).toList());
        for (int i = 0; i < cols.size(); i++) {
            sheet.setColumnWidth(i, cols.get(i).width() * 256);
        }
        page(sheet);
        dropDowns(sheet, cols);
        int r = 1;
        for (T row : rows) {
            Object[] v = values.apply(row);
            Row xr = sheet.createRow(r++);
            for (int i = 0; i < v.length; i++) {
                cell(xr, i, v[i], cols.get(i).type());
            }
            if (++written % PROGRESS_EVERY == 0) {
                progress.update("Đang ghi sheet '" + spec.name() + "'", written, total);
                progress.checkCancelled();
            }
        }
    }

    private void cell(Row row, int col, Object value, ValueType type) {
        if (value == null) {
            return;
        }
        Cell c = row.createCell(col);
        if (value instanceof LocalDate d) {
            c.setCellValue(d);
            c.setCellStyle(date);
        } else if (value instanceof Integer n) {
            c.setCellValue(n);
        } else {
            c.setCellValue(value.toString());
            if (type == ValueType.PERSONAL_ID || type == ValueType.CODE) {
                c.setCellStyle(text);
            }
        }
    }

    private String listRange(ValueType type) {
        int col = List.copyOf(lists.keySet()).indexOf(type);
        String letter = CellReference.convertNumToColString(col);
        return "'" + WorkbookLayout.LISTS + "'!$" + letter + "$2:$" + letter + "$" + (lists.get(type).size() + 1);
    }

    private void dropDowns(Sheet sheet, List<Column> cols) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int i = 0; i < cols.size(); i++) {
            ValueType type = cols.get(i).type();
            if (!lists.containsKey(type)) {
                continue;
            }
            DataValidation v = helper.createValidation(helper.createFormulaListConstraint(listRange(type)),
                    new CellRangeAddressList(1, LAST_ROW, i, i));
            v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
            v.createErrorBox("Giá trị ngoài danh mục", "Nên chọn trong danh sách; xem sheet '" + WorkbookLayout.GUIDE
                    + "' để biết các cách viết được chấp nhận.");
            v.setShowErrorBox(true);
            v.setSuppressDropDownArrow(true);
            sheet.addValidationData(v);
        }
    }

    private void listSheet(SXSSFWorkbook wb) {
        SXSSFSheet sheet = wb.createSheet(WorkbookLayout.LISTS);
        List<ValueType> types = List.copyOf(lists.keySet());
        headerRow(sheet, types.stream().map(this::listTitle).toList());
        int max = lists.values().stream().mapToInt(List::size).max().orElse(0);
        for (int r = 0; r < max; r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < types.size(); c++) {
                List<String> values = lists.get(types.get(c));
                if (r < values.size()) {
                    row.createCell(c).setCellValue(values.get(r));
                }
            }
        }
        for (int c = 0; c < types.size(); c++) {
            sheet.setColumnWidth(c, 40 * 256);
        }
        wb.setSheetHidden(wb.getSheetIndex(sheet), true);
    }

    private String listTitle(ValueType type) {
        return switch (type) {
            case GENDER -> WorkbookLayout.GENDER;
            case RATING -> WorkbookLayout.RATING;
            case DISCIPLINE_FORM -> "Hình thức kỷ luật";
            case SCOPE -> WorkbookLayout.SCOPE;
            case FORM_TYPE -> WorkbookLayout.FORM_TYPE;
            case AWARD_KIND -> WorkbookLayout.AWARD_KIND;
            case UNIT_TYPE -> WorkbookLayout.UNIT_TYPE;
            default -> "Loại sáng kiến";
        };
    }

    /** The height of a 14 pt title row with Vietnamese capitals. */
    private static final float TITLE_POINTS = 24f;

    // ---- Hướng dẫn ----

    private void guide(SXSSFWorkbook wb) {
        SXSSFSheet sheet = wb.createSheet(WorkbookLayout.GUIDE);
        int[] widths = {20, 26, 26, 100};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        // one page wide: the explanations' column printed on pages of its own, away from its sheet and column
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        int r = 0;
        // the capitals' stacked marks (Ẫ, Ề) need more than the default height, or the title prints clipped
        line(sheet, r++, title, "HƯỚNG DẪN ĐIỀN BẢNG TÍNH NHẬP DỮ LIỆU THI ĐUA, KHEN THƯỞNG")
                .setHeightInPoints(TITLE_POINTS);
        for (String note : List.of(
                "1. Dòng 1 của mỗi sheet là tiêu đề cột: giữ đúng tên cột. Thứ tự cột có thể thay đổi; cột thêm vào "
                        + "được bỏ qua.",
                "2. Bắt buộc có sheet '" + WorkbookLayout.UNITS + "' và '" + WorkbookLayout.PEOPLE + "'. Các sheet khác "
                        + "không có dữ liệu thì có thể xóa; sheet có mặt thì phải đủ cột.",
                "3. Tệp được kiểm tra toàn bộ trước khi ghi: chỉ cần một lỗi là không dữ liệu nào được ghi; danh sách "
                        + "lỗi chỉ rõ sheet, dòng và cột.",
                "4. Nhập lại tệp sẽ cập nhật theo mã (đơn vị, cán bộ) và theo khóa tự nhiên (năm đánh giá, số quyết "
                        + "định, tên sáng kiến, khối và năm), không tạo bản ghi trùng.",
                "5. Chữ tiếng Việt dùng Unicode (không dùng bảng mã TCVN3/ABC hay VNI). Dòng trống được bỏ qua.",
                "6. Ngày nhập dạng ngày của Excel hoặc chữ dd/MM/yyyy. Số định danh cá nhân nên để ô dạng Văn bản "
                        + "để giữ các số 0 ở đầu.")) {
            // a note spans the four columns and takes the height of its lines (they overlapped the table below)
            Row row = line(sheet, r, wrap, note);
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, 0, widths.length - 1));
            SheetCells.fit(row, note, java.util.Arrays.stream(widths).sum());
            r++;
        }
        r++;
        Row h = sheet.createRow(r++);
        String[] heads = {"Sheet", "Cột", "Bắt buộc", "Định dạng, giá trị chấp nhận"};
        for (int i = 0; i < heads.length; i++) {
            Cell c = h.createCell(i);
            c.setCellValue(heads[i]);
            c.setCellStyle(header);
        }
        for (SheetSpec s : WorkbookLayout.SHEETS) {
            Row sr = sheet.createRow(r++);
            sr.createCell(0).setCellValue(s.name());
            sr.createCell(1).setCellValue(s.required() ? "Sheet bắt buộc" : "Sheet không bắt buộc");
            sr.getCell(0).setCellStyle(wrap);
            sr.getCell(1).setCellStyle(wrap);
            Cell purpose = sr.createCell(3);
            purpose.setCellValue(s.purpose());
            purpose.setCellStyle(wrap);
            SheetCells.fit(sr, s.purpose(), widths[3]);
            for (Column c : s.columns()) {
                Row cr = sheet.createRow(r++);
                String[] named = {s.name(), c.header(), c.headerRequired() ? c.need().label()
                        : c.need().label() + " (cột có thể không có)"};
                for (int i = 0; i < named.length; i++) { // top-aligned beside the wrapped explanation
                    Cell n = cr.createCell(i);
                    n.setCellValue(named[i]);
                    n.setCellStyle(wrap);
                    SheetCells.fit(cr, named[i], widths[i]);
                }
                Cell d = cr.createCell(3);
                d.setCellValue(describe(s, c));
                d.setCellStyle(wrap);
                SheetCells.fit(cr, d.getStringCellValue(), widths[3]);
            }
        }
        r = MovementSheetsIO.guide(sheet, r, wrap);
        if (exemplary != null) {
            r = ExemplarySheetsIO.guide(sheet, r, wrap);
        }
        r++;
        line(sheet, r++, title, "DANH MỤC DANH HIỆU THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG")
                .setHeightInPoints(TITLE_POINTS);
        Row kh = sheet.createRow(r++);
        String[] kheads = {"Loại", "Đối tượng", "Tên (ghi ở cột 'Danh hiệu/Hình thức')", "Căn cứ"};
        for (int i = 0; i < kheads.length; i++) {
            Cell c = kh.createCell(i);
            c.setCellValue(kheads[i]);
            c.setCellStyle(header);
        }
        for (AwardKind k : catalogue.kinds()) {
            Row kr = sheet.createRow(r++);
            kr.createCell(0).setCellValue(k.category().label());
            kr.createCell(1).setCellValue(subject(k.subject()));
            kr.createCell(2).setCellValue(k.name());
            Cell basis = kr.createCell(3);
            basis.setCellValue(k.legalBasis());
            basis.setCellStyle(wrap);
            SheetCells.fit(kr, k.legalBasis(), widths[3]);
        }
    }

    private static Row line(Sheet sheet, int r, CellStyle style, String value) {
        Row row = sheet.createRow(r);
        Cell c = row.createCell(0);
        c.setCellValue(value);
        c.setCellStyle(style);
        return row;
    }

    private static String subject(AwardSubject s) {
        return switch (s) {
            case CA_NHAN -> "Cá nhân";
            case TAP_THE -> "Tập thể";
            case CA_HAI -> "Cá nhân và tập thể";
        };
    }

    private static String labels(List<String> values) {
        return String.join(", ", values);
    }

    private String describe(SheetSpec s, Column c) {
        return switch (c.type()) {
            case TEXT -> switch (c.header()) {
                case WorkbookLayout.BLOC -> s.name().equals(WorkbookLayout.UNITS)
                        ? "Tên khối/cụm thi đua của đơn vị; khối chưa có sẽ được tạo theo tên (không phân biệt hoa "
                        + "thường, dấu)."
                        : "Tên khối thi đua đã ghi ở sheet '" + WorkbookLayout.UNITS + "' hoặc đã có trong dữ liệu.";
                case WorkbookLayout.DECISION_NO -> "Số, ký hiệu của quyết định, ví dụ 123/QĐ-UBND.";
                case WorkbookLayout.AUTHORITY -> "Người/cơ quan ký quyết định, ví dụ Chủ tịch UBND tỉnh.";
                default -> "Chữ.";
            };
            case CODE -> (s.name().equals(WorkbookLayout.UNITS) && c.header().equals(WorkbookLayout.UNIT_CODE))
                    || (s.name().equals(WorkbookLayout.PEOPLE) && c.header().equals(WorkbookLayout.PERSON_CODE))
                    ? "Mã duy nhất (chữ hoặc số, tối đa 50 ký tự). Nhập lại cùng mã sẽ cập nhật, không tạo mới."
                    : "Mã đã có ở sheet '" + (c.header().equals(WorkbookLayout.PERSON_CODE) ? WorkbookLayout.PEOPLE
                    : WorkbookLayout.UNITS) + "' hoặc đã có trong dữ liệu.";
            case DATE -> "Ngày của Excel hoặc chữ dạng dd/MM/yyyy, ví dụ 05/09/2024.";
            case YEAR -> "Năm 4 chữ số, từ " + WorkbookLayout.MIN_YEAR + " đến " + WorkbookLayout.MAX_YEAR + ".";
            case PERIOD -> "Năm thành tích (ví dụ 2024) hoặc giai đoạn (ví dụ 2021-2025).";
            case GENDER -> labels(lists.get(ValueType.GENDER)) + ".";
            case PERSONAL_ID -> "12 chữ số (Thông tư 59/2021/TT-BCA): 3 số mã tỉnh, 1 số thế kỷ và giới tính, 2 số "
                    + "năm sinh, 6 số ngẫu nhiên; phải khớp giới tính và năm sinh.";
            case RATING -> "Mã hoặc viết đầy đủ: " + WorkbookParser.acceptedRatings() + ".";
            case DISCIPLINE_FORM -> labels(lists.get(ValueType.DISCIPLINE_FORM)) + ".";
            case SCOPE -> labels(lists.get(ValueType.SCOPE)) + ".";
            case INITIATIVE_KIND -> labels(lists.get(ValueType.INITIATIVE_KIND)) + "; để trống hoặc không có cột "
                    + "này thì là Sáng kiến.";
            case AWARD_KIND -> "Tên đầy đủ theo danh mục ở cuối sheet này; danh hiệu cá nhân chỉ ghi cho Mã cán bộ, "
                    + "danh hiệu tập thể chỉ ghi cho Mã đơn vị. Chấp nhận: " + labels(lists.get(ValueType.AWARD_KIND))
                    + ".";
            case FORM_TYPE -> labels(lists.get(ValueType.FORM_TYPE)) + ".";
            case UNIT_TYPE -> labels(lists.get(ValueType.UNIT_TYPE)) + "; để trống thì theo đơn vị cấp trên; không có "
                    + "cột này thì giữ loại hình đã lưu. Doanh nghiệp, Hợp tác xã: hồ sơ khen thưởng cần văn bản xác nhận "
                    + "của cơ quan thuế và cơ quan bảo hiểm xã hội.";
        };
    }
}
