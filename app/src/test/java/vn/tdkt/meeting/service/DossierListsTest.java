package vn.tdkt.meeting.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.council.domain.Council;
import vn.tdkt.dossier.domain.Attachment;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierSubject;
import vn.tdkt.dossier.domain.EligibilityCheck;
import vn.tdkt.dossier.domain.Procedure;
import vn.tdkt.dossier.domain.SimplifiedCase;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.domain.PersonProfile;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.samples.SampleDrift;

/**
 * The lists and the summary report a unit sends with its Tờ trình (#13, decision 90, 91), written into the dossier as
 * the window's "Tạo văn bản" writes them and read back with POI: the Danh sách đề nghị khen thưởng (sheets for cá nhân
 * and tập thể, their columns, values from the records, Ghi chú left to the unit, the signature under the last
 * rows, A4 landscape with the header repeated), the trích ngang and the Báo cáo tóm tắt thành tích (one page per
 * subject, each with its signatures). The documents are the committed samples under samples/forms/dossier.
 */
class DossierListsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 15);

    @TempDir
    Path tmp;
    private AppContext ctx;
    private DossierDocuments docs;
    private long an;
    private long vp;
    private long ptc;
    private long binh;
    private long cuong;
    private vn.tdkt.common.data.Database db;

    @BeforeEach
    void setUp() {
        db = vn.tdkt.common.data.Database.open(tmp.resolve("data"));
        ctx = new AppContext(db);
        Unit so = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ tỉnh Hưng Yên", null, null));
        vp = ctx.org().saveUnit(new Unit(0, "VP", "Văn phòng Sở", so.id(), null)).id();
        ptc = ctx.org().saveUnit(new Unit(0, "PTC", "Phòng Tổ chức cán bộ", so.id(), null)).id();
        an = ctx.people().save(new Person(0, "CB01", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1980, 3, 2), null,
                "Chánh Văn phòng", vp, LocalDate.of(2006, 9, 1), null, new PersonProfile("Xã Tân Lập, tỉnh Hưng Yên",
                "Phường Hiến Nam, tỉnh Hưng Yên", "Thạc sĩ Quản lý công", "Cao cấp", null))).id();
        binh = ctx.people().save(new Person(0, "CB02", "Trần Thị Bình", Gender.FEMALE, LocalDate.of(1985, 7, 9), null,
                "Chuyên viên", vp, LocalDate.of(2012, 1, 1), null)).id();
        cuong = ctx.people().save(new Person(0, "CB03", "Lê Văn Cường", Gender.MALE, LocalDate.of(1975, 1, 20), null,
                "Trưởng phòng", ptc, LocalDate.of(2000, 1, 1), null)).id();
        for (int y = 2023; y <= 2025; y++) {
            ctx.records().saveRating(new Rating(0, an, null, y, RatingLevel.HTXSNV));
            ctx.records().saveRating(new Rating(0, null, ptc, y, RatingLevel.HTXSNV));
        }
        ctx.records().addAward(new Award(0, an, null, "CSTDCS", AwardFormType.CONG_TRANG, 2024, 2024, "12/QĐ-SNV",
                LocalDate.of(2025, 1, 10), "Giám đốc Sở Nội vụ"));
        ctx.council().admin().saveCouncil(new Council(0, "Hội đồng Thi đua - Khen thưởng Sở Nội vụ", "45/QĐ-SNV",
                LocalDate.of(2024, 1, 5), "Ủy ban nhân dân tỉnh Hưng Yên"));
        EligibilityCheck engine = (s, award, year) -> s.personId() != null && s.personId() == binh
                ? Optional.of("chưa đủ 5 năm liên tục hoàn thành tốt nhiệm vụ") : Optional.empty();
        docs = new DossierDocuments(db, ctx.catalogue(), ctx.dossiers(), ctx.dossierAttachments(),
                ctx.council().admin(), ctx.people(), ctx.org(), Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault())
                .toInstant(), ZoneId.systemDefault()), engine);
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    private Dossier dossier(Procedure procedure) {
        Dossier d = ctx.dossiers().save(Dossier.draft("BK_TINH", "CHU_TICH_UBND_TINH", 2025, null, vp, procedure,
                procedure == Procedure.DON_GIAN ? SimplifiedCase.NGUOI_DUNG_DAU_PHAT_HIEN : null, null), "thuky");
        ctx.dossiers().addSubject(d.id(), DossierSubject.unit(ptc));
        ctx.dossiers().addSubject(d.id(), DossierSubject.person(an));
        ctx.dossiers().addSubject(d.id(), DossierSubject.person(binh));
        return d;
    }

    private Path generated(Dossier d, String code, String sample) throws Exception {
        Attachment a = docs.generate(d.id(), code, "thuky", Progress.NONE);
        assertTrue(a.generated());
        Path file = tmp.resolve(sample.substring(sample.lastIndexOf('/') + 1));
        Files.copy(ctx.dossierAttachments().file(a), file);
        SampleDrift.assertSameAsCommitted(file, sample);
        return file;
    }

    private static List<String> row(XSSFSheet s, int r) {
        DataFormatter f = new DataFormatter();
        List<String> out = new ArrayList<>();
        Row row = s.getRow(r);
        for (int c = 0; c < row.getLastCellNum(); c++) {
            out.add(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
        }
        return out;
    }

    private static int rowOf(XSSFSheet s, String first) {
        DataFormatter f = new DataFormatter();
        for (Row r : s) {
            if (r.getCell(0) != null && f.formatCellValue(r.getCell(0)).equals(first)) {
                return r.getRowNum();
            }
        }
        throw new AssertionError(first + " not on " + s.getSheetName());
    }

    @Test
    void theProposalListHasASheetForPeopleAndOneForCollectivesFromTheRecords() throws Exception {
        Path file = generated(dossier(Procedure.THUONG), DossierDocuments.LIST, "dossier/danh-sach-de-nghi-khen-thuong.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertEquals(List.of(ProposalLists.PERSON_SHEET, ProposalLists.UNIT_SHEET),
                    List.of(wb.getSheetName(0), wb.getSheetName(1)));
            XSSFSheet people = wb.getSheet(ProposalLists.PERSON_SHEET);
            assertEquals("SỞ NỘI VỤ TỈNH HƯNG YÊN", row(people, 0).get(0));
            assertEquals("VĂN PHÒNG SỞ", row(people, 1).get(0));
            assertTrue(row(people, 0).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
            int head = rowOf(people, "STT");
            assertEquals(ProposalLists.PERSON_COLUMNS, row(people, head));
            assertEquals("DANH SÁCH", row(people, head - 5).get(0));
            assertEquals("Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2025", row(people, head - 4).get(0));
            assertTrue(row(people, head - 2).get(0).startsWith("(Kèm theo Tờ trình số      /TTr-VPS ngày 15 tháng 10 năm 2026"),
                    row(people, head - 2).get(0));
            List<String> first = row(people, head + 1);
            assertEquals(List.of("1", "Nguyễn Văn An", "Nam", "02/03/1980", "Chánh Văn phòng", "Văn phòng Sở",
                    "Sở Nội vụ tỉnh Hưng Yên", "Phường Hiến Nam, tỉnh Hưng Yên", ProposalLists.OTHER_LEADER,
                    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"), first.subList(0, 10));
            assertTrue(first.get(10).contains("Hoàn thành xuất sắc nhiệm vụ"), first.get(10));
            assertEquals("", first.get(11));
            List<String> second = row(people, head + 2);
            assertEquals(List.of("2", "Trần Thị Bình", "Nữ", "09/07/1985"), second.subList(0, 4));
            assertEquals(ProposalLists.DIRECT, second.get(8));
            assertEquals("", second.get(11), "the engine's finding stays on the dossier page, not in the list sent up");
            DataFormatter f = new DataFormatter();
            List<String> tail = new ArrayList<>();
            for (int r = head + 3; r <= people.getLastRowNum(); r++) {
                Row x = people.getRow(r);
                if (x != null) {
                    x.forEach(c -> tail.add(f.formatCellValue(c)));
                }
            }
            assertTrue(tail.containsAll(List.of("Hưng Yên, ngày 15 tháng 10 năm 2026", "THỦ TRƯỞNG ĐƠN VỊ",
                    "(Ký, họ tên, đóng dấu)")), tail.toString());
            assertTrue(people.getPrintSetup().getLandscape());
            assertEquals(org.apache.poi.ss.util.CellRangeAddress.valueOf((head + 1) + ":" + (head + 1)).formatAsString(),
                    people.getRepeatingRows().formatAsString());
            assertEquals("Times New Roman", wb.getFontAt(people.getRow(head).getCell(1).getCellStyle().getFontIndex()).getFontName());

            XSSFSheet units = wb.getSheet(ProposalLists.UNIT_SHEET);
            int uh = rowOf(units, "STT");
            assertEquals(ProposalLists.UNIT_COLUMNS, row(units, uh));
            List<String> unit = row(units, uh + 1);
            assertEquals(List.of("1", "Phòng Tổ chức cán bộ", "Sở Nội vụ tỉnh Hưng Yên",
                    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"), unit.subList(0, 4));
            assertTrue(unit.get(4).contains("Hoàn thành xuất sắc nhiệm vụ"), unit.get(4));
        }
    }

    @Test
    void theBriefListHasThePeopleWithTheirBirthYearUnderTheirSexAndTheirHighestAward() throws Exception {
        Path file = generated(dossier(Procedure.THUONG), DossierDocuments.BRIEF, "dossier/danh-sach-trich-ngang.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertEquals(1, wb.getNumberOfSheets());
            XSSFSheet s = wb.getSheet(ProposalLists.BRIEF_SHEET);
            int head = rowOf(s, "STT");
            assertEquals(ProposalLists.BRIEF_COLUMNS, row(s, head));
            List<String> an = row(s, head + 1);
            assertEquals(List.of("1", "Nguyễn Văn An", "1980", "", "Xã Tân Lập, tỉnh Hưng Yên"), an.subList(0, 5));
            assertEquals(List.of("2006", "Thạc sĩ Quản lý công"), an.subList(6, 8));
            assertTrue(row(s, head + 1).get(5).startsWith("Chánh Văn phòng, "), row(s, head + 1).get(5));
            assertEquals("Chiến sĩ thi đua cơ sở (2024)", row(s, head + 1).get(9));
            assertEquals(List.of("2", "Trần Thị Bình", "", "1985"), row(s, head + 2).subList(0, 4));
            assertEquals("", row(s, head + 2).get(11), "Ghi chú is the unit's: the engine's finding stays on the screen");
        }
    }

    @Test
    void theSummaryReportIsOnePagePerSubjectEachSigned() throws Exception {
        Path file = generated(dossier(Procedure.DON_GIAN), DossierDocuments.SUMMARY, "dossier/bao-cao-tom-tat-thanh-tich.docx");
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            String text = x.getText();
            assertEquals(3, text.split("BÁO CÁO TÓM TẮT THÀNH TÍCH", -1).length - 1, text);
            assertTrue(text.indexOf("Tên tập thể: Phòng Tổ chức cán bộ.") < text.indexOf("Họ và tên: Nguyễn Văn An"),
                    "collectives first: " + text);
            assertTrue(text.contains("Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2025"), text);
            assertTrue(text.contains("- Năm 2025: Hoàn thành xuất sắc nhiệm vụ."), text);
            assertTrue(text.contains("- Năm 2024: Chiến sĩ thi đua cơ sở (Số 12/QĐ-SNV"), text);
            assertTrue(text.contains("Quê quán: Xã Tân Lập, tỉnh Hưng Yên."), text);
            assertFalse(text.contains("LƯU Ý") || text.contains("chưa đủ 5 năm"), "the finding stays on the dossier page: " + text);
            assertEquals(3, text.split("THỦ TRƯỞNG ĐƠN VỊ", -1).length - 1, text);
            assertEquals(2, text.split("NGƯỜI BÁO CÁO", -1).length - 1, text);
            long sections = doc.getParagraphs().stream().filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                    .count();
            assertEquals(2, sections, "each subject after the first starts a section of its own");
        }
    }

    @Test
    void theCollectivesReportCarriesItsBlocLeadItsMembersSolutionsAndTheChuTruongPart() throws Exception {
        vn.tdkt.org.domain.Bloc bloc = ctx.org().saveBloc(new vn.tdkt.org.domain.Bloc(0, "Khối các phòng chuyên môn"));
        ctx.org().setBlocLeader(new vn.tdkt.org.domain.BlocLeader(bloc.id(), 2025, ptc));
        ctx.records().addInitiative(new vn.tdkt.record.domain.Initiative(0, cuong, vn.tdkt.record.domain.InitiativeKind.SANG_KIEN,
                "Số hóa hồ sơ cán bộ", vn.tdkt.record.domain.InitiativeScope.CO_SO, 2025, "20/QĐ-SNV", LocalDate.of(2025, 11, 3)));
        Dossier d = ctx.dossiers().save(Dossier.draft("BK_TINH", "CHU_TICH_UBND_TINH", 2025, null, vp, Procedure.THUONG,
                null, null), "thuky");
        ctx.dossiers().addSubject(d.id(), DossierSubject.unit(ptc));
        Attachment a = docs.generate(d.id(), DossierDocuments.REPORT, "thuky", Progress.NONE);
        try (InputStream in = Files.newInputStream(ctx.dossierAttachments().file(a)); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            String text = x.getText();
            assertTrue(text.contains("- Năm 2025: dẫn đầu Khối các phòng chuyên môn (trưởng khối);"), text);
            int solutions = text.indexOf("3. Các giải pháp công tác, đổi mới trong tổ chức thực hiện, sáng kiến");
            int policy = text.indexOf("4. Việc thực hiện chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước");
            int held = text.indexOf("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG");
            assertTrue(solutions > 0 && solutions < policy && policy < held, text);
            assertTrue(text.substring(solutions, policy).contains("- Năm 2025: Sáng kiến “Số hóa hồ sơ cán bộ”, phạm vi Cơ sở"),
                    text);
        }
    }

    @Test
    void theListsAreOfferedInTheDossiersChecklistAndWritten() {
        Dossier d = dossier(Procedure.THUONG);
        List<String> codes = ctx.dossierAttachments().checklist(d.id()).stream().map(c -> c.item().component().code()).toList();
        assertTrue(codes.containsAll(List.of(DossierDocuments.LIST, DossierDocuments.BRIEF)), codes.toString());
        assertTrue(DossierDocuments.writes(DossierDocuments.LIST) && DossierDocuments.writes(DossierDocuments.BRIEF)
                && DossierDocuments.writes(DossierDocuments.SUMMARY));
        assertFalse(ctx.dossierAttachments().checklist(d.id()).stream().filter(c -> c.item().component().code()
                .equals(DossierDocuments.LIST)).findFirst().orElseThrow().item().required(), "optional");
    }
}
