package vn.tdkt.samples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every committed sample document, rendered as the office prints it (LibreOffice → PDF, when soffice and pdftotext are
 * on the machine; .ci/run installs them): no last page holds only a repeated header, a total or a signature block
 * (issue #13, decision 0049). The samples are what the code produces ({@link SampleDriftTest}).
 */
class SampleRenderingTest {

    static final Path SAMPLES = Path.of("..", "samples", "forms");

    static List<Path> samples() throws Exception {
        try (Stream<Path> s = Files.walk(SAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".docx") || p.toString().endsWith(".xlsx")).sorted().toList();
        }
    }

    @Test
    void noSampleEndsOnAPageHoldingOnlyAHeaderATotalOrASignature() throws Exception {
        Assumptions.assumeTrue(Rendering.available(), "LibreOffice and poppler are not installed");
        List<Path> files = samples();
        assertFalse(files.isEmpty());
        Path out = Path.of(System.getProperty("tdkt.testOut", "target/test-out")).resolve("render");
        List<Path> pdfs = Rendering.toPdf(files, out);
        List<String> orphans = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            List<List<String>> pages = Rendering.pages(pdfs.get(i));
            assertFalse(pages.isEmpty(), files.get(i) + " rendered no page");
            if (pages.size() > 1 && Rendering.contentOfLastPage(pages).isEmpty()) {
                orphans.add(SAMPLES.relativize(files.get(i)) + " (page " + pages.size() + ": " + pages.get(pages.size() - 1) + ")");
            }
        }
        assertTrue(orphans.isEmpty(), "orphaned last pages: " + orphans);
        List<String> counts = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).toString().endsWith(".docx")) {
                int rendered = Rendering.pages(pdfs.get(i)).size();
                int estimated;
                try (var in = Files.newInputStream(files.get(i)); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
                    estimated = vn.tdkt.export.word.PageEstimate.pages(doc);
                }
                if (Math.abs(rendered - estimated) > 1) {
                    counts.add(SAMPLES.relativize(files.get(i)) + ": estimated " + estimated + ", rendered " + rendered);
                }
            }
        }
        assertTrue(counts.isEmpty(), "the Mục lục's page count is off by more than a page: " + counts);
    }

    /**
     * Every biểu thống kê (bieu-*.xlsx) prints as the biểu alone (README decision 116): each page says "Trang i / n" with
     * n its own page count, no note for the clerk reaches paper, and no page — not only the last — holds only the
     * repeated header, a total or the signatures.
     */
    @Test
    void everyBieuPrintsAloneCountingItsOwnPages() throws Exception {
        Assumptions.assumeTrue(Rendering.available(), "LibreOffice and poppler are not installed");
        List<Path> files = samples().stream().filter(p -> p.getFileName().toString().startsWith("bieu-")).toList();
        assertTrue(files.size() >= 4, "biểu 0602–0605 are samples: " + files);
        Path out = Path.of(System.getProperty("tdkt.testOut", "target/test-out")).resolve("render-bieu");
        List<Path> pdfs = Rendering.toPdf(files, out);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            List<List<String>> pages = Rendering.pages(pdfs.get(i));
            int n = pages.size();
            for (int k = 0; k < n; k++) {
                String name = SAMPLES.relativize(files.get(i)) + " page " + (k + 1);
                if (!pages.get(k).contains("Trang " + (k + 1) + " / " + n)) {
                    wrong.add(name + ": no \"Trang " + (k + 1) + " / " + n + "\" in " + pages.get(k));
                }
                if (pages.get(k).stream().anyMatch(l -> l.contains("Ô để đơn vị điền") || l.contains("Ghi chú"))) {
                    wrong.add(name + ": a note for the clerk is printed");
                }
                if (k > 0 && Rendering.contentOfLastPage(pages.subList(0, k + 1)).isEmpty()) {
                    wrong.add(name + ": only a header, a total or a signature block");
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theCheckSeesAnOrphanedSignaturePage() {
        List<List<String>> pages = List.of(List.of("STT Họ và tên Số tiền", "1 Nguyễn Văn A 3.510.000", "Tổng cộng 3.510.000"),
                List.of("STT Họ và tên Số tiền", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Hùng Nam", "Trang 2 / 2"));
        assertTrue(Rendering.contentOfLastPage(pages).isEmpty());
        List<List<String>> kept = List.of(List.of("STT Họ và tên Số tiền", "1 Nguyễn Văn A 3.510.000"),
                List.of("STT Họ và tên Số tiền", "2 Trần Thị B 3.510.000", "Tổng cộng 7.020.000", "KT. CHỦ TỊCH", "Nguyễn Hùng Nam"));
        assertFalse(Rendering.contentOfLastPage(kept).isEmpty());
    }
}
