package vn.tdkt.backup.data;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The server store's backup file, written and read by the app itself (no server tools on the workstation): a zip
 * with one entry per table, {@code data/TABLE.tsv} (a header line of column names, then one line per row in
 * PostgreSQL's COPY text conventions, {@link RowValues}), and {@code manifest.properties} (format, schema version,
 * the tables in foreign-key order, the rows and the SHA-256 of every entry). Decision record 0080.
 */
public final class LogicalDump {

    public static final String MANIFEST = "manifest.properties";
    public static final String FORMAT = "tdkt-logical-dump";
    public static final int FORMAT_VERSION = 1;
    private static final String DATA = "data/";

    private LogicalDump() {
    }

    /**
     * The manifest of a dump.
     *
     * @param format the format's name ({@link #FORMAT} for ours)
     * @param formatVersion the format's version
     * @param schemaVersion the schema version (highest migration) of the store dumped
     * @param source where the data came from (HOST:PORT/NAME)
     * @param created when the dump was written
     * @param rows the rows of each table, tables in foreign-key order
     * @param sha256 the SHA-256 (hex) of each table's entry
     */
    public record Manifest(String format, int formatVersion, int schemaVersion, String source, String created,
                           Map<String, Long> rows, Map<String, String> sha256) {
    }

    /** Writes every table of the store to the zip; returns its manifest. */
    public static Manifest write(StoreTables store, Path zip, String source) throws SQLException, IOException {
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, String> sums = new LinkedHashMap<>();
        try (OutputStream file = Files.newOutputStream(zip);
             ZipOutputStream z = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
            for (StoreTable t : store.tables()) {
                z.putNextEntry(new ZipEntry(DATA + t.name() + ".tsv"));
                MessageDigest digest = sha256();
                Writer w = new BufferedWriter(new OutputStreamWriter(new DigestOutputStream(new NonClosing(z), digest),
                        StandardCharsets.UTF_8), 1 << 16);
                w.write(String.join("\t", t.columns().stream().map(StoreTable.StoreColumn::name).toList()));
                w.write('\n');
                long[] n = {0};
                store.read(t, row -> {
                    try {
                        for (int i = 0; i < row.length; i++) {
                            if (i > 0) {
                                w.write('\t');
                            }
                            w.write(RowValues.text(row[i]));
                        }
                        w.write('\n');
                        n[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                w.flush();
                z.closeEntry();
                rows.put(t.name(), n[0]);
                sums.put(t.name(), HexFormat.of().formatHex(digest.digest()));
            }
            Manifest m = new Manifest(FORMAT, FORMAT_VERSION, store.schemaVersion(), source,
                    LocalDateTime.now().withNano(0).toString(), rows, sums);
            z.putNextEntry(new ZipEntry(MANIFEST));
            z.write(manifestText(m).getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            return m;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String manifestText(Manifest m) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", m.format());
        p.setProperty("format.version", String.valueOf(m.formatVersion()));
        p.setProperty("schema.version", String.valueOf(m.schemaVersion()));
        p.setProperty("source", m.source());
        p.setProperty("created", m.created());
        p.setProperty("tables", String.join(",", m.rows().keySet()));
        m.rows().forEach((t, n) -> p.setProperty("rows." + t, String.valueOf(n)));
        m.sha256().forEach((t, s) -> p.setProperty("sha256." + t, s));
        StringWriter w = new StringWriter();
        p.store(w, "TDKT logical dump");
        return w.toString();
    }

    /** True when the zip holds a manifest (a server store's dump); false for any other zip. */
    public static boolean isDump(ZipFile zip) {
        return zip.getEntry(MANIFEST) != null;
    }

    /** The manifest of a dump; null when a field is missing or not a number (a foreign or damaged file). */
    public static Manifest manifest(ZipFile zip) throws IOException {
        Properties p = new Properties();
        try (InputStream in = zip.getInputStream(zip.getEntry(MANIFEST));
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        try {
            Map<String, Long> rows = new LinkedHashMap<>();
            Map<String, String> sums = new LinkedHashMap<>();
            String tables = p.getProperty("tables", "");
            for (String t : tables.isEmpty() ? new String[0] : tables.split(",")) {
                rows.put(t, Long.valueOf(p.getProperty("rows." + t)));
                sums.put(t, p.getProperty("sha256." + t, ""));
            }
            return new Manifest(p.getProperty("format", ""), Integer.parseInt(p.getProperty("format.version", "0")),
                    Integer.parseInt(p.getProperty("schema.version", "0")), p.getProperty("source", ""),
                    p.getProperty("created", ""), rows, sums);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The SHA-256 (hex) of a table's entry, or null when the zip has no entry for that table. */
    public static String checksum(ZipFile zip, String table) throws IOException {
        ZipEntry e = zip.getEntry(DATA + table + ".tsv");
        if (e == null) {
            return null;
        }
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(zip.getInputStream(e), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Inserts the rows of a table's entry into the store's table of that name (its columns matched by name; a column
     * the entry lacks gets its default); returns the rows written.
     */
    public static long load(ZipFile zip, StoreTable t, StoreTables store) throws IOException, SQLException {
        ZipEntry e = zip.getEntry(DATA + t.name() + ".tsv");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(zip.getInputStream(e), StandardCharsets.UTF_8),
                1 << 16)) {
            String header = r.readLine();
            if (header == null) {
                throw new IOException("Empty entry for " + t.name());
            }
            List<String> names = List.of(header.split("\t", -1));
            int[] types = new int[names.size()];
            for (int i = 0; i < names.size(); i++) {
                int k = t.indexOf(names.get(i));
                if (k < 0) {
                    throw new IOException("Column " + names.get(i) + " is not in " + t.name());
                }
                types[i] = t.columns().get(k).type();
            }
            try (StoreTables.Inserter insert = store.inserter(t, names)) {
                String line;
                int lineNo = 1;
                while ((line = r.readLine()) != null) {
                    lineNo++;
                    String[] fields = line.split("\t", -1);
                    if (fields.length != types.length) {
                        throw new IOException(t.name() + " line " + lineNo + ": " + fields.length + " fields, "
                                + types.length + " columns");
                    }
                    Object[] row = new Object[types.length];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = RowValues.parse(fields[i], types[i]);
                    }
                    insert.add(row);
                }
                insert.close();
                return insert.written();
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The zip stream under a table's writer: closing the writer must not close the zip. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
