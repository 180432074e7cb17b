package vn.tdkt.meeting.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Texts;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.council.domain.SubjectType;
import vn.tdkt.decision.domain.LegalBasis;
import vn.tdkt.meeting.domain.Letterhead;
import vn.tdkt.meeting.domain.Nominee;
import vn.tdkt.meeting.domain.ProposalDoc;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.regime.domain.RegimeCatalog;
import vn.tdkt.regime.domain.RegimeField;
import vn.tdkt.regime.domain.Wording;
import vn.tdkt.regime.service.RegimeService;

/**
 * The office's wording per regime (README decision 149) reaches the documents of that regime only: an edited Tờ trình
 * body is in the generated docx dated under its regime, a Tờ trình dated under another regime keeps the default; an
 * edited căn cứ of the Quyết định starts the decisions of its regime only; a bad template is refused with every problem.
 */
class RegimeWordingDocumentsTest {

    private static final String ND152 = "LUAT2022_ND152";
    private static final String EDITED_BODY = "{don_vi_trinh} trân trọng đề nghị {kinh_gui} tặng {danh_hieu} năm {nam} cho {so_luong}.\n"
            + "{ho_so_kem_theo}\nKính trình {kinh_gui} xem xét, quyết định./.";
    private static final String PROVINCE_RULE = "Căn cứ Quyết định số 12/2025/QĐ-UBND của Ủy ban nhân dân tỉnh Hưng Yên ban "
            + "hành Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh;";

    private final Database db = Database.inMemory();
    private final RegimeService regimes = new RegimeService(db);
    @TempDir
    Path dir;

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void anEditedProposalBodyIsInTheDocxOfItsRegimeAndNotInAnother() throws Exception {
        Path before = dir.resolve("before.docx");
        MeetingDocuments.writeProposal(proposal(LocalDate.of(2026, 1, 8)), DocTemplates.book(regimes.catalog()), before);
        String byDefault = "Sở Nội vụ kính trình Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên xem xét, tặng Bằng khen của Chủ tịch Ủy "
                + "ban nhân dân tỉnh cho 1 cá nhân đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2025 (có danh sách "
                + "kèm theo).";
        try (XWPFDocument doc = Docx.open(before)) {
            assertTrue(Docx.paragraphs(doc).contains(byDefault), "no edit yet: today's text");
        }

        regimes.saveWordings(ND152, Map.of(Wording.TO_TRINH_NOI_DUNG, EDITED_BODY), "admin");
        RegimeCatalog cat = regimes.catalog();
        Path edited = dir.resolve("edited.docx");
        Path older = dir.resolve("nd98.docx");
        MeetingDocuments.writeProposal(proposal(LocalDate.of(2026, 1, 8)), DocTemplates.book(cat), edited);
        MeetingDocuments.writeProposal(proposal(LocalDate.of(2024, 12, 20)), DocTemplates.book(cat), older);
        try (XWPFDocument doc = Docx.open(edited)) {
            List<String> p = Docx.paragraphs(doc);
            assertTrue(p.contains("Sở Nội vụ trân trọng đề nghị Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên tặng Bằng khen của Chủ "
                    + "tịch Ủy ban nhân dân tỉnh năm 2025 cho 1 cá nhân."), p.toString());
            assertTrue(p.contains("Kính trình Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên xem xét, quyết định./."));
            assertFalse(p.contains(byDefault));
            assertFalse(p.stream().anyMatch(x -> x.contains("{")), "every placeholder filled");
        }
        try (XWPFDocument doc = Docx.open(older)) {
            List<String> p = Docx.paragraphs(doc);
            assertFalse(p.stream().anyMatch(x -> x.contains("trân trọng đề nghị")), "NĐ 98/2023's Tờ trình keeps its wording");
            assertTrue(p.stream().anyMatch(x -> x.startsWith("Sở Nội vụ kính trình Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên xem "
                    + "xét, tặng")));
        }
        assertEquals(Wording.TO_TRINH_NOI_DUNG.defaultText(), cat.wording(cat.require("LUAT2022_ND98"),
                Wording.TO_TRINH_NOI_DUNG));
        assertEquals(Wording.TO_TRINH_NOI_DUNG.defaultText(), cat.wording(cat.require("LUAT2026_ND152"),
                Wording.TO_TRINH_NOI_DUNG), "not even the regime inheriting NĐ 152's rules takes its wording");
    }

    @Test
    void anEditedBasisStartsTheDecisionsOfItsRegimeOnly() {
        LocalDate nd152Day = LocalDate.of(2026, 1, 8);
        LocalDate nd98Day = LocalDate.of(2024, 12, 20);
        List<String> defaults152 = LegalBasis.defaults(regimes.catalog(), nd152Day);
        List<String> defaults98 = LegalBasis.defaults(regimes.catalog(), nd98Day);
        assertEquals("Theo đề nghị của Giám đốc Sở Nội vụ.", defaults152.get(defaults152.size() - 1));

        regimes.saveWordings(ND152, Map.of(Wording.QD_CAN_CU, "{can_cu_che_do}\n" + PROVINCE_RULE
                + "\nTheo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình năm {nam}."), "admin");
        List<String> edited = LegalBasis.defaults(regimes.catalog(), nd152Day);
        assertEquals(defaults152.subList(0, defaults152.size() - 1), edited.subList(0, edited.size() - 2),
                "the regime's own căn cứ lines first");
        assertEquals(PROVINCE_RULE, edited.get(edited.size() - 2));
        assertEquals("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình năm 2026.", edited.get(edited.size() - 1));
        assertEquals(defaults98, LegalBasis.defaults(regimes.catalog(), nd98Day), "NĐ 98/2023's decisions unchanged");

        regimes.saveWordings(ND152, Map.of(Wording.QD_CAN_CU, Wording.QD_CAN_CU.defaultText()), "admin");
        assertEquals(defaults152, LegalBasis.defaults(regimes.catalog(), nd152Day), "the default again");
        assertFalse(regimes.catalog().edited(regimes.catalog().require(ND152), Wording.QD_CAN_CU));
    }

    @Test
    void aBadTemplateIsRefusedWithEveryProblemAndNothingIsWritten() {
        ValidationException e = assertThrows(ValidationException.class, () -> regimes.saveWordings(ND152, Map.of(
                Wording.TO_TRINH_NOI_DUNG, "{don_vi} kính trình {kinh_gui} tặng {ten_giai_thuong} năm {nam",
                Wording.QD_CAN_CU, "  "), "admin"));
        List<String> problems = e.problems().stream().map(p -> p.describe(Texts.VIETNAMESE)).toList();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("{don_vi}")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("{ten_giai_thuong}")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("ngoặc nhọn")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("không được để trống")), problems.toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.field() == RegimeField.WORDING_TO_TRINH));
        assertTrue(e.problems().stream().anyMatch(p -> p.field() == RegimeField.WORDING_QD_CAN_CU));
        RegimeCatalog cat = regimes.catalog();
        assertFalse(cat.edited(cat.require(ND152), Wording.TO_TRINH_NOI_DUNG), "nothing written");
    }

    private static ProposalDoc proposal(LocalDate date) {
        return new ProposalDoc(new Letterhead(List.of("ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN"), List.of("SỞ NỘI VỤ"), "SNV", "Hưng Yên",
                "Sở Nội vụ"), date, List.of("Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên"), "BK_TINH",
                "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", AwardCategory.HINH_THUC, AwardFormType.CONG_TRANG,
                date.getYear() - 1, List.of(new Nominee(0, SubjectType.CA_NHAN, "CB001", "Nguyễn Văn An", "Trưởng phòng",
                "Sở Nội vụ", "")), List.of(), List.of(), List.of("GIÁM ĐỐC"), "Trần Văn Phúc", List.of("Như trên;", "Lưu: VT, TĐKT."));
    }
}
