package vn.tdkt.audit.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tdkt.audit.data.AuditRepository;
import vn.tdkt.audit.data.AuditTriggers;
import vn.tdkt.audit.domain.AuditChain;
import vn.tdkt.audit.domain.AuditEntry;
import vn.tdkt.audit.domain.Change;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Texts;
import vn.tdkt.export.AtomicWrite;
import vn.tdkt.export.excel.CellStyles;
import vn.tdkt.export.excel.SheetPrint;
import vn.tdkt.export.excel.TableSheet;

/**
 * The audit log: installs the row triggers that write it (every table, at every open), checks its hash chain, exports a
 * period to Excel, and gives a person's and a dossier's history. Entries are written only by the triggers, in the
 * transaction of each write (decision record 0031).
 */
public final class AuditService {

    public static final String SHEET = "Nhật ký";
    public static final List<String> COLUMNS = List.of("Số thứ tự", "Thời điểm", "Người thực hiện", "Màn hình / lệnh",
            "Bảng", "Khoá", "Thao tác", "Thay đổi (trước → sau)", "Trước", "Sau", "Mã băm mục trước", "Mã băm");
    private static final int HISTORY_LIMIT = 500;
    private static final int CELL_MAX = 32_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final Database db;

    public AuditService(Database db) {
        this.db = db;
        AuditTriggers.install(db.dsl());
    }

    /** Checks the whole chain in one consistent read. */
    public AuditChain.Result verify() {
        return db.transaction(dsl -> {
            AuditRepository repo = new AuditRepository(dsl);
            AuditRepository.Head head = repo.head();
            AuditChain.Verifier v = new AuditChain.Verifier();
            repo.forEach(v::accept);
            return v.finish(head.seq(), head.hash());
        });
    }

    /** The newest entries about a person (the person's row, assignments, history rows naming it), newest first. */
    public List<AuditEntry> personHistory(long personId) {
        return db.transaction(dsl -> new AuditRepository(dsl).forPerson(personId, HISTORY_LIMIT));
    }

    /** The newest entries about a dossier (its row, subjects, checks, attachments, log), newest first. */
    public List<AuditEntry> dossierHistory(long dossierId) {
        return db.transaction(dsl -> new AuditRepository(dsl).forDossier(dossierId, HISTORY_LIMIT));
    }

    /** How many entries the log holds. */
    public int count() {
        return db.transaction(dsl -> new AuditRepository(dsl).count());
    }

    /** Writes the entries from {@code from} to {@code to} (both days included) to an .xlsx; returns how many. */
    public int export(LocalDate from, LocalDate to, Path file, Locale locale) {
        if (to.isBefore(from)) {
            throw new AppException(Msg.of("audit.export.badPeriod", from, to));
        }
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new AppException(Msg.of("audit.export.xlsxOnly", file.getFileName().toString()));
        }
        int[] count = {0};
        AtomicWrite.write(file, out -> {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
                CellStyles styles = new CellStyles(wb);
                Sheet sheet = wb.createSheet(SHEET);
                TableSheet.header(sheet, 0, COLUMNS, styles);
                TableSheet.widths(sheet, 8, 19, 16, 18, 18, 10, 8, 60, 30, 30, 18, 18);
                SheetPrint.apply(sheet, true, 0, 0);
                db.transaction(dsl -> {
                    new AuditRepository(dsl).between(from.atStartOfDay(), to.plusDays(1).atStartOfDay(), e -> {
                        Row r = sheet.createRow(++count[0]);
                        r.createCell(0).setCellValue(e.seq());
                        text(r, 1, TIME.format(e.writtenAt()), styles);
                        text(r, 2, e.actor(), styles);
                        text(r, 3, e.source(), styles);
                        text(r, 4, e.table(), styles);
                        text(r, 5, e.key(), styles);
                        text(r, 6, Texts.get(locale, Change.operationKey(e.operation())), styles);
                        text(r, 7, Change.describe(e), styles);
                        text(r, 8, e.before(), styles);
                        text(r, 9, e.after(), styles);
                        text(r, 10, e.prevHash(), styles);
                        text(r, 11, e.hash(), styles);
                        r.getCell(0).setCellStyle(styles.get(CellStyles.Style.CENTER));
                    });
                    return null;
                });
                wb.write(out);
                wb.dispose();
            }
        });
        return count[0];
    }

    private static void text(Row r, int col, String value, CellStyles styles) {
        Cell c = r.createCell(col);
        if (value != null) {
            c.setCellValue(value.length() > CELL_MAX ? value.substring(0, CELL_MAX) + "…" : value);
        }
        c.setCellStyle(styles.get(CellStyles.Style.TEXT));
    }
}
