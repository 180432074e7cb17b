package vn.tdkt.common.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a CUPS-PDF printer wrote (the tests that print run only where the machine has a printer, record 0134): the
 * folder of its output ({@code tdkt.pdfPrinterDir}, else {@code ~/PDF}, CUPS-PDF's default), the newest PDF written
 * after a moment, and its page count read with OpenPDF.
 */
public final class PdfPrinterOutput {

    private PdfPrinterOutput() {
    }

    /** The PDF printer's folder when this machine has one. */
    public static Optional<Path> folder() {
        Path dir = Path.of(System.getProperty("tdkt.pdfPrinterDir", System.getProperty("user.home") + "/PDF"));
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }

    /** The first PDF written into the folder after {@code since}, complete (readable), waiting at most the seconds. */
    public static Optional<Path> newPdf(Path dir, Instant since, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            try (Stream<Path> files = Files.list(dir)) {
                Optional<Path> found = files.filter(p -> p.toString().endsWith(".pdf"))
                        .filter(p -> modified(p).toInstant().isAfter(since))
                        .max(Comparator.comparing(PdfPrinterOutput::modified))
                        .filter(p -> pages(p) > 0);
                if (found.isPresent()) {
                    return found;
                }
                Thread.sleep(500);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The page count of a PDF, or 0 while it is still being written. */
    public static int pages(Path pdf) {
        try {
            com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.toString());
            try {
                return reader.getNumberOfPages();
            } finally {
                reader.close();
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
