package vn.tdkt.exemplary.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.exemplary.Fixture;
import vn.tdkt.exemplary.domain.ModelKind;
import vn.tdkt.exemplary.domain.Scope;
import vn.tdkt.exemplary.service.ExemplaryLists;

/** The delegate screen's print-ready lists: offered for the province or a movement, written for the list shown. */
class DelegatePrintViewModelTest {

    @TempDir
    Path tmp;
    private AppContext ctx;
    private DelegateViewModel d;

    @BeforeEach
    void open() {
        ctx = new AppContext(Database.inMemory());
        Fixture f = new Fixture(ctx);
        Fixture.recognise(ctx, f.model(ctx, "DH01", "Nguyễn Thị Hoa", ModelKind.CA_NHAN, f.hoa.id(), null, null, f.ngheoXa,
                f.hoiPn.id()), 2021, 2022);
        Fixture.recognise(ctx, f.model(ctx, "DH03", "Trần Văn Nam", ModelKind.CA_NHAN, f.nam.id(), null, null, f.yte,
                f.syt.id()), 2021, 2022, 2023);
        d = new DelegateViewModel(ctx.delegates(), ctx.exemplary(), ctx.org(), ctx.exemplaryLists(), new DirectTaskExecutor(),
                Messages.of("vi"));
        d.load();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private static String title(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return wb.getSheetAt(0).getRow(3).getCell(0).getStringCellValue();
        }
    }

    @Test
    void theListsShownArePrintedForAMovementNotForAUnit() throws Exception {
        assertFalse(d.printable.get(), "nothing to print before a ranking");
        d.quota.set("1");
        d.scope.set(Scope.Kind.MOVEMENT);
        d.movement.set(d.movements.stream().filter(m -> m.code().equals("KH90")).findFirst().orElseThrow());
        d.from.set("2021");
        d.to.set("2025");
        d.run();
        assertTrue(d.printable.get());
        Path list = tmp.resolve("dai-bieu.xlsx");
        d.printDelegates(list);
        assertEquals(ExemplaryLists.DELEGATE_TITLE, title(list));
        assertTrue(d.summary.get().endsWith(list.toString()), d.summary.get());
        assertEquals(list, d.written.get(), "the list is offered to open or print");
        Path intro = tmp.resolve("gioi-thieu.xlsx");
        d.printIntroduction(intro);
        assertEquals(ExemplaryLists.INTRODUCTION_TITLE, title(intro));
        assertEquals(intro, d.written.get());
        d.scope.set(Scope.Kind.UNIT);
        d.unit.set(d.units.get(0));
        d.run();
        assertFalse(d.printable.get(), "a unit's allocation has no printed list");
    }

    private static String word(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file);
             org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
             org.apache.poi.xwpf.extractor.XWPFWordExtractor x = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            return x.getText();
        }
    }

    @Test
    void theReportOnTheModelsOfTheMovementShownIsWrittenInTheBackground() throws Exception {
        assertFalse(d.reportable.get(), "no report before a ranking");
        d.quota.set("1");
        d.run();
        assertTrue(d.printable.get());
        assertFalse(d.reportable.get(), "the whole province is no movement to report on");
        Path none = tmp.resolve("none.docx");
        d.printReport(none);
        assertFalse(Files.exists(none));
        d.scope.set(Scope.Kind.MOVEMENT);
        d.movement.set(d.movements.stream().filter(m -> m.code().equals("KH90")).findFirst().orElseThrow());
        d.from.set("2021");
        d.to.set("2022");
        d.run();
        assertTrue(d.reportable.get());
        d.reportKind.set(vn.tdkt.movement.domain.MovementReport.Kind.SO_KET);
        Path file = tmp.resolve("bao-cao.docx");
        d.printReport(file);
        assertTrue(d.problems.isEmpty(), d.problemText());
        assertTrue(d.summary.get().endsWith(file.toString()), d.summary.get());
        assertEquals(file, d.written.get(), "the Báo cáo is offered to open or print");
        String t = word(file);
        assertTrue(t.contains("điển hình tiên tiến, sơ kết phong trào"), t);
        assertTrue(t.contains("từ năm 2021 đến ngày 31/12/2022"), t);
        assertTrue(t.contains("Có 2 điển hình tiên tiến thuộc phong trào"), t);
        assertTrue(t.contains("- Năm 2021: 2 điển hình được công nhận"), t);
        assertFalse(t.contains("- Năm 2022:"), "the 2022 recognitions are decided in 2023, after the report's day");
        d.scope.set(Scope.Kind.UNIT);
        d.unit.set(d.units.get(0));
        d.run();
        assertFalse(d.reportable.get(), "a unit's allocation has no report");
    }
}
