package vn.tdkt.decision.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.decision.domain.AwardList;
import vn.tdkt.decision.domain.AwardListRow;
import vn.tdkt.bench.BenchText;

/**
 * Benchmark of issue #3: the award list of 100 000 lines against a bare SXSSF write of the same cells, in the same
 * run (warm-up, then alternating runs, medians compared). Target: at most 1,3 ×.
 * The test is tagged "bench" (left out of the normal build); run the measurement with
 * {@code mvn -o -q -pl app test-compile exec:java -Dexec.mainClass=vn.tdkt.decision.service.AwardListXlsxBenchTest
 * -Dexec.classpathScope=test}.
 */
@Tag("bench")
public class AwardListXlsxBenchTest {

    private static final int ROWS = 100_000;
    private static final int RUNS = 5;

    @TempDir
    Path dir;

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("award-list-bench");
        try {
            BenchText.printf("ratio %.2f%n", measure(dir));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    @Test
    void awardListOf100000RowsIsWithinOnePointThreeTimesABareSxssfWrite() throws IOException {
        double ratio = measure(dir);
        assertTrue(ratio <= 1.3, "ratio " + ratio);
    }

    /** Writes both in the same JVM and returns median(ours) / median(bare). */
    static double measure(Path dir) throws IOException {
        String[] units = {"Trường THPT chuyên Hưng Yên, Sở Giáo dục và Đào tạo", "Bệnh viện Đa khoa tỉnh Hưng Yên, Sở Y tế",
            "Phòng Thi đua, khen thưởng, Sở Nội vụ", "Ủy ban nhân dân xã Tân Hưng"};
        String[] kinds = {"Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"};
        long[] amounts = {760_000, 2_530_000, 3_800_000};
        List<AwardListRow> rows = new ArrayList<>(ROWS);
        for (int i = 1; i <= ROWS; i++) {
            rows.add(new AwardListRow(i, "Nguyễn Thị Phương Thảo " + i, i % 7 == 0 ? "Trưởng phòng" : "Chuyên viên",
                    units[i % units.length], kinds[i % kinds.length], amounts[i % amounts.length], "", false));
        }
        AwardList list = new AwardList(AwardList.Kind.AWARD_LIST, "125/QĐ-UBND", LocalDate.of(2026, 1, 15),
                "Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên", null, rows);
        AwardListXlsxWriter writer = new AwardListXlsxWriter();
        Path ours = dir.resolve("ours.xlsx");
        Path bare = dir.resolve("bare.xlsx");
        for (int w = 0; w < 2; w++) {
            writer.write(list, ours, Progress.NONE);
            bare(rows, bare);
        }
        long[] oursMs = new long[RUNS];
        long[] bareMs = new long[RUNS];
        for (int r = 0; r < RUNS; r++) {
            long t0 = System.nanoTime();
            bare(rows, bare);
            long t1 = System.nanoTime();
            writer.write(list, ours, Progress.NONE);
            long t2 = System.nanoTime();
            bareMs[r] = (t1 - t0) / 1_000_000;
            oursMs[r] = (t2 - t1) / 1_000_000;
        }
        double ratio = (double) median(oursMs) / median(bareMs);
        BenchText.printf("award list %d rows: ours %s ms (median %d), bare SXSSF %s ms (median %d), ratio %.2f; files %d / %d KiB%n",
                ROWS, Arrays.toString(oursMs), median(oursMs), Arrays.toString(bareMs), median(bareMs), ratio,
                Files.size(ours) / 1024, Files.size(bare) / 1024);
        return ratio;
    }

    /** The same cells, no styles, no header block, no print setup. */
    private static void bare(List<AwardListRow> rows, Path target) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
            Sheet sheet = wb.createSheet("Danh sách");
            int r = 0;
            for (AwardListRow line : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.stt());
                row.createCell(1).setCellValue(line.name());
                row.createCell(2).setCellValue(line.position());
                row.createCell(3).setCellValue(line.unit());
                row.createCell(4).setCellValue(line.kindName());
                row.createCell(5).setCellValue(line.amount());
            }
            wb.write(out);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
