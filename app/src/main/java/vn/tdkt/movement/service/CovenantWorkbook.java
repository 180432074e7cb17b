package vn.tdkt.movement.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.LegacyConverter;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.movement.domain.BlocField;

/**
 * The sheet {@value #SHEET} that, beside the scoring sheet {@value BlocService#SHEET} of the same workbook, describes a
 * whole covenant (record 0063): row 1 the headers {@link #HEADERS} (any order), row 2 the covenant. The signers are the
 * units of the scoring sheet, the criteria and points those of the scoring sheet.
 */
final class CovenantWorkbook {

    static final String SHEET = "Giao ước thi đua";
    static final String BLOC = "Khối thi đua";
    static final String YEAR = "Năm";
    static final String PLAN = "Mã phong trào";
    static final String SIGNED = "Ngày ký";
    static final String PLACE = "Địa điểm ký";
    static final String CONTENT = "Nội dung giao ước";
    static final String CONFIRMED = "Ngày xác nhận";
    static final List<String> HEADERS = List.of(BLOC, YEAR, PLAN, SIGNED, PLACE, CONTENT, CONFIRMED);

    private CovenantWorkbook() {
    }

    /** The covenant's line as written; dates and year already checked (problems name sheet, row and column). */
    record Line(String bloc, int year, String planCode, LocalDate signedOn, String place, String content,
                LocalDate confirmedOn) {
    }

    /** Reads the sheet; the file's text cells are evidence for {@code legacy}, the bloc, place and content converted by it. */
    static Line read(Path file, LegacyConverter legacy) {
        if (!Files.isRegularFile(file)) {
            throw new AppException(Msg.of("bloc.import.noFile", file.toString()));
        }
        DataFormatter fmt = new DataFormatter(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sh = wb.getSheet(SHEET);
            if (sh == null) {
                throw new ValidationException(List.of(new Problem(SHEET, 0, "", BlocField.BLOC,
                        Msg.of("bloc.import.noSheet", SHEET))));
            }
            wb.forEach(s -> BlocService.observe(s, legacy)); // the whole file's evidence, the scoring sheet's too
            Map<String, Integer> col = new HashMap<>();
            Row head = sh.getRow(0);
            if (head != null) {
                head.forEach(c -> col.putIfAbsent(text(fmt, c), c.getColumnIndex()));
            }
            List<Problem> problems = new ArrayList<>();
            for (String h : List.of(BLOC, YEAR)) {
                if (!col.containsKey(h)) {
                    problems.add(new Problem(SHEET, 1, h, BlocField.BLOC, Msg.of("bloc.covenant.noColumn", h)));
                }
            }
            Row row = sh.getRow(1);
            if (problems.isEmpty() && (row == null || text(fmt, cell(row, col, BLOC)).isEmpty())) {
                problems.add(new Problem(SHEET, 2, BLOC, BlocField.BLOC, Msg.of("bloc.covenant.empty")));
            }
            for (int r = 2; r <= sh.getLastRowNum(); r++) {
                if (sh.getRow(r) != null && !text(fmt, cell(sh.getRow(r), col, BLOC)).isEmpty()) {
                    problems.add(new Problem(SHEET, r + 1, BLOC, BlocField.BLOC, Msg.of("bloc.covenant.oneOnly")));
                    break;
                }
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            String yearText = text(fmt, cell(row, col, YEAR));
            int year = 0;
            try {
                year = Integer.parseInt(yearText.replace(".0", ""));
            } catch (NumberFormatException e) {
                problems.add(new Problem(SHEET, 2, YEAR, BlocField.YEAR, Msg.of("bloc.covenant.badYear", yearText)));
            }
            LocalDate signed = date(fmt, cell(row, col, SIGNED), SIGNED, problems).orElse(null);
            LocalDate confirmed = date(fmt, cell(row, col, CONFIRMED), CONFIRMED, problems).orElse(null);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            return new Line(converted(fmt, row, col, BLOC, legacy), year, blank(converted(fmt, row, col, PLAN, legacy)),
                    signed, blank(converted(fmt, row, col, PLACE, legacy)), blank(converted(fmt, row, col, CONTENT, legacy)),
                    confirmed);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException || e instanceof AppException) {
                throw (RuntimeException) e;
            }
            throw new AppException(Msg.of("bloc.import.unreadable", file.getFileName().toString()));
        }
    }

    private static Cell cell(Row row, Map<String, Integer> col, String header) {
        Integer i = col.get(header);
        return i == null || row == null ? null : row.getCell(i);
    }

    private static Optional<LocalDate> date(DataFormatter fmt, Cell c, String header, List<Problem> problems) {
        if (c == null) {
            return Optional.empty();
        }
        if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
            return Optional.of(c.getLocalDateTimeCellValue().toLocalDate());
        }
        String t = text(fmt, c);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> d = VnFormat.parseDate(t);
        if (d.isEmpty()) {
            problems.add(new Problem(SHEET, 2, header, BlocField.YEAR, Msg.of("bloc.covenant.badDate", t)));
        }
        return d;
    }

    private static String converted(DataFormatter fmt, Row row, Map<String, Integer> col, String header,
                                    LegacyConverter legacy) {
        return BlocService.text(fmt, cell(row, col, header), legacy, SHEET, header);
    }

    private static String text(DataFormatter fmt, Cell c) {
        return c == null ? "" : VietnameseText.clean(fmt.formatCellValue(c)).strip();
    }

    private static String blank(String s) {
        return s.isEmpty() ? null : s;
    }
}
