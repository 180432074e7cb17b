package vn.tdkt.dossier.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.dossier.service.DossierFixture.USER;
import static vn.tdkt.dossier.service.DossierFixture.docx;
import static vn.tdkt.dossier.service.DossierFixture.pdf;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.dossier.domain.Attachment;
import vn.tdkt.dossier.domain.ComponentStatus;
import vn.tdkt.dossier.domain.Dossier;
import vn.tdkt.dossier.domain.DossierStatus;
import vn.tdkt.dossier.domain.DossierSubject;
import vn.tdkt.dossier.domain.Finding;
import vn.tdkt.dossier.domain.LogEntry;
import vn.tdkt.dossier.domain.RefusedFileException;

/** Files and the whole status path on a database in a data folder. */
class DossierFilesTest {

    @TempDir
    Path data;
    @TempDir
    Path incoming;

    private Database db;
    private DossierFixture fx;
    private DossierService service;
    private DossierCalendarService calendar;
    private DossierAttachmentService attachments;

    @BeforeEach
    void setUp() {
        db = Database.open(data);
        fx = new DossierFixture(db, LocalDate.of(2025, 12, 1));
        service = fx.service;
        calendar = fx.calendar;
        attachments = fx.attachments;
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Path folder(Dossier d) {
        return data.resolve("attachments").resolve(Long.toString(d.id()));
    }

    private static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    private static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private ComponentStatus status(Dossier d, String component) {
        return attachments.checklist(d.id()).stream().filter(c -> c.item().component().code().equals(component)).findFirst()
                .orElseThrow();
    }

    private static List<String> blocking(ValidationException e) {
        return e.problems().stream().map(Problem::message).toList();
    }

    // ---- attachments

    @Test
    void storesTheFileUnderItsHashWithItsOriginalName() throws Exception {
        Dossier d = fx.create("CSTD_TINH", "CHU_TICH_UBND_TINH");
        Path scan = pdf(incoming, "Chứng nhận sáng kiến – Nguyễn Văn An.pdf", "sáng kiến cấp tỉnh");
        String sha = sha256(scan);
        Attachment a = attachments.attach(d.id(), "CN_SANG_KIEN_TINH", scan, USER);
        assertEquals("Chứng nhận sáng kiến – Nguyễn Văn An.pdf", a.originalName());
        assertEquals(sha, a.sha256());
        assertEquals(sha + ".pdf", a.storedName());
        assertEquals(Files.size(scan), a.size());
        assertEquals("application/pdf", a.contentType());
        assertFalse(a.generated());
        assertEquals(USER, a.addedBy());
        assertEquals(LocalDateTime.of(2025, 12, 1, 9, 0), a.addedAt());
        Path stored = folder(d).resolve(sha + ".pdf");
        assertEquals(stored, attachments.file(a));
        assertArrayEquals(Files.readAllBytes(scan), Files.readAllBytes(stored));
        assertEquals(List.of(sha + ".pdf"), names(folder(d)), "no temporary file is left behind");
        assertTrue(status(d, "CN_SANG_KIEN_TINH").present());
    }

    @Test
    void refusesTooBigWrongTypeAndDisguisedFiles() throws Exception {
        Dossier d = fx.create("BK_TINH", "CHU_TICH_UBND_TINH");
        Path big = incoming.resolve("ho-so-day-du.pdf");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024 + 1);
        }
        RefusedFileException tooBig = assertThrows(RefusedFileException.class,
                () -> attachments.attach(d.id(), "VB_KHAC", big, USER));
        assertEquals("Tệp \"ho-so-day-du.pdf\" quá lớn (50,0 MB); tối đa 50 MB.", tooBig.getMessage());

        Path exe = DossierFixture.write(incoming, "cai-dat.exe", new byte[] {0x4D, 0x5A, 0, 0});
        RefusedFileException type = assertThrows(RefusedFileException.class,
                () -> attachments.attach(d.id(), "VB_KHAC", exe, USER));
        assertTrue(type.getMessage().contains("chỉ nhận .pdf, .jpg, .png, .docx, .xlsx, .doc, .xls, .zip"), type.getMessage());

        Path renamed = DossierFixture.write(incoming, "bien-ban.pdf", "Đây là văn bản thường".getBytes(StandardCharsets.UTF_8));
        RefusedFileException content = assertThrows(RefusedFileException.class,
                () -> attachments.attach(d.id(), "VB_KHAC", renamed, USER));
        assertEquals("Nội dung tệp \"bien-ban.pdf\" không phải tệp .pdf hợp lệ (tệp hỏng hoặc đã bị đổi đuôi).",
                content.getMessage());

        assertEquals(List.of(), names(folder(d)), "nothing stored, no temporary file left");
        assertTrue(attachments.checklist(d.id()).stream().noneMatch(ComponentStatus::present));
    }

    @Test
    void refusesComponentsOutsideTheChecklistAndGeneratingAttachedOnes() throws Exception {
        Dossier d = fx.create("BK_TINH", "CHU_TICH_UBND_TINH");
        Path file = pdf(incoming, "kq.pdf", "kết quả");
        ValidationException notListed = assertThrows(ValidationException.class,
                () -> attachments.attach(d.id(), "KQ_BO_PHIEU", file, USER));
        assertEquals("thành phần mã \"KQ_BO_PHIEU\" không thuộc danh mục thành phần của hồ sơ này",
                notListed.problems().get(0).message());
        ValidationException notGenerated = assertThrows(ValidationException.class,
                () -> attachments.markGenerated(d.id(), "XN_THANH_TICH", file, USER));
        assertEquals("«Văn bản xác nhận thành tích đột xuất, giải thưởng hoặc đóng góp (nếu có)» là tệp đính kèm, không do "
                + "phần mềm lập", notGenerated.problems().get(0).message());
        assertEquals(List.of(), names(folder(d)));
    }

    @Test
    void sameContentIsStoredOnceAndRemovedWithItsLastRow() throws Exception {
        Dossier d = fx.create("BK_TINH", "CHU_TICH_UBND_TINH");
        Path scan = pdf(incoming, "xac-nhan.pdf", "xác nhận");
        Attachment first = attachments.attach(d.id(), "XN_THANH_TICH", scan, USER);
        AppException dup = assertThrows(AppException.class, () -> attachments.attach(d.id(), "XN_THANH_TICH", scan, USER));
        assertEquals("Tệp \"xac-nhan.pdf\" đã có trong thành phần «Văn bản xác nhận thành tích đột xuất, giải thưởng hoặc "
                + "đóng góp (nếu có)» của hồ sơ (tệp \"xac-nhan.pdf\").", dup.getMessage());
        Attachment second = attachments.attach(d.id(), "VB_KHAC", scan, USER);
        assertEquals(first.storedName(), second.storedName());
        assertEquals(List.of(first.storedName()), names(folder(d)));

        attachments.detach(first.id());
        assertTrue(Files.exists(attachments.file(second)), "still used by the other component");
        assertFalse(status(d, "XN_THANH_TICH").present());
        attachments.detach(second.id());
        assertFalse(Files.exists(folder(d)), "file and empty folder removed after the last row");
        assertThrows(AppException.class, () -> attachments.detach(second.id()));
    }

    @Test
    void regeneratingReplacesTheGeneratedCopyAndKeepsTheSignedScan() throws Exception {
        Dossier d = fx.create("BK_TINH", "CHU_TICH_UBND_TINH");
        Attachment v1 = attachments.markGenerated(d.id(), "TO_TRINH", docx(incoming, "To trinh.docx", "bản 1"), USER);
        Attachment signed = attachments.attach(d.id(), "TO_TRINH", pdf(incoming, "To trinh da ky.pdf", "đã ký"), USER);
        Attachment v2 = attachments.markGenerated(d.id(), "TO_TRINH", docx(incoming, "To trinh.docx", "bản 2"), USER);
        assertTrue(v2.generated());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", v2.contentType());
        ComponentStatus toTrinh = status(d, "TO_TRINH");
        assertEquals(List.of(signed.id(), v2.id()), toTrinh.files().stream().map(Attachment::id).toList());
        assertTrue(toTrinh.generatedPresent());
        assertFalse(Files.exists(attachments.file(v1)), "the replaced generated copy is removed");
        assertEquals(List.of(signed.storedName(), v2.storedName()).stream().sorted().toList(), names(folder(d)));
    }

    @Test
    void deletingADraftRemovesItsFolder() throws Exception {
        Dossier d = fx.create("BK_TINH", "CHU_TICH_UBND_TINH");
        attachments.attach(d.id(), "VB_KHAC", pdf(incoming, "a.pdf", "a"), USER);
        assertTrue(Files.isDirectory(folder(d)));
        service.delete(d.id());
        assertFalse(Files.exists(folder(d)));
    }

    // ---- the whole path

    private void prepareForCompleteness(Dossier d) throws Exception {
        service.addSubject(d.id(), DossierSubject.person(fx.an.id()));
        attachments.markGenerated(d.id(), "TO_TRINH", docx(incoming, "to-trinh.docx", "tờ trình"), USER);
        attachments.markGenerated(d.id(), "BCTT", docx(incoming, "bao-cao.docx", "báo cáo"), USER);
        attachments.attach(d.id(), "CN_SANG_KIEN_TINH", pdf(incoming, "sang-kien.pdf", "sáng kiến"), USER);
    }

    @Test
    void walksTheWholePathWithEveryMoveLoggedAndChecked() throws Exception {
        Dossier d = service.save(fx.draft("CSTD_TINH", "CHU_TICH_UBND_TINH").withDeadline(LocalDate.of(2025, 12, 10)), USER);

        ValidationException incomplete = assertThrows(ValidationException.class,
                () -> service.move(d.id(), DossierStatus.DU_HO_SO, USER, null, null));
        assertEquals(4, incomplete.problems().size(), blocking(incomplete).toString());

        prepareForCompleteness(d);
        List<Finding> warnings = service.move(d.id(), DossierStatus.DU_HO_SO, USER, "Đủ thành phần", null);
        assertEquals(List.of("Chưa công khai danh sách đề nghị: phải công khai 5 ngày làm việc trước khi trình Chủ tịch UBND "
                + "tỉnh."), warnings.stream().map(Finding::message).toList());
        assertThrows(AppException.class, () -> service.addSubject(d.id(), DossierSubject.person(fx.binh.id())),
                "subjects are frozen once complete");

        service.move(d.id(), DossierStatus.TRINH_HOI_DONG, USER, null, null);
        service.move(d.id(), DossierStatus.DA_BO_PHIEU, USER, null, null);

        ValidationException notYet = assertThrows(ValidationException.class,
                () -> service.move(d.id(), DossierStatus.DE_NGHI_CAP_TREN, USER, null, null));
        assertEquals(List.of(
                "Thiếu thành phần hồ sơ: Biên bản bình xét thi đua của Hội đồng Thi đua - Khen thưởng cấp trình (chưa lập "
                        + "bằng phần mềm hoặc đính kèm).",
                "Thiếu thành phần hồ sơ: Kết quả bỏ phiếu kín của Hội đồng Thi đua - Khen thưởng (biên bản kiểm phiếu) "
                        + "(chưa lập bằng phần mềm hoặc đính kèm).",
                "Chưa công khai danh sách đề nghị: phải công khai 5 ngày làm việc trước khi trình Chủ tịch UBND tỉnh."),
                blocking(notYet));

        attachments.markGenerated(d.id(), "BB_BINH_XET", docx(incoming, "bien-ban.docx", "biên bản"), USER);
        attachments.markGenerated(d.id(), "KQ_BO_PHIEU", docx(incoming, "kiem-phieu.docx", "kiểm phiếu"), USER);
        calendar.setNoticeStart(d.id(), LocalDate.of(2025, 12, 1));
        fx.clock.set(LocalDate.of(2025, 12, 5));
        ValidationException notice = assertThrows(ValidationException.class,
                () -> service.move(d.id(), DossierStatus.DE_NGHI_CAP_TREN, USER, null, null));
        assertEquals(List.of("Thời gian công khai chưa đủ 5 ngày làm việc: công khai ngày 01/12/2025, tính từ ngày hôm sau "
                + "(Bộ luật Dân sự 2015, Điều 147), đủ khi hết ngày 08/12/2025 (đến nay được 4 ngày)."), blocking(notice));

        fx.clock.set(LocalDate.of(2025, 12, 9));
        List<Finding> up = service.move(d.id(), DossierStatus.DE_NGHI_CAP_TREN, USER, "Tờ trình số 125/TTr-SNV", null);
        assertEquals(List.of("Còn 1 ngày đến hạn nộp hồ sơ (10/12/2025)."), up.stream().map(Finding::message).toList());
        AppException frozen = assertThrows(AppException.class,
                () -> attachments.attach(d.id(), "VB_KHAC", pdf(incoming, "muon.pdf", "muộn"), USER));
        assertTrue(frozen.getMessage().contains("không thêm, bớt tệp được nữa"), frozen.getMessage());
        assertThrows(AppException.class, () -> calendar.setNoticeStart(d.id(), LocalDate.of(2025, 12, 2)));

        fx.clock.set(LocalDate.of(2026, 1, 15));
        assertEquals(List.of(), service.move(d.id(), DossierStatus.DA_CO_QUYET_DINH, "lanhdao", "QĐ 45/QĐ-UBND", null));
        assertEquals(DossierStatus.DA_CO_QUYET_DINH, service.find(d.id()).orElseThrow().status());
        assertEquals(List.of(), service.checks(d.id()));

        List<LogEntry> log = service.log(d.id());
        assertEquals(List.of("null>DU_THAO", "DU_THAO>DU_HO_SO", "DU_HO_SO>TRINH_HOI_DONG", "TRINH_HOI_DONG>DA_BO_PHIEU",
                "DA_BO_PHIEU>DE_NGHI_CAP_TREN", "DE_NGHI_CAP_TREN>DA_CO_QUYET_DINH"),
                log.stream().map(e -> e.from() + ">" + e.to()).toList());
        assertEquals("Đủ thành phần", log.get(1).note());
        assertEquals("Tờ trình số 125/TTr-SNV", log.get(4).note());
        assertEquals(LocalDateTime.of(2025, 12, 9, 9, 0), log.get(4).at());
        assertEquals("lanhdao", log.get(5).user());
        assertEquals(LocalDateTime.of(2026, 1, 15, 9, 0), log.get(5).at());
    }

    @Test
    void lateDossierMovesOnlyWithAReasonWhichIsLogged() throws Exception {
        Dossier d = service.save(fx.draft("CSTD_TINH", "CHU_TICH_UBND_TINH").withDeadline(LocalDate.of(2025, 11, 28)), USER);
        prepareForCompleteness(d);
        ValidationException late = assertThrows(ValidationException.class,
                () -> service.move(d.id(), DossierStatus.DU_HO_SO, USER, "  ", null));
        assertEquals(List.of("Đã quá hạn nộp hồ sơ 28/11/2025 (3 ngày); muốn chuyển tiếp phải ghi lý do nộp muộn vào ghi "
                + "chú."), blocking(late));
        List<Finding> warnings = service.move(d.id(), DossierStatus.DU_HO_SO, USER, "Đơn vị bổ sung hồ sơ theo CV 88/SNV", null);
        assertTrue(warnings.stream().anyMatch(f -> f.message().startsWith("Quá hạn nộp hồ sơ 28/11/2025 (3 ngày)")));
        assertEquals("Đơn vị bổ sung hồ sơ theo CV 88/SNV", service.log(d.id()).get(1).note());
    }

    @Test
    void eligibilityReasonFromTheReviewEngineBlocksTheMove() throws Exception {
        Dossier d = fx.create("CSTD_TINH", "CHU_TICH_UBND_TINH");
        prepareForCompleteness(d);
        service.addSubject(d.id(), DossierSubject.person(fx.binh.id()));
        fx.eligibility.reasons.put(fx.binh.id(), "chưa đủ 03 năm liên tục đạt «Chiến sĩ thi đua cơ sở» (thiếu 2023)");
        ValidationException e = assertThrows(ValidationException.class,
                () -> service.move(d.id(), DossierStatus.DU_HO_SO, USER, null, null));
        assertEquals(List.of("Trần Thị Bình: chưa đủ 03 năm liên tục đạt «Chiến sĩ thi đua cơ sở» (thiếu 2023)"),
                blocking(e));
        assertTrue(fx.eligibility.calls.containsAll(List.of("CA_NHAN:" + fx.an.id() + "/CSTD_TINH/2025",
                "CA_NHAN:" + fx.binh.id() + "/CSTD_TINH/2025")), fx.eligibility.calls.toString());
        fx.eligibility.reasons.clear();
        service.move(d.id(), DossierStatus.DU_HO_SO, USER, null, null);
        assertEquals(DossierStatus.DU_HO_SO, service.find(d.id()).orElseThrow().status());
    }

    @Test
    void returnedDossierIsFixedAndResubmitted() throws Exception {
        Dossier d = fx.create("CSTD_TINH", "CHU_TICH_UBND_TINH");
        prepareForCompleteness(d);
        service.move(d.id(), DossierStatus.DU_HO_SO, USER, null, null);
        assertThrows(AppException.class, () -> service.move(d.id(), DossierStatus.TRA_LAI, USER, " ", null));
        service.move(d.id(), DossierStatus.TRA_LAI, USER, "Báo cáo thành tích thiếu xác nhận của thủ trưởng", null);
        // returned: editable again, and checks never stand in the way of the way back
        service.addSubject(d.id(), DossierSubject.person(fx.binh.id()));
        AppException skip = assertThrows(AppException.class, () -> service.move(d.id(), DossierStatus.DU_HO_SO, USER, null, null));
        assertTrue(skip.getMessage().startsWith("Không chuyển được hồ sơ từ «Trả lại» sang «Đủ hồ sơ»"), skip.getMessage());
        service.move(d.id(), DossierStatus.DU_THAO, USER, "Đã bổ sung xác nhận", null);
        service.move(d.id(), DossierStatus.DU_HO_SO, USER, null, null);
        List<LogEntry> log = service.log(d.id());
        assertEquals(List.of(DossierStatus.DU_THAO, DossierStatus.DU_HO_SO, DossierStatus.TRA_LAI, DossierStatus.DU_THAO,
                DossierStatus.DU_HO_SO), log.stream().map(LogEntry::to).toList());
        assertEquals("Báo cáo thành tích thiếu xác nhận của thủ trưởng", log.get(2).note());
    }

    @Test
    void simplifiedDossierGoesUpWithoutTheCouncil() throws Exception {
        Dossier d = fx.createSimplified("BK_TINH", "CHU_TICH_UBND_TINH");
        service.addSubject(d.id(), DossierSubject.household("Hộ ông Lò Văn Páo", "Bản Na Hang"));
        attachments.markGenerated(d.id(), "TO_TRINH", docx(incoming, "to-trinh.docx", "tờ trình"), USER);
        attachments.markGenerated(d.id(), "BCTT_TOM_TAT", docx(incoming, "tom-tat.docx", "tóm tắt"), USER);
        service.move(d.id(), DossierStatus.DU_HO_SO, USER, null, null);
        assertEquals(List.of(), service.move(d.id(), DossierStatus.DE_NGHI_CAP_TREN, USER, "Khen thưởng đột xuất", null));
        assertEquals(List.of("HO_GIA_DINH:null/BK_TINH/2025", "HO_GIA_DINH:null/BK_TINH/2025"), fx.eligibility.calls);
    }
}
