package vn.tdkt.meeting.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.common.domain.Progress;

/**
 * No internal or verification note of the data reaches an official text (issue #13, decision 0046): every document of
 * a meeting pack is read back whole (body, tables, headers) and searched for the marks the data uses for the people who
 * check the rules; the threshold is cited in the official form.
 */
class OfficialTextTest {

    /** Marks of notes meant for the people who check the rules, never for a document. */
    static final List<String> NOTES = List.of("chưa đối chiếu", "kiểm chứng", "[b]", "[v]", "[!]", "giữ nguyên theo",
            "mẫu tham khảo", "suy ra từ");

    @TempDir
    Path dir;

    @Test
    void noDocumentOfThePackCarriesAVerificationNote() throws Exception {
        List<String> offending = new ArrayList<>();
        boolean cited = false;
        try (MeetingFixture f = new MeetingFixture()) {
            f.vote();
            f.pack.writePack(f.meeting.id(), dir, Progress.NONE);
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.toString().endsWith(".docx")).sorted().toList();
            }
            assertFalse(files.isEmpty());
            for (Path file : files) {
                try (XWPFDocument doc = Docx.open(file); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                    String all = text.getText();
                    String lower = all.toLowerCase(Locale.ROOT);
                    for (String note : NOTES) {
                        if (lower.contains(note)) {
                            offending.add(file.getFileName() + ": " + note);
                        }
                    }
                    cited |= all.contains("theo quy định tại khoản 7 Điều 30 Nghị định số 98/2023/NĐ-CP");
                }
            }
        }
        assertTrue(offending.isEmpty(), offending.toString());
        assertTrue(cited, "the Biên bản cite the threshold in the official form");
    }
}
