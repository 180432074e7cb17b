package vn.tdkt.people.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.people.domain.Assignment;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.domain.PersonHistory;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.record.domain.SubjectRecord;

/** The printable achievement sheet of one person (issue #12): identity, assignments and the history, newest first. */
class AchievementSheetTest {

    @TempDir
    Path tmp;

    @Test
    void theSheetListsTheIdentityTheAssignmentsAndEveryLineOfTheHistoryNewestFirst() throws Exception {
        Person p = new Person(7, "CB00026", "Trần Hải Anh", Gender.FEMALE, LocalDate.of(1992, 6, 8), null, "Thanh tra viên",
                3, LocalDate.of(2016, 10, 1), null);
        PersonHistory h = new PersonHistory(p, "Thanh tra Sở", List.of(new Assignment(1, 7, 3, "Thanh tra viên",
                LocalDate.of(2016, 10, 1), null)), new SubjectRecord(
                List.of(new Rating(1, 7L, null, 2023, RatingLevel.HTXSNV), new Rating(2, 7L, null, 2024, RatingLevel.HTTNV)),
                List.of(), List.of(), List.of(new Award(1, 7L, null, "LDTT", AwardFormType.values()[0], 2024, 2024,
                        "14/QĐ-SNV", LocalDate.of(2025, 1, 15), "Giám đốc Sở Nội vụ"))));
        Path file = AchievementSheet.write(h, id -> "Thanh tra Sở", code -> "Lao động tiên tiến", LocalDate.of(2026, 12, 3),
                tmp.resolve("thanh-tich.docx"));

        String text;
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            text = x.getText();
        }
        for (String s : List.of("BẢN TÓM TẮT THÀNH TÍCH CÁ NHÂN", "Trần Hải Anh (CB00026)", "Ngày sinh: 08/06/1992",
                "Đơn vị công tác: Thanh tra Sở", "01/10/2016", "Lao động tiên tiến", "Số 14/QĐ-SNV ngày 15/01/2025, Giám đốc Sở Nội vụ",
                "Hoàn thành xuất sắc nhiệm vụ", "Lập ngày 03/12/2026")) {
            assertTrue(text.contains(s), s + " in: " + text);
        }
        List<List<String>> lines = AchievementSheet.lines(h, code -> "Lao động tiên tiến");
        assertEquals(List.of("2024", "2024", "2023"), lines.stream().map(l -> l.get(0)).toList(), "newest year first");
        assertEquals("Đánh giá", lines.get(0).get(1), "the rating before the award of its year");
    }
}
