package vn.tdkt.meeting.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.council.domain.SubjectType;
import vn.tdkt.meeting.domain.DocTemplate;
import vn.tdkt.meeting.domain.Letterhead;
import vn.tdkt.meeting.domain.Nominee;
import vn.tdkt.meeting.domain.PersonReport;
import vn.tdkt.meeting.domain.ProposalDoc;
import vn.tdkt.meeting.domain.TemplateBook;
import vn.tdkt.regime.Regimes;
import vn.tdkt.record.domain.AwardFormType;

/** The regime's wording comes from the template files, chosen by the document's date. */
class DocTemplatesTest {

    private static final TemplateBook BOOK = DocTemplates.book(Regimes.catalog());

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            2017-09-30, LUAT2003_ND42,  '',          Mẫu số 02, Mẫu số 01
            2017-10-01, LUAT2003_ND91,  '',          Mẫu số 02, Mẫu số 01
            2020-05-01, LUAT2003_ND91,  '',          Mẫu số 02, Mẫu số 01
            2023-12-31, LUAT2003_ND91,  '',          Mẫu số 02, Mẫu số 01
            2024-01-01, LUAT2022_ND98,  Mẫu số 01,   Mẫu số 03, Mẫu số 02
            2024-06-15, LUAT2022_ND98,  Mẫu số 01,   Mẫu số 03, Mẫu số 02
            2025-06-30, LUAT2022_ND98,  Mẫu số 01,   Mẫu số 03, Mẫu số 02
            2025-07-01, LUAT2022_ND152, Mẫu số 01,   Mẫu số 05, Mẫu số 04
            2026-03-10, LUAT2022_ND152, Mẫu số 01,   Mẫu số 05, Mẫu số 04
            2026-09-30, LUAT2022_ND152, Mẫu số 01,   Mẫu số 05, Mẫu số 04
            2026-10-01, LUAT2026_ND152, Mẫu số 01,   Mẫu số 05, Mẫu số 04
            """)
    void theTemplateInForceOnTheDateGivesTheFormLabels(LocalDate day, String code, String proposal, String person,
                                                       String unit) {
        DocTemplate t = MeetingDocuments.template(BOOK, day);
        assertEquals(code, t.code());
        assertEquals(proposal, t.formLabel("form.proposal"));
        assertEquals(person, t.formLabel("form.report.person"));
        assertEquals(unit, t.formLabel("form.report.unit"));
    }

    @Test
    void reportingYearsAndCanCuAreTemplateData() {
        DocTemplate t = MeetingDocuments.template(BOOK, LocalDate.of(2026, 1, 10));
        assertEquals(3, t.reportYears("CSTD_TINH"));
        assertEquals(6, t.reportYears("CSTD_TQ"));
        assertEquals(1, t.reportYears("CSTDCS"), "the default");
        assertEquals(3, t.basis().size());
        assertTrue(t.basis().get(1).startsWith("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025"));
        assertTrue(MeetingDocuments.template(BOOK, LocalDate.of(2020, 1, 1)).basis().get(0)
                .startsWith("Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003"));
    }

    @Test
    void aDateBeforeEveryRegimeIsRefusedInVietnamese() {
        AppException e = assertThrows(AppException.class, () -> MeetingDocuments.template(BOOK, LocalDate.of(2010, 3, 1)));
        assertEquals("Chưa có mẫu văn bản áp dụng cho ngày 01/03/2010 (thêm tệp mẫu của chế độ pháp lý tương ứng).",
                e.getMessage());
    }

    private static ProposalDoc proposal(LocalDate date) {
        return new ProposalDoc(new Letterhead(List.of("ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN"), List.of("SỞ NỘI VỤ"), "SNV", "Hưng Yên",
                "Sở Nội vụ"), date, List.of("Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên"), "BK_TINH",
                "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", AwardCategory.HINH_THUC, AwardFormType.CONG_TRANG,
                date.getYear() - 1, List.of(new Nominee(0, SubjectType.CA_NHAN, "CB001", "Nguyễn Văn An", "Trưởng phòng",
                "Sở Nội vụ", "")), List.of(), List.of(), List.of("GIÁM ĐỐC"), "Trần Văn Phúc", List.of("Như trên;", "Lưu: VT, TĐKT."));
    }

    @Test
    void aTờTrìnhDatedIn2024CitesNĐ98AndOneDatedIn2026CitesNĐ152() throws Exception {
        Path y2024 = dir.resolve("2024.docx");
        Path y2026 = dir.resolve("2026.docx");
        MeetingDocuments.writeProposal(proposal(LocalDate.of(2024, 12, 20)), BOOK, y2024);
        MeetingDocuments.writeProposal(proposal(LocalDate.of(2026, 1, 8)), BOOK, y2026);
        try (XWPFDocument doc = Docx.open(y2024)) {
            List<String> p = Docx.paragraphs(doc);
            assertEquals("Mẫu số 01", p.get(0));
            assertEquals("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành "
                    + "một số điều của Luật Thi đua, khen thưởng;", p.get(5));
            assertEquals("Căn cứ Thông tư số 01/2024/TT-BNV của Bộ trưởng Bộ Nội vụ quy định biện pháp thi hành Luật Thi đua, "
                    + "khen thưởng.", p.get(6), "the last căn cứ ends with a full stop");
            assertFalse(p.stream().anyMatch(x -> x.contains("152/2025")));
            assertEquals("Số:      /TTr-SNV", doc.getTables().get(0).getRow(1).getCell(0).getText());
        }
        try (XWPFDocument doc = Docx.open(y2026)) {
            List<String> p = Docx.paragraphs(doc);
            assertTrue(p.get(5).startsWith("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ"), p.get(5));
            assertTrue(p.get(6).startsWith("Căn cứ Thông tư số 15/2025/TT-BNV"));
            assertFalse(p.stream().anyMatch(x -> x.contains("98/2023")));
            assertEquals("Sở Nội vụ kính trình Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên xem xét, tặng Bằng khen của Chủ tịch Ủy ban "
                    + "nhân dân tỉnh cho 1 cá nhân đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2025 (có danh sách "
                    + "kèm theo).", p.get(7));
        }
    }

    @Test
    void aPersonsReportDatedIn2024IsMẫuSố03AndIn2026MẫuSố05() throws Exception {
        for (int year : new int[] {2024, 2026}) {
            Path out = dir.resolve("bc" + year + ".docx");
            MeetingDocuments.writePersonReport(new PersonReport(LocalDate.of(year, 3, 2), "Hưng Yên", "LDTT",
                    "danh hiệu “Lao động tiên tiến”", year - 1, year - 1, "Nguyễn Văn An", null, null, null, "Sở Nội vụ",
                    List.of(), List.of(), List.of(), List.of()), BOOK, out);
            try (XWPFDocument doc = Docx.open(out)) {
                assertEquals(year == 2024 ? "Mẫu số 03" : "Mẫu số 05", Docx.paragraphs(doc).get(0));
            }
        }
    }
}
