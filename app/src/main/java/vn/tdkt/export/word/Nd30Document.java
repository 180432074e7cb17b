package vn.tdkt.export.word;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.export.AtomicWrite;
import vn.tdkt.export.TextWidth;

/**
 * A .docx laid out per Nghị định 30/2020/NĐ-CP Phụ lục I (docs/decisions/0028): A4, margins within the ranges, Times New
 * Roman everywhere, page number centred in the header from page 2, the borderless two-column header (cơ quan ban
 * hành / Quốc hiệu – Tiêu ngữ with their rules, Số and the dated place line), tên loại + trích yếu, căn cứ in
 * italic, articles, the signature block with Nơi nhận, a new section for the attached list (page numbers start
 * again) and fixed-layout tables (gridCol + tcW). Used by every document of the app.
 */
public final class Nd30Document implements AutoCloseable {

    private static final Logger LOGGER = LoggerFactory.getLogger(Nd30Document.class);
    public static final String FONT = "Times New Roman";
    /** 1 mm in twips. */
    private static final double MM = 1440 / 25.4;
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    /** Header table overhangs the text area by 5 mm on each side, as practice does, so the Quốc hiệu fits. */
    private static final int HEADER_OVERHANG = mm(5);
    private static final int CELL_MARGIN = 108;

    private final XWPFDocument doc;
    private final Page page;
    /** Columns of the text (2: two A5 halves of an A4 landscape sheet, each its own document; see twoColumns). */
    private int columns = 1;
    private static final int COLUMN_GAP = mm(20);

    /**
     * Page setup and body size.
     *
     * @param bodyPt body text size (13 or 14)
     */
    public record Page(boolean landscape, int topMm, int bottomMm, int leftMm, int rightMm, int bodyPt) {

        /** A4 portrait, top/bottom 20, left 30, right 15 mm, 14 pt (docs/decisions/0028 recommended defaults). */
        public static final Page PORTRAIT = new Page(false, 20, 20, 30, 15, 14);

        /** Text width between the margins, in twips. */
        public int textWidth() {
            return (landscape ? A4_LONG : A4_SHORT) - mm(leftMm) - mm(rightMm);
        }
    }

    public Nd30Document(Page page) {
        this.page = page;
        this.doc = new XWPFDocument();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        doc.createStyles().setDefaultFonts(fonts);
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        pageSetup(sect, page);
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = header.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        pageNumber(number, page.bodyPt());
        doc.createHeader(HeaderFooterType.FIRST).createParagraph();
        if (!sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
    }

    /**
     * The PAGE field with its own run properties (Times New Roman at the body size, NĐ 30: 13–14 pt), also on the
     * paragraph mark: a bare field prints at the application's default 10 pt.
     */
    private static void pageNumber(XWPFParagraph p, int pt) {
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        CTR run = field.addNewR();
        runProperties(run.addNewRPr(), pt);
        run.addNewT().setStringValue("2");
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTParaRPr mark = ppr.isSetRPr() ? ppr.getRPr() : ppr.addNewRPr();
        CTFonts f = mark.addNewRFonts();
        f.setAscii(FONT);
        f.setHAnsi(FONT);
        f.setCs(FONT);
        f.setEastAsia(FONT);
        mark.addNewSz().setVal(BigInteger.valueOf(pt * 2L));
        mark.addNewSzCs().setVal(BigInteger.valueOf(pt * 2L));
    }

    private static void runProperties(CTRPr rpr, int pt) {
        CTFonts f = rpr.addNewRFonts();
        f.setAscii(FONT);
        f.setHAnsi(FONT);
        f.setCs(FONT);
        f.setEastAsia(FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(pt * 2L));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(pt * 2L));
    }

    /**
     * Keeps a table row on the page of the next one (every paragraph of its cells "keep with next"): the last lines of
     * a list stay with its Tổng cộng row.
     */
    public static void keepWithNext(XWPFTableRow row) {
        for (XWPFTableCell cell : row.getTableCells()) {
            for (XWPFParagraph p : cell.getParagraphs()) {
                p.setKeepNext(true);
            }
        }
    }

    /** Keeps what was written last (a paragraph, or a table's last row) on the page of what comes next. */
    private void keepLastWithNext() {
        List<IBodyElement> body = doc.getBodyElements();
        if (body.isEmpty()) {
            return;
        }
        IBodyElement last = body.get(body.size() - 1);
        if (last instanceof XWPFParagraph p) {
            p.setKeepNext(true);
        } else if (last instanceof XWPFTable t && !t.getRows().isEmpty()) {
            keepWithNext(t.getRow(t.getRows().size() - 1));
        }
    }

    private static void pageSetup(CTSectPr sect, Page page) {
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(page.landscape() ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(page.landscape() ? A4_SHORT : A4_LONG));
        if (page.landscape()) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        } else if (size.isSetOrient()) {
            size.unsetOrient();
        }
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(mm(page.topMm())));
        mar.setBottom(BigInteger.valueOf(mm(page.bottomMm())));
        mar.setLeft(BigInteger.valueOf(mm(page.leftMm())));
        mar.setRight(BigInteger.valueOf(mm(page.rightMm())));
        mar.setHeader(BigInteger.valueOf(mm(10)));
        mar.setFooter(BigInteger.valueOf(mm(10)));
        mar.setGutter(BigInteger.ZERO);
    }

    /** Width of one text column in twips (the whole text width unless {@link #twoColumns}). */
    public int width() {
        return columns == 1 ? page.textWidth() : (page.textWidth() - COLUMN_GAP) / columns;
    }

    /**
     * Lays the document out in two columns with a line between them (the cut line): on an A4 landscape page each column
     * is an A5 portrait half, so two ballots print on one sheet (decision 0050). Call before writing anything.
     */
    public void twoColumns() {
        columns = 2;
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        var cols = sect.isSetCols() ? sect.getCols() : sect.addNewCols();
        cols.setNum(BigInteger.TWO);
        cols.setSpace(BigInteger.valueOf(COLUMN_GAP));
        cols.setSep(Boolean.TRUE);
    }

    /** Ends the current column: what follows starts at the top of the next column (or page). */
    public void columnBreak() {
        doc.createParagraph().createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.COLUMN);
    }

    public static int mm(double millimetres) {
        return (int) Math.round(millimetres * MM);
    }

    /**
     * The header block (ô 1–4): left the cơ quan chủ quản (upright), the cơ quan ban hành (bold, a rule of 1/3–1/2
     * its length under it) and "Số: …"; right the Quốc hiệu, the Tiêu ngữ with a rule as long as it, and the italic
     * "Địa danh, ngày … tháng … năm …".
     *
     * @param parent      cơ quan chủ quản lines (may be empty)
     * @param issuer      cơ quan ban hành lines (upper case; empty for a report of a person: no rule then)
     * @param numberLine  e.g. "Số: 125/QĐ-UBND"; may be empty
     * @param placeAndDate e.g. "Hưng Yên, ngày 15 tháng 01 năm 2026"; when it and the number line are both empty
     *                     (a ballot) the second row is left out
     */
    public void header(List<String> parent, List<String> issuer, String numberLine, String placeAndDate) {
        int total = width() + 2 * HEADER_OVERHANG;
        int left = (int) (total * 0.4);
        int right = total - left;
        XWPFTable t = table(new int[] {left, right}, 2, false);
        t.getCTTbl().getTblPr().addNewTblInd().setW(BigInteger.valueOf(-HEADER_OVERHANG));
        t.getCTTbl().getTblPr().getTblInd().setType(STTblWidth.DXA);
        XWPFTableCell agency = t.getRow(0).getCell(0);
        XWPFParagraph first = agency.getParagraphs().get(0);
        int issuerWidth = 0;
        for (String line : balanced(parent, 13, false, left - 2 * CELL_MARGIN)) {
            XWPFParagraph p = first != null ? first : agency.addParagraph();
            first = null;
            centred(p);
            font(p.createRun(), 13, false, false).setText(line);
        }
        for (String line : balanced(issuer, 13, true, left - 2 * CELL_MARGIN)) {
            XWPFParagraph p = first != null ? first : agency.addParagraph();
            first = null;
            centred(p);
            font(p.createRun(), 13, true, false).setText(line);
            issuerWidth = Math.max(issuerWidth, TextWidth.twips(line, 13, true));
        }
        if (!issuer.isEmpty()) {
            rule(agency.addParagraph(), Math.min(issuerWidth, left - 2 * CELL_MARGIN) * 2 / 5, left - 2 * CELL_MARGIN);
        }

        XWPFTableCell nation = t.getRow(0).getCell(1);
        int usable = right - 2 * CELL_MARGIN;
        String motto = "Độc lập - Tự do - Hạnh phúc";
        String country = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
        int countryPt = TextWidth.twips(country, 13, true) <= usable ? 13 : 12;
        int mottoPt = countryPt + 1;
        XWPFParagraph c = nation.getParagraphs().get(0);
        centred(c);
        font(c.createRun(), countryPt, true, false).setText(country);
        XWPFParagraph m = nation.addParagraph();
        centred(m);
        font(m.createRun(), mottoPt, true, false).setText(motto);
        rule(nation.addParagraph(), TextWidth.twips(motto, mottoPt, true), usable);

        t.getRows().forEach(r -> r.getTableCells().forEach(cell -> cell.getCTTc().getTcPr().getVAlign().setVal(STVerticalJc.TOP)));
        if (numberLine.isEmpty() && placeAndDate.isEmpty()) {
            t.removeRow(1);
            return;
        }
        XWPFParagraph no = t.getRow(1).getCell(0).getParagraphs().get(0);
        centred(no);
        font(no.createRun(), 13, false, false).setText(numberLine);
        XWPFParagraph date = t.getRow(1).getCell(1).getParagraphs().get(0);
        centred(date);
        font(date.createRun(), page.bodyPt(), false, true).setText(placeAndDate);
    }

    /**
     * The header of a công văn (NĐ 30/2020 Mẫu 1.4): as {@link #header(List, List, String, String)}, with the trích
     * yếu "V/v …" (12 pt, centred) under the number in the left column.
     */
    public void header(List<String> parent, List<String> issuer, String numberLine, String subject, String placeAndDate) {
        header(parent, issuer, numberLine, placeAndDate);
        XWPFTable t = doc.getTables().get(doc.getTables().size() - 1);
        XWPFParagraph p = t.getRow(1).getCell(0).addParagraph();
        centred(p);
        font(p.createRun(), 12, false, false).setText(subject);
    }

    /**
     * The agency lines of the header as they fit its column: a line that would wrap with its last word alone
     * ("SỞ KHOA HỌC VÀ CÔNG" / "NGHỆ", the seeds' Kế hoạch of the Sở KH&CN, decision 173) is broken in two at the space
     * that makes the wider half narrowest ("SỞ KHOA HỌC" / "VÀ CÔNG NGHỆ"); a line that fits, or wraps leaving more
     * than one word, is kept for the renderer to wrap.
     */
    static List<String> balanced(List<String> lines, int pt, boolean bold, int width) {
        List<String> out = new java.util.ArrayList<>();
        for (String line : lines) {
            String[] words = line.strip().split(" +");
            int fit = 0; // the words the first line holds as the renderer wraps it
            while (fit < words.length && TextWidth.twips(String.join(" ", Arrays.copyOfRange(words, 0, fit + 1)), pt, bold) <= width) {
                fit++;
            }
            if (fit != words.length - 1 || words.length < 3) {
                out.add(line); // it fits, or wraps leaving more than its last word: kept (a name's words are not split)
                continue;
            }
            int best = 1;
            int bestWidth = Integer.MAX_VALUE;
            for (int i = 1; i < words.length; i++) {
                int w = Math.max(TextWidth.twips(String.join(" ", Arrays.copyOfRange(words, 0, i)), pt, bold),
                        TextWidth.twips(String.join(" ", Arrays.copyOfRange(words, i, words.length)), pt, bold));
                if (w < bestWidth) {
                    bestWidth = w;
                    best = i;
                }
            }
            out.add(String.join(" ", Arrays.copyOfRange(words, 0, best)));
            out.add(String.join(" ", Arrays.copyOfRange(words, best, words.length)));
        }
        return out;
    }

    /** Tên loại (upper case bold) and trích yếu (bold) with a rule under it; the trích yếu may be null. */
    public void title(String kind, String summary) {
        XWPFParagraph k = doc.createParagraph();
        centred(k);
        spacing(k, 360, 0);
        font(k.createRun(), page.bodyPt(), true, false).setText(kind);
        if (summary != null) {
            XWPFParagraph s = doc.createParagraph();
            centred(s);
            font(s.createRun(), page.bodyPt(), true, false).setText(summary);
            int width = Math.min(TextWidth.twips(summary, page.bodyPt(), true), width());
            rule(doc.createParagraph(), width * 2 / 5, width());
        }
    }

    /** A centred bold line, e.g. the thẩm quyền line or "QUYẾT ĐỊNH:". */
    public XWPFParagraph centredBold(String text, int beforeTwips, int afterTwips) {
        XWPFParagraph p = doc.createParagraph();
        centred(p);
        spacing(p, beforeTwips, afterTwips);
        font(p.createRun(), page.bodyPt(), true, false).setText(text);
        return p;
    }

    /** A centred italic line, e.g. "(Kèm theo Quyết định số …)". */
    public XWPFParagraph centredItalic(String text) {
        XWPFParagraph p = doc.createParagraph();
        centred(p);
        spacing(p, 0, 120);
        font(p.createRun(), page.bodyPt(), false, true).setText(text);
        return p;
    }

    /** A line without indent: a corner label ("Mẫu số 01"), a heading, a "Kính gửi" line, a signature caption. */
    public XWPFParagraph line(String text, ParagraphAlignment align, boolean bold, boolean italic) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        spacing(p, 0, 120);
        font(p.createRun(), page.bodyPt(), bold, italic).setText(text);
        return p;
    }

    /**
     * Lines to write on by hand: each a dotted leader to the right margin (a right tab with a dot leader), so the dots
     * fill the line exactly whatever the font, never wrapping a short dotted piece onto a line of its own.
     */
    public void writingLines(int count) {
        for (int i = 0; i < count; i++) {
            XWPFParagraph p = doc.createParagraph();
            spacing(p, 0, 120);
            CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            var tab = ppr.addNewTabs().addNewTab();
            tab.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
            tab.setLeader(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc.DOT);
            tab.setPos(BigInteger.valueOf(width()));
            font(p.createRun(), page.bodyPt(), false, false).addTab();
        }
    }

    /**
     * The "Kính gửi:" block (NĐ 30/2020 Phụ lục I, ô 9a): one addressee on one centred line "Kính gửi: X."; several
     * as "Kính gửi:" and one line each "- X;" indented under it, the last ending with a full stop. Every document of
     * the app that is sent to someone writes it here.
     */
    public void addressees(List<String> to) {
        if (to.isEmpty()) {
            return;
        }
        if (to.size() == 1) {
            XWPFParagraph p = line("Kính gửi: " + to.get(0) + ".", ParagraphAlignment.CENTER, false, false);
            spacing(p, 240, 240);
            return;
        }
        XWPFParagraph head = line("Kính gửi:", ParagraphAlignment.LEFT, false, false);
        head.setIndentationLeft(mm(25));
        spacing(head, 240, 0);
        for (int i = 0; i < to.size(); i++) {
            boolean last = i == to.size() - 1;
            XWPFParagraph p = line("- " + to.get(i) + (last ? "." : ";"), ParagraphAlignment.LEFT, false, false);
            p.setIndentationLeft(mm(45));
            spacing(p, 0, last ? 240 : 0);
        }
    }

    /**
     * One signer of a multi-signature block (biên bản, báo cáo thành tích).
     *
     * @param titleLines upper-case bold lines, e.g. "THƯ KÝ" or "THỦ TRƯỞNG ĐƠN VỊ", "XÁC NHẬN, ĐỀ NGHỊ"
     * @param note       the italic hint under them, e.g. "(Ký, ghi rõ họ và tên)"; may be null
     * @param name       the signer's name, bold; null or empty leaves the room to write it by hand
     */
    public record Signer(List<String> titleLines, String note, String name) {

        /** The lines above the room to sign: the title lines and the note. */
        int headLines() {
            return titleLines.size() + (note == null ? 0 : 1);
        }
    }

    /**
     * Signers side by side in a borderless table of equal columns, each centred with room to sign; the block never
     * splits across pages and is kept apart from a table before it.
     */
    public void signatures(List<Signer> signers) {
        keepLastWithNext();
        XWPFParagraph gap = doc.createParagraph();
        spacing(gap, 0, 0);
        gap.setKeepNext(true);
        int width = width() / signers.size();
        int[] widths = new int[signers.size()];
        Arrays.fill(widths, width);
        XWPFTable t = table(widths, 1, false);
        t.getRow(0).setCantSplitRow(true);
        int tallest = signers.stream().mapToInt(Signer::headLines).max().orElse(0);
        for (int i = 0; i < signers.size(); i++) {
            Signer s = signers.get(i);
            XWPFTableCell cell = t.getRow(0).getCell(i);
            cell.getCTTc().getTcPr().getVAlign().setVal(STVerticalJc.TOP);
            XWPFParagraph p = cell.getParagraphs().get(0);
            for (int l = 0; l < s.titleLines().size(); l++) {
                if (l > 0) {
                    p = cell.addParagraph();
                }
                centred(p);
                spacing(p, l == 0 ? 240 : 0, 0);
                font(p.createRun(), page.bodyPt(), true, false).setText(s.titleLines().get(l));
            }
            if (s.note() != null) {
                XWPFParagraph n = cell.addParagraph();
                centred(n);
                font(n.createRun(), page.bodyPt(), false, true).setText(s.note());
            }
            XWPFParagraph name = cell.addParagraph();
            centred(name);
            // the names of all signers on one line: a shorter title gets the missing lines as space (single line
            // spacing is 1,15 × the font size)
            spacing(name, 1680 + (tallest - s.headLines()) * page.bodyPt() * 23, 0);
            font(name.createRun(), page.bodyPt(), true, false).setText(s.name() == null ? "" : s.name());
        }
    }

    /** "Nơi nhận:" (12 pt bold italic) and its items (11 pt), flush left under a signature block. */
    public void copyTo(List<String> items) {
        XWPFParagraph head = doc.createParagraph();
        spacing(head, 240, 0);
        font(head.createRun(), 12, true, true).setText("Nơi nhận:");
        for (String item : items) {
            XWPFParagraph p = doc.createParagraph();
            spacing(p, 0, 0);
            font(p.createRun(), 11, false, false).setText("- " + item);
        }
    }

    /** Căn cứ lines: italic, justified, first-line indent, each its own paragraph. */
    public void basis(List<String> lines) {
        for (String line : lines) {
            font(body().createRun(), page.bodyPt(), false, true).setText(line);
        }
    }

    /** A body paragraph: justified, first-line indent 1,27 cm, 6 pt after. */
    public XWPFParagraph paragraph(String text) {
        XWPFParagraph p = body();
        font(p.createRun(), page.bodyPt(), false, false).setText(text);
        return p;
    }

    /** "Điều 1. …" with the article head in bold. */
    public XWPFParagraph article(String head, String text) {
        XWPFParagraph p = body();
        font(p.createRun(), page.bodyPt(), true, false).setText(head + " ");
        font(p.createRun(), page.bodyPt(), false, false).setText(text);
        return p;
    }

    private XWPFParagraph body() {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(720);
        spacing(p, 0, 120);
        return p;
    }

    /**
     * Nơi nhận (left: "Nơi nhận:" 12 pt bold italic, items 11 pt) beside the signature (right: quyền hạn and chức
     * vụ upper case bold, room to sign, the signer's name bold).
     *
     * @param copyTo items without the leading "- "
     */
    public void signature(List<String> copyTo, List<String> titleLines, String signerName) {
        keepLastWithNext();
        int total = width();
        int left = total * 9 / 20;
        XWPFTable t = table(new int[] {left, total - left}, 1, false);
        t.getRow(0).setCantSplitRow(true);
        t.getRow(0).getTableCells().forEach(c -> c.getCTTc().getTcPr().getVAlign().setVal(STVerticalJc.TOP));
        XWPFTableCell to = t.getRow(0).getCell(0);
        XWPFParagraph head = to.getParagraphs().get(0);
        spacing(head, 240, 0);
        font(head.createRun(), 12, true, true).setText("Nơi nhận:");
        for (String item : copyTo) {
            XWPFParagraph p = to.addParagraph();
            spacing(p, 0, 0);
            font(p.createRun(), 11, false, false).setText("- " + item);
        }
        XWPFTableCell sign = t.getRow(0).getCell(1);
        XWPFParagraph p = sign.getParagraphs().get(0);
        for (int i = 0; i < titleLines.size(); i++) {
            if (i > 0) {
                p = sign.addParagraph();
            }
            centred(p);
            spacing(p, i == 0 ? 240 : 0, 0);
            font(p.createRun(), page.bodyPt(), true, false).setText(titleLines.get(i));
        }
        XWPFParagraph name = sign.addParagraph();
        centred(name);
        spacing(name, 1680, 0);
        font(name.createRun(), page.bodyPt(), true, false).setText(signerName);
    }

    /**
     * Ends the current section and starts a new one on a new page (the attached list of a decision); its page
     * numbers start at 1 again and its first page shows none (NĐ 30: each phụ lục numbered separately).
     */
    public void newSection(boolean landscape) {
        CTSectPr body = doc.getDocument().getBody().getSectPr();
        CTPPr ppr = doc.createParagraph().getCTP().addNewPPr();
        ppr.addNewSectPr().set(body.copy());
        pageSetup(body, new Page(landscape, page.topMm(), page.bottomMm(), page.leftMm(), page.rightMm(), page.bodyPt()));
        (body.isSetPgNumType() ? body.getPgNumType() : body.addNewPgNumType()).setStart(BigInteger.ONE);
    }

    /**
     * Shows the page number on the first page of the section being written too (a list attached on pages of its own,
     * numbered from 1, carries no header block that the number would sit above).
     */
    public void numberFirstPage() {
        CTSectPr body = doc.getDocument().getBody().getSectPr();
        if (body.isSetTitlePg()) {
            body.unsetTitlePg();
        }
    }

    /**
     * A fixed-layout table: tblW, gridCol and every tcW set to the given widths (twips), layout fixed, so Word and
     * LibreOffice keep the widths (docs/decisions/0028).
     */
    public XWPFTable table(int[] widths, int rows, boolean borders) {
        XWPFTable t = doc.createTable(rows, widths.length);
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        CTTblPr pr = t.getCTTbl().getTblPr();
        CTTblWidth tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        tw.setType(STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(total));
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : t.getRows()) {
            widths(row, widths);
        }
        if (!borders) {
            t.removeBorders();
        }
        t.setTableAlignment(TableRowAlign.LEFT);
        return t;
    }

    /** Adds a row to a table made by {@link #table}, with its cell widths. */
    public XWPFTableRow addRow(XWPFTable t, int[] widths) {
        XWPFTableRow row = t.createRow();
        widths(row, widths);
        return row;
    }

    private static void widths(XWPFTableRow row, int[] widths) {
        for (int i = 0; i < widths.length; i++) {
            XWPFTableCell cell = row.getCell(i);
            CTTcPr tc = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            CTTblWidth w = tc.isSetTcW() ? tc.getTcW() : tc.addNewTcW();
            w.setType(STTblWidth.DXA);
            w.setW(BigInteger.valueOf(widths[i]));
            (tc.isSetVAlign() ? tc.getVAlign() : tc.addNewVAlign()).setVal(STVerticalJc.CENTER);
        }
    }

    /** Writes text into a table cell's first paragraph. */
    public static XWPFParagraph cellText(XWPFTableCell cell, String text, int pt, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        spacing(p, 40, 40);
        font(p.createRun(), pt, bold, false).setText(text);
        return p;
    }

    /** Sets Times New Roman (all four font slots), the size and the style of a run. */
    public static XWPFRun font(XWPFRun r, int pt, boolean bold, boolean italic) {
        r.setFontFamily(FONT);
        CTFonts f = r.getCTR().getRPr().getRFontsArray(0);
        f.setAscii(FONT);
        f.setHAnsi(FONT);
        f.setCs(FONT);
        f.setEastAsia(FONT);
        r.setFontSize(pt);
        r.setBold(bold);
        r.setItalic(italic);
        return r;
    }

    private static void centred(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        spacing(p, 0, 0);
    }

    /** Spacing before/after in twips with single line spacing. */
    public static void spacing(XWPFParagraph p, int beforeTwips, int afterTwips) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTSpacing s = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        s.setBefore(BigInteger.valueOf(beforeTwips));
        s.setAfter(BigInteger.valueOf(afterTwips));
        s.setLine(BigInteger.valueOf(240));
        s.setLineRule(STLineSpacingRule.AUTO);
    }

    /** A thin paragraph carrying a centred solid rule of the given width (paragraph bottom border with indents). */
    private static void rule(XWPFParagraph p, int width, int available) {
        int side = Math.max(0, (available - width) / 2);
        p.setIndentationLeft(side);
        p.setIndentationRight(side);
        p.setBorderBottom(Borders.SINGLE);
        CTPPr ppr = p.getCTP().getPPr();
        CTSpacing s = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        s.setBefore(BigInteger.ZERO);
        s.setAfter(BigInteger.valueOf(40));
        s.setLine(BigInteger.valueOf(110));
        s.setLineRule(STLineSpacingRule.EXACT);
    }

    /** Writes the document atomically (temporary file, then moved into place). */
    public void write(Path target) {
        AtomicWrite.write(target, doc::write);
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            LOGGER.warn("Closing the document failed", e);
        }
    }
}
