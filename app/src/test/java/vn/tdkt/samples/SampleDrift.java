package vn.tdkt.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The committed samples under samples/forms are what the code produces (issue #13, decision 0049): a sample test
 * writes its documents, then compares each with its committed copy by content (the text of a .docx with its tables and
 * headers, every shown cell value of a .xlsx: the zip bytes differ with every write). Run the sample tests with
 * {@code -Dtdkt.updateSamples=true} to copy the new documents over the committed ones, then render them again
 * ({@code bash .ci/render-samples}).
 */
public final class SampleDrift {

    private static final Path SAMPLES = Path.of("..", "samples", "forms");

    private SampleDrift() {
    }

    /** Fails when the generated file's content differs from the committed sample (or copies it, when updating). */
    public static void assertSameAsCommitted(Path generated, String sample) throws Exception {
        Path committed = SAMPLES.resolve(sample);
        if (Boolean.getBoolean("tdkt.updateSamples")) {
            Files.createDirectories(committed.getParent());
            Files.copy(generated, committed, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        assertEquals(content(committed), content(generated), "samples/forms/" + sample + " drifted from what the code "
                + "produces: run the sample tests with -Dtdkt.updateSamples=true and bash .ci/render-samples");
    }

    static List<String> content(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        if (file.toString().endsWith(".docx")) {
            try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
                 XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
                out.addAll(x.getText().lines().toList());
            }
            return out;
        }
        DataFormatter f = new DataFormatter();
        // read-only: a package opened read-write is written back on close (the committed samples were rewritten)
        try (XSSFWorkbook wb = new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ))) {
            for (Sheet s : wb) {
                out.add("# " + s.getSheetName());
                for (Row r : s) {
                    StringBuilder b = new StringBuilder().append(r.getRowNum()).append(':');
                    for (Cell c : r) {
                        b.append(" | ").append(f.formatCellValue(c));
                    }
                    out.add(b.toString());
                }
            }
        }
        return out;
    }
}
