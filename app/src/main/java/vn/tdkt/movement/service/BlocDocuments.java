package vn.tdkt.movement.service;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.export.domain.VnDocText;
import vn.tdkt.export.excel.CellStyles;
import vn.tdkt.export.excel.SheetPrint;
import vn.tdkt.export.word.Nd30Document;
import vn.tdkt.movement.data.BlocRepository;
import vn.tdkt.movement.data.MovementRepository;
import vn.tdkt.movement.domain.BlocCriterion;
import vn.tdkt.movement.domain.BlocProposal;
import vn.tdkt.movement.domain.BlocRanking;
import vn.tdkt.movement.domain.BlocScore;
import vn.tdkt.movement.domain.Covenant;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.regime.domain.RegimeDocument;

/**
 * The files of a bloc's year-end scoring: the scoring workbook the bloc fills ({@value BlocService#SHEET}, read back
 * by {@link BlocService#importScores}) and, once the ranking is confirmed, the Tờ trình proposing the first unit for
 * the Cờ thi đua and the second for a Bằng khen (seed 001 §IV.2).
 */
public final class BlocDocuments {

    /** The sheet that explains how to fill the scoring sheet (ignored by the import). */
    public static final String GUIDE_SHEET = "Hướng dẫn";

    private final Database db;
    private final CatalogueService catalogue;
    private final BlocRepository repo = new BlocRepository();
    private final MovementRepository movements = new MovementRepository();

    public BlocDocuments(Database db, CatalogueService catalogue) {
        this.db = db;
        this.catalogue = catalogue;
    }

    private record Loaded(Covenant covenant, String blocName, List<BlocScore> scores, Map<Long, String> names,
                          Map<Long, String> codes, Movement plan) {
    }

    private Loaded load(long covenantId) {
        return db.transaction(tx -> {
            Covenant c = repo.covenant(tx, covenantId).orElseThrow(() -> new AppException(Msg.of("bloc.problem.gone")));
            String bloc = repo.blocName(tx, c.blocId()).orElseThrow(() -> new AppException(Msg.of("bloc.problem.noBloc")));
            Movement plan = c.movementId() == null ? null : movements.find(tx, c.movementId()).orElse(null);
            return new Loaded(c, bloc, repo.scores(tx, covenantId), movements.unitNames(tx), movements.unitCodes(tx), plan);
        });
    }

    /**
     * Writes the scoring workbook of a covenant: row 1 {@value BlocService#UNIT_CODE}, {@value BlocService#UNIT_NAME} and
     * one column per criterion, row 2 {@value BlocService#MAX_ROW} with each criterion's maximum, then one row per
     * signing unit with the points already given (the cells to fill accept a number from 0 to the maximum).
     */
    public Path writeTemplate(long covenantId, Path file) {
        Loaded l = load(covenantId);
        Covenant c = l.covenant();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyles styles = new CellStyles(wb);
            Sheet sh = wb.createSheet(BlocService.SHEET);
            Row head = sh.createRow(0);
            Row max = sh.createRow(1);
            text(head, 0, BlocService.UNIT_CODE, styles.get(CellStyles.Style.HEADER));
            text(head, 1, BlocService.UNIT_NAME, styles.get(CellStyles.Style.HEADER));
            text(max, 0, BlocService.MAX_ROW, styles.get(CellStyles.Style.HEADER));
            text(max, 1, "", styles.get(CellStyles.Style.HEADER));
            SheetPrint.width(sh, 0, Math.max(12, 1.4 * c.signers().stream()
                    .mapToInt(x -> l.codes().getOrDefault(x.unitId(), "").length()).max().orElse(0) + 2));
            SheetPrint.width(sh, 1, 46);
            List<BlocCriterion> criteria = c.criteria();
            for (int i = 0; i < criteria.size(); i++) {
                BlocCriterion k = criteria.get(i);
                text(head, 2 + i, k.name(), styles.get(CellStyles.Style.HEADER));
                Cell m = max.createCell(2 + i);
                m.setCellValue(k.maxPoints().doubleValue());
                m.setCellStyle(styles.get(CellStyles.Style.HEADER));
                SheetPrint.width(sh, 2 + i, Math.max(14, Math.min(30, k.name().length() * 0.6)));
            }
            head.setHeightInPoints(Math.max(1, criteria.stream().mapToInt(k -> k.name().length() / 24 + 1).max().orElse(1)) * 16f);
            int r = 2;
            for (Covenant.CovenantSigner s : c.signers()) {
                Row row = sh.createRow(r++);
                text(row, 0, l.codes().getOrDefault(s.unitId(), ""), styles.get(CellStyles.Style.CENTER));
                text(row, 1, l.names().getOrDefault(s.unitId(), ""), styles.get(CellStyles.Style.TEXT));
                for (int i = 0; i < criteria.size(); i++) {
                    int line = criteria.get(i).lineNo();
                    Cell cell = row.createCell(2 + i);
                    cell.setCellStyle(styles.get(CellStyles.Style.CENTER));
                    l.scores().stream().filter(x -> x.unitId() == s.unitId() && x.lineNo() == line).findFirst()
                            .ifPresent(x -> cell.setCellValue(x.points().doubleValue()));
                }
            }
            validate(sh, criteria, 2, r - 1);
            SheetPrint.apply(sh, criteria.size() > 4, 0, 1);
            sh.createFreezePane(2, 2);
            sh.getHeader().setCenter(l.blocName() + " - năm " + c.year());
            guide(wb, l);
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } catch (IOException e) {
            throw new AppException(Msg.of("bloc.template.unwritable", file.toString()), e);
        }
        return file;
    }

    /** Each points column accepts a number between 0 and its criterion's maximum (Excel refuses anything else). */
    private static void validate(Sheet sh, List<BlocCriterion> criteria, int firstRow, int lastRow) {
        if (lastRow < firstRow) {
            return;
        }
        DataValidationHelper help = sh.getDataValidationHelper();
        for (int i = 0; i < criteria.size(); i++) {
            BigDecimal max = criteria.get(i).maxPoints();
            DataValidationConstraint between = help.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    "0", max.stripTrailingZeros().toPlainString());
            DataValidation v = help.createValidation(between, new CellRangeAddressList(firstRow, lastRow, 2 + i, 2 + i));
            v.setShowErrorBox(true);
            v.createErrorBox("Điểm không hợp lệ", "Nhập số điểm từ 0 đến " + max.stripTrailingZeros().toPlainString()
                    .replace('.', ',') + " (điểm chuẩn của tiêu chí).");
            v.setEmptyCellAllowed(true);
            sh.addValidationData(v);
        }
    }

    private static void guide(XSSFWorkbook wb, Loaded l) {
        Sheet g = wb.createSheet(GUIDE_SHEET);
        SheetPrint.width(g, 0, 88);
        String[] lines = {
            "BẢNG CHẤM ĐIỂM THI ĐUA NĂM " + l.covenant().year() + " - " + VnDocText.upper(l.blocName()),
            "",
            "Trang \"" + BlocService.SHEET + "\": dòng 1 là tiêu đề cột, dòng 2 (\"" + BlocService.MAX_ROW
                    + "\") là điểm tối đa của từng tiêu chí; từ dòng 3 mỗi dòng là một đơn vị ký giao ước.",
            "Ghi điểm của từng đơn vị vào cột của tiêu chí: số từ 0 đến điểm chuẩn, ví dụ 9,5 hoặc 9.5; để trống là chưa chấm.",
            "Có thể thêm cột tiêu chí (tên ở dòng 1, điểm chuẩn ở dòng 2); không đổi tên trang, không đổi hai cột \""
                    + BlocService.UNIT_CODE + "\", \"" + BlocService.UNIT_NAME + "\" và không đổi mã đơn vị.",
            "Khi nhập lại, tiêu chí và điểm của giao ước được thay bằng nội dung của trang; nếu có lỗi thì không ghi gì và "
                    + "mọi lỗi được báo theo dòng, cột.",
        };
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        for (int i = 0; i < lines.length; i++) {
            Row row = g.createRow(i);
            Cell cell = row.createCell(0);
            cell.setCellValue(lines[i]);
            cell.setCellStyle(wrap);
            row.setHeightInPoints(16f * (lines[i].length() / 80 + 1));
        }
        g.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        g.getPrintSetup().setFitWidth((short) 1);
        g.getPrintSetup().setFitHeight((short) 0);
        g.setFitToPage(true);
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /**
     * Writes the Tờ trình proposing the bloc's first unit for the Cờ thi đua of the Ủy ban nhân dân tỉnh and its second
     * for the Bằng khen of the Chủ tịch, dated that day; the header, place and signer are those of the plan the
     * covenant implements.
     *
     * @throws AppException while the ranking is not confirmed or the covenant names no plan
     */
    public Path writeProposal(long covenantId, LocalDate day, Path file) {
        Loaded l = load(covenantId);
        Covenant c = l.covenant();
        if (c.confirmedOn() == null) {
            throw new AppException(Msg.of("bloc.proposal.notConfirmed", String.valueOf(c.year())));
        }
        if (l.plan() == null) {
            throw new AppException(Msg.of("bloc.proposal.noPlan"));
        }
        BlocRanking ranking = BlocRanking.of(c, l.scores(), id -> l.names().getOrDefault(id, "#" + id));
        if (ranking.leader().isEmpty()) {
            throw new AppException(Msg.of("bloc.proposal.notConfirmed", String.valueOf(c.year())));
        }
        Map<BlocProposal, String> awards = new EnumMap<>(BlocProposal.class);
        for (BlocProposal p : BlocProposal.values()) {
            awards.put(p, catalogue.catalogue().kinds().stream().filter(k -> k.code().equals(p.kindCode())).findFirst()
                    .map(AwardKind::name).orElse(p.label()));
        }
        List<String> basis = catalogue.regimes().basisOn(day, RegimeDocument.TO_TRINH);
        BlocProposalDocument.Input in = new BlocProposalDocument.Input(c, ranking, l.blocName(), l.plan(), awards, basis, day);
        try (Nd30Document doc = new BlocProposalDocument(in).build()) {
            doc.write(file);
        }
        return file;
    }
}
