package vn.tdkt.workbook.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A small streaming XML scanner for the worksheet parts of an .xlsx file, giving SAX events (start and end of each
 * element with its attributes, character data) to a content handler. Reading the sheets took 85 % of the import's
 * check phase through the JDK's SAX parser; this one does what worksheet XML needs and no more: elements and
 * attributes (a namespace prefix is dropped from the local name, the namespace URI is always empty), the five named
 * entities and character references, CDATA sections, comments and processing instructions (skipped), UTF-8 or UTF-16
 * with a byte-order mark, line ends read as {@code \n}. A document type declaration is refused (as POI's secure parser
 * does) and so is anything that is not well formed: an unclosed or mismatched tag, an unknown entity, text after the
 * end of the document.
 */
final class SheetXml {

    private static final int BUFFER = 1 << 16;

    private final Reader in;
    private final ContentHandler handler;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int end;
    private char[] text = new char[256];
    private int textLength;
    private final Attrs attrs = new Attrs();
    private final Names names = new Names();
    private final List<String> open = new ArrayList<>();
    private boolean rootSeen;

    private SheetXml(Reader in, ContentHandler handler) {
        this.in = in;
        this.handler = handler;
    }

    /** Parses a whole part, closing nothing (the caller owns the stream). */
    static void parse(InputStream stream, ContentHandler handler) throws IOException, SAXException {
        new SheetXml(reader(stream), handler).document();
    }

    private static Reader reader(InputStream stream) throws IOException {
        PushbackInputStream p = new PushbackInputStream(stream, 3);
        byte[] head = new byte[3];
        int n = p.readNBytes(head, 0, 3);
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            p.unread(head, 2, n - 2);
            return new InputStreamReader(p, StandardCharsets.UTF_16BE);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            p.unread(head, 2, n - 2);
            return new InputStreamReader(p, StandardCharsets.UTF_16LE);
        }
        if (n == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new InputStreamReader(p, StandardCharsets.UTF_8);
        }
        p.unread(head, 0, n);
        return new InputStreamReader(p, StandardCharsets.UTF_8);
    }

    // ---- reading characters ----

    private boolean fill() throws IOException {
        if (pos < end) {
            return true;
        }
        int n = in.read(buf, 0, BUFFER);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }

    /** The next character, or -1 at the end. */
    private int read() throws IOException {
        if (pos >= end && !fill()) {
            return -1;
        }
        return buf[pos++];
    }

    private int peek() throws IOException {
        if (pos >= end && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    private char next(String where) throws IOException, SAXException {
        int c = read();
        if (c < 0) {
            throw error("the file ends inside " + where);
        }
        return (char) c;
    }

    private static SAXException error(String what) {
        return new SAXException("Malformed worksheet XML: " + what);
    }

    // ---- the document ----

    private void document() throws IOException, SAXException {
        handler.startDocument();
        int c;
        while ((c = read()) >= 0) {
            if (c == '<') {
                flushText();
                markup();
            } else {
                if (open.isEmpty() && !isSpace(c)) {
                    throw error("text outside the root element");
                }
                textChar(c);
            }
        }
        if (!open.isEmpty()) {
            throw error("element <" + open.get(open.size() - 1) + "> is not closed");
        }
        if (!rootSeen) {
            throw error("no root element");
        }
        textLength = 0;
        handler.endDocument();
    }

    private void markup() throws IOException, SAXException {
        char c = next("a tag");
        switch (c) {
            case '?' -> skipUntil("?>");
            case '!' -> bang();
            case '/' -> endTag();
            default -> startTag(c);
        }
    }

    private void bang() throws IOException, SAXException {
        char c = next("markup");
        if (c == '-') {
            expect('-');
            skipUntil("-->");
        } else if (c == '[') {
            for (char k : "CDATA[".toCharArray()) {
                expect(k);
            }
            cdata();
        } else {
            throw error("a document type declaration is not allowed");
        }
    }

    private void cdata() throws IOException, SAXException {
        if (open.isEmpty()) {
            throw error("CDATA outside the root element");
        }
        while (true) {
            char c = next("CDATA");
            if (c == ']' && peek() == ']') {
                read();
                if (peek() == '>') {
                    read();
                    flushText();
                    return;
                }
                appendText(']');
                appendText(']');
            } else {
                textChar(c);
            }
        }
    }

    private void expect(char k) throws IOException, SAXException {
        if (next("markup") != k) {
            throw error("unexpected markup");
        }
    }

    private void skipUntil(String stop) throws IOException, SAXException {
        int matched = 0;
        while (matched < stop.length()) {
            char c = next("markup");
            if (c == stop.charAt(matched)) {
                matched++;
            } else {
                matched = c == stop.charAt(0) ? 1 : 0;
            }
        }
    }

    private void startTag(char first) throws IOException, SAXException {
        if (open.isEmpty() && rootSeen) {
            throw error("a second root element");
        }
        String qName = name(first);
        attrs.clear();
        boolean empty = false;
        while (true) {
            char c = skipSpaces("a tag");
            if (c == '>') {
                break;
            }
            if (c == '/') {
                expect('>');
                empty = true;
                break;
            }
            String attr = name(c);
            if (skipSpaces("an attribute") != '=') {
                throw error("attribute " + attr + " has no value");
            }
            char quote = skipSpaces("an attribute");
            if (quote != '"' && quote != '\'') {
                throw error("attribute " + attr + " is not quoted");
            }
            attrs.add(attr, attributeValue(quote));
        }
        rootSeen = true;
        String local = local(qName);
        handler.startElement("", local, qName, attrs);
        if (empty) {
            handler.endElement("", local, qName);
        } else {
            open.add(qName);
        }
    }

    private void endTag() throws IOException, SAXException {
        String qName = name(next("an end tag"));
        if (skipSpaces("an end tag") != '>') {
            throw error("end tag </" + qName + " is not closed");
        }
        if (open.isEmpty() || !open.get(open.size() - 1).equals(qName)) {
            throw error("end tag </" + qName + "> does not match");
        }
        open.remove(open.size() - 1);
        handler.endElement("", local(qName), qName);
    }

    private static String local(String qName) {
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** Reads a name starting with {@code first}; leaves the character after it unread. */
    private String name(char first) throws IOException, SAXException {
        if (isSpace(first) || first == '>' || first == '/' || first == '=' || first == '<') {
            throw error("a name is missing");
        }
        int start = pos - 1;
        // fast path: the whole name is in the buffer
        int p = pos;
        while (p < end && isNameChar(buf[p])) {
            p++;
        }
        if (p < end && start >= 0 && buf[start] == first) {
            pos = p;
            return names.get(buf, start, p - start);
        }
        StringBuilder b = new StringBuilder().append(first);
        int c;
        while ((c = peek()) >= 0 && isNameChar((char) c)) {
            b.append((char) read());
        }
        return b.toString();
    }

    private static boolean isNameChar(char c) {
        return !(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '>' || c == '/' || c == '=' || c == '<'
                || c == '"' || c == '\'');
    }

    private char skipSpaces(String where) throws IOException, SAXException {
        char c;
        do {
            c = next(where);
        } while (isSpace(c));
        return c;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private String attributeValue(char quote) throws IOException, SAXException {
        StringBuilder b = null;
        int start = pos;
        while (true) {
            if (pos >= end) {
                // the value crosses the buffer: keep what was read and refill
                if (b == null) {
                    b = new StringBuilder();
                }
                b.append(buf, start, pos - start);
                if (!fill()) {
                    throw error("the file ends inside an attribute");
                }
                start = pos;
            }
            char c = buf[pos++];
            if (c == quote) {
                if (b == null) {
                    return new String(buf, start, pos - 1 - start);
                }
                return b.append(buf, start, pos - 1 - start).toString();
            }
            if (c == '&' || c == '<' || c == '\t' || c == '\n' || c == '\r') {
                if (b == null) {
                    b = new StringBuilder();
                }
                b.append(buf, start, pos - 1 - start);
                if (c == '<') {
                    throw error("'<' in an attribute value");
                }
                if (c == '&') {
                    reference(b);
                } else {
                    if (c == '\r' && peek() == '\n') {
                        read();
                    }
                    b.append(' ');
                }
                start = pos;
            }
        }
    }

    // ---- character data ----

    private void textChar(int c) throws IOException, SAXException {
        if (c == '&') {
            StringBuilder b = new StringBuilder(2);
            reference(b);
            for (int i = 0; i < b.length(); i++) {
                appendText(b.charAt(i));
            }
        } else if (c == '\r') {
            if (peek() == '\n') {
                read();
            }
            appendText('\n');
        } else {
            appendText((char) c);
        }
    }

    private void appendText(char c) {
        if (textLength == text.length) {
            text = java.util.Arrays.copyOf(text, text.length * 2);
        }
        text[textLength++] = c;
    }

    private void flushText() throws SAXException {
        if (textLength > 0) {
            if (!open.isEmpty()) {
                handler.characters(text, 0, textLength);
            }
            textLength = 0;
        }
    }

    /** Reads an entity or character reference after '&' and appends its characters. */
    private void reference(StringBuilder out) throws IOException, SAXException {
        StringBuilder ref = new StringBuilder();
        char c;
        while ((c = next("a reference")) != ';') {
            if (ref.length() > 10) {
                throw error("an entity reference is not closed");
            }
            ref.append(c);
        }
        String r = ref.toString();
        switch (r) {
            case "lt" -> out.append('<');
            case "gt" -> out.append('>');
            case "amp" -> out.append('&');
            case "quot" -> out.append('"');
            case "apos" -> out.append('\'');
            default -> {
                if (r.length() < 2 || r.charAt(0) != '#') {
                    throw error("unknown entity &" + r + ";");
                }
                try {
                    int code = r.charAt(1) == 'x' ? Integer.parseInt(r.substring(2), 16) : Integer.parseInt(r.substring(1));
                    out.appendCodePoint(code);
                } catch (IllegalArgumentException e) {
                    throw error("bad character reference &" + r + ";");
                }
            }
        }
    }

    /** The attributes of the current element (reused from element to element, as SAX allows). */
    private static final class Attrs implements Attributes {
        private String[] names = new String[8];
        private String[] values = new String[8];
        private int size;

        void clear() {
            size = 0;
        }

        void add(String name, String value) {
            if (size == names.length) {
                names = java.util.Arrays.copyOf(names, size * 2);
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size++] = value;
        }

        @Override
        public int getLength() {
            return size;
        }

        @Override
        public String getURI(int index) {
            return index < size ? "" : null;
        }

        @Override
        public String getLocalName(int index) {
            return index < size ? local(names[index]) : null;
        }

        @Override
        public String getQName(int index) {
            return index < size ? names[index] : null;
        }

        @Override
        public String getType(int index) {
            return index < size ? "CDATA" : null;
        }

        @Override
        public String getValue(int index) {
            return index < size ? values[index] : null;
        }

        @Override
        public int getIndex(String uri, String localName) {
            for (int i = 0; i < size; i++) {
                if (local(names[i]).equals(localName)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int getIndex(String qName) {
            for (int i = 0; i < size; i++) {
                if (names[i].equals(qName)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public String getType(String uri, String localName) {
            return getIndex(uri, localName) < 0 ? null : "CDATA";
        }

        @Override
        public String getType(String qName) {
            return getIndex(qName) < 0 ? null : "CDATA";
        }

        @Override
        public String getValue(String uri, String localName) {
            int i = getIndex(uri, localName);
            return i < 0 ? null : values[i];
        }

        @Override
        public String getValue(String qName) {
            int i = getIndex(qName);
            return i < 0 ? null : values[i];
        }
    }

    /** Element and attribute names seen before, so a sheet of 100 000 rows does not make a string per tag. */
    private static final class Names {
        private final String[] slots = new String[256];

        String get(char[] chars, int start, int length) {
            int h = 0;
            for (int i = 0; i < length; i++) {
                h = 31 * h + chars[start + i];
            }
            int slot = h & (slots.length - 1);
            String s = slots[slot];
            if (s != null && same(s, chars, start, length)) {
                return s;
            }
            s = new String(chars, start, length);
            slots[slot] = s;
            return s;
        }

        private static boolean same(String s, char[] chars, int start, int length) {
            if (s.length() != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (s.charAt(i) != chars[start + i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
