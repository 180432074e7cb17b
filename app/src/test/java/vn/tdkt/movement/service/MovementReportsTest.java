package vn.tdkt.movement.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.decision.domain.DecisionDraft;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.movement.domain.LaunchLevel;
import vn.tdkt.movement.domain.Milestone;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.domain.MovementReport;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.record.domain.AwardFormType;

/** The công văn đôn đốc and the báo cáo sơ kết / tổng kết, read back with POI. */
class MovementReportsTest {

    @TempDir
    Path dir;
    private AppContext ctx;
    private Movement pt;
    private Unit vp;
    private Unit tt;

    @BeforeEach
    void open() {
        ctx = new AppContext(Database.inMemory());
        vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", null, null));
        tt = ctx.org().saveUnit(new Unit(0, "TTR", "Thanh tra Sở", null, null));
        Movement draft = new Movement(0, "KH34", "Tuyên truyền phong trào thi đua yêu nước giai đoạn 2021-2025",
                MovementKind.CHUYEN_DE, LaunchLevel.CO_QUAN, Movement.defaultScope(LaunchLevel.CO_QUAN), "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN",
                "Sở Khoa học và Công nghệ", "Hưng Yên", "34/KH-SKHCN", LocalDate.of(2021, 9, 16), null, "Giám đốc",
                "Trần Tùng Chuẩn", null, LocalDate.of(2021, 9, 16), LocalDate.of(2025, 12, 31), null, null, vp.id(), null, null,
                null, null, MovementStatus.DU_THAO, null);
        pt = ctx.movements().save(new MovementDetails(draft, List.of(), List.of(), List.of(vp.id(), tt.id()), List.of(), List.of(),
                java.util.Map.of()), "u").movement();
        ctx.movements().move(pt.id(), MovementStatus.PHAT_DONG, LocalDate.of(2021, 9, 16), null, "u");
        ctx.movements().saveMilestone(new Milestone(0, pt.id(), "Gửi danh sách giới thiệu điển hình tiên tiến", LocalDate.of(2023, 5, 20),
                null, null, null), null);
        ctx.movements().saveMilestone(new Milestone(0, pt.id(), "Báo cáo kết quả năm 2022", LocalDate.of(2023, 1, 10), tt.id(),
                null, null), null);
        ctx.movements().saveMilestone(new Milestone(0, pt.id(), "Gửi kế hoạch thực hiện", LocalDate.of(2021, 10, 1), vp.id(),
                LocalDate.of(2021, 9, 30), "Kế hoạch 12/KH-VP"), null);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void theReminderIsAddressedToTheUnitsThatHaveNotDoneAnOverdueMilestone() throws Exception {
        Path f = ctx.movementReports().writeReminder("KH34", LocalDate.of(2023, 5, 25), dir.resolve("cv.docx"));
        List<String> body = text(f);
        String all = String.join("\n", body);
        assertTrue(all.contains("Số:        /SKHCN"), all);
        assertTrue(all.contains("V/v đôn đốc thực hiện tuyên truyền phong trào thi đua yêu nước giai đoạn 2021-2025"), all);
        assertTrue(all.contains("Hưng Yên, ngày 25 tháng 5 năm 2023"), all);
        int to = body.indexOf("Kính gửi:");
        assertEquals(List.of("- Thanh tra Sở;", "- Văn phòng Sở."), body.subList(to + 1, to + 3));
        assertTrue(all.contains("Thực hiện Kế hoạch số 34/KH-SKHCN ngày 16/09/2021 của Sở Khoa học và Công nghệ"), all);
        assertTrue(all.contains("1 | Báo cáo kết quả năm 2022 | 10/01/2023 | Thanh tra Sở"), all);
        assertTrue(all.contains("2 | Gửi danh sách giới thiệu điển hình tiên tiến | 22/05/2023 (hạn 20/05/2023 là ngày nghỉ) | "
                + "Các cơ quan, đơn vị tham gia"), all);
        assertTrue(!all.contains("Gửi kế hoạch thực hiện"), "a milestone done is not reminded of");
        assertTrue(all.contains("trước ngày 01/06/2023"), all);
        assertTrue(all.contains("GIÁM ĐỐC") && all.contains("Trần Tùng Chuẩn") && all.contains("Nơi nhận:"), all);
        try (var in = java.nio.file.Files.newInputStream(f); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            var after = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Để bảo đảm tiến độ")).findFirst()
                    .orElseThrow();
            assertEquals(120, after.getSpacingBefore(), "6 pt between the overdue table and the text under it");
        }

        AppException none = assertThrows(AppException.class,
                () -> ctx.movementReports().reminder(pt.id(), LocalDate.of(2022, 1, 1)));
        assertTrue(none.text(java.util.Locale.forLanguageTag("vi")).contains("không có mốc thời gian nào quá hạn"));
    }

    @Test
    void theReportCountsUnitsMilestonesAwardsAndTheMovementsDecisions() throws Exception {
        Person an = ctx.people().save(new Person(0, "CB01", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1980, 3, 2), null,
                "Chuyên viên", vp.id(), LocalDate.of(2010, 1, 1), null));
        ctx.decisions().drafting().record(new DecisionDraft(info("15/QĐ-UBND", LocalDate.of(2022, 12, 20)),
                List.of(RecipientDraft.person(an.id(), "BK_TINH"), RecipientDraft.unit(tt.id(), "BK_TINH")), pt.id()));
        ctx.decisions().drafting().record(new DecisionDraft(info("2/QĐ-UBND", LocalDate.of(2020, 1, 20)),
                List.of(RecipientDraft.unit(vp.id(), "BK_TINH"))));
        ctx.decisions().drafting().record(new DecisionDraft(info("40/QĐ-UBND", LocalDate.of(2023, 8, 1)),
                List.of(RecipientDraft.unit(vp.id(), "BK_TINH")), pt.id())); // the movement's, after the report's day

        MovementReport r = ctx.movementReports().report(pt.id(), MovementReport.Kind.SO_KET, LocalDate.of(2023, 6, 30));
        assertEquals(List.of("Thanh tra Sở", "Văn phòng Sở"), r.units());
        assertEquals(1, r.awards().size(), "the 2020 award is before the period");
        assertEquals(1, r.awards().get(0).collective());
        assertEquals(1, r.awards().get(0).individual());

        Path f = ctx.movementReports().writeReport("KH34", MovementReport.Kind.SO_KET, LocalDate.of(2023, 6, 30),
                dir.resolve("bc.docx"));
        String all = String.join("\n", text(f));
        assertTrue(all.contains("Số:        /BC-SKHCN"), all);
        assertTrue(all.contains("BÁO CÁO\nSơ kết tuyên truyền phong trào thi đua yêu nước giai đoạn 2021-2025"), all);
        assertTrue(all.contains("từ ngày 16/09/2021 đến ngày 30/06/2023"), all);
        assertTrue(all.contains("Có 2 cơ quan, đơn vị tham gia phong trào: Thanh tra Sở, Văn phòng Sở."), all);
        assertTrue(all.contains("đã hoàn thành 1/3 mốc thời gian (1 mốc đúng hạn)"), all);
        assertTrue(all.contains("1 | Gửi kế hoạch thực hiện | 01/10/2021 | Văn phòng Sở | 30/09/2021"), all);
        assertTrue(all.contains("1 | Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh | 1 | 1 | 2"), all);
        assertTrue(all.contains("Tổng cộng | 1 | 1 | 2"), all);
        assertTrue(all.contains("Có 0 hồ sơ đề nghị khen thưởng và 1 quyết định khen thưởng thuộc phong trào, khen thưởng 2 lượt"), all);
        assertTrue(all.contains("- Quyết định số 15/QĐ-UBND ngày 20/12/2022"), all);
        assertFalse(all.contains("40/QĐ-UBND"), "a decision after the report's day is not in it: " + all);
        assertTrue(all.contains("Trên đây là báo cáo sơ kết tuyên truyền phong trào"), all);
        // the other features' figures: the year's registrations of the units taking part, the movement's models
        assertEquals(2023, r.figures().year());
        assertEquals(0, r.figures().models());
        assertTrue(all.contains("đăng ký thi đua năm 2023"), all);
        assertTrue(all.contains("3. Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến\nChưa có điển hình tiên tiến nào ghi "
                + "thuộc phong trào."), all);
    }

    private static DecisionInfo info(String no, LocalDate date) {
        return new DecisionInfo(no, date, null, "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN", "Hưng Yên",
                "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên",
                List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Nguyễn Văn A", AwardFormType.CONG_TRANG, date.getYear(), date.getYear(),
                List.of("Căn cứ Luật Thi đua, khen thưởng;"), "đã có thành tích xuất sắc", "Giám đốc Sở Nội vụ",
                List.of("Như Điều 3;", "Lưu: VT."));
    }

    /** Every paragraph of the body, a table row as its cells joined by " | " (the header table's cells one by one). */
    static List<String> text(Path f) throws Exception {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(f); XWPFDocument d = new XWPFDocument(in)) {
            boolean first = true;
            for (IBodyElement e : d.getBodyElements()) {
                if (e instanceof XWPFParagraph p && !p.getText().isBlank()) {
                    out.add(p.getText());
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        if (first || row.getTableCells().stream().anyMatch(c -> c.getParagraphs().size() > 1)) {
                            row.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> out.add(p.getText())));
                        } else {
                            out.add(String.join(" | ", row.getTableCells().stream().map(c -> c.getText()).toList()));
                        }
                    }
                    first = false;
                }
            }
        }
        return out;
    }
}
