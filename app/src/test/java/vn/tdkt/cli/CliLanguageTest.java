package vn.tdkt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command's help in both languages, --lang en, and -V on every command. */
class CliLanguageTest {

    /** Letters only Vietnamese writes (with its diacritics), lower and upper case. */
    static final Pattern VIETNAMESE = Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", Pattern.CASE_INSENSITIVE);

    /**
     * Vietnamese words the English help keeps on purpose: the product's name, workbook sheet names and the CSV's
     * column headers (contracts), and an example decision number.
     */
    static final List<String> CONTRACT_WORDS = List.of("Thứ hạng", "Mã điển hình", "Tên điển hình",
            "Số lần công nhận", "Không được chọn", "Được chọn", "Đồng hạng tại điểm cắt", "Ghi chú",
            "Mã phong trào", "Nội dung", "Mã đơn vị", "Trạng thái", "Quá hạn",
            "Sắp đến hạn", "Số ngày", "Hạn", "Kế hoạch", "TĐKT", "Hướng dẫn", "Kiểm phiếu", "QĐ-UBND", "Mã", "Tên",
            "Danh hiệu/Hình thức", "Kết quả", "Lý do");

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = tmp.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Cli.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static String withoutContractWords(String text) {
        String t = text;
        for (String w : CONTRACT_WORDS) {
            t = t.replace(w, "");
        }
        return t;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "template", "import", "export", "backup", "restore", "tally", "award-list", "eligibility", "delegates"})
    void englishHelpHasNoVietnameseText(String command) {
        Run help = command.isEmpty() ? run("--lang", "en", "--help") : run("--lang", "en", command, "--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().startsWith(command.isEmpty() ? "TĐKT" : "Usage: tdkt " + command), help.out());
        assertTrue(help.out().contains("Show this help and exit."), help.out());
        assertFalse(VIETNAMESE.matcher(withoutContractWords(help.out())).find(), help.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "template", "import", "export", "backup", "restore", "tally", "award-list", "eligibility"})
    void vietnameseHelpByDefault(String command) {
        Run help = command.isEmpty() ? run("--help") : run(command, "--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("Cách dùng: tdkt"), help.out());
        assertTrue(help.out().contains("Hiện hướng dẫn này rồi thoát."), help.out());
        assertTrue(help.out().contains("Hiện phiên bản rồi thoát."), help.out());
        assertFalse(help.out().contains("Show this help"), help.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "template", "import", "export", "backup", "restore", "tally", "award-list", "eligibility"})
    void everyCommandPrintsTheVersion(String command) {
        Run version = command.isEmpty() ? run("-V") : run(command, "-V");
        assertEquals(0, version.code(), version.err());
        assertTrue(version.out().matches("TĐKT \\S+\\R"), version.out());
    }

    @org.junit.jupiter.api.Test
    void englishErrorsAndProblems() {
        Run bad = run("--lang", "en", "eligibility", "--year", "19");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("Option --year: the year \"19\" is not valid"), bad.err());
        Run badDate = run("--lang=en", "tally", "x.xlsx", "--out", "y.xlsx", "--date", "33/33/2020");
        assertEquals(2, badDate.code());
        assertTrue(badDate.err().startsWith("Invalid argument: "), badDate.err());
        assertTrue(badDate.err().contains("the date \"33/33/2020\" is not valid"), badDate.err());
        Run unknown = run("--lang", "en", "no-such-command");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("Usage: tdkt"), unknown.err());
    }

    @org.junit.jupiter.api.Test
    void languageIsReadBeforeParsing() {
        assertEquals("en", Cli.language(new String[] {"--data", "x", "--lang", "en", "import", "f"}));
        assertEquals("en", Cli.language(new String[] {"--lang=en", "import"}));
        assertEquals("vi", Cli.language(new String[] {"import", "--", "--lang", "en"}));
        assertEquals("vi", Cli.language(new String[] {"import", "f"}));
    }
}
