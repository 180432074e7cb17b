package vn.tdkt.workbook.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbookPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.tdkt.common.domain.Msg;

/**
 * Streams the rows of an .xlsx file (SAX over the sheet XML, never the whole workbook in memory) and gives typed
 * cells: text, number, date (by the cell's number format) or boolean. Tells apart the files a clerk may pick by
 * mistake (old .xls, password-protected, text or Word files, damaged zips) with a Vietnamese message.
 */
public final class XlsxReader {

    private static final Logger LOGGER = LoggerFactory.getLogger(XlsxReader.class);

    /** Receives the rows of one sheet; {@code cells[i]} is column i (0 = A), null when empty. */
    public interface RowHandler {
        void row(int rowNumber, XlsxCell[] cells);

        /** Called after the last row of the sheet. */
        default void end() {
        }
    }

    /** Chooses which sheets to read: returns null to skip a sheet. */
    public interface Visitor {
        RowHandler sheet(String name);
    }

    private XlsxReader() {
    }

    /** Reads the sheets of a workbook in file order. */
    public static void read(Path file, Visitor visitor) {
        checkFile(file);
        String name = file.getFileName().toString();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            PackageRelationship core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)
                    .getRelationship(0);
            PackagePart main = core == null ? null : pkg.getPart(core);
            if (main == null || !(main.getContentType().contains("spreadsheetml")
                    || main.getContentType().contains("ms-excel"))) {
                throw new UnreadableFileException(Msg.of("workbook.file.notSpreadsheet", name));
            }
            XSSFReader reader = new XSSFReader(pkg);
            boolean date1904 = date1904(reader);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    RowHandler handler = visitor.sheet(sheets.getSheetName());
                    if (handler != null) {
                        XMLReader xml = XMLHelper.newXMLReader();
                        xml.setContentHandler(new SheetHandler(strings, styles, date1904, handler));
                        xml.parse(new InputSource(sheet));
                        handler.end();
                    }
                }
            }
        } catch (IOException | OpenXML4JException | SAXException | POIXMLException | OpenXML4JRuntimeException
                 | IllegalArgumentException | IllegalStateException e) {
            LOGGER.warn("Cannot read {}", file, e);
            throw new UnreadableFileException(Msg.of("workbook.file.damaged", name), e);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("No XML parser available", e);
        }
    }

    private static boolean date1904(XSSFReader reader) throws IOException, InvalidFormatException {
        try (InputStream in = reader.getWorkbookData()) {
            CTWorkbookPr pr = WorkbookDocument.Factory.parse(in).getWorkbook().getWorkbookPr();
            return pr != null && pr.isSetDate1904() && pr.getDate1904();
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IOException("workbook.xml is not valid", e);
        }
    }

    /** Refuses what is not an .xlsx workbook, with the reason as a bundle text. */
    static void checkFile(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new UnreadableFileException(Msg.of("workbook.file.notFound", file.toString()));
        }
        if (Files.isDirectory(file)) {
            throw new UnreadableFileException(Msg.of("workbook.file.directory", file.toString()));
        }
        FileMagic magic;
        byte[] head;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
            head = in.readNBytes(4096);
        } catch (EmptyFileException e) {
            throw new UnreadableFileException(Msg.of("workbook.file.empty", name), e);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(XlsxReader.class).warn("Cannot read {}", file, e);
            throw new UnreadableFileException(Msg.of("workbook.file.readError", name), e);
        }
        switch (magic) {
            case OOXML -> {
                return;
            }
            case OLE2 -> throw ole2Problem(file, name);
            default -> throw new UnreadableFileException(Msg.of(looksLikeText(head) ? "workbook.file.textNotXlsx"
                    : "workbook.file.notXlsx", name));
        }
    }

    private static UnreadableFileException ole2Problem(Path file, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return new UnreadableFileException(Msg.of("workbook.file.password", name));
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return new UnreadableFileException(Msg.of("workbook.file.xls", name));
            }
            return new UnreadableFileException(Msg.of("workbook.file.oldOffice", name));
        } catch (IOException | RuntimeException e) {
            LOGGER.warn("Cannot read OLE2 file {}", file, e);
            return new UnreadableFileException(Msg.of("workbook.file.damagedExcel", name), e);
        }
    }

    private static boolean looksLikeText(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(head, 0,
                            Math.max(0, head.length - 4)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** SAX handler of one worksheet: rebuilds rows of typed cells. */
    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final RowHandler handler;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        private final List<XlsxCell> cells = new ArrayList<>();
        private final StringBuilder value = new StringBuilder();
        private int rowNumber;
        private int column;
        private String type;
        private int style;
        private boolean hasValue;
        private boolean inValue;
        private boolean inInline;
        private boolean inPhonetic;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904, RowHandler handler) {
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
            this.handler = handler;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
                    cells.clear();
                    column = -1;
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    column = ref != null ? columnOf(ref) : column + 1;
                    type = atts.getValue("t");
                    String s = atts.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    value.setLength(0);
                    hasValue = false;
                }
                case "v" -> inValue = true;
                case "is" -> inInline = true;
                case "rPh" -> inPhonetic = true;
                case "t" -> inValue = inInline && !inPhonetic;
                default -> {
                    // other elements (f, sheetData, cols, ...) carry nothing we read
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> {
                    inValue = false;
                    hasValue = true;
                }
                case "t" -> {
                    if (inValue) {
                        hasValue = true;
                    }
                    inValue = false;
                }
                case "rPh" -> inPhonetic = false;
                case "is" -> inInline = false;
                case "c" -> {
                    XlsxCell cell = hasValue ? convert(value.toString()) : null;
                    if (cell != null) {
                        while (cells.size() <= column) {
                            cells.add(null);
                        }
                        cells.set(column, cell);
                    }
                }
                case "row" -> handler.row(rowNumber, cells.toArray(new XlsxCell[0]));
                default -> {
                    // nothing to finish
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        private static int columnOf(String ref) {
            int end = 0;
            while (end < ref.length() && Character.isLetter(ref.charAt(end))) {
                end++;
            }
            return CellReference.convertColStringToIndex(ref.substring(0, end));
        }

        private XlsxCell convert(String raw) {
            String t = type == null ? "n" : type;
            return switch (t) {
                case "s" -> XlsxCell.ofText(strings.getItemAt(Integer.parseInt(raw.trim())).getString());
                case "inlineStr", "str" -> XlsxCell.ofText(raw);
                case "b" -> XlsxCell.ofBoolean("1".equals(raw.trim()) || "true".equalsIgnoreCase(raw.trim()));
                case "e" -> XlsxCell.ofError(raw);
                case "d" -> raw.isBlank() ? null : XlsxCell.ofDate(LocalDate.parse(raw.trim().substring(0, 10)), 0);
                default -> number(raw);
            };
        }

        private XlsxCell number(String raw) {
            if (raw.isBlank()) {
                return null;
            }
            XlsxCell n = XlsxCell.ofNumber(raw);
            if (isDateStyle(style) && DateUtil.isValidExcelDate(n.number())) {
                return XlsxCell.ofDate(DateUtil.getLocalDateTime(n.number(), date1904).toLocalDate(), n.number());
            }
            return n;
        }

        private boolean isDateStyle(int index) {
            if (styles == null) {
                return false;
            }
            return dateStyles.computeIfAbsent(index, i -> {
                if (i >= styles.getNumCellStyles()) {
                    return false;
                }
                XSSFCellStyle cs = styles.getStyleAt(i);
                return cs != null && DateUtil.isADateFormat(cs.getDataFormat(), cs.getDataFormatString());
            });
        }
    }
}
