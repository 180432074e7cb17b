package vn.tdkt.council.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Texts;
import vn.tdkt.council.service.TallyWorkbook;

/**
 * {@code tdkt template --tally FILE.xlsx}: writes the empty tally workbook the counting board fills (sheet
 * "Kiểm phiếu", count labels in A1..A5 with B1..B5 empty, headers in row 7). Needs no database.
 */
public final class TallyTemplateWriter {

    private final Locale locale;

    public TallyTemplateWriter(Locale locale) {
        this.locale = locale;
    }

    /** Writes the template; returns the exit code (0 written, 1 not written, the reason printed on err). */
    public int write(Path file, PrintWriter out, PrintWriter err) {
        try {
            TallyWorkbook.writeTemplate(file, List.of());
            out.println(Texts.format(locale, "cli.template.tallyDone", file.toString()));
            return 0;
        } catch (AppException e) {
            err.println(e.text(locale));
            return 1;
        }
    }
}
