package vn.tdkt.decision.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.decision.domain.AwardList;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionDraft;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.samples.SampleDrift;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.service.PeopleService;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.service.RecordService;

/**
 * Builds the sample forms of samples/forms (fictional people of a fictional year-end decision) into
 * ${tdkt.testOut}/forms and checks that they reopen; the committed copies are these files.
 */
class DecisionSamplesTest {

    private static final String[][] PEOPLE = {
        {"Nguyễn Văn Hùng", "Phó Giám đốc Sở", "SGD"}, {"Trần Thị Mai", "Trưởng phòng Giáo dục trung học", "SGD-GDTH"},
        {"Lê Minh Tuấn", "Chuyên viên", "SGD-GDTH"}, {"Phạm Thị Hồng Nhung", "Hiệu trưởng", "THPT-HY"},
        {"Vũ Đức Thắng", "Giáo viên", "THPT-HY"}, {"Đỗ Thị Lan Anh", "Giáo viên", "THPT-HY"},
        {"Hoàng Quốc Khánh", "Phó Hiệu trưởng", "THPT-KC"}, {"Bùi Thị Thu Hà", "Giáo viên", "THPT-KC"},
        {"Đặng Văn Long", "Giám đốc", "BV-DK"}, {"Ngô Thị Phương", "Trưởng khoa Nội", "BV-DK"},
        {"Dương Văn Toàn", "Bác sĩ", "BV-DK"}, {"Lý Thị Hạnh", "Điều dưỡng", "BV-DK"},
        {"Trịnh Công Sơn", "Chánh Văn phòng", "SNV-VP"}, {"Mai Thị Ngọc", "Chuyên viên", "SNV-TDKT"},
        {"Phan Văn Đức", "Phó Trưởng phòng", "SNV-TDKT"}, {"Tạ Thị Yến", "Kế toán viên", "SNV-VP"},
        {"Cao Minh Quân", "Chuyên viên", "SNV-TDKT"}, {"Lương Thị Thảo", "Giáo viên", "THPT-KC"},
    };

    @Test
    void buildsTheSampleDecisionListsAndStatistics() throws Exception {
        Path forms = Path.of(System.getProperty("tdkt.testOut", "target/test-out")).resolve("forms");
        try (Database db = Database.inMemory()) {
            SampleOffice data = new SampleOffice(db);
            List<RecipientDraft> lines = new ArrayList<>();
            for (String code : List.of("THPT-HY", "BV-DK", "SNV-TDKT")) {
                lines.add(RecipientDraft.unit(data.unit(code).id(), "BK_TINH"));
            }
            for (Person p : data.people) {
                lines.add(RecipientDraft.person(p.id(), "BK_TINH"));
            }
            lines.add(RecipientDraft.household("Hộ ông Nguyễn Văn Bình", "Thôn Đông Tảo, xã Đông Tảo, tỉnh Hưng Yên", "BK_TINH"));
            DecisionInfo base = DecisionFixture.info("125/QĐ-UBND", LocalDate.of(2026, 1, 15), AwardFormType.CONG_TRANG, 2025, 2025);
            Decision d = data.decisions.drafting().record(new DecisionDraft(base, lines));
            DecisionInfo flags = new DecisionInfo("126/QĐ-UBND", LocalDate.of(2026, 1, 16), null, base.issuer(), base.place(),
                    "Về việc tặng danh hiệu Chiến sĩ thi đua cấp tỉnh và Cờ thi đua của Ủy ban nhân dân tỉnh năm 2025",
                    base.authority(), base.signerTitle(), base.signerName(), AwardFormType.CONG_TRANG, 2023, 2025,
                    base.legalBasis(), "đã có thành tích xuất sắc tiêu biểu trong phong trào thi đua năm 2025",
                    base.executors(), base.copyTo());
            data.decisions.drafting().record(new DecisionDraft(flags, List.of(RecipientDraft.unit(data.unit("THPT-HY").id(), "CO_TD_TINH"),
                    RecipientDraft.person(data.people.get(3).id(), "CSTD_TINH"),
                    RecipientDraft.person(data.people.get(10).id(), "CSTD_TINH"))));
            DecisionInfo sudden = new DecisionInfo("310/QĐ-UBND", LocalDate.of(2026, 9, 12), null, base.issuer(), base.place(),
                    "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", base.authority(), base.signerTitle(),
                    base.signerName(), AwardFormType.DOT_XUAT, 2026, 2026, base.legalBasis(),
                    "đã có thành tích xuất sắc đột xuất trong công tác cứu hộ, cứu nạn", base.executors(), base.copyTo());
            data.decisions.drafting().record(new DecisionDraft(sudden, List.of(RecipientDraft.person(data.people.get(10).id(), "BK_TINH"),
                    RecipientDraft.person(data.people.get(11).id(), "BK_TINH"))));
            Files.createDirectories(forms);
            data.decisions.reports().writeDecisionDocx(d, forms.resolve("qd-khen-thuong.docx"));
            AwardList list = data.decisions.reports().awardList("125/QĐ-UBND", null);
            data.decisions.reports().writeAwardListXlsx(list, forms.resolve("danh-sach-khen-thuong.xlsx"));
            data.decisions.reports().writePaymentListXlsx(data.decisions.reports().paymentList("125/QĐ-UBND", null),
                    forms.resolve("danh-sach-chi-tien-thuong.xlsx"));

            assertEquals(22, list.rows().size());
            // 3 units × 7.020.000 + 18 people × 3.510.000 + household 1,5 × 1,5 × 2.340.000 → 5.270.000
            assertEquals(3 * 7_020_000L + 18 * 3_510_000L + 5_270_000L, list.total());
            try (InputStream in = Files.newInputStream(forms.resolve("qd-khen-thuong.docx"));
                 XWPFDocument doc = new XWPFDocument(in)) {
                assertEquals(List.of(4, 19, 3), doc.getTables().subList(2, 5).stream().map(t -> t.getRows().size()).toList(),
                        "I. 3 tập thể, II. 18 cá nhân, III. 1 hộ gia đình, each with its heading, the last with the total");
            }
            for (String x : List.of("danh-sach-khen-thuong.xlsx", "danh-sach-chi-tien-thuong.xlsx")) {
                try (XSSFWorkbook wb = new XSSFWorkbook(forms.resolve(x).toFile())) {
                    assertTrue(wb.getSheetAt(0).getLastRowNum() > 20, x);
                }
            }
            for (String x : List.of("qd-khen-thuong.docx", "danh-sach-khen-thuong.xlsx", "danh-sach-chi-tien-thuong.xlsx")) {
                SampleDrift.assertSameAsCommitted(forms.resolve(x), x);
            }
        }
    }

    /** The sample organisation: Sở Giáo dục và Đào tạo with two schools, a hospital, Sở Nội vụ. */
    private static final class SampleOffice {
        final DecisionServices decisions;
        final List<Person> people = new ArrayList<>();
        private final List<Unit> units = new ArrayList<>();

        SampleOffice(Database db) {
            CatalogueService catalogue = new CatalogueService(db);
            decisions = DecisionServices.of(db, catalogue);
            OrgService org = new OrgService(db);
            Unit sgd = add(org, "SGD", "Sở Giáo dục và Đào tạo", null);
            add(org, "SGD-GDTH", "Phòng Giáo dục trung học", sgd);
            add(org, "THPT-HY", "Trường THPT chuyên Hưng Yên", sgd);
            add(org, "THPT-KC", "Trường THPT Khoái Châu", sgd);
            Unit syt = add(org, "SYT", "Sở Y tế", null);
            add(org, "BV-DK", "Bệnh viện Đa khoa tỉnh Hưng Yên", syt);
            Unit snv = add(org, "SNV", "Sở Nội vụ", null);
            add(org, "SNV-VP", "Văn phòng Sở", snv);
            add(org, "SNV-TDKT", "Phòng Thi đua, khen thưởng", snv);
            PeopleService service = new PeopleService(db, new RecordService(db, catalogue),
                    Clock.systemDefaultZone());
            int n = 1;
            for (String[] p : PEOPLE) {
                Gender g = p[0].contains(" Thị ") ? Gender.FEMALE : Gender.MALE;
                people.add(service.save(new Person(0, String.format("CB%03d", n++), p[0], g, LocalDate.of(1978, 3, 4), null,
                        p[1], unit(p[2]).id(), LocalDate.of(2008, 9, 1), null)));
            }
        }

        private Unit add(OrgService org, String code, String name, Unit parent) {
            Unit u = org.saveUnit(new Unit(0, code, name, parent == null ? null : parent.id(), null));
            units.add(u);
            return u;
        }

        Unit unit(String code) {
            return units.stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
        }
    }
}
