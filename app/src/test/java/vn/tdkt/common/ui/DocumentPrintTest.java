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
}
