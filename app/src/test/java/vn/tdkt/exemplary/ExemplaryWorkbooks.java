package vn.tdkt.exemplary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import vn.tdkt.movement.domain.MovementSheets;
import vn.tdkt.workbook.TestWorkbooks;
import vn.tdkt.workbook.domain.ExemplarySheets;

/**
 * The workbooks of the exemplary sheets' import tests: {@link #good()} (TestWorkbooks' base with a movement plan, four
 * models of every kind and five years of recognitions) and the committed bad files of
 * app/src/test/resources/workbook/bad/exemplary-*.xlsx, each the good file with one family of mistakes. Run once, then
 * commit: {@code java -cp <test classpath> vn.tdkt.exemplary.ExemplaryWorkbooks app/src/test/resources/workbook/bad}.
 */
public final class ExemplaryWorkbooks {

    private ExemplaryWorkbooks() {
    }

    public static TestWorkbooks.Content good() {
        TestWorkbooks.Content c = TestWorkbooks.base();
        c.sheet(MovementSheets.MOVEMENTS, MovementSheets.MOVEMENT_HEADERS.toArray(String[]::new))
                .add(MovementSheets.MOVEMENTS, "KH90", "Xây dựng điển hình tiên tiến giai đoạn 2021-2025", "Chuyên đề",
                        "Tỉnh", "90/KH-UBND", LocalDate.of(2021, 3, 15), null, null, null, "SO")
                .add(MovementSheets.MOVEMENTS, "KH90-05", "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Chuyên đề",
                        "Tỉnh", null, null, "KH90", null, null, "TV");
        c.sheet(ExemplarySheets.MODELS, ExemplarySheets.MODEL_HEADERS.toArray(String[]::new))
                .add(ExemplarySheets.MODELS, "DH01", "Nguyễn Văn An", "Cá nhân", "CB001", null, "Cải cách hành chính",
                        "KH90", "Bồi dưỡng", null)
                .add(ExemplarySheets.MODELS, "DH02", "Thư viện tỉnh", "Tập thể", null, "TV", "Văn hóa đọc", "KH90-05",
                        "Tổng kết", null)
                .add(ExemplarySheets.MODELS, "DH03", "Hộ ông Đỗ Văn Hòa, xã Tân Hưng", "hộ gia đình", null, null,
                        "Nông nghiệp", "kh90-05", "Phát hiện", null)
                .add(ExemplarySheets.MODELS, "DH04", "Bà Lò Thị Xuân, nghệ nhân hát then", "Cá nhân", null, null,
                        "Văn hóa", "KH90-05", "Nhân rộng", "Nữ")
                .add(ExemplarySheets.MODELS, "DH05", "Hợp tác xã Thành Công", "Doanh nghiệp", null, null, "Kinh tế tập thể",
                        null, "Phát hiện", null);
        c.sheet(ExemplarySheets.RECOGNITIONS, ExemplarySheets.RECOGNITION_HEADERS.toArray(String[]::new));
        for (int y = 2021; y <= 2025; y++) {
            c.add(ExemplarySheets.RECOGNITIONS, "DH02", y, y - 2000 + "/QĐ-UBND", LocalDate.of(y, 12, 20));
            if (y >= 2023) {
                c.add(ExemplarySheets.RECOGNITIONS, "DH04", y, y - 2000 + "/QĐ-UBND", "20/12/" + y);
            }
        }
        c.add(ExemplarySheets.RECOGNITIONS, "DH01", "2025", "12/QĐ-SVH", LocalDate.of(2026, 1, 8));
        return c;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "app/src/test/resources/workbook/bad");
        Files.createDirectories(dir);
        good().set(ExemplarySheets.MODELS, 1, ExemplarySheets.KIND, "Cá thể")
                .set(ExemplarySheets.MODELS, 2, ExemplarySheets.STAGE, "Đang bồi dưỡng")
                .set(ExemplarySheets.MODELS, 3, ExemplarySheets.NAME, null)
                .set(ExemplarySheets.MODELS, 4, ExemplarySheets.GENDER, "Không rõ")
                .set(ExemplarySheets.RECOGNITIONS, 1, ExemplarySheets.YEAR, "năm 2021")
                .set(ExemplarySheets.RECOGNITIONS, 2, ExemplarySheets.DECISION_DATE, "31/02/2022")
                .set(ExemplarySheets.RECOGNITIONS, 3, ExemplarySheets.DECISION_NO, null)
                .write(dir.resolve("exemplary-bad-values.xlsx"));
        good().set(ExemplarySheets.MODELS, 1, ExemplarySheets.PERSON, "CB999")
                .set(ExemplarySheets.MODELS, 2, ExemplarySheets.UNIT, "XX")
                .set(ExemplarySheets.MODELS, 3, ExemplarySheets.MOVEMENT, "KH99")
                .set(ExemplarySheets.MODELS, 4, ExemplarySheets.UNIT, "VP")
                .set(ExemplarySheets.MODELS, 5, ExemplarySheets.GENDER, "Nam")
                .add(ExemplarySheets.MODELS, "dh01", "Nguyễn Văn An (lặp)", "Cá nhân", null, null, null, null, "Phát hiện", "Nam")
                .add(ExemplarySheets.RECOGNITIONS, "DH09", 2024, "9/QĐ-UBND", LocalDate.of(2024, 12, 20))
                .add(ExemplarySheets.RECOGNITIONS, "DH02", 2023, "99/QĐ-UBND", LocalDate.of(2023, 12, 30))
                .add(ExemplarySheets.RECOGNITIONS, "DH05", 2024, "15/QĐ-UBND", LocalDate.of(2023, 12, 20))
                .write(dir.resolve("exemplary-unknown-codes.xlsx"));
        good().dropColumn(ExemplarySheets.MODELS, ExemplarySheets.STAGE)
                .set(ExemplarySheets.RECOGNITIONS, 1, ExemplarySheets.DECISION_DATE, "20/13/2021")
                .write(dir.resolve("exemplary-missing-column.xlsx"));
    }
}
