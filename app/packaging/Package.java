import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the installed form of TĐKT from app/target/tdkt.jar and app/target/lib/ (run by {@code mvn -Pinstaller
 * package}, or by hand: {@code java app/packaging/Package.java --version 0.1.0 [--type deb|msi|dmg|none]}):
 *
 * <ol>
 *   <li>the modules the jars use ({@code jdeps}) plus those loaded through services, which jdeps cannot see;</li>
 *   <li>a trimmed runtime with only those modules ({@code jlink});</li>
 *   <li>the app image ({@code jpackage --type app-image}) with the icon and the version from the POM;</li>
 *   <li>training runs of that image (CLI {@code template} + {@code import} of the sample workbook, and a window start
 *       under Xvfb on Linux, or on the desktop elsewhere) that record the classes loaded
 *       ({@code -XX:DumpLoadedClassList}), merged into {@code lib/app/tdkt.classlist};</li>
 *   <li>the installer of the machine ({@code --type}; default: deb on Linux, msi on Windows, dmg on macOS) with
 *       the menu entry, the desktop shortcut, the association of the backup files, per-user install and a fixed
 *       upgrade code on Windows;</li>
 *   <li>the AppCDS archive of the app image ({@code -Xshare:dump} from the class list, through the image's own
 *       launcher so the class path is exactly the launcher's), used by the launcher's
 *       {@code -XX:SharedArchiveFile=$APPDIR/tdkt.jsa}. JDK 17 ties an archive to the absolute paths of the jars,
 *       so the installers carry the class list and the .deb dumps the archive where it installs
 *       ({@code postinst}); without an archive the JVM starts normally.</li>
 * </ol>
 *
 * Everything is written under {@code app/target/installer/}. No dependency beyond the JDK 17 tools.
 */
public final class Package {

    /** Loaded through ServiceLoader, reflection or locale/charset lookup: jdeps cannot see them. */
    private static final List<String> EXTRA_MODULES = List.of(
            "jdk.localedata",          // vi-VN dates and numbers (1.234.567 đ); trimmed to en and vi below
            "jdk.charsets",            // legacy code pages read by POI and the TCVN3/VNI conversion
            "jdk.zipfs",               // zip file systems (backups, OOXML tooling)
            "jdk.unsupported.desktop", // javafx-swing's bridge (images written through ImageIO)
            "jdk.crypto.ec");          // TLS/EC keys, should any library open an https URL (small)

    private static final String MAIN_CLASS = "vn.tdkt.Launcher";
    private static final String DESCRIPTION = "Quản lý thi đua, khen thưởng";
    /** jpackage's WiX sources use code page 1252, which has no Vietnamese letters: plain text on Windows and macOS. */
    private static final String DESCRIPTION_ASCII = "TDKT - Quan ly thi dua, khen thuong";
    private static final String VENDOR = "TDKT";
    /** Fixed forever: Windows Installer recognises an upgrade of the same product by it. */
    private static final String WIN_UPGRADE_UUID = "6f1c2b8e-0d55-4a4e-9c0e-7d1a3b5f2e91";

    private final Path appDir;      // app/
    private final Path target;      // app/target/
    private final Path out;         // app/target/installer/
    private final String version;   // numeric: 0.1.0
    private final String fullVersion;
    private final String type;
    private final boolean windowTraining;
    private final String os;

    private Package(Map<String, String> opts) {
        appDir = Path.of(opts.getOrDefault("--app", "app")).toAbsolutePath().normalize();
        target = appDir.resolve("target");
        out = target.resolve("installer");
        fullVersion = opts.containsKey("--version") ? opts.get("--version") : jarVersion(target.resolve("tdkt.jar"));
        version = numericVersion(fullVersion);
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        os = name.contains("win") ? "windows" : name.contains("mac") ? "mac" : "linux";
        type = opts.getOrDefault("--type", switch (os) {
            case "windows" -> "msi";
            case "mac" -> "dmg";
            default -> "deb";
        });
        windowTraining = !"false".equals(opts.getOrDefault("--window-training", "true"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i], args[i + 1]);
        }
        new Package(opts).build();
    }

    /** The POM's version as the jar plugin wrote it into the manifest (Implementation-Version). */
    private static String jarVersion(Path jar) {
        try (java.util.jar.JarFile j = new java.util.jar.JarFile(jar.toFile())) {
            String v = j.getManifest().getMainAttributes().getValue("Implementation-Version");
            if (v == null) {
                throw new IllegalStateException(jar + " has no Implementation-Version: pass --version");
            }
            return v;
        } catch (IOException e) {
            throw new IllegalStateException(jar + " is missing or unreadable: run mvn package first", e);
        }
    }

    /** "0.1.0-SNAPSHOT" → "0.1.0": jpackage (and MSI) want numbers only. */
    static String numericVersion(String v) {
        String n = v.replaceAll("[^0-9.].*$", "").replaceAll("\\.$", "");
        return n.isEmpty() ? "0.0.0" : n;
    }

    private String appName() {
        return "linux".equals(os) ? "tdkt" : "TDKT";
    }

    private void build() throws Exception {
        long t0 = System.nanoTime();
        Path jar = target.resolve("tdkt.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run mvn package first");
        }
        deleteTree(out);
        drawIcons();
        Path input = out.resolve("input");
        Files.createDirectories(input.resolve("lib"));
        Files.copy(jar, input.resolve("tdkt.jar"));
        try (Stream<Path> libs = Files.list(target.resolve("lib"))) {
            for (Path lib : libs.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                Files.copy(lib, input.resolve("lib").resolve(lib.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }

        // the sample data offered at the first start travels with the program: SampleData looks beside the jar
        Path samples = appDir.getParent().resolve("samples/data");
        if (Files.isDirectory(samples)) {
            copyTree(samples, input.resolve("samples/data"));
        }

        Set<String> modules = modules(input);
        log("version " + fullVersion + " (packages as " + version + "); modules: " + String.join(",", modules));
        Path runtime = out.resolve("runtime");
        tool("jlink", "--add-modules", String.join(",", modules), "--include-locales=en,vi",
                "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=1", "--output", runtime.toString());
        log("runtime: " + mb(size(runtime)));

        Path images = out.resolve("image");
        List<String> image = new ArrayList<>(List.of("--type", "app-image", "--dest", images.toString(),
                "--runtime-image", runtime.toString(), "--input", input.toString(), "--main-jar", "tdkt.jar",
                "--main-class", MAIN_CLASS));
        image.addAll(common());
        image.addAll(List.of("--java-options", "-XX:SharedArchiveFile=$APPDIR/tdkt.jsa"));
        if ("windows".equals(os)) {
            // the main launcher has no console (a window app); tdkt-cli.exe is the same app for the command line
            image.addAll(List.of("--add-launcher", "tdkt-cli=" + appDir.resolve("packaging/windows/tdkt-cli.properties")));
        }
        tool("jpackage", image.toArray(String[]::new));
        Path app = appImage(images);
        Path appLib = "mac".equals(os) ? app.resolve("Contents/app") : app.resolve("lib/app");
        log("app image: " + app + " (" + mb(size(app)) + ")");

        Path classList = appLib.resolve("tdkt.classlist");
        train(app, classList);
        if ("linux".equals(os)) {
            Path dump = appLib.resolve("tdkt-cds");
            Files.copy(appDir.resolve("packaging/linux/tdkt-cds"), dump);
            dump.toFile().setExecutable(true, false);
        }

        if (!"none".equals(type)) {
            installer(app);
        }

        dumpArchive(app, appLib, classList);
        log("app image with its archive: " + mb(size(app)));
        log("done in " + (System.nanoTime() - t0) / 1_000_000_000 + " s");
    }

    /** Options every jpackage call of this app takes. */
    private List<String> common() {
        return new ArrayList<>(List.of("--name", appName(), "--app-version", version, "--vendor", VENDOR,
                "--description", "linux".equals(os) ? DESCRIPTION : DESCRIPTION_ASCII, "--copyright", "TDKT",
                "--icon", icon().toString()));
    }

    private Path icon() {
        Path icons = out.resolve("icons");
        return switch (os) {
            case "windows" -> icons.resolve("tdkt.ico");
            case "mac" -> icons.resolve("tdkt.icns");
            default -> icons.resolve("tdkt.png");
        };
    }

    /**
     * The icon, drawn here (the source is this code): a gold five-pointed star, the sign of the emulation
     * movements' awards, on a red rounded square. Written as PNG (Linux), ICO (Windows: PNG entries) and ICNS
     * (macOS: PNG entries).
     */
    private void drawIcons() throws IOException {
        Path icons = Files.createDirectories(out.resolve("icons"));
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[] {16, 32, 48, 128, 256, 512}) {
            png.put(size, drawIcon(size));
        }
        Files.write(icons.resolve("tdkt.png"), png.get(256));
        java.io.ByteArrayOutputStream ico = new java.io.ByteArrayOutputStream();
        int[] icoSizes = {16, 32, 48, 256};
        java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate(6 + 16 * icoSizes.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        head.putShort((short) 0).putShort((short) 1).putShort((short) icoSizes.length);
        int offset = head.capacity();
        for (int size : icoSizes) {
            byte[] data = png.get(size);
            head.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)).put((byte) 0).put((byte) 0);
            head.putShort((short) 1).putShort((short) 32).putInt(data.length).putInt(offset);
            offset += data.length;
        }
        ico.write(head.array());
        for (int size : icoSizes) {
            ico.write(png.get(size));
        }
        Files.write(icons.resolve("tdkt.ico"), ico.toByteArray());
        java.io.ByteArrayOutputStream entries = new java.io.ByteArrayOutputStream();
        Map<String, Integer> icnsTypes = new LinkedHashMap<>();
        icnsTypes.put("icp4", 16);
        icnsTypes.put("icp5", 32);
        icnsTypes.put("ic07", 128);
        icnsTypes.put("ic08", 256);
        icnsTypes.put("ic09", 512);
        for (Map.Entry<String, Integer> e : icnsTypes.entrySet()) {
            byte[] data = png.get(e.getValue());
            entries.write(e.getKey().getBytes(StandardCharsets.US_ASCII));
            entries.write(java.nio.ByteBuffer.allocate(4).putInt(8 + data.length).array());
            entries.write(data);
        }
        java.io.ByteArrayOutputStream icns = new java.io.ByteArrayOutputStream();
        icns.write("icns".getBytes(StandardCharsets.US_ASCII));
        icns.write(java.nio.ByteBuffer.allocate(4).putInt(8 + entries.size()).array());
        icns.write(entries.toByteArray());
        Files.write(icons.resolve("tdkt.icns"), icns.toByteArray());
    }

    private static byte[] drawIcon(int size) throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(size, size, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(java.awt.RenderingHints.KEY_STROKE_CONTROL, java.awt.RenderingHints.VALUE_STROKE_PURE);
        double s = size;
        double m = s * 0.04;
        g.setColor(new java.awt.Color(0xB71C1C));
        g.fill(new java.awt.geom.RoundRectangle2D.Double(m, m, s - 2 * m, s - 2 * m, s * 0.22, s * 0.22));
        java.awt.geom.Path2D.Double star = new java.awt.geom.Path2D.Double();
        double cx = s / 2;
        double cy = s * 0.53;
        double outer = s * 0.36;
        double inner = outer * 0.382;
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a);
            if (i == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        g.setColor(new java.awt.Color(0xFFD600));
        g.fill(star);
        g.dispose();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", bytes);
        return bytes.toByteArray();
    }

    /** jdeps over the main jar with the libraries on the class path (it follows them), plus the service modules. */
    private Set<String> modules(Path input) {
        String cp;
        try (Stream<Path> libs = Files.list(input.resolve("lib"))) {
            cp = libs.sorted().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String printed = tool("jdeps", "--ignore-missing-deps", "--print-module-deps", "--multi-release", "17", "-q",
                "--class-path", cp, input.resolve("tdkt.jar").toString());
        Set<String> modules = new TreeSet<>();
        String last = printed.strip().lines().reduce((a, b) -> b).orElse("");
        for (String m : last.split(",")) {
            if (!m.isBlank()) {
                modules.add(m.strip());
            }
        }
        if (!modules.contains("java.base")) {
            throw new IllegalStateException("jdeps printed no module list:\n" + printed);
        }
        modules.addAll(EXTRA_MODULES);
        return modules;
    }

    private static Path appImage(Path images) throws IOException {
        try (Stream<Path> s = Files.list(images)) {
            return s.findFirst().orElseThrow();
        }
    }

    private Path launcher(Path app) {
        return switch (os) {
            case "windows" -> app.resolve("tdkt-cli.exe");
            case "mac" -> app.resolve("Contents/MacOS/" + appName());
            default -> app.resolve("bin/" + appName());
        };
    }

    /** The classes a window start and a template + import load, in load order, without repeats. */
    private void train(Path app, Path classList) throws Exception {
        Path work = out.resolve("training");
        Path data = work.resolve("data");
        Files.createDirectories(work);
        Path sample = appDir.getParent().resolve("samples/data/so-noi-vu-hung-yen.xlsx");
        List<Path> lists = new ArrayList<>();
        Path template = work.resolve("template.lst");
        runTraining(app, template, List.of(), "--data", data.toString(), "template", work.resolve("mau.xlsx").toString());
        Path imported = work.resolve("import.lst");
        runTraining(app, imported, List.of(), "--data", data.toString(), "import", sample.toString());
        if (windowTraining && ("linux".equals(os) ? onPath("xvfb-run") : true)) {
            Path window = work.resolve("window.lst");
            List<String> wrapper = "linux".equals(os) ? List.of("xvfb-run", "-a") : List.of();
            runTraining(app, window, wrapper, "--data", data.toString());
            lists.add(window);
        } else {
            log("no window training run (no xvfb-run, or --window-training false)");
        }
        lists.add(imported);
        lists.add(template);
        Set<String> merged = new LinkedHashSet<>();
        for (Path l : lists) {
            for (String line : Files.readAllLines(l, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    merged.add(line);
                }
            }
        }
        Files.write(classList, merged, StandardCharsets.UTF_8);
        log("class list: " + merged.size() + " entries");
    }

    private void runTraining(Path app, Path list, List<String> wrapper, String... args) throws Exception {
        Path work = out.resolve("training");
        // JavaFX's native libraries and the window's preferences stay under target/, not in the builder's home
        String jvm = "-XX:DumpLoadedClassList=" + list + " -Dtdkt.exitWhenReady=true -Djavafx.cachedir="
                + work.resolve("fx-cache") + " -Djava.util.prefs.userRoot=" + work.resolve("prefs");
        List<String> cmd = new ArrayList<>(wrapper);
        cmd.add(launcher(app).toString());
        cmd.addAll(Arrays.asList(args));
        int code = run(cmd, jvm, work.resolve(list.getFileName() + ".log"));
        if (code != 0 || !Files.isRegularFile(list)) {
            throw new IllegalStateException("training run failed (" + code + "): " + cmd);
        }
    }

    /** -Xshare:dump through the image's launcher, into $APPDIR/tdkt.jsa (the launcher's SharedArchiveFile). */
    private void dumpArchive(Path app, Path appLib, Path classList) throws Exception {
        Path jsa = appLib.resolve("tdkt.jsa");
        String jvm = "-Xshare:dump -XX:SharedClassListFile=" + classList + " -XX:SharedArchiveFile=" + jsa;
        int code = run(List.of(launcher(app).toString(), "--version"), jvm, out.resolve("training/dump.log"));
        if (code != 0 || !Files.isRegularFile(jsa)) {
            throw new IllegalStateException("the AppCDS dump failed (" + code + "), see training/dump.log");
        }
        log("AppCDS archive: " + mb(Files.size(jsa)));
    }

    private void installer(Path app) throws Exception {
        Path dest = out.resolve("dist");
        List<String> args = new ArrayList<>(List.of("--type", type, "--app-image", app.toString(), "--dest", dest.toString()));
        args.addAll(common());
        args.addAll(List.of("--file-associations", appDir.resolve("packaging/backup-association.properties").toString()));
        switch (os) {
            case "windows" -> args.addAll(List.of("--win-menu", "--win-menu-group", "TDKT", "--win-shortcut",
                    "--win-per-user-install", "--win-dir-chooser", "--win-upgrade-uuid", WIN_UPGRADE_UUID));
            case "mac" -> args.addAll(List.of("--mac-package-name", "TDKT", "--mac-package-identifier", "vn.tdkt"));
            default -> args.addAll(List.of("--linux-package-name", "tdkt", "--linux-shortcut",
                    "--linux-menu-group", "Office", "--linux-app-category", "office",
                    "--linux-deb-maintainer", "tdkt@localhost", "--install-dir", "/opt",
                    // JavaFX's native code (inside its jars, so jpackage cannot see it) needs GTK 3; Java's printing
                    // hands jobs to lpr (cups-bsd), without which a print is lost (decision on printing, #12)
                    "--linux-package-deps", "libgtk-3-0, cups-bsd | lpr", "--resource-dir",
                    appDir.resolve("packaging/linux").toString()));
        }
        tool("jpackage", args.toArray(String[]::new));
        try (Stream<Path> s = Files.list(dest)) {
            for (Path p : s.toList()) {
                log("installer: " + p + " (" + mb(Files.size(p)) + ")");
            }
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }

    private static int run(List<String> cmd, String jvmOptions, Path logFile) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile());
        pb.environment().put("JAVA_TOOL_OPTIONS", jvmOptions);
        return pb.start().waitFor();
    }

    /** Runs a JDK tool in this JVM; fails with its output when it fails. Returns its output. */
    private static String tool(String name, String... args) {
        ToolProvider tool = ToolProvider.findFirst(name).orElseThrow(() -> new IllegalStateException(
                name + " is not in this JDK (a full JDK 17 is needed: jdeps, jlink, jpackage)"));
        StringWriter text = new StringWriter();
        PrintWriter pw = new PrintWriter(text);
        long t0 = System.nanoTime();
        int code = tool.run(pw, pw, args);
        pw.flush();
        log(name + " " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        if (code != 0) {
            throw new IllegalStateException(name + " failed (" + code + "): " + String.join(" ", args) + "\n" + text);
        }
        return text.toString();
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void log(String line) {
        System.out.println("[installer] " + line);
    }
}
