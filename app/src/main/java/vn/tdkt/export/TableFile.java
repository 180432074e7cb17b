package vn.tdkt.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;

/**
 * A list written as CSV (UTF-8 with BOM, so Excel reads the Vietnamese letters) or as a streamed xlsx, chosen by the
 * file's extension, atomically ({@link AtomicWrite}); any other extension is refused with the caller's message. The
 * CSV lines are RFC 4180 ({@link #csvLine}).
 */
public final class TableFile {

    private static final char BOM = '\uFEFF';

    /** Writes the CSV rows. */
    @FunctionalInterface
    public interface Csv {
        void write(Writer w) throws IOException;
    }

    /** Fills the workbook. */
    @FunctionalInterface
    public interface Xlsx {
        void write(SXSSFWorkbook wb) throws IOException;
    }

    private TableFile() {
    }

    public static void write(Path file, Csv csv, Xlsx xlsx, Msg unsupported) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            AtomicWrite.write(file, out -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                w.write(BOM);
                csv.write(w);
                w.flush();
            });
        } else if (name.endsWith(".xlsx")) {
            AtomicWrite.write(file, out -> {
                try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
                    xlsx.write(wb);
                    wb.write(out);
                    wb.dispose();
                }
            });
        } else {
            throw new AppException(unsupported);
        }
    }

    /** One CSV line of the cells, ended by CR LF; each field as {@link #csvField} writes it. */
    public static void csvLine(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(csvField(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** RFC 4180: a field with a comma, quote, CR or LF is enclosed in quotes, its quotes doubled; null is empty. */
    public static String csvField(String s) {
        if (s == null) {
            return "";
        }
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
