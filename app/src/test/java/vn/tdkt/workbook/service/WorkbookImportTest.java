package vn.tdkt.workbook.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.common.data.jooq.Tables.ASSIGNMENT;
import static vn.tdkt.common.data.jooq.Tables.AWARD;
import static vn.tdkt.common.data.jooq.Tables.BLOC;
import static vn.tdkt.common.data.jooq.Tables.BLOC_LEADER;
import static vn.tdkt.common.data.jooq.Tables.DISCIPLINE;
import static vn.tdkt.common.data.jooq.Tables.INITIATIVE;
import static vn.tdkt.common.data.jooq.Tables.PERSON;
import static vn.tdkt.common.data.jooq.Tables.RATING;
import static vn.tdkt.common.data.jooq.Tables.UNIT;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.data.jooq.tables.records.PersonRecord;
import vn.tdkt.common.domain.CancelledException;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.workbook.TestWorkbooks;
import vn.tdkt.workbook.domain.ImportPlan;
import vn.tdkt.workbook.domain.ImportResult;
import vn.tdkt.workbook.domain.SheetCount;
import vn.tdkt.workbook.domain.WorkbookLayout;

class WorkbookImportTest {

    private Database db;
    private WorkbookService service;

    @BeforeEach
    void importBase() throws IOException {
        db = Database.inMemory();
        service = new WorkbookService(db);
        service.importFile(TestWorkbooks.base().write(TestWorkbooks.out("base.xlsx")), Progress.NONE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Path fixture(String name) {
        try {
            return Path.of(WorkbookImportTest.class.getResource("/workbook/bad/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file is refused with (at least) these located problems, and the database is unchanged. */
    private List<String> assertRefused(Path file, String... expected) {
        String before = TestWorkbooks.fingerprint(db);
        ValidationException e = assertThrows(ValidationException.class, () -> service.importFile(file, Progress.NONE));
        List<String> lines = e.problems().stream().map(Problem::describe).toList();
        for (String x : expected) {
            assertTrue(lines.stream().anyMatch(l -> l.contains(x)), () -> "expected «" + x + "» in " + lines);
        }
        assertEquals(before, TestWorkbooks.fingerprint(db), "the database must be exactly as before");
        return lines;
    }

    private int count(org.jooq.Table<?> t) {
        return db.dsl().fetchCount(t);
    }

    private PersonRecord person(String code) {
        return db.dsl().selectFrom(PERSON).where(PERSON.CODE.eq(code)).fetchOne();
    }

    // ---- a good file ----

    @Test
    void importsEverySheetWithKeysAndNormalisedValues() {
        assertEquals(List.of(4, 2, 4, 4, 4, 1, 2, 3, 1), List.of(count(UNIT), count(BLOC), count(PERSON),
                count(ASSIGNMENT), count(RATING), count(DISCIPLINE), count(INITIATIVE), count(AWARD),
                count(BLOC_LEADER)));
        PersonRecord an = person("CB001");
        assertEquals("Nguyễn Văn An", an.getFullName());
        assertEquals("nguyen van an cb001", an.getSearchKey());
        assertEquals(LocalDate.of(2015, 1, 1), an.getStartDate());
        assertEquals("001185000002", person("CB002").getPersonalId(), "a numeric id gets its leading zeros back");
        assertEquals("Nam", person("CB003").getGender());
        assertEquals("Phạm Thị Dung", person("4").getFullName(), "a numeric code is read as text");
        assertEquals("HTNV", db.dsl().select(RATING.LEVEL).from(RATING).join(PERSON).on(PERSON.ID.eq(RATING.PERSON_ID))
                .where(PERSON.CODE.eq("CB002")).fetchOne().value1());
        assertEquals(List.of(2021, 2025), List.of(db.dsl().select(AWARD.YEAR_FROM, AWARD.YEAR_TO).from(AWARD)
                .where(AWARD.KIND_CODE.eq("BK_TINH")).fetchOne().intoArray()));
        assertEquals("khoi tham muu", db.dsl().select(BLOC.NAME_KEY).from(BLOC).where(BLOC.NAME.eq("Khối tham mưu"))
                .fetchOne().value1());
        assertEquals("nghien cuu van hoa doc", db.dsl().select(INITIATIVE.TITLE_KEY).from(INITIATIVE)
                .where(INITIATIVE.KIND.eq("DE_TAI")).fetchOne().value1());
        assertEquals("SO", db.dsl().select(UNIT.as("p").CODE).from(UNIT).join(UNIT.as("p"))
                .on(UNIT.as("p").ID.eq(UNIT.PARENT_ID)).where(UNIT.CODE.eq("TV")).fetchOne().value1());
    }

    @Test
    void analysisCountsInsertsAndUpdatesWithoutWriting() throws IOException {
        Path file = TestWorkbooks.base().add(WorkbookLayout.UNITS, "KT", "Phòng Kế toán", "SO", null)
                .write(TestWorkbooks.out("base-plus.xlsx"));
        String before = TestWorkbooks.fingerprint(db);
        ImportPlan plan = service.analyze(file, Progress.NONE);
        assertTrue(plan.valid(), () -> plan.problems().toString());
        assertEquals(new SheetCount(WorkbookLayout.UNITS, 1, 4), plan.counts().get(0));
        assertEquals(new SheetCount(WorkbookLayout.PEOPLE, 0, 4), plan.counts().get(1));
        assertEquals(7, plan.counts().size());
        assertEquals(before, TestWorkbooks.fingerprint(db));
    }

    @Test
    void reimportIsIdempotent() throws IOException {
        String before = TestWorkbooks.fingerprint(db);
        ImportResult second = service.importFile(TestWorkbooks.out("base.xlsx"), Progress.NONE);
        assertEquals(before, TestWorkbooks.fingerprint(db));
        assertTrue(second.counts().stream().allMatch(c -> c.inserted() == 0), second.counts()::toString);
        assertEquals(new SheetCount(WorkbookLayout.PEOPLE, 0, 0, 4), second.counts().get(1));
    }

    @Test
    void transferKeepsIdentityAndAddsAnAssignment() throws IOException {
        long id = person("CB001").getId();
        Path moved = TestWorkbooks.base().set(WorkbookLayout.PEOPLE, 1, "Mã đơn vị", "TC")
                .set(WorkbookLayout.PEOPLE, 1, "Ngày bắt đầu công tác", LocalDate.of(2024, 3, 1))
                .set(WorkbookLayout.PEOPLE, 2, "Chức vụ", "Phó Trưởng phòng")
                .write(TestWorkbooks.out("moved.xlsx"));
        service.importFile(moved, Progress.NONE);
        assertEquals(id, person("CB001").getId());
        assertEquals(4, count(PERSON));
        var history = db.dsl().select(UNIT.CODE, ASSIGNMENT.START_DATE, ASSIGNMENT.END_DATE).from(ASSIGNMENT)
                .join(UNIT).on(UNIT.ID.eq(ASSIGNMENT.UNIT_ID)).where(ASSIGNMENT.PERSON_ID.eq(id))
                .orderBy(ASSIGNMENT.ID).fetch();
        assertEquals(2, history.size());
        assertEquals("VP", history.get(0).value1());
        assertEquals(LocalDate.of(2024, 2, 29), history.get(0).value3());
        assertEquals("TC", history.get(1).value1());
        assertEquals(LocalDate.of(2024, 3, 1), history.get(1).value2());
        assertEquals(null, history.get(1).value3());
        long binh = person("CB002").getId();
        assertEquals(List.of("Chuyên viên", "Phó Trưởng phòng"), db.dsl().select(ASSIGNMENT.POSITION).from(ASSIGNMENT)
                .where(ASSIGNMENT.PERSON_ID.eq(binh)).orderBy(ASSIGNMENT.ID).fetch(r -> r.value1()));
        service.importFile(moved, Progress.NONE);
        assertEquals(6, count(ASSIGNMENT), "importing the same transfer again adds nothing");
    }

    @Test
    void cancellingDuringTheWriteLeavesNothing() throws IOException {
        Path big = TestWorkbooks.big(TestWorkbooks.out("cancel-big.xlsx"), 12_000, false, Map.of());
        String before = TestWorkbooks.fingerprint(db);
        Progress cancelAfterFirstChunk = new Progress() {
            private boolean cancel;

            @Override
            public void update(String message, long done, long total) {
                cancel |= message.startsWith("Đang ghi") && done > 0;
            }

            @Override
            public boolean isCancelled() {
                return cancel;
            }
        };
        assertThrows(CancelledException.class, () -> service.importFile(big, cancelAfterFirstChunk));
        assertEquals(before, TestWorkbooks.fingerprint(db));
    }

    // ---- committed bad fixtures ----

    @Test
    void wrongSheetNames() {
        assertRefused(fixture("wrong-sheet-names.xlsx"),
                "Thiếu trang tính 'Đơn vị'; tệp có trang tính 'Don vi', nếu đó là trang tính này hãy đổi tên thành đúng 'Đơn vị'",
                "Thiếu trang tính 'Cán bộ'; các trang tính trong tệp: Hướng dẫn, Don vi, Danh sách nhân sự");
    }

    @Test
    void missingColumn() {
        assertRefused(fixture("missing-column.xlsx"), "Sheet 'Cán bộ', dòng 1, cột 'Giới tính': thiếu cột 'Giới tính'");
    }

    /** A missing column is reported once, and the rest of the file is still checked (a bad date two rows below). */
    @Test
    void aMissingColumnDoesNotHideTheOtherProblems() throws IOException {
        Path file = TestWorkbooks.base().dropColumn(WorkbookLayout.PEOPLE, "Giới tính")
                .set(WorkbookLayout.PEOPLE, 2, "Ngày sinh", "31/02/1985")
                .write(TestWorkbooks.out("missing-column-and-bad-date.xlsx"));
        List<String> lines = assertRefused(file, "Sheet 'Cán bộ', dòng 1, cột 'Giới tính': thiếu cột 'Giới tính'",
                "Sheet 'Cán bộ', dòng 3, cột 'Ngày sinh': '31/02/1985' không phải ngày hợp lệ");
        assertEquals(1, lines.stream().filter(l -> l.contains("'Giới tính'")).count(), lines::toString);
    }

    /** A re-import of the same file changes nothing and says so: every existing row counts as không đổi. */
    @Test
    void reimportOfTheSameDataReportsUnchangedRows() throws IOException {
        ImportResult again = service.importFile(TestWorkbooks.base().write(TestWorkbooks.out("base-again.xlsx")), Progress.NONE);
        assertTrue(again.counts().stream().allMatch(c -> c.inserted() == 0 && c.updated() == 0), again::toString);
        assertEquals(new SheetCount(WorkbookLayout.PEOPLE, 0, 0, 4), again.counts().stream()
                .filter(c -> c.sheet().equals(WorkbookLayout.PEOPLE)).findFirst().orElseThrow());
        assertEquals("Cán bộ: 0 thêm mới, 0 cập nhật, 4 không đổi", again.counts().stream()
                .filter(c -> c.sheet().equals(WorkbookLayout.PEOPLE)).findFirst().orElseThrow().describe());
        ImportResult changed = service.importFile(TestWorkbooks.base().set(WorkbookLayout.PEOPLE, 1, "Chức vụ", "Phó Giám đốc")
                .set(WorkbookLayout.RATINGS, 1, "Mức độ hoàn thành nhiệm vụ", "HTNV")
                .write(TestWorkbooks.out("base-changed.xlsx")), Progress.NONE);
        assertEquals(new SheetCount(WorkbookLayout.PEOPLE, 0, 1, 3), changed.counts().stream()
                .filter(c -> c.sheet().equals(WorkbookLayout.PEOPLE)).findFirst().orElseThrow());
        assertEquals(new SheetCount(WorkbookLayout.RATINGS, 0, 1, 3), changed.counts().stream()
                .filter(c -> c.sheet().equals(WorkbookLayout.RATINGS)).findFirst().orElseThrow());
    }

    /** Cán bộ with the lý lịch columns at its end: An's row filled with {@code hometown}, the others as stored. */
    private static Path withProfile(String name, String hometown) throws IOException {
        TestWorkbooks.Content c = TestWorkbooks.base();
        c.sheet(WorkbookLayout.PEOPLE, "Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Số định danh cá nhân", "Chức vụ",
                        "Mã đơn vị", "Ngày bắt đầu công tác", "Ngày thôi công tác", "Quê quán", "Trú quán", "Trình độ chuyên môn",
                        "Lý luận chính trị", "Học hàm, học vị")
                .add(WorkbookLayout.PEOPLE, "CB001", "Nguyễn Văn An", "Nam", LocalDate.of(1980, 3, 12),
                        TestWorkbooks.pid("001", false, 1980, 1), "Chánh Văn phòng", "VP", "01/01/2015", null, hometown,
                        "Phường Hiến Nam, tỉnh Hưng Yên", "Thạc sĩ Quản lý công", "Cao cấp", "Thạc sĩ");
        return c.write(TestWorkbooks.out(name));
    }

    @Test
    void theLyLichColumnsAtTheEndOfCanBoAreWrittenAndAFileWithoutThemKeepsTheStoredValues() throws IOException {
        List<String> headers = WorkbookLayout.PEOPLE_SHEET.columns().stream().map(WorkbookLayout.Column::header).toList();
        assertEquals(List.of("Quê quán", "Trú quán", "Trình độ chuyên môn", "Lý luận chính trị", "Học hàm, học vị"),
                headers.subList(headers.size() - 5, headers.size()), "added at the end of the sheet");
        ImportResult first = service.importFile(withProfile("profile.xlsx", "Xã Tân Lập, tỉnh Hưng Yên"), Progress.NONE);
        assertEquals(new SheetCount(WorkbookLayout.PEOPLE, 0, 1, 0), first.counts().stream()
                .filter(c -> c.sheet().equals(WorkbookLayout.PEOPLE)).findFirst().orElseThrow());
        PersonRecord an = person("CB001");
        assertEquals(List.of("Xã Tân Lập, tỉnh Hưng Yên", "Phường Hiến Nam, tỉnh Hưng Yên", "Thạc sĩ Quản lý công", "Cao cấp",
                "Thạc sĩ"), List.of(an.getHometown(), an.getResidence(), an.getProfessionalLevel(), an.getPoliticalTheory(),
                an.getAcademicTitle()));
        ImportResult old = service.importFile(TestWorkbooks.base().write(TestWorkbooks.out("no-profile.xlsx")), Progress.NONE);
        assertEquals(0, old.counts().get(1).updated(), "an older file without the columns changes nobody");
        assertEquals("Xã Tân Lập, tỉnh Hưng Yên", person("CB001").getHometown());
        service.importFile(withProfile("profile-cleared.xlsx", null), Progress.NONE);
        assertEquals(null, person("CB001").getHometown(), "an empty cell of a present column clears the value");
        assertEquals("Cao cấp", person("CB001").getPoliticalTheory());

        assertRefused(withProfile("profile-too-long.xlsx", "x".repeat(301)),
                "Sheet 'Cán bộ', dòng 2, cột 'Quê quán': ");
        Path exported = TestWorkbooks.out("profile-export.xlsx");
        service.exportTo(exported, Progress.NONE);
        List<String> header = TestWorkbooks.cells(exported).get(WorkbookLayout.PEOPLE).get(0);
        assertEquals("STRING:Học hàm, học vị", header.get(header.size() - 1));
    }

    @Test
    void renamedColumnIsPointedOut() {
        assertRefused(fixture("renamed-column.xlsx"), "Sheet 'Cán bộ', dòng 1, cột 'Ngày sinh': thiếu cột 'Ngày sinh'; "
                + "có cột 'Ngay sinh' (cột D), nếu đó là cột này hãy sửa tiêu đề thành đúng 'Ngày sinh'");
    }

    @Test
    void emptyRowsAreSkipped() {
        ImportPlan plan = service.analyze(fixture("empty-rows.xlsx"), Progress.NONE);
        assertEquals(List.of(), plan.problems());
        assertEquals(new SheetCount(WorkbookLayout.UNITS, 1, 4), plan.counts().get(0));
        assertEquals(new SheetCount(WorkbookLayout.PEOPLE, 1, 4), plan.counts().get(1));
        service.apply(plan, Progress.NONE);
        assertEquals(5, count(PERSON));
        assertEquals("TC", db.dsl().select(UNIT.CODE).from(UNIT).join(PERSON).on(PERSON.UNIT_ID.eq(UNIT.ID))
                .where(PERSON.CODE.eq("CB005")).fetchOne().value1());
    }

    @Test
    void badDates() {
        assertRefused(fixture("bad-dates.xlsx"),
                "Sheet 'Cán bộ', dòng 2, cột 'Ngày sinh': '31/02/1980' không phải ngày hợp lệ",
                "Sheet 'Cán bộ', dòng 3, cột 'Ngày bắt đầu công tác': 'hôm qua' không phải ngày hợp lệ",
                "Sheet 'Cán bộ', dòng 4, cột 'Ngày sinh': '1990' không phải ngày hợp lệ",
                "Sheet 'Kỷ luật', dòng 2, cột 'Ngày quyết định': ngày 01/01/1850 không hợp lý",
                "Sheet 'Kết quả đánh giá', dòng 2, cột 'Năm': năm 1900 ngoài khoảng 1945–2100");
    }

    /** The import refuses what the forms refuse (record.domain.RecordRules): years and decisions still to come. */
    @Test
    void awardsAndRatingsInTheFutureAreRefusedAsTheFormsRefuseThem() throws IOException {
        int next = LocalDate.now().getYear() + 1;
        Path file = TestWorkbooks.base()
                .set(WorkbookLayout.AWARDS, 1, "Năm", 2030)
                .set(WorkbookLayout.AWARDS, 1, "Ngày quyết định", LocalDate.of(2031, 1, 10))
                .set(WorkbookLayout.RATINGS, 1, "Năm", next)
                .write(TestWorkbooks.out("future.xlsx"));
        assertRefused(file,
                "Sheet 'Khen thưởng', dòng 2, cột 'Năm': năm 2030 chưa đến",
                "Sheet 'Khen thưởng', dòng 2, cột 'Ngày quyết định': ngày 10/01/2031 chưa đến",
                "Sheet 'Kết quả đánh giá', dòng 2, cột 'Năm': năm " + next + " chưa đến");
    }

    @Test
    void unknownUnitCodes() {
        assertRefused(fixture("unknown-unit.xlsx"),
                "Sheet 'Cán bộ', dòng 4, cột 'Mã đơn vị': mã đơn vị 'XX99' không có trong trang tính 'Đơn vị' và chưa có",
                "Sheet 'Đơn vị', dòng 5, cột 'Mã đơn vị cấp trên': mã đơn vị cấp trên 'ZZ' không có",
                "Sheet 'Kết quả đánh giá', dòng 5, cột 'Mã đơn vị': mã đơn vị 'QQ' không có");
    }

    @Test
    void duplicateCodes() {
        assertRefused(fixture("duplicate-codes.xlsx"),
                "Sheet 'Đơn vị', dòng 6, cột 'Mã đơn vị': mã đơn vị 'VP' trùng với dòng 3",
                "Sheet 'Cán bộ', dòng 6, cột 'Mã cán bộ': mã cán bộ 'CB002' trùng với dòng 3",
                "Sheet 'Kết quả đánh giá', dòng 6, cột 'Năm': kết quả năm 2023 của cán bộ 'CB001' đã có ở dòng 2");
    }

    @Test
    void invalidPersonalIds() {
        assertRefused(fixture("invalid-personal-id.xlsx"),
                "Sheet 'Cán bộ', dòng 2, cột 'Số định danh cá nhân': số định danh phải gồm đúng 12 chữ số",
                "Sheet 'Cán bộ', dòng 3, cột 'Số định danh cá nhân': số định danh mã tỉnh nơi đăng ký khai sinh \"999\"",
                "Sheet 'Cán bộ', dòng 4, cột 'Số định danh cá nhân': số định danh chữ số thứ 4 (1) không khớp giới tính Nam",
                "Sheet 'Cán bộ', dòng 7, cột 'Số định danh cá nhân': số định danh 001070000077 trùng với dòng 6");
    }

    @Test
    void nfdTextIsStoredNfc() {
        service.importFile(fixture("nfd-text.xlsx"), Progress.NONE);
        String name = person("CB001").getFullName();
        assertEquals("Nguyễn Văn Ân", name);
        assertTrue(Normalizer.isNormalized(name, Normalizer.Form.NFC));
        assertEquals("nguyen van an cb001", person("CB001").getSearchKey());
        String unit = db.dsl().select(UNIT.NAME).from(UNIT).where(UNIT.CODE.eq("VP")).fetchOne().value1();
        assertEquals(Normalizer.normalize("Văn phòng Sở", Normalizer.Form.NFC), unit);
        assertEquals("Phó Trưởng phòng", person("CB002").getPosition());
    }

    @Test
    void legacyEncodedTextIsRefusedUntilTheConversionsAreAccepted() {
        List<String> lines = assertRefused(fixture("legacy-tcvn3.xlsx"),
                "Tệp có 2 ô gõ bằng bảng mã cũ (TCVN3/VNI) được chuyển sang Unicode",
                "Sheet 'Cán bộ', dòng 3, cột 'Họ và tên': Chuyển mã TCVN3 (ABC): \"TrÇn ThÞ B×nh\" → \"Trần Thị Bình\"",
                "Sheet 'Đơn vị', dòng 3, cột 'Tên đơn vị': Chuyển mã VNI: \"Vaên phoøng Sôû\" → \"Văn phòng Sở\"");
        assertEquals(3, lines.size(), lines::toString);
    }

    @Test
    void filesThatAreNoXlsx() {
        assertRefused(fixture("corrupt.xlsx"), "Tệp corrupt.xlsx bị hỏng hoặc không đọc được");
        assertRefused(fixture("password.xlsx"), "Tệp password.xlsx đang được đặt mật khẩu");
        assertRefused(fixture("old.xls"), "Excel 97-2003 (.xls) cũ; hãy mở bằng Excel và lưu lại dưới dạng .xlsx");
        assertRefused(fixture("text-renamed.xlsx"), "không phải bảng tính Excel .xlsx (đây là tệp văn bản");
        assertRefused(fixture("word-renamed.xlsx"), "là tài liệu Office nhưng không phải bảng tính Excel");
        assertRefused(Path.of("khong-co-tep.xlsx"), "Không tìm thấy tệp khong-co-tep.xlsx");
    }

    // ---- built in the test ----

    private static Path crossChecks() throws IOException {
        return TestWorkbooks.base()
                .set(WorkbookLayout.UNITS, 1, "Mã đơn vị cấp trên", "TV")
                .add(WorkbookLayout.AWARDS, null, "TC", "Lao động tiên tiến", "Công trạng", 2024, "9/QĐ", "01/02/2024", "GĐ")
                .add(WorkbookLayout.AWARDS, "CB003", null, "Tập thể lao động xuất sắc", "Công trạng", 2024, "9/QĐ",
                        "01/02/2024", "GĐ")
                .add(WorkbookLayout.AWARDS, "CB003", null, "Bằng khen của Bộ trưởng", "Thường niên", "2025-2021", "10/QĐ",
                        "01/02/2024", "GĐ")
                .add(WorkbookLayout.RATINGS, "CB003", null, 2024, "Xuất sắc")
                .add(WorkbookLayout.RATINGS, "CB003", "TV", 2023, "HTNV")
                .add(WorkbookLayout.DISCIPLINE, "CB009", "Phê bình", "1/KL", "01/01/2024", "01/01/2023")
                .set(WorkbookLayout.PEOPLE, 1, "Họ và tên", null)
                .write(TestWorkbooks.out("cross-checks.xlsx"));
    }

    @Test
    void unitCyclesAndAwardSubjectsAndUnknownValues() throws IOException {
        assertRefused(crossChecks(),
                "Sheet 'Cán bộ', dòng 2, cột 'Họ và tên': chưa nhập họ và tên",
                "Sheet 'Đơn vị', dòng 2, cột 'Mã đơn vị cấp trên': đơn vị cấp trên tạo thành vòng lặp: SO → TV → SO",
                "Sheet 'Khen thưởng', dòng 5, cột 'Danh hiệu/Hình thức': 'Lao động tiên tiến' chỉ dành cho cá nhân",
                "Sheet 'Khen thưởng', dòng 6, cột 'Danh hiệu/Hình thức': 'Tập thể lao động xuất sắc' chỉ dành cho tập thể",
                "Sheet 'Khen thưởng', dòng 7, cột 'Danh hiệu/Hình thức': 'Bằng khen của Bộ trưởng' không hợp lệ; "
                        + "chấp nhận: Lao động tiên tiến, Giấy khen",
                "Sheet 'Khen thưởng', dòng 7, cột 'Loại hình': 'Thường niên' không hợp lệ; chấp nhận: Công trạng, Đột xuất",
                "Sheet 'Khen thưởng', dòng 7, cột 'Năm': giai đoạn '2025-2021' có năm đầu sau năm cuối",
                "Sheet 'Kết quả đánh giá', dòng 6, cột 'Mức độ hoàn thành nhiệm vụ': 'Xuất sắc' không hợp lệ; chấp nhận: "
                        + "HTXSNV (Hoàn thành xuất sắc nhiệm vụ), HTTNV (Hoàn thành tốt nhiệm vụ)",
                "Sheet 'Kết quả đánh giá', dòng 7, cột 'Mã đơn vị': chỉ điền một trong hai",
                "Sheet 'Kỷ luật', dòng 3, cột 'Mã cán bộ': mã cán bộ 'CB009' không có trong trang tính 'Cán bộ'",
                "Sheet 'Kỷ luật', dòng 3, cột 'Hình thức': 'Phê bình' không hợp lệ; chấp nhận: Khiển trách, Cảnh cáo",
                "Sheet 'Kỷ luật', dòng 3, cột 'Ngày hết hiệu lực': ngày hết hiệu lực 01/01/2023 trước ngày quyết định");
    }

    @Test
    void problemsInEnglishKeepTheContractNames() throws IOException {
        ValidationException e = assertThrows(ValidationException.class,
                () -> service.importFile(crossChecks(), Progress.NONE));
        List<String> lines = e.problems().stream().map(p -> p.describe(java.util.Locale.ENGLISH)).toList();
        for (String x : List.of(
                "Sheet 'Cán bộ', row 2, column 'Họ và tên': 'Họ và tên' is not filled in",
                "Sheet 'Đơn vị', row 2, column 'Mã đơn vị cấp trên': the parent units make a cycle: SO → TV → SO",
                "Sheet 'Khen thưởng', row 5, column 'Danh hiệu/Hình thức': 'Lao động tiên tiến' is for persons only",
                "Sheet 'Khen thưởng', row 7, column 'Năm': the period '2025-2021' starts after it ends",
                "Sheet 'Kết quả đánh giá', row 7, column 'Mã đơn vị': fill in only one of Mã cán bộ (a person) and "
                        + "Mã đơn vị (a collective), not both",
                "Sheet 'Kỷ luật', row 3, column 'Mã cán bộ': person code 'CB009' is neither in sheet 'Cán bộ' nor in "
                        + "the data",
                "Sheet 'Kỷ luật', row 3, column 'Ngày hết hiệu lực': the end of effect 01/01/2023 is before the "
                        + "decision date 01/01/2024")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(x)), () -> "expected «" + x + "» in " + lines);
        }
    }

    /** No problem of the import is a Vietnamese literal wrapped for the bundle: each has its own key. */
    @Test
    void everyImportProblemHasItsOwnKey() throws IOException {
        List<Problem> all = new java.util.ArrayList<>();
        all.addAll(assertThrows(ValidationException.class, () -> service.importFile(crossChecks(), Progress.NONE))
                .problems());
        for (String name : List.of("bad-dates.xlsx", "corrupt.xlsx", "duplicate-codes.xlsx", "invalid-personal-id.xlsx",
                "legacy-tcvn3.xlsx", "missing-column.xlsx", "old.xls", "password.xlsx", "renamed-column.xlsx",
                "text-renamed.xlsx", "unknown-unit.xlsx", "word-renamed.xlsx", "wrong-sheet-names.xlsx")) {
            all.addAll(service.analyze(fixture(name), Progress.NONE).problems());
        }
        assertTrue(all.size() > 30, "the fixtures found problems: " + all.size());
        assertEquals(List.of(), all.stream().filter(p -> p.text().key().equals("common.literal")).toList());
    }

    @Test
    void personalIdOfAnotherPersonInTheDatabase() throws IOException {
        String anId = person("CB001").getPersonalId();
        TestWorkbooks.Content c = new TestWorkbooks.Content()
                .sheet(WorkbookLayout.UNITS, "Mã đơn vị", "Tên đơn vị", "Mã đơn vị cấp trên", "Khối thi đua")
                .sheet(WorkbookLayout.PEOPLE, "Họ và tên", "Mã cán bộ", "Giới tính", "Ngày sinh", "Số định danh cá nhân",
                        "Chức vụ", "Mã đơn vị", "Ngày bắt đầu công tác", "Ngày thôi công tác", "Ghi chú")
                .add(WorkbookLayout.PEOPLE, "Hồ Văn Mới", "CB009", "Nam", null, anId, null, "VP", null, null, "cột thừa");
        assertRefused(c.write(TestWorkbooks.out("pid-owned.xlsx")),
                "Sheet 'Cán bộ', dòng 2, cột 'Số định danh cá nhân': số định danh " + anId
                        + " đã thuộc cán bộ mã 'CB001' trong dữ liệu");
        c.set(WorkbookLayout.PEOPLE, 1, "Số định danh cá nhân", null);
        service.importFile(c.write(TestWorkbooks.out("columns-any-order.xlsx")), Progress.NONE);
        assertEquals("Hồ Văn Mới", person("CB009").getFullName(), "columns in any order, extra columns ignored");
    }

    @Test
    void problemListIsCappedButCounted() throws IOException {
        Map<Integer, Consumer<Object[]>> bad = new HashMap<>();
        for (int i = 0; i < 600; i++) {
            bad.put(i, v -> v[6] = "KHONG");
        }
        ImportPlan plan = service.analyze(TestWorkbooks.big(TestWorkbooks.out("many-bad.xlsx"), 600, false, bad),
                Progress.NONE);
        assertEquals(600, plan.problemCount());
        assertEquals(Problems.MAX_LISTED + 1, plan.problems().size());
        assertEquals("… và 100 lỗi khác không liệt kê (sửa các lỗi trên rồi kiểm tra lại).",
                plan.problems().get(Problems.MAX_LISTED).describe());
    }

    @Test
    void hundredThousandRowsWithAFewBadOnes() throws IOException {
        Map<Integer, Consumer<Object[]>> bad = Map.of(
                10, v -> v[3] = "30/02/1970",
                50_000, v -> v[4] = "001000000000",
                99_999, v -> v[6] = "U999");
        Path file = TestWorkbooks.big(TestWorkbooks.out("hundred-thousand.xlsx"), 100_000, false, bad);
        long t0 = System.nanoTime();
        List<String> lines = assertRefused(file,
                "Sheet 'Cán bộ', dòng 12, cột 'Ngày sinh': '30/02/1970' không phải ngày hợp lệ",
                "Sheet 'Cán bộ', dòng 50002, cột 'Số định danh cá nhân': số định danh chữ số thứ 4–6 cho năm sinh 1900",
                "Sheet 'Cán bộ', dòng 100001, cột 'Mã đơn vị': mã đơn vị 'U999' không có");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(3, lines.size(), lines::toString);
        assertTrue(ms < 60_000, "analysis of 100 000 rows took " + ms + " ms");
    }
}
