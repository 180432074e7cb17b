package vn.tdkt.registration.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.LegacyEncoding;
import vn.tdkt.registration.service.Fixture;

/**
 * The three unit sheets the import tests drive: written by the template of a unit, then filled as a unit would fill
 * them — a clean one, one retyped in TCVN3 (names, positions, the collective title; a title in VNI), a broken one.
 */
final class UnitSheets {

    private UnitSheets() {
    }

    /** The unit's 2026 template filled with these titles (person code → title; collective may be null). */
    static Path clean(AppContext ctx, Path file, String unit, String collective, Map<String, String> titles) throws IOException {
        ctx.registrationSheets().writeTemplate(unit, 2026, file);
        Fixture.fill(file, collective, titles);
        return file;
    }

    /**
     * The unit's sheet as an office still on .VnTime types it: every name and position in TCVN3, the collective title
     * in TCVN3, the first person's title in TCVN3 and the second's in VNI.
     */
    static Path legacy(AppContext ctx, Path file, String unit, String collective, String firstCode, String firstTitle,
                       String secondCode, String secondTitle) throws IOException {
        ctx.registrationSheets().writeTemplate(unit, 2026, file);
        Fixture.fill(file, LegacyEncoding.TCVN3.encode(collective), Map.of(firstCode, LegacyEncoding.TCVN3.encode(firstTitle),
                secondCode, LegacyEncoding.VNI.encode(secondTitle)));
        edit(file, s -> {
            for (Row r : s) {
                if (r.getRowNum() > 5 && r.getCell(1) != null && !r.getCell(1).getStringCellValue().isEmpty()) {
                    for (int c : new int[] {2, 3}) {
                        if (r.getCell(c) != null && !r.getCell(c).getStringCellValue().isEmpty()) {
                            r.getCell(c).setCellValue(LegacyEncoding.TCVN3.encode(r.getCell(c).getStringCellValue()));
                        }
                    }
                }
            }
        });
        return file;
    }

    /** A sheet with three faults: a personal title as the collective one, an unknown title, a stranger's code. */
    static Path broken(AppContext ctx, Path file, String unit, String memberCode, String strangerCode) throws IOException {
        ctx.registrationSheets().writeTemplate(unit, 2026, file);
        Fixture.fill(file, "Lao động tiên tiến", Map.of(memberCode, "Danh hiệu không có"));
        edit(file, s -> {
            Row r = s.createRow(s.getLastRowNum() + 1);
            r.createCell(1).setCellValue(strangerCode);
            r.createCell(4).setCellValue("Lao động tiên tiến");
        });
        return file;
    }

    private static void edit(Path file, java.util.function.Consumer<Sheet> change) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        Sheet s = wb.getSheetAt(0);
        change.accept(s);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }
}
