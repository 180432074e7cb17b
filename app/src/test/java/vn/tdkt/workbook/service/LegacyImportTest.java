package vn.tdkt.workbook.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.common.data.jooq.Tables.PERSON;
import static vn.tdkt.common.data.jooq.Tables.RATING;
import static vn.tdkt.common.data.jooq.Tables.UNIT;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.cli.Cli;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.LegacyConverter;
import vn.tdkt.common.domain.LegacyEncoding;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.workbook.TestWorkbooks;
import vn.tdkt.workbook.domain.ImportPlan;
import vn.tdkt.workbook.domain.WorkbookLayout;

/**
 * The main workbook's cells typed in TCVN3 or VNI (decision 10): listed sheet, row, column, before → after; refused
 * until accepted, then written converted; all or nothing; the committed sample sheet samples/data/don-vi-go-tcvn3.xlsx.
 */
class LegacyImportTest {

    private static final String[] PEOPLE_HEADERS = {"Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh",
        "Số định danh cá nhân", "Chức vụ", "Mã đơn vị", "Ngày bắt đầu công tác", "Ngày thôi công tác"};

    @TempDir
    Path tmp;
    private Database db;
    private WorkbookService service;

    @BeforeEach
    void open() {
        db = Database.inMemory();
        service = new WorkbookService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Path sample(String name) {
        return Path.of(System.getProperty("tdkt.samples", "../samples"), "data", name);
    }

    private static Path fixture(String name) {
        try {
            return Path.of(LegacyImportTest.class.getResource("/workbook/bad/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theTcvn3SampleSheetIsListedCellByCellThenWrittenInUnicodeOnceAccepted() throws IOException {
        service.importFile(sample("so-noi-vu-hung-yen.xlsx"), Progress.NONE);
        Path file = sample(vn.tdkt.samples.LegacySample.FILE);
        // the committed file is what the generator writes
        Path fresh = vn.tdkt.samples.LegacySample.write(tmp.resolve("fresh.xlsx"));
        assertEquals(TestWorkbooks.cells(fresh), TestWorkbooks.cells(file), "chạy lại LegacySample rồi commit samples/data");
        String before = TestWorkbooks.fingerprint(db);

        ImportPlan plan = service.analyze(file, Progress.NONE);
        assertTrue(plan.valid(), () -> plan.problems().toString());
        assertFalse(plan.writable());
        // 1 unit name, 8 names, 4 × "Nữ" ("Nam" is the same in every encoding), 8 positions, 9 ratings
        assertEquals(1 + 8 + 4 + 8 + 9, plan.conversions().size());
        assertTrue(plan.conversions().stream().allMatch(c -> c.encoding() == LegacyEncoding.TCVN3));
        LegacyConverter.Conversion first = plan.conversions().get(0);
        assertEquals(List.of(WorkbookLayout.UNITS, 2, "Tên đơn vị", "Trung tâm Phục vụ hành chính công"),
                List.of(first.sheet(), first.row(), first.column(), first.after()));
        assertEquals(LegacyEncoding.TCVN3.encode("Trung tâm Phục vụ hành chính công"), first.before());

        ValidationException refused = assertThrows(ValidationException.class, () -> service.apply(plan, Progress.NONE));
        assertEquals(1 + plan.conversions().size(), refused.problems().size());
        assertTrue(refused.problems().get(2).describe().startsWith("Sheet 'Cán bộ', dòng 2, cột 'Họ và tên': Chuyển mã "
                + "TCVN3 (ABC): \"" + LegacyEncoding.TCVN3.encode("Nguyễn Thị Hường") + "\" → \"Nguyễn Thị Hường\""),
                refused.problems().get(2).describe());
        assertEquals(before, TestWorkbooks.fingerprint(db), "nothing is written before the clerk accepts");

        service.apply(plan.acceptConversions(), Progress.NONE);
        assertEquals("Trung tâm Phục vụ hành chính công",
                db.dsl().select(UNIT.NAME).from(UNIT).where(UNIT.CODE.eq("TTHCC")).fetchOne().value1());
        var p = db.dsl().selectFrom(PERSON).where(PERSON.CODE.eq("TTHC05")).fetchOne();
        assertEquals("Hoàng Thị Mỹ Duyên", p.getFullName());
        assertTrue(Normalizer.isNormalized(p.getFullName(), Normalizer.Form.NFC));
        assertEquals("Chuyên viên", p.getPosition());
        assertEquals("hoang thi my duyen tthc05", p.getSearchKey());
        assertEquals(9, db.dsl().fetchCount(RATING, RATING.RATING_YEAR.eq(2025).and(RATING.PERSON_ID.in(
                db.dsl().select(PERSON.ID).from(PERSON).where(PERSON.CODE.startsWith("TTHC"))))
                .or(RATING.UNIT_ID.in(db.dsl().select(UNIT.ID).from(UNIT).where(UNIT.CODE.eq("TTHCC"))))));
    }

    @Test
    void aFileWithAConversionAndAnErrorIsRefusedWholeAndNothingIsConverted() throws IOException {
        service.importFile(TestWorkbooks.base().write(tmp.resolve("base.xlsx")), Progress.NONE);
        String before = TestWorkbooks.fingerprint(db);
        Path file = TestWorkbooks.base().set(WorkbookLayout.PEOPLE, 2, "Họ và tên", LegacyEncoding.TCVN3.encode("Trần Thị Bình"))
                .set(WorkbookLayout.PEOPLE, 1, "Ngày sinh", "31/02/1980").write(tmp.resolve("mixed.xlsx"));
        ValidationException e = assertThrows(ValidationException.class, () -> service.importFile(file, true, Progress.NONE));
        assertTrue(e.problems().stream().map(Problem::describe).anyMatch(l -> l.startsWith("Sheet 'Cán bộ', dòng 2, cột 'Ngày sinh'")),
                e.problems()::toString);
        assertEquals(before, TestWorkbooks.fingerprint(db));
    }

    @Test
    void theFileTellsTheEncodingOfACellThatCouldBeUnicodeToo() throws IOException {
        // "Cã" reads as Unicode and as TCVN3 ("Có"): the rest of the file decides
        LegacyEncoding tcvn3 = LegacyEncoding.TCVN3;
        TestWorkbooks.Content legacy = new TestWorkbooks.Content();
        legacy.sheet(WorkbookLayout.UNITS, "Mã đơn vị", "Tên đơn vị", "Mã đơn vị cấp trên", "Khối thi đua")
                .add(WorkbookLayout.UNITS, "TT", tcvn3.encode("Trung tâm Lưu trữ lịch sử"), null, "Cã");
        legacy.sheet(WorkbookLayout.PEOPLE, PEOPLE_HEADERS)
                .add(WorkbookLayout.PEOPLE, "A1", tcvn3.encode("Đỗ Thị Thủy"), tcvn3.encode("Nữ"), null, null, null, "TT");
        List<String> afters = service.analyze(legacy.write(tmp.resolve("tcvn3.xlsx")), Progress.NONE).conversions()
                .stream().map(LegacyConverter.Conversion::after).toList();
        assertEquals(List.of("Trung tâm Lưu trữ lịch sử", "Có", "Đỗ Thị Thủy", "Nữ"), afters);

        TestWorkbooks.Content unicode = new TestWorkbooks.Content();
        unicode.sheet(WorkbookLayout.UNITS, "Mã đơn vị", "Tên đơn vị", "Mã đơn vị cấp trên", "Khối thi đua")
                .add(WorkbookLayout.UNITS, "TT", "Trung tâm Lưu trữ lịch sử", null, "Cã");
        unicode.sheet(WorkbookLayout.PEOPLE, PEOPLE_HEADERS)
                .add(WorkbookLayout.PEOPLE, "A1", "Đỗ Thị Thủy", "Nữ", null, null, null, "TT");
        ImportPlan plan = service.analyze(unicode.write(tmp.resolve("unicode.xlsx")), Progress.NONE);
        assertEquals(List.of(), plan.conversions());
        assertTrue(plan.writable(), () -> plan.problems().toString());
    }

    @Test
    void theCommandListsTheConversionsAndWritesOnlyWithAcceptConversions() {
        String data = tmp.resolve("data").toString();
        String file = fixture("legacy-tcvn3.xlsx").toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--data", data, "import", file}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(2, code, err::toString);
        assertTrue(err.toString().contains("Sheet 'Cán bộ', dòng 3, cột 'Họ và tên': Chuyển mã TCVN3 (ABC): \"TrÇn ThÞ B×nh\""
                + " → \"Trần Thị Bình\""), err::toString);
        assertTrue(err.toString().contains("chạy lại lệnh với --accept-conversions"), err::toString);
        StringWriter out2 = new StringWriter();
        StringWriter err2 = new StringWriter();
        code = Cli.run(new String[] {"--data", data, "--lang", "en", "import", file, "--accept-conversions"},
                new PrintWriter(out2), new PrintWriter(err2));
        assertEquals(0, code, err2::toString);
        assertTrue(out2.toString().contains("Sheet 'Đơn vị', row 3, column 'Tên đơn vị': Converted from VNI: "
                + "\"Vaên phoøng Sôû\" → \"Văn phòng Sở\""), out2::toString);
    }
}
