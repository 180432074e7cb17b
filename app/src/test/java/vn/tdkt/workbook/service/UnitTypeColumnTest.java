package vn.tdkt.workbook.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.common.data.jooq.Tables.UNIT;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.workbook.TestWorkbooks;
import vn.tdkt.workbook.domain.WorkbookLayout;

/**
 * The optional column Loại hình đơn vị at the end of sheet Đơn vị (#8, decision 140): read in any of its spellings,
 * a file without it keeps the stored loại hình, an unknown value is refused with sheet, row and column, and the export
 * writes it back.
 */
class UnitTypeColumnTest {

    private Database db;
    private WorkbookService service;

    @BeforeEach
    void open() throws IOException {
        db = Database.inMemory();
        service = new WorkbookService(db);
        service.importFile(TestWorkbooks.base().write(TestWorkbooks.out("types-base.xlsx")), Progress.NONE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The base workbook with the column added after Khối thi đua, one value per unit (SO, VP, TC, TV). */
    private static Path withTypes(String name, Object so, Object vp, Object tc, Object tv) throws IOException {
        TestWorkbooks.Content c = TestWorkbooks.base();
        c.sheet(WorkbookLayout.UNITS, "Mã đơn vị", "Tên đơn vị", "Mã đơn vị cấp trên", "Khối thi đua", "Loại hình đơn vị")
                .add(WorkbookLayout.UNITS, "SO", "Sở Văn hóa tỉnh Sông Xanh", null, null, so)
                .add(WorkbookLayout.UNITS, "VP", "Văn phòng Sở", "SO", "Khối tham mưu", vp)
                .add(WorkbookLayout.UNITS, "TC", "Phòng Tổ chức cán bộ", "SO", "Khối tham mưu", tc)
                .add(WorkbookLayout.UNITS, "TV", "Thư viện tỉnh", "SO", "Khối sự nghiệp", tv);
        return c.write(TestWorkbooks.out(name));
    }

    private String stored(String code) {
        return db.dsl().select(UNIT.UNIT_TYPE).from(UNIT).where(UNIT.CODE.eq(code)).fetchOne().value1();
    }

    static Stream<Arguments> spellings() {
        return Stream.of(Arguments.of("Cơ quan nhà nước", "CO_QUAN_NHA_NUOC"), Arguments.of("don vi su nghiep", "DON_VI_SU_NGHIEP"),
                Arguments.of("Doanh nghiệp", "DOANH_NGHIEP"), Arguments.of("công ty", "DOANH_NGHIEP"),
                Arguments.of("HTX", "HOP_TAC_XA"), Arguments.of("Hợp tác xã", "HOP_TAC_XA"),
                Arguments.of("Tổ chức chính trị - xã hội", "TO_CHUC_CHINH_TRI_XA_HOI"), Arguments.of("Khác", "KHAC"));
    }

    @ParameterizedTest(name = "Loại hình đơn vị «{0}» → {1}")
    @MethodSource
    void spellings(String cell, String code) throws IOException {
        service.importFile(withTypes("types-" + code + ".xlsx", "Cơ quan nhà nước", null, null, cell), Progress.NONE);
        assertEquals(code, stored("TV"));
        assertEquals("CO_QUAN_NHA_NUOC", stored("SO"));
        assertEquals(null, stored("VP"), "an empty cell records none (the parent's holds)");
    }

    @Test
    void aFileWithoutTheColumnKeepsTheStoredTypeAndAnEmptyCellClearsIt() throws IOException {
        service.importFile(withTypes("types-set.xlsx", "Cơ quan nhà nước", null, null, "Doanh nghiệp"), Progress.NONE);
        var again = service.importFile(TestWorkbooks.base().write(TestWorkbooks.out("types-none.xlsx")), Progress.NONE);
        assertEquals(0, again.counts().get(0).updated(), "an older file without the column changes no unit");
        assertEquals("DOANH_NGHIEP", stored("TV"));
        service.importFile(withTypes("types-cleared.xlsx", "Cơ quan nhà nước", null, null, null), Progress.NONE);
        assertEquals(null, stored("TV"));
    }

    @Test
    void anUnknownTypeIsRefusedWithSheetRowAndColumnAndNothingChanges() throws IOException {
        String before = TestWorkbooks.fingerprint(db);
        ValidationException e = assertThrows(ValidationException.class, () -> service.importFile(
                withTypes("types-bad.xlsx", "Cơ quan nhà nước", null, "Công ty cổ phần", null), Progress.NONE));
        List<String> lines = e.problems().stream().map(Problem::describe).toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Sheet 'Đơn vị', dòng 4, cột 'Loại hình đơn vị': ")
                && l.contains("Công ty cổ phần") && l.contains("Doanh nghiệp, Hợp tác xã")), lines.toString());
        assertEquals(before, TestWorkbooks.fingerprint(db));
    }

    @Test
    void theExportWritesTheColumnAndReadsBackTheSame() throws IOException {
        service.importFile(withTypes("types-export.xlsx", "Cơ quan nhà nước", null, "Hợp tác xã", "Doanh nghiệp"),
                Progress.NONE);
        Path exported = TestWorkbooks.out("types-exported.xlsx");
        service.exportTo(exported, Progress.NONE);
        List<List<String>> rows = TestWorkbooks.cells(exported).get(WorkbookLayout.UNITS);
        assertEquals("STRING:Loại hình đơn vị", rows.get(0).get(4));
        assertTrue(rows.stream().anyMatch(r -> r.contains("STRING:TV") && r.contains("STRING:Doanh nghiệp")), rows.toString());
        var reimport = service.importFile(exported, Progress.NONE);
        assertEquals(0, reimport.counts().get(0).updated(), "export → import changes no unit");
        assertEquals("HOP_TAC_XA", stored("TC"));
    }
}
