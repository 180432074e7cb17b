package vn.tdkt.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import vn.tdkt.common.domain.LegacyEncoding;
import vn.tdkt.workbook.TestWorkbooks;
import vn.tdkt.workbook.domain.WorkbookLayout;

/**
 * Writes {@code samples/data/don-vi-go-tcvn3.xlsx}: the sheet a unit of the sample Sở sends back typed with the
 * .VnTime fonts (TCVN3/ABC), headers as the template wrote them, every Vietnamese cell in TCVN3. It is imported
 * after the main sample: the import lists every converted cell and writes them only once the clerk accepts.
 *
 * <pre>
 * mvn -q -pl app -o test-compile exec:java -Dexec.mainClass=vn.tdkt.samples.LegacySample -Dexec.classpathScope=test
 * </pre>
 */
public final class LegacySample {

    public static final String FILE = "don-vi-go-tcvn3.xlsx";
    /** The people of the sheet, in Unicode (what the import must store). */
    static final String[][] PEOPLE = {
        {"TTHC01", "Nguyễn Thị Hường", "Nữ", "Giám đốc Trung tâm"},
        {"TTHC02", "Trần Văn Đức", "Nam", "Phó Giám đốc Trung tâm"},
        {"TTHC03", "Lê Thị Thu Hằng", "Nữ", "Trưởng phòng Tiếp nhận và trả kết quả"},
        {"TTHC04", "Phạm Quốc Việt", "Nam", "Chuyên viên"},
        {"TTHC05", "Hoàng Thị Mỹ Duyên", "Nữ", "Chuyên viên"},
        {"TTHC06", "Đặng Hữu Nghĩa", "Nam", "Chuyên viên"},
        {"TTHC07", "Vũ Ngọc Ánh", "Nữ", "Văn thư"},
        {"TTHC08", "Bùi Xuân Trường", "Nam", "Nhân viên kỹ thuật"},
    };
    static final String UNIT = "TTHCC";
    static final String UNIT_NAME = "Trung tâm Phục vụ hành chính công";

    private LegacySample() {
    }

    public static void main(String[] args) throws IOException {
        write(GenerateSamples.samplesDir().resolve("data").resolve(FILE));
    }

    public static Path write(Path file) throws IOException {
        LegacyEncoding tcvn3 = LegacyEncoding.TCVN3;
        TestWorkbooks.Content c = new TestWorkbooks.Content();
        c.sheet(WorkbookLayout.UNITS, "Mã đơn vị", "Tên đơn vị", "Mã đơn vị cấp trên", "Khối thi đua")
                .add(WorkbookLayout.UNITS, UNIT, tcvn3.encode(UNIT_NAME), "SNV", null);
        c.sheet(WorkbookLayout.PEOPLE, "Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Số định danh cá nhân", "Chức vụ",
                "Mã đơn vị", "Ngày bắt đầu công tác", "Ngày thôi công tác");
        c.sheet(WorkbookLayout.RATINGS, "Mã cán bộ", "Mã đơn vị", "Năm", "Mức độ hoàn thành nhiệm vụ");
        for (int i = 0; i < PEOPLE.length; i++) {
            String[] p = PEOPLE[i];
            boolean female = "Nữ".equals(p[2]);
            int year = 1975 + 3 * i;
            c.add(WorkbookLayout.PEOPLE, p[0], tcvn3.encode(p[1]), tcvn3.encode(p[2]), LocalDate.of(year, 1 + i, 10 + i),
                    TestWorkbooks.pid("033", female, year, 4100 + i), tcvn3.encode(p[3]), UNIT,
                    LocalDate.of(2019, 3, 1), null);
            c.add(WorkbookLayout.RATINGS, p[0], null, 2025,
                    tcvn3.encode(i % 3 == 0 ? "Hoàn thành xuất sắc nhiệm vụ" : "Hoàn thành tốt nhiệm vụ"));
        }
        c.add(WorkbookLayout.RATINGS, null, UNIT, 2025, tcvn3.encode("Hoàn thành tốt nhiệm vụ"));
        return c.write(file);
    }
}
