package vn.tdkt.common.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A generated document handed to the system's printing, or the clerk told to open it and print it. */
class DocumentPrintTest {

    private static final Path FILE = Path.of("/tmp/ke-hoach-KH90.docx");
    private static final Messages VI = Messages.of("vi");

    private static DocumentPrint.SystemPrint system(boolean supported, boolean fails, List<File> printed) {
        return new DocumentPrint.SystemPrint() {
            @Override
            public boolean supported() {
                return supported;
            }

            @Override
            public void print(File file) throws IOException {
                if (fails) {
                    throw new IOException("no application is associated with the file for printing");
                }
                printed.add(file);
            }
        };
    }

    @Test
    void whereTheSystemPrintsTheFileIsHandedToIt() {
        List<File> printed = new ArrayList<>();
        String said = VI.text(DocumentPrint.print(FILE, system(true, false, printed)));
        assertEquals(List.of(FILE.toFile()), printed);
        assertEquals("Đã gửi ke-hoach-KH90.docx tới máy in mặc định của máy.", said);
    }

    @Test
    void elsewhereTheClerkIsToldToOpenTheFileAndPrintIt() {
        List<File> printed = new ArrayList<>();
        String unsupported = VI.text(DocumentPrint.print(FILE, system(false, false, printed)));
        String failed = VI.text(DocumentPrint.print(FILE, system(true, true, printed)));
        assertEquals(List.of(), printed);
        String expected = "Máy này không in thẳng được ke-hoach-KH90.docx. Hãy bấm \"Mở tệp\" rồi in từ chương trình mở tệp"
                + " (Tệp → In).";
        assertEquals(expected, unsupported);
        assertEquals(expected, failed, "a failing system program is said the same way; the error goes to the log");
        assertEquals("This computer cannot print ke-hoach-KH90.docx directly. Click \"Open the file\" and print from the program"
                + " that opens it (File → Print).", Messages.of("en").text(DocumentPrint.print(FILE, system(false, false, printed))));
    }

    /**
     * On a machine with a printer and LibreOffice (the desktop printing nothing, as on most Linux desktops): the
     * Quyết định of samples/forms goes to the default printer whole; a CUPS-PDF printer's file has as many pages as
     * the sample's rendering (record 0134). Skipped where there is no printer (CI).
     */
    @Test
    void whereTheDesktopCannotLibreOfficePrintsTheDocumentOnTheDefaultPrinter() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(DocumentPrint.LIBREOFFICE.supported(), "no printer or no LibreOffice here");
        Path forms = Path.of("..", "samples", "forms").toAbsolutePath().normalize();
        Path docx = forms.resolve("qd-khen-thuong.docx");
        long rendered;
        try (java.util.stream.Stream<Path> pngs = java.nio.file.Files.list(forms)) {
            rendered = pngs.filter(f -> f.getFileName().toString().matches("qd-khen-thuong-\\d+\\.png")).count();
        }
        java.time.Instant before = java.time.Instant.now().minusSeconds(1);
        assertEquals("Đã gửi qd-khen-thuong.docx tới máy in mặc định của máy.",
                VI.text(DocumentPrint.print(docx, DocumentPrint.SYSTEM)));
        java.util.Optional<Path> pdfDir = PdfPrinterOutput.folder();
        if (pdfDir.isPresent()) {
            Path pdf = PdfPrinterOutput.newPdf(pdfDir.get(), before, 120).orElseThrow(
                    () -> new AssertionError("the PDF printer wrote nothing in 120 s into " + pdfDir.get()));
            assertEquals(rendered, PdfPrinterOutput.pages(pdf), "the printed pages of " + pdf);
            Path out = java.nio.file.Files.createDirectories(Path.of(System.getProperty("tdkt.testOut", "target/test-out")));
            java.nio.file.Files.copy(pdf, out.resolve("in-qd-khen-thuong.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
