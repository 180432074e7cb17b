package vn.tdkt.decision.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.RecipientDraft;

/** Golden content of the quyết định .docx: order of the parts, NĐ 30 page setup and fonts, the attached list. */
class DecisionDocxWriterTest {

    private final DecisionFixture f = new DecisionFixture();
    @TempDir
    Path dir;

    @AfterEach
    void tearDown() {
        f.close();
    }

    private XWPFDocument written() throws Exception {
        Decision d = f.decisions.drafting().record(DecisionFixture.draft("15/QĐ-UBND", LocalDate.of(2026, 1, 20),
                RecipientDraft.unit(f.phongTdkt.id(), "BK_TINH"),
                RecipientDraft.person(f.an.id(), "BK_TINH"),
                RecipientDraft.person(f.cuong.id(), "BK_TINH"),
                RecipientDraft.household("Hộ ông Đỗ Văn Hải", "Thôn Đông, xã Tân Hưng", "BK_TINH")));
        Path out = dir.resolve("qd.docx");
        f.decisions.reports().writeDecisionDocx(d, out);
        try (InputStream in = Files.newInputStream(out)) {
            return new XWPFDocument(in);
        }
    }

    @Test
    void partsComeInTheOrderOfTheDecree() throws Exception {
        try (XWPFDocument doc = written()) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
            List<String> expectedStarts = List.of("QUYẾT ĐỊNH", "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", "Căn cứ Luật Tổ chức chính quyền địa phương",
                    "Căn cứ Luật Thi đua, khen thưởng", "Căn cứ Nghị định số 152/2025/NĐ-CP", "Theo đề nghị của Giám đốc Sở Nội vụ",
                    "QUYẾT ĐỊNH:", "Điều 1.", "Điều 2.", "Điều 3.", "DANH SÁCH", "(Kèm theo Quyết định số 15/QĐ-UBND",
                    "I. Tập thể", "II. Cá nhân", "III. Hộ gia đình");
            assertEquals(expectedStarts.size(), paragraphs.size(), paragraphs.toString());
            for (int i = 0; i < expectedStarts.size(); i++) {
                assertTrue(paragraphs.get(i).startsWith(expectedStarts.get(i)), paragraphs.get(i));
            }
            assertEquals("Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 1 tập thể, 2 cá nhân và 1 hộ gia đình "
                    + "(có danh sách kèm theo), đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2025.", paragraphs.get(8));
            assertEquals("Điều 2. Tiền thưởng kèm theo thực hiện theo Nghị định số 152/2025/NĐ-CP, tính trên mức lương cơ sở "
                    + "2.340.000 đồng theo khoản 2 Điều 3 Nghị định số 73/2024/NĐ-CP; tổng số tiền thưởng: 19.310.000 đồng (Bằng chữ: "
                    + "Mười chín triệu ba trăm mười nghìn đồng), chi từ nguồn kinh phí thi đua, khen thưởng theo quy định.",
                    paragraphs.get(9));
            assertTrue(paragraphs.get(10).endsWith("và các tập thể, cá nhân, hộ gia đình có tên tại Điều 1 chịu trách nhiệm "
                    + "thi hành Quyết định này./."), paragraphs.get(10));
            assertEquals("(Kèm theo Quyết định số 15/QĐ-UBND ngày 20 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên)",
                    paragraphs.get(12));

            XWPFParagraph article = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Điều 1.")).findFirst()
                    .orElseThrow();
            assertTrue(article.getRuns().get(0).isBold());
            assertFalse(article.getRuns().get(1).isBold());
            XWPFParagraph basis = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Căn cứ")).findFirst()
                    .orElseThrow();
            assertTrue(basis.getRuns().get(0).isItalic());
            assertEquals(720, basis.getIndentationFirstLine());
        }
    }

    @Test
    void pageNumbersAre14PtTheHeaderBlockIsTopAlignedAndTheSignatureStaysWithArticle3() throws Exception {
        try (XWPFDocument doc = written()) {
            var number = doc.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().get(0).getCTP();
            assertEquals("PAGE", number.getFldSimpleArray(0).getInstr());
            var rpr = number.getFldSimpleArray(0).getRArray(0).getRPr();
            assertEquals(BigInteger.valueOf(28), rpr.getSzArray(0).getVal(), "NĐ 30: page numbers 13–14 pt");
            assertEquals("Times New Roman", rpr.getRFontsArray(0).getAscii());
            XWPFTable header = doc.getTables().get(0);
            for (XWPFTableRow row : header.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    assertEquals(org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc.TOP,
                            cell.getCTTc().getTcPr().getVAlign().getVal(), "Quốc hiệu level with the issuer's first line");
                }
            }
            XWPFParagraph article3 = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Điều 3.")).findFirst()
                    .orElseThrow();
            assertTrue(article3.isKeepNext(), "the signature never opens a page alone");
            assertTrue(doc.getTables().get(1).getRow(0).isCantSplitRow());
        }
    }

    @Test
    void headerTableSignatureAndNoiNhanFollowTheDecree() throws Exception {
        try (XWPFDocument doc = written()) {
            List<XWPFTable> tables = doc.getTables();
            assertEquals(5, tables.size(), "header, signature, the list's three groups");
            XWPFTable header = tables.get(0);
            assertEquals(List.of("ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN"), texts(header.getRow(0).getCell(0)));
            assertEquals(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
                    texts(header.getRow(0).getCell(1)));
            XWPFRun country = header.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0);
            assertTrue(country.isBold());
            assertTrue(country.getFontSizeAsDouble() >= 12 && country.getFontSizeAsDouble() <= 13);
            assertEquals("Số: 15/QĐ-UBND", header.getRow(1).getCell(0).getText());
            assertEquals("Hưng Yên, ngày 20 tháng 01 năm 2026", header.getRow(1).getCell(1).getText());
            assertTrue(header.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0).isItalic());
            // the rules under the issuer and the motto are paragraph bottom borders
            assertEquals(org.apache.poi.xwpf.usermodel.Borders.SINGLE,
                    header.getRow(0).getCell(1).getParagraphs().get(2).getBorderBottom());
            assertTrue(header.getCTTbl().getTblPr().getTblBorders() == null
                    || header.getCTTbl().getTblPr().getTblBorders().getTop().getVal().toString().equals("none"));

            XWPFTable sign = tables.get(1);
            List<String> left = texts(sign.getRow(0).getCell(0));
            assertEquals(List.of("Nơi nhận:", "- Như Điều 3;", "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;", "- Lưu: VT, NC."), left);
            XWPFRun noiNhan = sign.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0);
            assertTrue(noiNhan.isBold() && noiNhan.isItalic());
            assertEquals(12.0, noiNhan.getFontSizeAsDouble());
            assertEquals(11.0, sign.getRow(0).getCell(0).getParagraphs().get(1).getRuns().get(0).getFontSizeAsDouble());
            assertEquals(List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Hùng Nam"), texts(sign.getRow(0).getCell(1)));
            assertTrue(sign.getRow(0).getCell(1).getParagraphs().get(2).getRuns().get(0).isBold());
        }
    }

    @Test
    void attachedListIsAFixedTableWithItsColumnsTotalAndRepeatedHeader() throws Exception {
        try (XWPFDocument doc = written()) {
            XWPFTable units = doc.getTables().get(2);
            assertEquals(List.of("STT", "Tên tập thể", "Đơn vị cấp trên", "Danh hiệu/Hình thức", "Số tiền"),
                    units.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList());
            assertEquals(List.of("1", "Phòng Thi đua, khen thưởng", "Sở Nội vụ", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                    "7.020.000"), units.getRow(1).getTableCells().stream().map(XWPFTableCell::getText).toList());
            XWPFTable list = doc.getTables().get(3);
            assertEquals(List.of("STT", "Họ và tên", "Chức vụ", "Đơn vị", "Danh hiệu/Hình thức", "Số tiền"),
                    list.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList());
            assertTrue(list.getRow(0).isRepeatHeader());
            assertEquals(STTblLayoutType.FIXED, list.getCTTbl().getTblPr().getTblLayout().getType());
            assertEquals(BigInteger.valueOf(794), list.getCTTbl().getTblGrid().getGridColArray(0).getW(), "STT 14 mm");
            assertEquals(new BigInteger("794"), list.getRow(1).getCell(0).getCTTc().getTcPr().getTcW().getW());
            assertEquals(3, list.getRows().size());
            assertEquals("1", list.getRow(1).getCell(0).getText(), "each group numbered from 1");
            XWPFTable households = doc.getTables().get(4);
            assertEquals(List.of("STT", "Hộ gia đình", "Địa chỉ", "Danh hiệu/Hình thức", "Số tiền"),
                    households.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList());
            assertEquals("Hộ ông Đỗ Văn Hải", households.getRow(1).getCell(1).getText());
            assertEquals("5.270.000", households.getRow(1).getCell(4).getText(), "1,5 × 1,5 × 2.340.000 = 5.265.000 → 5.270.000");
            assertTrue(households.getRow(1).getCell(1).getParagraphs().get(0).isKeepNext(), "the last line stays with the total");
            XWPFTableRow total = households.getRow(2);
            assertEquals("Tổng cộng (cả danh sách)", total.getCell(1).getText());
            assertEquals("19.310.000", total.getCell(4).getText());
        }
    }

    @Test
    void pageIsA4WithDecreeMarginsTheListStartsANewSectionAndEveryRunIsTimesNewRoman() throws Exception {
        try (XWPFDocument doc = written()) {
            List<CTSectPr> breaks = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr()) {
                    breaks.add(p.getCTP().getPPr().getSectPr());
                }
            }
            assertEquals(1, breaks.size());
            CTSectPr decision = breaks.get(0);
            assertEquals(BigInteger.valueOf(11906), decision.getPgSz().getW(), "A4 portrait");
            assertEquals(BigInteger.valueOf(16838), decision.getPgSz().getH());
            CTPageMar m = decision.getPgMar();
            assertEquals(1134, ((BigInteger) m.getTop()).intValue(), "top 20 mm");
            assertEquals(1134, ((BigInteger) m.getBottom()).intValue(), "bottom 20 mm");
            assertEquals(1701, ((BigInteger) m.getLeft()).intValue(), "left 30 mm");
            assertEquals(850, ((BigInteger) m.getRight()).intValue(), "right 15 mm");
            assertTrue(decision.isSetTitlePg(), "no page number on the first page");
            assertEquals(2, decision.sizeOfHeaderReferenceArray(), "the decision keeps its page-number header");
            CTSectPr list = doc.getDocument().getBody().getSectPr();
            assertEquals(BigInteger.valueOf(16838), list.getPgSz().getW(), "the list table on A4 landscape");
            assertEquals(BigInteger.valueOf(11906), list.getPgSz().getH());
            assertEquals(STPageOrientation.LANDSCAPE, list.getPgSz().getOrient());
            assertEquals(1701, ((BigInteger) list.getPgMar().getLeft()).intValue());
            assertEquals(BigInteger.ONE, list.getPgNumType().getStart(), "the list is numbered from 1 again");
            assertNotNull(doc.getHeaderArray(0));

            List<XWPFRun> runs = new ArrayList<>();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    runs.addAll(p.getRuns());
                } else if (e instanceof XWPFTable t) {
                    t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns()))));
                }
            }
            assertTrue(runs.size() > 40);
            for (XWPFRun r : runs) {
                CTFonts fonts = r.getCTR().getRPr().getRFontsArray(0);
                assertEquals("Times New Roman", fonts.getAscii(), r.text());
                assertEquals("Times New Roman", fonts.getHAnsi(), r.text());
                assertEquals("Times New Roman", fonts.getCs(), r.text());
                assertEquals("Times New Roman", fonts.getEastAsia(), r.text());
                double size = r.getFontSizeAsDouble();
                assertTrue(size >= 11 && size <= 14, r.text() + " " + size);
            }
        }
    }

    private static List<String> texts(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
    }
}
