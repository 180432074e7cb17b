package vn.tdkt.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regenerates {@code samples/data/so-noi-vu-hung-yen.xlsx}, or writes a larger sample for benchmarks.
 *
 * <pre>
 * mvn -q -pl app -o test-compile exec:java -Dexec.mainClass=vn.tdkt.samples.GenerateSamples -Dexec.classpathScope=test
 * ... -Dexec.args="target/big.xlsx 20000 5"     (file, people, years [, seed])
 * </pre>
 */
public final class GenerateSamples {

    private GenerateSamples() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            Path out = samplesDir().resolve("data").resolve(SampleWorkbook.SAMPLE_FILE);
            report(out, SampleWorkbook.writeDefault(out));
            return;
        }
        if (args.length < 3 || args.length > 4) {
            throw new IllegalArgumentException("Cách dùng: GenerateSamples [TỆP SỐ_CÁN_BỘ SỐ_NĂM [SEED]]");
        }
        Path out = Path.of(args[0]);
        long seed = args.length == 4 ? Long.parseLong(args[3]) : SampleWorkbook.DEFAULT_SEED;
        report(out, SampleWorkbook.write(out, Integer.parseInt(args[1]), Integer.parseInt(args[2]), seed));
    }

    /** A developer tool run from Maven: the summary goes to the console. */
    private static void report(Path out, SampleWorkbook.Stats s) {
        System.out.printf("Đã ghi %s: %d đơn vị, %d cán bộ, %d kết quả đánh giá, %d kỷ luật, %d sáng kiến, "
                        + "%d khen thưởng, %d trưởng khối (%d dòng lịch sử)%n", out.toAbsolutePath(), s.units(), s.people(),
                s.ratings(), s.disciplines(), s.initiatives(), s.awards(), s.blocLeaders(), s.historyRows());
    }

    /** The repository's samples/ folder, found from the working directory (repository root or app/). */
    static Path samplesDir() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("samples")) && Files.isDirectory(p.resolve("app"))) {
                return p.resolve("samples");
            }
        }
        throw new IllegalStateException("Không tìm thấy thư mục samples/ từ " + dir);
    }
}
