package vn.tdkt.workbook.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.util.XMLHelper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** The worksheet scanner gives the same events as POI's secure SAX parser, and refuses what that parser refuses. */
class SheetXmlTest {

    private static final String NS = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    /** Writes the events as lines; adjacent character data is joined, as SAX may split it anywhere. */
    private static final class Recorder extends DefaultHandler {
        final List<String> events = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        private void flush() {
            if (text.length() > 0) {
                events.add("text " + text);
                text.setLength(0);
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            flush();
            StringBuilder b = new StringBuilder("start " + localName + " " + qName);
            for (int i = 0; i < atts.getLength(); i++) {
                if (!atts.getQName(i).startsWith("xmlns")) {
                    b.append(' ').append(atts.getQName(i)).append('=').append(atts.getValue(i))
                            .append('|').append(atts.getValue(atts.getQName(i)));
                }
            }
            events.add(b.toString());
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flush();
            events.add("end " + localName + " " + qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        @Override
        public void endDocument() {
            flush();
        }
    }

    private static List<String> ours(byte[] xml) throws Exception {
        Recorder r = new Recorder();
        SheetXml.parse(new ByteArrayInputStream(xml), r);
        return r.events;
    }

    private static List<String> sax(byte[] xml) throws Exception {
        Recorder r = new Recorder();
        XMLReader reader = XMLHelper.newXMLReader();
        reader.setContentHandler(r);
        reader.parse(new InputSource(new ByteArrayInputStream(xml)));
        return r.events;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<worksheet " + NS + "><sheetData>"
                + "<row r=\"1\" spans=\"1:3\"><c r=\"A1\" s=\"1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is>"
                + "<t xml:space=\"preserve\"> Nguyễn &amp; Trần &lt;b&gt; &quot;x&quot; &apos;y&apos; &#272;&#x1EA1;\r\nz </t>"
                + "</is></c><c r='C1'/></row><row r=\"2\"/></sheetData></worksheet>",
        "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>"
                + "<x:row r=\"3\"><x:c r=\"A3\" t=\"str\"><x:f>A1&amp;B1</x:f><x:v>ab</x:v></x:c></x:row>"
                + "</x:sheetData></x:worksheet>",
        "<!-- made by hand --><worksheet " + NS + "><?pi data?><sheetData><row>"
                + "<c><v><![CDATA[1 < 2 ]] ]]></v></c><!-- a - comment --><c\n r = \"B9\"\ts=\"2\" ><v>42.5</v></c>"
                + "</row></sheetData></worksheet>\n",
        "<worksheet " + NS + " a=\"tab\there\nnew&#10;line\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><t>rich"
                + "</t></r><r><t>text</t></r><rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh></is></c></row></sheetData></worksheet>",
    })
    void givesTheSameEventsAsTheSaxParser(String xml) throws Exception {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        assertEquals(sax(bytes), ours(bytes));
    }

    @org.junit.jupiter.api.Test
    void readsByteOrderMarksAndLongDocuments() throws Exception {
        StringBuilder b = new StringBuilder("<worksheet " + NS + "><sheetData>");
        for (int r = 1; r <= 20_000; r++) { // far beyond one buffer, so names and values cross its end
            b.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>Lê Thị ")
                    .append(r).append(" &amp; co</t></is></c><c r=\"B").append(r).append("\" s=\"3\"><v>").append(r * 1.5)
                    .append("</v></c></row>");
        }
        String xml = b.append("</sheetData></worksheet>").toString();
        byte[] utf8 = xml.getBytes(StandardCharsets.UTF_8);
        List<String> expected = sax(utf8);
        assertEquals(expected, ours(utf8));
        byte[] bom = ("\uFEFF" + xml).getBytes(StandardCharsets.UTF_8);
        assertEquals(expected, ours(bom));
        byte[] utf16 = ("\uFEFF" + xml).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(expected, ours(utf16));
        assertEquals(expected, ours(("\uFEFF" + xml).getBytes(StandardCharsets.UTF_16BE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "<worksheet><sheetData>",
        "<worksheet><row></worksheet>",
        "<worksheet><c r=\"A1></c></worksheet>",
        "<worksheet><c r=A1></c></worksheet>",
        "<worksheet>&nbsp;</worksheet>",
        "<worksheet>&#xZZ;</worksheet>",
        "<!DOCTYPE worksheet [<!ENTITY x \"y\">]><worksheet>&x;</worksheet>",
        "<worksheet/><second/>",
        "text<worksheet/>",
        "<worksheet><c a=\"1<2\"/></worksheet>",
        "<worksheet><c",
    })
    void refusesWhatIsNotWellFormed(String xml) throws Exception {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        assertThrows(SAXException.class, () -> sax(bytes), "the SAX parser refuses it too");
        assertThrows(SAXException.class, () -> ours(bytes));
    }
}
