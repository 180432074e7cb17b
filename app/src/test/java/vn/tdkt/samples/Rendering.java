package vn.tdkt.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Renders documents the way the office prints them (LibreOffice headless → PDF) and reads the text of every page back
 * (poppler's pdftotext), for the rendering tests (decision 0049). Every call uses its own LibreOffice profile, so tests
 * and other programs running soffice at the same time do not block each other.
 */
final class Rendering {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^(\\d{1,3}|Trang \\d+ / \\d+)$");
    private static final Pattern NAME = Pattern.compile("^(\\p{Lu}\\p{L}*)( \\p{Lu}\\p{L}*){1,5}$");

    private Rendering() {
    }

    /** Whether soffice and pdftotext are on the machine. */
    static boolean available() {
        return onPath("soffice") && onPath("pdftotext");
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Converts the files to PDF into the folder (one soffice run for all of them); returns the PDFs in their order. */
    static List<Path> toPdf(List<Path> files, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        Path profile = Files.createTempDirectory("tdkt-lo-profile");
        List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", outDir.toString()));
        files.forEach(f -> cmd.add(f.toString()));
        run(cmd, 600);
        List<Path> pdfs = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            pdfs.add(outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf"));
        }
        return pdfs;
    }

    /** The text of each page, as lines without blanks (pdftotext -layout, one page at a time). */
    static List<List<String>> pages(Path pdf) throws IOException, InterruptedException {
        Path txt = Files.createTempFile("tdkt-page", ".txt");
        try {
            run(List.of("pdftotext", "-layout", pdf.toString(), txt.toString()), 120);
            String all = Files.readString(txt, StandardCharsets.UTF_8);
            List<List<String>> pages = new ArrayList<>();
            for (String page : all.split("\f", -1)) {
                List<String> lines = page.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                pages.add(lines);
            }
            while (!pages.isEmpty() && pages.get(pages.size() - 1).isEmpty()) {
                pages.remove(pages.size() - 1);
            }
            return pages;
        } finally {
            Files.deleteIfExists(txt);
        }
    }

    /**
     * The lines of the last page that are content: what remains once the page number, the table header repeated from
     * the page before, the total (Tổng cộng, Bằng chữ) and the signature block (upper-case titles, "(Ký …)" hints, the
     * signer's name, the place and date line, Nơi nhận and its items) are taken away. An empty result is an orphaned
     * last page.
     */
    static List<String> contentOfLastPage(List<List<String>> pages) {
        List<String> last = pages.get(pages.size() - 1);
        List<String> before = pages.size() > 1 ? pages.get(pages.size() - 2) : List.of();
        List<String> content = new ArrayList<>();
        boolean copyTo = false;
        for (String line : last) {
            if (line.startsWith("Nơi nhận")) {
                copyTo = true;
            }
            if (copyTo || PAGE_NUMBER.matcher(line).matches() || before.contains(line) || isTotal(line) || isSignature(line)) {
                continue;
            }
            content.add(line);
        }
        return content;
    }

    private static boolean isTotal(String line) {
        return line.startsWith("Tổng cộng") || line.startsWith("Bằng chữ") || line.startsWith("Cộng");
    }

    private static boolean isSignature(String line) {
        for (String part : line.split("\\s{2,}")) {
            if (!signaturePart(part.strip())) {
                return false;
            }
        }
        return true;
    }

    private static boolean signaturePart(String s) {
        return s.isEmpty() || s.equals(s.toUpperCase(java.util.Locale.ROOT)) && !s.matches(".*\\d.*")
                || s.startsWith("(") && s.endsWith(")") || NAME.matcher(s).matches() || s.contains(", ngày ");
    }

    private static void run(List<String> cmd, int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("Timed out: " + cmd.get(0));
        }
        if (p.exitValue() != 0) {
            throw new IOException(cmd.get(0) + " exited with " + p.exitValue());
        }
    }
}
