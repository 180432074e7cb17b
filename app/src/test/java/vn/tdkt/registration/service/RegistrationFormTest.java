package vn.tdkt.registration.service;

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
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.movement.domain.LaunchLevel;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.registration.domain.PersonEntry;
import vn.tdkt.registration.domain.Registration;
import vn.tdkt.registration.domain.RegistrationStatus;
import vn.tdkt.samples.SampleDrift;

/**
 * The Bản đăng ký thi đua of a unit (record 0064, NĐ 30/2020), read back with POI: header under the parent unit,
 * Kính gửi its council, the căn cứ of the round's plan, the movements the unit takes part in, the titles registered
 * (union titles on their own lines), the head's signature, and the attached list in the catalogue's order. Written to
 * samples/forms/registration (fictional people) beside the consolidated Danh sách đăng ký danh hiệu thi đua.
 */
class RegistrationFormTest {

    @TempDir
    Path tmp;

    private final AppContext ctx = AppContext.inMemory();
    private Unit office;

    @AfterEach
    void close() {
        ctx.close();
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /** Văn phòng Sở Nội vụ tỉnh Hưng Yên, 12 people, the 2026 round of the Sở's plan; returns person code → id. */
    private Map<String, Long> data() {
        Unit snv = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ tỉnh Hưng Yên", null, null));
        office = ctx.org().saveUnit(new Unit(0, "SNV-VP", "Văn phòng Sở Nội vụ", snv.id(), null));
        Unit other = ctx.org().saveUnit(new Unit(0, "SNV-TDKT", "Phòng Thi đua, khen thưởng", snv.id(), null));
        String[][] people = {
            {"VP01", "Nguyễn Thị Thu Hà", "Phó Chánh Văn phòng"},
            {"VP02", "Trần Văn Hùng", "Chánh Văn phòng"},
            {"VP03", "Lê Thị Mai", "Chuyên viên chính"},
            {"VP04", "Phạm Quốc Toàn", "Chuyên viên"},
            {"VP05", "Hoàng Thị Lan", "Kế toán trưởng"},
            {"VP06", "Vũ Đức Minh", "Chuyên viên"},
            {"VP07", "Đặng Thị Hồng", "Văn thư"},
            {"VP08", "Bùi Văn Sơn", "Lái xe"},
            {"VP09", "Đỗ Thị Ngọc Anh", "Chuyên viên"},
            {"VP10", "Ngô Văn Thắng", "Chuyên viên"},
            {"VP11", "Trịnh Thị Phương", "Thủ quỹ"},
            {"VP12", "Lý Văn Cường", "Nhân viên bảo vệ"}};
        Map<String, Long> ids = new java.util.HashMap<>();
        for (String[] p : people) {
            Person saved = ctx.people().save(new Person(0, p[0], p[1], p[1].contains(" Thị ") ? Gender.FEMALE : Gender.MALE,
                    d(1980, 3, 12), null, p[2], office.id(), d(2015, 9, 1), null));
            ids.put(p[0], saved.id());
        }
        ctx.people().save(new Person(0, "TD01", "Cao Minh Tuấn", Gender.MALE, d(1984, 1, 1), null, "Trưởng phòng", other.id(),
                d(2012, 1, 1), null));
        Movement round = Movement.draft("TD-SNV-2026", "Phong trào thi đua thực hiện nhiệm vụ chính trị năm 2026",
                MovementKind.THUONG_XUYEN, LaunchLevel.CO_QUAN).withIssuer("UBND TỈNH HƯNG YÊN", "Sở Nội vụ tỉnh Hưng Yên",
                "Hưng Yên").withPlan("05/KH-SNV", d(2026, 1, 8)).withPeriod(d(2026, 1, 1), d(2026, 12, 31));
        MovementDetails m = ctx.movements().save(new MovementDetails(round, List.of(), List.of(), List.of(office.id(), other.id()),
                List.of(), List.of(), Map.of()), "test");
        Movement cc = Movement.draft("CCHC-2026", "Phong trào thi đua đẩy mạnh cải cách hành chính, chuyển đổi số năm 2026",
                MovementKind.CHUYEN_DE, LaunchLevel.CO_QUAN).withIssuer("UBND TỈNH HƯNG YÊN", "Sở Nội vụ tỉnh Hưng Yên",
                "Hưng Yên").withPlan("12/KH-SNV", d(2026, 2, 2)).withPeriod(d(2026, 2, 15), d(2026, 11, 30));
        MovementDetails c = ctx.movements().save(new MovementDetails(cc, List.of(), List.of(), List.of(office.id()), List.of(),
                List.of(), Map.of()), "test");
        ctx.movements().move(c.movement().id(), MovementStatus.PHAT_DONG, d(2026, 2, 15), null, "test");
        Movement draft = Movement.draft("NHAP-2026", "Phong trào còn là bản nháp", MovementKind.THEO_DOT, LaunchLevel.CO_QUAN)
                .withPeriod(d(2026, 3, 1), d(2026, 6, 30));
        ctx.movements().save(new MovementDetails(draft, List.of(), List.of(), List.of(office.id()), List.of(), List.of(),
                Map.of()), "test");
        ctx.registrations().setRound(2026, m.movement().id(), null);
        return ids;
    }

    private void register(Map<String, Long> ids) {
        List<PersonEntry> entries = new ArrayList<>();
        String[][] titles = {{"VP01", "CSTDCS", "DVCD_XS"}, {"VP02", "CSTDCS", null}, {"VP03", "LDTT", "DVCD_XS"},
            {"VP04", "LDTT", null}, {"VP05", "LDTT", null}, {"VP06", "LDTT", null}, {"VP07", "LDTT", "DVCD_XS"},
            {"VP08", "LDTT", null}, {"VP09", "LDTT", null}, {"VP10", "LDTT", null}, {"VP11", null, "DVCD_XS"}};
        for (String[] t : titles) {
            entries.add(new PersonEntry(ids.get(t[0]), t[1], t[2], null));
        }
        ctx.registrations().save(new Registration(0, office.id(), 2026, "TTLDXS", "TCD_XS", RegistrationStatus.CHUA_GUI, null,
                null, null, entries), null, "văn thư");
        ctx.registrations().changeStatus(office.id(), 2026, RegistrationStatus.DA_GUI, null, d(2026, 1, 20), "văn thư");
    }

    private static List<String> paragraphs(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(s -> !s.isBlank()).toList();
    }

    private static List<List<String>> rows(XWPFTable t) {
        List<List<String>> out = new ArrayList<>();
        for (XWPFTableRow r : t.getRows()) {
            out.add(r.getTableCells().stream().map(c -> String.join("\n", c.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(x -> !x.isBlank()).toList()).strip()).toList());
        }
        return out;
    }

    @Test
    void theUnitsFormSaysWhatItRegisteredInTheNd30Layout() throws Exception {
        register(data());
        Path file = tmp.resolve("ban-dang-ky-thi-dua.docx");
        ctx.registrationExports().writeForm("snv-vp", 2026, file);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFTable> tables = doc.getTables();
            List<List<String>> header = rows(tables.get(0));
            assertEquals(List.of("SỞ NỘI VỤ TỈNH HƯNG YÊN\nVĂN PHÒNG SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                    + "Độc lập - Tự do - Hạnh phúc"), header.get(0));
            assertEquals(List.of("Số:        /ĐK-SNV-VP", "Hưng Yên, ngày 20 tháng 01 năm 2026"), header.get(1));
            List<String> p = paragraphs(doc);
            int at = p.indexOf("BẢN ĐĂNG KÝ THI ĐUA");
            assertTrue(at >= 0, p.toString());
            assertEquals(List.of("Năm 2026", "Kính gửi: Hội đồng Thi đua - Khen thưởng Sở Nội vụ tỉnh Hưng Yên.",
                    "Căn cứ Kế hoạch số 05/KH-SNV ngày 08/01/2026 của Sở Nội vụ tỉnh Hưng Yên về việc phát động phong trào thi "
                            + "đua thực hiện nhiệm vụ chính trị năm 2026;",
                    "Căn cứ chức năng, nhiệm vụ được giao và các chỉ tiêu kế hoạch năm 2026 của Văn phòng Sở Nội vụ,",
                    "Văn phòng Sở Nội vụ đăng ký thi đua năm 2026 với các nội dung sau:",
                    "I. CÁC PHONG TRÀO THI ĐUA"), p.subList(at + 1, at + 7));
            // the round's movement and the movement launched; the draft is left out
            assertEquals(List.of(List.of("STT", "Tên phong trào thi đua", "Thời gian phát động", "Thời gian tổng kết"),
                    List.of("1", "Phong trào thi đua thực hiện nhiệm vụ chính trị năm 2026 (Kế hoạch số 05/KH-SNV ngày "
                            + "08/01/2026)", "01/01/2026", "31/12/2026"),
                    List.of("2", "Phong trào thi đua đẩy mạnh cải cách hành chính, chuyển đổi số năm 2026 (Kế hoạch số "
                            + "12/KH-SNV ngày 02/02/2026)", "15/02/2026", "30/11/2026")), rows(tables.get(1)));
            int ii = p.indexOf("II. ĐĂNG KÝ DANH HIỆU THI ĐUA");
            assertEquals(List.of("1. Tập thể", "- Danh hiệu thi đua: “Tập thể lao động xuất sắc”.",
                    "- Danh hiệu Công đoàn: “Tổ công đoàn xuất sắc”.", "2. Cá nhân",
                    "Tổng số cán bộ, công chức, viên chức, người lao động của đơn vị: 12 người; đăng ký danh hiệu thi đua: "
                            + "10 người, trong đó:",
                    "- Chiến sĩ thi đua cơ sở: 2 người;", "- Lao động tiên tiến: 8 người;", "Đăng ký danh hiệu Công đoàn:",
                    "- Công đoàn viên xuất sắc: 4 người.", "(Có danh sách cá nhân đăng ký kèm theo).",
                    "Văn phòng Sở Nội vụ cam kết tổ chức thực hiện tốt các phong trào thi đua, phấn đấu hoàn thành các chỉ "
                            + "tiêu và đạt các danh hiệu thi đua đã đăng ký năm 2026./."), p.subList(ii + 1, ii + 12));
            List<List<String>> sign = rows(tables.get(2));
            assertEquals("Nơi nhận:\n- Như trên;\n- Lưu: VT.", sign.get(0).get(0));
            assertEquals("CHÁNH VĂN PHÒNG\nTrần Văn Hùng", sign.get(0).get(1), "the head, not the deputy");
            assertEquals(List.of("DANH SÁCH", "CÁ NHÂN ĐĂNG KÝ DANH HIỆU THI ĐUA NĂM 2026",
                    "(Kèm theo Bản đăng ký thi đua năm 2026 của Văn phòng Sở Nội vụ)"),
                    p.subList(p.indexOf("DANH SÁCH"), p.indexOf("DANH SÁCH") + 3));
            List<List<String>> list = rows(tables.get(3));
            assertEquals(List.of("STT", "Họ và tên", "Chức vụ", "Danh hiệu thi đua", "Danh hiệu Công đoàn"), list.get(0));
            assertEquals(12, list.size(), "11 people registered and the header; Lý Văn Cường registered nothing");
            assertEquals(List.of("1", "Nguyễn Thị Thu Hà", "Phó Chánh Văn phòng", "Chiến sĩ thi đua cơ sở",
                    "Công đoàn viên xuất sắc"), list.get(1));
            assertEquals(List.of("2", "Trần Văn Hùng", "Chánh Văn phòng", "Chiến sĩ thi đua cơ sở", ""), list.get(2));
            assertEquals(List.of("3", "Đỗ Thị Ngọc Anh", "Chuyên viên", "Lao động tiên tiến", ""), list.get(3),
                    "then by given name");
            assertEquals(List.of("11", "Trịnh Thị Phương", "Thủ quỹ", "", "Công đoàn viên xuất sắc"), list.get(11),
                    "a union title alone comes last");
            assertFalse(String.join("\n", p).contains("Cường"));
            assertTrue(doc.getTables().get(3).getRow(0).isRepeatHeader());
            // page 1 flows: the counts per title are not kept with the signature (a third of page 1 was left blank),
            // only the last count, the line on the list and the commitment go with it (record 0141)
            java.util.function.Function<String, Boolean> keep = t -> doc.getParagraphs().stream()
                    .filter(x -> x.getText().startsWith(t)).findFirst().orElseThrow().getCTP().getPPr().isSetKeepNext();
            assertFalse(keep.apply("Tổng số cán bộ"));
            assertFalse(keep.apply("- Lao động tiên tiến"));
            assertTrue(keep.apply("- Công đoàn viên xuất sắc"));
            assertTrue(keep.apply("(Có danh sách"));
            // the attached list is numbered from 1 and shows its number on its first page too; the form's page 1 not
            var formSection = doc.getParagraphs().stream().filter(x -> x.getCTP().isSetPPr() && x.getCTP().getPPr().isSetSectPr())
                    .findFirst().orElseThrow().getCTP().getPPr().getSectPr();
            var listSection = doc.getDocument().getBody().getSectPr();
            assertTrue(formSection.isSetTitlePg());
            assertFalse(listSection.isSetTitlePg());
            assertEquals(java.math.BigInteger.ONE, listSection.getPgNumType().getStart());
        }
        SampleDrift.assertSameAsCommitted(file, "registration/ban-dang-ky-thi-dua.docx");
        Path list = tmp.resolve("danh-sach-dang-ky-danh-hieu-thi-dua.xlsx");
        ctx.registrationExports().writeList(2026, list);
        SampleDrift.assertSameAsCommitted(list, "registration/danh-sach-dang-ky-danh-hieu-thi-dua.xlsx");
    }

    @Test
    void aUnitWithoutARegistrationOrAnUnknownUnitIsRefusedInWords() {
        data();
        AppException none = assertThrows(AppException.class,
                () -> ctx.registrationExports().writeForm("SNV-VP", 2026, tmp.resolve("x.docx")));
        assertEquals("Đơn vị SNV-VP chưa có đăng ký thi đua năm 2026: nhập bản đăng ký hoặc đăng ký trên màn hình Đăng ký thi "
                + "đua trước.", none.text(Locale.forLanguageTag("vi")));
        AppException unknown = assertThrows(AppException.class,
                () -> ctx.registrationExports().writeForm("KHONG", 2026, tmp.resolve("x.docx")));
        assertEquals("Không có đơn vị mã \"KHONG\".", unknown.text(Locale.forLanguageTag("vi")));
        assertFalse(Files.exists(tmp.resolve("x.docx")));
    }
}
