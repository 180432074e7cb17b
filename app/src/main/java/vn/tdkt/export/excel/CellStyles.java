package vn.tdkt.export.excel;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * One library of cell styles per workbook (POI TimesheetDemo), Times New Roman 12–13 pt, for the council's
 * print-ready lists.
 *
 * <p>Money is written as a number with an explicit Vietnamese grouping format: thousands shown with dots
 * ("1.234.567") whatever the reader's regional settings, because {@code #,##0} shows "1,234,567" in Excel and
 * LibreOffice on an English system. A literal dot is printed even where no digit stands before it (".5.000"), and a
 * number format allows only two conditions, so no single code groups every amount: {@link #MONEY_FORMAT} is right
 * below one billion, {@link #BIG_MONEY_FORMAT} from one million to below 10^15, and {@link #money(long)} /
 * {@link #totalMoney(long)} give every cell the style whose format is right for its value (decision 0047), so
 * 1.234.567.890 prints "1.234.567.890" and 5.000 prints "5.000". The cells stay numeric, so sums and filters work.
 */
public final class CellStyles {

    public static final String FONT = "Times New Roman";
    public static final String MONEY_FORMAT = "[>=1000000]#\\.###\\.##0;[>=1000]#\\.##0;0";
    public static final String BIG_MONEY_FORMAT =
            "[>=1000000000000]#\\.###\\.###\\.###\\.##0;[>=1000000000]#\\.###\\.###\\.##0;#\\.###\\.##0";
    /** Below this, {@link #MONEY_FORMAT} groups the value right; from it, {@link #BIG_MONEY_FORMAT}. */
    public static final long BILLION = 1_000_000_000L;

    /** The styles of the library. */
    public enum Style {
        /** Agency names above the title (upright). */
        AGENCY,
        /** Issuing agency, Quốc hiệu, Tiêu ngữ (bold). */
        AGENCY_BOLD,
        /** "DANH SÁCH …", 13 pt bold. */
        TITLE,
        /** "(Kèm theo …)", italic. */
        SUBTITLE,
        /** Table header: bold, centred, wrapped, bordered. */
        HEADER,
        /** Body text: bordered, wrapped, left. */
        TEXT,
        /** Body text: bordered, centred (STT, codes). */
        CENTER,
        /** Numbers: bordered, right, money grouping. */
        MONEY,
        /** Totals that may reach billions: bordered, right, bold. */
        TOTAL_MONEY,
        /** Total label: bordered, bold. */
        TOTAL_TEXT,
        /** Section rows of statistics: bordered, bold, left. */
        SECTION,
        /** Whole numbers in statistics: bordered, right, grouping. */
        COUNT,
        /** "Bằng chữ: …": italic, left, no border. */
        NOTE,
        /** Signature titles: bold, centred, no border. */
        SIGN_TITLE,
        /** "(Ký, họ tên)": italic, centred, no border. */
        SIGN_HINT
    }

    private final Map<Style, CellStyle> styles = new EnumMap<>(Style.class);
    private final CellStyle moneyBig;
    private final CellStyle amountBig;

    /** Builds the library; also makes Times New Roman 12 the workbook's default font (column widths, empty cells). */
    public CellStyles(Workbook wb) {
        Font standard = wb.getFontAt(0);
        standard.setFontName(FONT);
        standard.setFontHeightInPoints((short) 12);
        Font regular = font(wb, 12, false, false);
        Font bold = font(wb, 12, true, false);
        Font italic = font(wb, 12, false, true);
        Font title = font(wb, 13, true, false);
        DataFormat formats = wb.createDataFormat();
        styles.put(Style.AGENCY, plain(wb, regular, HorizontalAlignment.CENTER));
        styles.put(Style.AGENCY_BOLD, plain(wb, bold, HorizontalAlignment.CENTER));
        CellStyle titleStyle = plain(wb, title, HorizontalAlignment.CENTER);
        titleStyle.setWrapText(true);
        styles.put(Style.TITLE, titleStyle);
        styles.put(Style.SUBTITLE, plain(wb, italic, HorizontalAlignment.CENTER));
        CellStyle header = boxed(wb, bold, HorizontalAlignment.CENTER);
        header.setWrapText(true);
        styles.put(Style.HEADER, header);
        CellStyle text = boxed(wb, regular, HorizontalAlignment.LEFT);
        text.setWrapText(true);
        styles.put(Style.TEXT, text);
        styles.put(Style.CENTER, boxed(wb, regular, HorizontalAlignment.CENTER));
        CellStyle money = boxed(wb, regular, HorizontalAlignment.RIGHT);
        money.setDataFormat(formats.getFormat(MONEY_FORMAT));
        styles.put(Style.MONEY, money);
        amountBig = boxed(wb, regular, HorizontalAlignment.RIGHT);
        amountBig.setDataFormat(formats.getFormat(BIG_MONEY_FORMAT));
        CellStyle total = boxed(wb, bold, HorizontalAlignment.RIGHT);
        total.setDataFormat(formats.getFormat(MONEY_FORMAT));
        styles.put(Style.TOTAL_MONEY, total);
        moneyBig = boxed(wb, bold, HorizontalAlignment.RIGHT);
        moneyBig.setDataFormat(formats.getFormat(BIG_MONEY_FORMAT));
        styles.put(Style.TOTAL_TEXT, boxed(wb, bold, HorizontalAlignment.CENTER));
        styles.put(Style.SECTION, boxed(wb, bold, HorizontalAlignment.LEFT));
        CellStyle count = boxed(wb, regular, HorizontalAlignment.RIGHT);
        count.setDataFormat(formats.getFormat(MONEY_FORMAT));
        styles.put(Style.COUNT, count);
        CellStyle note = plain(wb, italic, HorizontalAlignment.LEFT);
        note.setWrapText(true);
        styles.put(Style.NOTE, note);
        styles.put(Style.SIGN_TITLE, plain(wb, bold, HorizontalAlignment.CENTER));
        styles.put(Style.SIGN_HINT, plain(wb, italic, HorizontalAlignment.CENTER));
    }

    public CellStyle get(Style s) {
        return styles.get(s);
    }

    /** The amount style (bordered, right) whose format groups this value right (see the class comment). */
    public CellStyle money(long value) {
        return value >= BILLION ? amountBig : styles.get(Style.MONEY);
    }

    /** The bold total style whose format groups this value right (see the class comment). */
    public CellStyle totalMoney(long value) {
        return value >= BILLION ? moneyBig : styles.get(Style.TOTAL_MONEY);
    }

    /** The number format that groups this value right: {@link #MONEY_FORMAT} below one billion, else the big one. */
    public static String formatFor(long value) {
        return value >= BILLION ? BIG_MONEY_FORMAT : MONEY_FORMAT;
    }

    private static Font font(Workbook wb, int pt, boolean bold, boolean italic) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) pt);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }

    private static CellStyle plain(Workbook wb, Font f, HorizontalAlignment align) {
        CellStyle s = wb.createCellStyle();
        s.setFont(f);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    private static CellStyle boxed(Workbook wb, Font f, HorizontalAlignment align) {
        CellStyle s = plain(wb, f, align);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }
}
