package vn.tdkt.common.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The two bundles against the code: every key the UI uses exists in both, no key is unused, and the
 * placeholders of each key agree between Vietnamese and English.
 */
class MessagesConsistencyTest {

    private static final Path SOURCES = Path.of("src/main/java/vn/tdkt");
    /** A string literal of dotted form; it names a key when its first segment is one the bundle uses. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_-]+)+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /**
     * A dotted literal handed to a method that takes a bundle key (text, format, Msg.of, get, …): a key whatever its
     * first segment, so that a key of a section no bundle has yet is reported missing instead of going unseen.
     */
    private static final Pattern KEY_CALL = Pattern.compile(
            "(?:\\.text|\\.format|Msg\\.of|\\.get|\\.failure|\\.error|\\.confirm|\\.info|\\.warn)\\(\\s*"
                    + "\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_-]+)+)\"");

    /** The keys a source text uses: dotted literals of a bundle's section, and any dotted literal passed as a key. */
    static Set<String> keysIn(String source, Set<String> sections, Set<String> otherBundles) {
        Set<String> used = new TreeSet<>();
        Matcher m = KEY_LITERAL.matcher(source);
        while (m.find()) {
            String key = m.group(1);
            if (sections.contains(key.substring(0, key.indexOf('.'))) && !otherBundles.contains(key)) {
                used.add(key);
            }
        }
        Matcher call = KEY_CALL.matcher(source);
        while (call.find()) {
            if (!otherBundles.contains(call.group(1))) {
                used.add(call.group(1));
            }
        }
        return used;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/vn/tdkt/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Every literal in the main code that names a key: its first segment is the first segment of a bundle key. */
    private static Set<String> keysUsedInCode() throws IOException {
        Set<String> sections = new TreeSet<>();
        load("messages.properties").stringPropertyNames().forEach(k -> sections.add(k.substring(0, k.indexOf('.'))));
        Set<String> otherBundles = new TreeSet<>(); // the meeting templates' own keys (per regime) are not ours
        try (Stream<Path> t = Files.list(Path.of("src/main/resources/vn/tdkt/meeting/templates"))) {
            for (Path f : t.filter(x -> x.toString().endsWith(".properties")).toList()) {
                Properties p = new Properties();
                try (InputStream in = Files.newInputStream(f)) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                otherBundles.addAll(p.stringPropertyNames());
            }
        }
        Set<String> used = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(SOURCES)) {
            files = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path f : files) {
            used.addAll(keysIn(Files.readString(f), sections, otherBundles));
        }
        used.addAll(vn.tdkt.cli.Cli.helpKeys());
        for (Class<?> type : labelledEnums()) {
            for (Object constant : type.getEnumConstants()) {
                used.add(((vn.tdkt.common.domain.Labelled) constant).labelKey());
            }
        }
        return used;
    }

    /**
     * Enums of the main code that implement Labelled: their English labels are the keys enum.Type.CONSTANT, built
     * from the constant, so the literal scan cannot see them. Found from the sources, loaded by name.
     */
    static List<Class<?>> labelledEnums() throws IOException {
        List<Class<?>> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(SOURCES)) {
            files = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path f : files) {
            String name = SOURCES.relativize(f).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.java$", "");
            try {
                Class<?> c = Class.forName("vn.tdkt." + name, false, MessagesConsistencyTest.class.getClassLoader());
                if (c.isEnum() && vn.tdkt.common.domain.Labelled.class.isAssignableFrom(c)) {
                    out.add(c);
                }
            } catch (ClassNotFoundException e) {
                throw new AssertionError("no class for " + f, e);
            }
        }
        return out;
    }

    @Test
    void everyLabelledEnumHasAnEnglishLabelForEachConstant() throws IOException {
        Properties en = load("messages_en.properties");
        Properties vi = load("messages.properties");
        List<String> missing = new ArrayList<>();
        List<String> notTheLabel = new ArrayList<>();
        for (Class<?> type : labelledEnums()) {
            for (Object constant : type.getEnumConstants()) {
                vn.tdkt.common.domain.Labelled l = (vn.tdkt.common.domain.Labelled) constant;
                if (!en.containsKey(l.labelKey())) {
                    missing.add(l.labelKey());
                }
                if (vi.containsKey(l.labelKey()) && !vi.getProperty(l.labelKey()).equals(l.label())) {
                    notTheLabel.add(l.labelKey());
                }
            }
        }
        assertEquals(List.of(), missing, "Labelled enum constants without an enum.* key");
        assertEquals(List.of(), notTheLabel, "the Vietnamese enum.* text differs from the enum's label()");
        assertTrue(labelledEnums().size() >= 10, "the scan found the Labelled enums");
    }

    @Test
    void aKeyOfASectionNoBundleHasIsFoundToo() {
        Set<String> found = keysIn("ui.text(\"brandnew.title\"); Msg.of(\"people.list.title\"); x.text(\"basis.1\");"
                + " String s = \"brandnew.other\";", Set.of("people"), Set.of("basis.1"));
        assertEquals(new TreeSet<>(Set.of("brandnew.title", "people.list.title")), found);
    }

    @Test
    void theCommandLineHelpKeysAreFoundFromTheCommandTree() {
        Set<String> keys = vn.tdkt.cli.Cli.helpKeys();
        assertTrue(keys.contains("cli.root.option.data"), keys.toString());
        assertTrue(keys.contains("cli.eligibility.option.year.label"), keys.toString());
        assertTrue(keys.contains("cli.tally.param.0"), keys.toString());
    }

    private static Set<Integer> placeholders(String text) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    @Test
    void everyKeyUsedExistsInBothBundlesAndNoneIsUnused() throws IOException {
        Properties vi = load("messages.properties");
        Properties en = load("messages_en.properties");
        Set<String> used = keysUsedInCode();
        assertTrue(used.size() > 100, "the scan found the keys: " + used.size());

        List<String> missing = new ArrayList<>();
        for (String k : used) {
            if (!vi.containsKey(k)) {
                missing.add("messages.properties: " + k);
            }
            if (!en.containsKey(k)) {
                missing.add("messages_en.properties: " + k);
            }
        }
        assertEquals(List.of(), missing, "keys used in code but missing");

        Set<String> unused = new TreeSet<>(vi.stringPropertyNames());
        unused.addAll(en.stringPropertyNames());
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "keys in the bundles that no code uses");
    }

    @Test
    void bothBundlesHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties vi = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertEquals(new TreeSet<>(vi.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        List<String> mismatched = new ArrayList<>();
        for (String k : vi.stringPropertyNames()) {
            if (!placeholders(vi.getProperty(k)).equals(placeholders(en.getProperty(k)))) {
                mismatched.add(k);
            }
        }
        assertEquals(List.of(), mismatched, "placeholders differ between the languages");
    }

    @Test
    void vietnameseIsTheDefaultWhateverTheMachineLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.ENGLISH);
            assertEquals("Danh sách cán bộ", Messages.of("vi").get("people.list.title"));
            assertEquals("People", Messages.of("en").get("people.list.title"));
            assertEquals("Hiển thị 12 / 1.500 cán bộ", Messages.of("vi").format("people.list.count", 12, 1500));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
