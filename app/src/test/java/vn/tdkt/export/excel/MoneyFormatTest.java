package vn.tdkt.export.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every amount prints with dots between thousands whatever its size (issue #13: 1.234.567.890 printed "1234.567.890"
 * with the one-billion-capped format): the style chosen for the value groups it right, for a line and for a total.
 */
class MoneyFormatTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "0|0", "5|5", "999|999", "1000|1.000", "702000|702.000", "999999|999.999", "1000000|1.000.000",
        "89510000|89.510.000", "999999999|999.999.999", "1000000000|1.000.000.000", "1234567890|1.234.567.890",
        "999999999999|999.999.999.999", "1234567890123|1.234.567.890.123", "999999999999999|999.999.999.999.999",
    })
    void everyAmountIsGroupedWithDots(long value, String expected) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyles styles = new CellStyles(wb);
            Sheet s = wb.createSheet("x");
            Cell line = s.createRow(0).createCell(0);
            line.setCellValue(value);
            line.setCellStyle(styles.money(value));
            Cell total = s.createRow(1).createCell(0);
            total.setCellValue(value);
            total.setCellStyle(styles.totalMoney(value));
            DataFormatter f = new DataFormatter();
            assertEquals(expected, f.formatCellValue(line));
            assertEquals(expected, f.formatCellValue(total));
            assertEquals(CellStyles.formatFor(value), line.getCellStyle().getDataFormatString());
        }
    }
}
