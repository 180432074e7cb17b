package vn.tdkt.council.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.ConversionsNotAccepted;
import vn.tdkt.common.domain.LegacyConverter;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.council.domain.BallotCounts;
import vn.tdkt.council.domain.CouncilRules;
import vn.tdkt.council.domain.CountField;
import vn.tdkt.council.domain.TallyCalculator;
import vn.tdkt.council.domain.TallyOutcome;
import vn.tdkt.council.domain.TallyResult;
import vn.tdkt.council.domain.VoteCount;
import vn.tdkt.council.domain.VoteThreshold;
import vn.tdkt.export.excel.CellStyles;
import vn.tdkt.export.excel.SheetPrint;
import vn.tdkt.export.excel.TextFit;

/**
 * The tally workbook the counting board fills (a contract other offices' scripts rely on):
 * sheet {@value #SHEET}; A1..A5 the labels of the counts, their numbers in B1..B5; row 7 the headers
 * {@link #HEADERS}; one candidate per row below. The result adds the columns {@link #RESULT_HEADERS}.
 * Two counts were added in the cells that layout left empty, so that a file filled from the old template reads as before
 * (#13): Số phiếu không hợp lệ in A6/B6 ({@link #INVALID_ROW}), checked against thu về − hợp lệ when given, and a column
 * {@link #H_AGAINST} after Số phiếu đồng ý (G in the template), checked against the valid ballots when given; the result
 * keeps G..K for its own columns and moves that column after them (L).
 */
public final class TallyWorkbook {

    private static final Logger LOGGER = LoggerFactory.getLogger(TallyWorkbook.class);

    public static final String SHEET = "Kiểm phiếu";
    public static final List<CountField> COUNT_ROWS = List.of(CountField.TOTAL, CountField.PRESENT, CountField.ISSUED,
            CountField.RETURNED, CountField.VALID);
    /** 1-based row of the headers. */
    public static final int HEADER_ROW = 7;
    public static final String H_STT = "STT";
    public static final String H_CODE = "Mã";
    public static final String H_NAME = "Họ và tên";
    public static final String H_TITLE = "Danh hiệu/Hình thức";
    public static final String H_QUOTA = "Chỉ tiêu";
    public static final String H_VOTES = "Số phiếu đồng ý";
    public static final List<String> HEADERS = List.of(H_STT, H_CODE, H_NAME, H_TITLE, H_QUOTA, H_VOTES);
    public static final String H_PERCENT = "Tỷ lệ (%)";
    public static final String H_RESULT = "Kết quả";
    public static final String H_RANK = "Thứ hạng";
    public static final String H_NOTE = "Ghi chú";
    /**
     * What the tally decides once the quota is applied (Được đề nghị, Vượt chỉ tiêu, Đồng hạng tại điểm cắt, Không đạt
     * ngưỡng): "Kết quả" says only whether the threshold was reached, so a candidate beyond the quota read "Đạt" with
     * nothing but a note (#13). Added after the existing columns, which keep their names and values.
     */
    public static final String H_SELECTION = "Đề nghị";
    public static final List<String> RESULT_HEADERS = List.of(H_PERCENT, H_RESULT, H_RANK, H_NOTE, H_SELECTION);
    /** The title printed at the head of every page of the template and the result. */
    private static final String PRINT_TITLE = "&\"Times New Roman,Bold\"&13BẢNG KIỂM PHIẾU";
    /** 1-based row of Số phiếu không hợp lệ, optional: the row the old layout left empty above the headers (#13). */
    public static final int INVALID_ROW = 6;
    /** Số phiếu không đồng ý of each candidate, optional: found by its header right of {@link #HEADERS} (#13). */
    public static final String H_AGAINST = "Số phiếu không đồng ý";
    /** 0-based column of {@link #H_AGAINST} in the result, after every result column (L). */
    public static final int RESULT_AGAINST_COLUMN = HEADERS.size() + RESULT_HEADERS.size();

    private TallyWorkbook() {
    }

    /** One candidate line of the template: quota may be null. */
    public record TemplateRow(String code, String name, String titleName, Integer quota) {
    }

    /** One filled candidate line; {@code row} is the 1-based Excel row; {@code against} null when not written. */
    public record Line(int row, String code, String name, String titleCode, Integer quota, int votes, Integer against) {
    }

    /**
     * What a filled workbook says: the counts, the candidate lines and the cells typed in TCVN3 or VNI that were read
     * as Unicode (decision 10), written only once the clerk accepts them.
     */
    public record Filled(BallotCounts counts, List<Line> lines, List<LegacyConverter.Conversion> conversions) {

        public Filled {
            conversions = List.copyOf(conversions);
        }

        /** Quota per title code (null when none), titles in order of first appearance. */
        public Map<String, Integer> quotas() {
            Map<String, Integer> out = new LinkedHashMap<>();
            for (Line l : lines) {
                if (out.get(l.titleCode()) == null) {
                    out.put(l.titleCode(), l.quota());
                }
            }
            return out;
        }
    }

    /** What a tally run produced: one result per title, candidate ids being Excel row numbers. */
    public record Report(List<TallyResult> results) {

        public long candidates() {
            return results.stream().mapToLong(r -> r.outcomes().size()).sum();
        }

        public long count(Predicate<TallyOutcome> which) {
            return results.stream().flatMap(r -> r.outcomes().stream()).filter(which).count();
        }
    }

    /** Writes the workbook for the counting board: labels, headers, the given candidates, counts left empty. */
    public static void writeTemplate(Path file, List<TemplateRow> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(SHEET);
            // print-ready (issue #13): Times New Roman, the table bordered, A4 landscape fitted to the width, the header
            // repeated, the title and page numbers printed; the cells keep their places (the tally reads them there)
            CellStyles styles = new CellStyles(wb);
            CellStyle bold = styles.get(CellStyles.Style.HEADER);
            CellStyle text = styles.get(CellStyles.Style.TEXT);
            CellStyle center = styles.get(CellStyles.Style.CENTER);
            for (int i = 0; i < COUNT_ROWS.size(); i++) {
                Row row = sheet.createRow(i);
                Cell label = row.createCell(0);
                label.setCellValue(COUNT_ROWS.get(i).label());
                label.setCellStyle(text);
                row.createCell(1).setCellStyle(center);
            }
            Row invalid = sheet.createRow(INVALID_ROW - 1);
            Cell invalidLabel = invalid.createCell(0);
            invalidLabel.setCellValue(CountField.INVALID.label());
            invalidLabel.setCellStyle(text);
            invalid.createCell(1).setCellStyle(center);
            Row header = sheet.createRow(HEADER_ROW - 1);
            header.setHeightInPoints(TextFit.height(2));
            for (int c = 0; c < HEADERS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(HEADERS.get(c));
                cell.setCellStyle(bold);
            }
            Cell againstHeader = header.createCell(HEADERS.size());
            againstHeader.setCellValue(H_AGAINST);
            againstHeader.setCellStyle(bold);
            for (int i = 0; i < rows.size(); i++) {
                TemplateRow t = rows.get(i);
                Row r = sheet.createRow(HEADER_ROW + i);
                Cell stt = r.createCell(0);
                stt.setCellValue(i + 1);
                stt.setCellStyle(center);
                r.createCell(1).setCellValue(t.code());
                r.createCell(2).setCellValue(t.name());
                r.createCell(3).setCellValue(t.titleName());
                for (int c = 1; c <= 3; c++) {
                    r.getCell(c).setCellStyle(text);
                }
                Cell quota = r.createCell(4);
                if (t.quota() != null) {
                    quota.setCellValue(t.quota());
                }
                quota.setCellStyle(center);
                r.createCell(5).setCellStyle(center);
                r.createCell(HEADERS.size()).setCellStyle(center);
                int lines = Math.max(TextFit.lines(t.name(), 30), TextFit.lines(t.titleName(), 40));
                r.setHeightInPoints(TextFit.height(lines));
            }
            int[] widths = {32, 12, 30, 40, 10, 16, 16};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            SheetPrint.apply(sheet, true, HEADER_ROW - 1, HEADER_ROW - 1);
            sheet.getHeader().setCenter(PRINT_TITLE);
            save(wb, file);
        } catch (IOException e) {
            LOGGER.warn("Cannot write {}", file, e);
            throw new AppException(Msg.of("council.tallyBook.cannotWrite", file.toString()), e);
        }
    }

    /**
     * Reads a filled workbook, tallies every title against its threshold on {@code day} and writes the same
     * workbook with the result columns to {@code out} (through a temporary file, so a failure leaves nothing
     * half-written).
     *
     * @throws ValidationException when the workbook is missing, malformed, or its numbers do not add up
     */
    public static Report tally(Path in, Path out, Catalogue catalogue, CouncilRules rules, LocalDate day) {
        return tally(in, out, catalogue, rules, day, false, (r, lines) -> r);
    }

    /**
     * {@link #tally(Path, Path, Catalogue, CouncilRules, LocalDate)} with a last step on each title's result before it is
     * written (the women at a tie marked in Ghi chú); candidates are identified by their row. A workbook with cells
     * converted from TCVN3 / VNI is refused with them ({@link ConversionsNotAccepted}) unless {@code acceptConversions};
     * once accepted, the result is written with the converted text.
     */
    public static Report tally(Path in, Path out, Catalogue catalogue, CouncilRules rules, LocalDate day,
                               boolean acceptConversions,
                               java.util.function.BiFunction<TallyResult, List<Line>, TallyResult> adjust) {
        try (XSSFWorkbook wb = open(in)) {
            Sheet sheet = sheet(wb, in);
            Filled filled = read(sheet, catalogue);
            List<Problem> problems = new ArrayList<>();
            Map<String, VoteThreshold> thresholds = new LinkedHashMap<>();
            for (Line l : filled.lines()) {
                if (!thresholds.containsKey(l.titleCode())) {
                    Optional<VoteThreshold> t = rules.threshold(l.titleCode(), day);
                    t.ifPresent(v -> thresholds.put(l.titleCode(), v));
                    if (t.isEmpty()) {
                        thresholds.put(l.titleCode(), null);
                        problems.add(new Problem(SHEET, l.row(), H_TITLE, Msg.of("council.problem.noThreshold",
                                catalogue.require(l.titleCode()).name(), day)));
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            ConversionsNotAccepted.check(filled.conversions(), acceptConversions);
            writeConverted(sheet, filled.conversions());
            Map<String, Integer> quotas = filled.quotas();
            List<TallyResult> results = new ArrayList<>();
            for (Map.Entry<String, VoteThreshold> t : thresholds.entrySet()) {
                List<VoteCount> votes = filled.lines().stream().filter(l -> l.titleCode().equals(t.getKey()))
                        .map(l -> new VoteCount(l.row(), l.votes(), l.against())).toList();
                List<Line> lines = filled.lines().stream().filter(l -> l.titleCode().equals(t.getKey())).toList();
                results.add(adjust.apply(TallyCalculator.tally(t.getKey(), 1, filled.counts(), t.getValue(),
                        quotas.get(t.getKey()), votes), lines));
            }
            writeResults(wb, sheet, results, filled.lines());
            save(wb, out);
            LOGGER.info("Tallied {} candidates of {} into {}", filled.lines().size(), in, out);
            return new Report(results);
        } catch (IOException e) {
            LOGGER.warn("Cannot write {}", out, e);
            throw new AppException(Msg.of("council.tallyBook.cannotWrite", out.toString()), e);
        }
    }

    /** Reads a filled workbook without tallying it (import into a meeting). */
    public static Filled read(Path in, Catalogue catalogue) {
        try (XSSFWorkbook wb = open(in)) {
            return read(sheet(wb, in), catalogue);
        } catch (IOException e) {
            LOGGER.warn("Cannot read {}", in, e);
            throw new AppException(Msg.of("council.tallyBook.cannotRead", in.toString()), e);
        }
    }

    private static XSSFWorkbook open(Path in) {
        try (InputStream s = Files.newInputStream(in)) {
            return new XSSFWorkbook(s);
        } catch (NoSuchFileException e) {
            throw new ValidationException(List.of(Problem.file(Msg.of("council.tallyBook.notFound", in.toString()))));
        } catch (IOException | RuntimeException e) {
            LOGGER.warn("Cannot read {} as a workbook", in, e);
            throw new ValidationException(List.of(Problem.file(Msg.of("council.tallyBook.notXlsx", in.getFileName().toString()))));
        }
    }

    private static Sheet sheet(XSSFWorkbook wb, Path in) {
        Sheet sheet = wb.getSheet(SHEET);
        if (sheet == null) {
            throw new ValidationException(List.of(Problem.file(Msg.of("council.tallyBook.noSheet", in.getFileName().toString(), SHEET))));
        }
        return sheet;
    }

    /** The converted cells written back as Unicode in the result (their column by header, as read). */
    private static void writeConverted(Sheet sheet, List<LegacyConverter.Conversion> conversions) {
        for (LegacyConverter.Conversion c : conversions) {
            int col = HEADERS.indexOf(c.column());
            Row row = sheet.getRow(c.row() - 1);
            if (col >= 0 && row != null && row.getCell(col) != null) {
                row.getCell(col).setCellValue(c.after());
            }
        }
    }

    private static Filled read(Sheet sheet, Catalogue catalogue) {
        LegacyConverter legacy = new LegacyConverter();
        for (int r = HEADER_ROW; r <= sheet.getLastRowNum(); r++) {
            for (int c = 1; c <= 3; c++) {
                Cell cell = cell(sheet, r, c);
                if (cell != null && cell.getCellType() == CellType.STRING) {
                    legacy.observe(cell.getStringCellValue());
                }
            }
        }
        List<Problem> problems = new ArrayList<>();
        int[] counts = new int[COUNT_ROWS.size()];
        for (int i = 0; i < COUNT_ROWS.size(); i++) {
            String label = COUNT_ROWS.get(i).label();
            String found = text(cell(sheet, i, 0));
            if (!VietnameseText.fold(found).equals(VietnameseText.fold(label))) {
                problems.add(new Problem(SHEET, i + 1, label, found.isEmpty() ? Msg.of("council.tallyBook.labelMissing", label)
                        : Msg.of("council.tallyBook.labelWrong", label, found)));
            }
            Cell value = cell(sheet, i, 1);
            if (text(value).isEmpty()) {
                problems.add(new Problem(SHEET, i + 1, label, Msg.of("council.tallyBook.countMissing", COUNT_ROWS.get(i).lowerText())));
            } else {
                Integer n = integer(value);
                if (n == null) {
                    problems.add(new Problem(SHEET, i + 1, label, Msg.of("council.tallyBook.countNotWhole",
                            COUNT_ROWS.get(i).lowerText(), text(value))));
                } else {
                    counts[i] = n;
                }
            }
        }
        Integer invalid = invalidCount(sheet, problems);
        for (int c = 0; c < HEADERS.size(); c++) {
            String found = text(cell(sheet, HEADER_ROW - 1, c));
            if (!VietnameseText.fold(found).equals(VietnameseText.fold(HEADERS.get(c)))) {
                problems.add(new Problem(SHEET, HEADER_ROW, HEADERS.get(c), found.isEmpty()
                        ? Msg.of("council.tallyBook.headerMissing", HEADERS.get(c))
                        : Msg.of("council.tallyBook.headerWrong", HEADERS.get(c), found)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        int valid = counts[4];
        // not written (a file of the old layout, or the cell left empty): thu về − hợp lệ, as before
        BallotCounts ballot = new BallotCounts(counts[0], counts[1], counts[2], counts[3], valid,
                invalid != null ? invalid : Math.max(0, counts[3] - valid));
        for (BallotCounts.CountProblem p : ballot.check()) {
            if (p.field() == CountField.INVALID && invalid != null) {
                problems.add(new Problem(SHEET, INVALID_ROW, CountField.INVALID.label(), p.text()));
            } else {
                int row = p.field() == CountField.INVALID ? COUNT_ROWS.size() : COUNT_ROWS.indexOf(p.field()) + 1;
                problems.add(new Problem(SHEET, row, COUNT_ROWS.get(row - 1).label(), p.text()));
            }
        }
        int againstCol = againstColumn(sheet);
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> quotaOf = new LinkedHashMap<>();
        for (int r = HEADER_ROW; r <= sheet.getLastRowNum(); r++) {
            int excelRow = r + 1;
            String code = converted(sheet, r, 1, legacy);
            String name = VietnameseText.clean(converted(sheet, r, 2, legacy));
            String title = converted(sheet, r, 3, legacy);
            Cell quotaCell = cell(sheet, r, 4);
            Cell votesCell = cell(sheet, r, 5);
            Cell againstCell = againstCol < 0 ? null : cell(sheet, r, againstCol);
            if (code.isEmpty() && name.isEmpty() && title.isEmpty() && text(quotaCell).isEmpty() && text(votesCell).isEmpty()
                    && text(againstCell).isEmpty()) {
                continue;
            }
            int before = problems.size();
            if (name.isEmpty()) {
                problems.add(new Problem(SHEET, excelRow, H_NAME, Msg.of("council.tallyBook.noName")));
            }
            Optional<AwardKind> kind = catalogue.resolve(title);
            if (title.isEmpty()) {
                problems.add(new Problem(SHEET, excelRow, H_TITLE, Msg.of("council.tallyBook.noTitle")));
            } else if (kind.isEmpty()) {
                problems.add(new Problem(SHEET, excelRow, H_TITLE, Msg.of("council.tallyBook.unknownTitle", title)));
            }
            Integer quota = null;
            if (!text(quotaCell).isEmpty()) {
                quota = integer(quotaCell);
                if (quota == null || quota < 1) {
                    problems.add(new Problem(SHEET, excelRow, H_QUOTA, Msg.of("council.tallyBook.quotaNotPositive", text(quotaCell))));
                    quota = null;
                } else if (kind.isPresent()) {
                    Integer earlier = quotaOf.putIfAbsent(kind.get().code(), quota);
                    if (earlier != null && !earlier.equals(quota)) {
                        problems.add(new Problem(SHEET, excelRow, H_QUOTA, Msg.of("council.tallyBook.quotaDiffers", quota, earlier,
                                kind.get().name())));
                    }
                }
            }
            Integer votes = null;
            if (text(votesCell).isEmpty()) {
                problems.add(new Problem(SHEET, excelRow, H_VOTES, Msg.of("council.tallyBook.noVotes")));
            } else {
                votes = integer(votesCell);
                if (votes == null) {
                    problems.add(new Problem(SHEET, excelRow, H_VOTES, Msg.of("council.tallyBook.votesNotWhole", text(votesCell))));
                } else {
                    ballot.voteProblem(votes).ifPresent(m -> problems.add(new Problem(SHEET, excelRow, H_VOTES, m)));
                }
            }
            Integer against = null;
            if (!text(againstCell).isEmpty()) {
                against = integer(againstCell);
                if (against == null) {
                    problems.add(new Problem(SHEET, excelRow, H_AGAINST, Msg.of("council.tallyBook.againstNotWhole",
                            text(againstCell))));
                } else {
                    // votes refused above are not counted twice: the disagreeing ones are checked on their own
                    int agreeing = votes == null || ballot.voteProblem(votes).isPresent() ? 0 : votes;
                    ballot.againstProblem(agreeing, against).ifPresent(m -> problems.add(new Problem(SHEET, excelRow, H_AGAINST, m)));
                }
            }
            if (problems.size() == before) {
                lines.add(new Line(excelRow, code, name, kind.orElseThrow().code(), quota, votes, against));
            }
        }
        problems.addAll(legacy.problems());
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(SHEET, HEADER_ROW + 1, null, Msg.of("council.tallyBook.noCandidates")));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        List<Line> withQuota = lines.stream().map(l -> new Line(l.row(), l.code(), l.name(), l.titleCode(),
                quotaOf.get(l.titleCode()), l.votes(), l.against())).toList();
        return new Filled(ballot, withQuota, legacy.conversions());
    }

    /**
     * Số phiếu không hợp lệ when A6 holds its label and B6 a number; null when the label or the number is absent (a file
     * of the old layout: the row was empty), a problem when B6 is not a whole number.
     */
    private static Integer invalidCount(Sheet sheet, List<Problem> problems) {
        String label = CountField.INVALID.label();
        if (!VietnameseText.fold(text(cell(sheet, INVALID_ROW - 1, 0))).equals(VietnameseText.fold(label))) {
            return null;
        }
        Cell value = cell(sheet, INVALID_ROW - 1, 1);
        if (text(value).isEmpty()) {
            return null;
        }
        Integer n = integer(value);
        if (n == null) {
            problems.add(new Problem(SHEET, INVALID_ROW, label, Msg.of("council.tallyBook.countNotWhole",
                    CountField.INVALID.lowerText(), text(value))));
        }
        return n;
    }

    /** The 0-based column headed {@link #H_AGAINST} right of {@link #HEADERS}, or −1 (a file of the old layout). */
    private static int againstColumn(Sheet sheet) {
        Row header = sheet.getRow(HEADER_ROW - 1);
        if (header == null) {
            return -1;
        }
        for (int c = HEADERS.size(); c < Math.max(header.getLastCellNum(), 0); c++) {
            if (VietnameseText.fold(text(header.getCell(c))).equals(VietnameseText.fold(H_AGAINST))) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The board's Số phiếu không đồng ý moved to {@link #RESULT_AGAINST_COLUMN}, after the result's columns, which keep
     * the places G..K scripts read; nothing when the workbook has no such column.
     */
    private static void moveAgainst(Sheet sheet, List<Line> lines, CellStyle headerStyle, CellStyle center) {
        int from = againstColumn(sheet);
        if (from < 0) {
            return;
        }
        Row header = sheet.getRow(HEADER_ROW - 1);
        for (int r = HEADER_ROW - 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(from);
            if (cell != null) {
                row.removeCell(cell);
            }
        }
        Cell head = header.createCell(RESULT_AGAINST_COLUMN);
        head.setCellValue(H_AGAINST);
        head.setCellStyle(headerStyle);
        for (Line l : lines) {
            Row row = sheet.getRow(l.row() - 1);
            Cell cell = row.createCell(RESULT_AGAINST_COLUMN);
            if (l.against() != null) {
                cell.setCellValue(l.against());
            }
            cell.setCellStyle(center);
        }
        sheet.setColumnWidth(RESULT_AGAINST_COLUMN, 16 * 256);
    }

    /** A candidate cell as text, converted from TCVN3 / VNI when typed so (the converter keeps it for the preview). */
    private static String converted(Sheet sheet, int r, int c, LegacyConverter legacy) {
        Cell cell = cell(sheet, r, c);
        if (cell == null || cell.getCellType() != CellType.STRING) {
            return text(cell);
        }
        return legacy.convert(SHEET, r + 1, HEADERS.get(c), cell.getStringCellValue()).trim();
    }

    /**
     * The result columns G..K, bordered like the template, each row as tall as its Ghi chú; the board's Số phiếu không
     * đồng ý after them; the sheet printed as the template is (a file of the old layout had no print setup, #13).
     */
    private static void writeResults(Workbook wb, Sheet sheet, List<TallyResult> results, List<Line> lines) {
        CellStyles styles = new CellStyles(wb);
        CellStyle headerStyle = styles.get(CellStyles.Style.HEADER);
        CellStyle center = styles.get(CellStyles.Style.CENTER);
        CellStyle text = styles.get(CellStyles.Style.TEXT);
        moveAgainst(sheet, lines, headerStyle, center);
        Row header = sheet.getRow(HEADER_ROW - 1);
        for (int c = 0; c < RESULT_HEADERS.size(); c++) {
            Cell cell = header.createCell(HEADERS.size() + c);
            cell.setCellValue(RESULT_HEADERS.get(c));
            cell.setCellStyle(headerStyle);
        }
        header.setHeightInPoints(Math.max(header.getHeightInPoints(), TextFit.height(2)));
        CellStyle twoDecimals = wb.createCellStyle();
        twoDecimals.cloneStyleFrom(center);
        twoDecimals.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        int[] widths = {10, 11, 9, 40, 20};
        for (TallyResult result : results) {
            for (TallyOutcome o : result.outcomes()) {
                Row row = sheet.getRow((int) o.candidateId() - 1);
                Cell percent = row.createCell(HEADERS.size());
                percent.setCellValue(o.percent().doubleValue());
                percent.setCellStyle(twoDecimals);
                String[] texts = {o.result(), null, o.note(), o.selection().label()};
                for (int i = 0; i < texts.length; i++) {
                    Cell cell = row.createCell(HEADERS.size() + 1 + i);
                    if (texts[i] == null) {
                        cell.setCellValue(o.rank());
                    } else {
                        cell.setCellValue(texts[i]);
                    }
                    cell.setCellStyle(i < 2 ? center : text);
                }
                int noteLines = Math.max(TextFit.lines(o.note(), widths[3]), TextFit.lines(o.selection().label(), widths[4]));
                row.setHeightInPoints(Math.max(row.getHeightInPoints(), TextFit.height(noteLines)));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(HEADERS.size() + c, widths[c] * 256);
        }
        SheetPrint.apply(sheet, true, HEADER_ROW - 1, HEADER_ROW - 1);
        sheet.getHeader().setCenter(PRINT_TITLE);
    }

    private static void save(Workbook wb, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path tmp = Files.createTempFile(absolute.getParent(), "tdkt-", ".xlsx.part");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                wb.write(os);
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The cell, or null when the row or the cell does not exist. */
    private static Cell cell(Sheet sheet, int row, int col) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(col);
    }

    /** The cell as text: numbers without ".0", formulas by their cached value, trimmed; "" for no cell. */
    private static String text(Cell c) {
        if (c == null) {
            return "";
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case STRING -> c.getStringCellValue().trim();
            case NUMERIC -> {
                double d = c.getNumericCellValue();
                yield d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
            }
            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
            default -> "";
        };
    }

    /** The cell as a whole number, or null when it holds anything else (7.5, "mười"). */
    private static Integer integer(Cell c) {
        String t = text(c);
        if (!t.matches("-?\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(t);
    }
}
