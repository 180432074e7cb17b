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
    static final List<String> CONTRACT_WORDS = List.of("Hạn của Trung ương", "Phong trào", "Loại", "Thứ hạng",
            "Mã điển hình", "Tên điển hình", "Hạn thẩm định",
            "Số lần công nhận", "Không được chọn", "Được chọn", "Đồng hạng tại điểm cắt", "Ghi chú",
            "Mã phong trào", "Nội dung", "Mã đơn vị", "Trạng thái", "Quá hạn",
            "Sắp đến hạn", "Số ngày", "Hạn", "Kế hoạch", "TĐKT", "Hướng dẫn", "Kiểm phiếu", "QĐ-UBND", "Mã", "Tên",
            "Danh hiệu/Hình thức", "Kết quả", "Lý do", "Chấm điểm khối", "Căn cứ");

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

    /** The registration commands' sheet name and output columns (contracts of issue #10), longest first. */
    static final List<String> REGISTRATION_CONTRACT_WORDS = List.of("Tập thể đã đăng ký (Có / Không)", "Người chưa đăng ký",
            "Đăng ký thi đua", "Số đã đăng ký", "Tên đơn vị", "Số cán bộ", "Tỷ lệ (%)", "Tổng cộng");

    /** A percent sign in a help text ("Tỷ lệ (%)") is text, not a format error picocli warns about on the console. */
    @org.junit.jupiter.api.Test
    void aPercentSignInTheHelpIsPrintedAsIs() {
        java.io.PrintStream before = System.err;
        java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
        Run help;
        try {
            System.setErr(new java.io.PrintStream(console, true, java.nio.charset.StandardCharsets.UTF_8));
            help = run("--lang", "en", "registration", "coverage", "--help");
        } finally {
            System.setErr(before);
        }
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("Tỷ lệ (%)"), help.out());
        String warned = console.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(warned.contains("Could not format"), warned);
    }

    /** The names under "Commands:" of a help text: the subcommands, found as the user finds them. */
    private static List<String> subcommands(String help) {
        List<String> names = new java.util.ArrayList<>();
        boolean in = false;
        for (String line : help.split("\\R")) {
            if (line.equals("Commands:")) {
                in = true;
            } else if (in && line.matches("  [a-z][a-z-]*( .*)?")) {
                names.add(line.strip().split("\\s+")[0]);
            } else if (in && !line.startsWith("   ")) {
                in = false;
            }
        }
        return names;
    }

    /**
     * Every command of the tree, subcommands of the groups included, found from the English help itself (no list
     * here to forget one): its English help has no Vietnamese text but the contract words, and -V prints the version
     * in either language.
     */
    @org.junit.jupiter.api.Test
    void everyCommandOfTheTreeHasEnglishHelpAndPrintsItsVersion() {
        List<List<String>> queue = new java.util.ArrayList<>(List.of(List.of()));
        List<String> seen = new java.util.ArrayList<>();
        List<String> bad = new java.util.ArrayList<>();
        while (!queue.isEmpty()) {
            List<String> path = queue.remove(0);
            String name = String.join(" ", path);
            seen.add(name);
            List<String> args = new java.util.ArrayList<>(List.of("--lang", "en"));
            args.addAll(path);
            args.add("--help");
            Run help = run(args.toArray(String[]::new));
            String words = help.out().replaceAll("\\s+", " "); // a contract word wrapped over two lines is one word
            for (String w : REGISTRATION_CONTRACT_WORDS) {
                words = words.replace(w, "");
            }
            if (help.code() != 0 || !help.out().contains(path.isEmpty() ? "Usage: tdkt [" : "Usage: tdkt " + name)
                    || VIETNAMESE.matcher(withoutContractWords(words)).find()) {
                bad.add(name + ": help\n" + help.out() + help.err());
            }
            for (String lang : List.of("vi", "en")) {
                List<String> v = new java.util.ArrayList<>(List.of("--lang", lang));
                v.addAll(path);
                v.add("-V");
                Run version = run(v.toArray(String[]::new));
                if (version.code() != 0 || !version.out().matches("TĐKT \\S+\\R")) {
                    bad.add(name + " -V (" + lang + "): " + version.out() + version.err());
                }
            }
            for (String sub : subcommands(help.out())) {
                List<String> next = new java.util.ArrayList<>(path);
                next.add(sub);
                queue.add(next);
            }
        }
        assertEquals(List.of(), bad);
        assertTrue(seen.contains("tally") && seen.contains("user add") && seen.contains("registration import"), seen.toString());
        assertTrue(seen.size() > 25, "the walk found the command tree: " + seen);
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

    /** picocli's own refusals (unknown option, missing or repeated option, a value of the wrong type) in each language. */
    @org.junit.jupiter.api.Test
    void parseErrorsSpeakTheUsersLanguage() {
        Run unknownVi = run("backup", "--nam", "2025");
        assertEquals(2, unknownVi.code());
        assertTrue(unknownVi.err().startsWith("Tham số không hợp lệ: không có tùy chọn “--nam”."), unknownVi.err());
        assertTrue(unknownVi.err().contains("Cách dùng: tdkt backup"), unknownVi.err());
        Run unknownEn = run("--lang", "en", "backup", "--nam", "2025");
        assertTrue(unknownEn.err().startsWith("Invalid argument: there is no option “--nam”."), unknownEn.err());
        Run missingVi = run("registration", "template", "--unit", "X", "--out", "a.xlsx");
        assertEquals(2, missingVi.code());
        assertTrue(missingVi.err().startsWith("Tham số không hợp lệ: thiếu --year (bắt buộc)."), missingVi.err());
        Run missingEn = run("--lang", "en", "registration", "template", "--unit", "X", "--out", "a.xlsx");
        assertTrue(missingEn.err().startsWith("Invalid argument: --year is missing (required)."), missingEn.err());
        Run typeVi = run("registration", "template", "--unit", "X", "--year", "hai", "--out", "a.xlsx");
        assertTrue(typeVi.err().startsWith("Tham số không hợp lệ: giá trị “hai” của --year không hợp lệ."), typeVi.err());
        Run repeated = run("--lang", "en", "registration", "template", "--unit", "X", "--unit", "Y", "--year", "2025",
                "--out", "a.xlsx");
        assertTrue(repeated.err().startsWith("Invalid argument: option --unit is given more than once."), repeated.err());
        for (Run en : List.of(unknownEn, missingEn, repeated)) {
            String firstLine = en.err().lines().findFirst().orElse("");
            assertFalse(VIETNAMESE.matcher(firstLine).find(), firstLine);
        }
        Run converted = run("--lang=en", "tally", "x.xlsx", "--out", "y.xlsx", "--date", "33/33/2020");
        assertTrue(converted.err().startsWith("Invalid argument: --date: "), converted.err());
    }

    /**
     * The committed bad workbooks that import refuses (the others are a valid base with blank rows or NFD text, or
     * legacy-tcvn3.xlsx: converted once accepted, {@code LegacyImportTest}).
     */
    static final List<String> BAD_WORKBOOKS = List.of("bad-dates.xlsx", "corrupt.xlsx", "duplicate-codes.xlsx",
            "invalid-personal-id.xlsx", "missing-column.xlsx", "old.xls", "password.xlsx",
            "renamed-column.xlsx", "text-renamed.xlsx", "unknown-unit.xlsx", "word-renamed.xlsx", "wrong-sheet-names.xlsx");

    private static String badWorkbook(String name) {
        try {
            return Path.of(CliLanguageTest.class.getResource("/workbook/bad/" + name).toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A problem line without what the file itself says: quoted names and values (sheet and column headers are
     * the workbook's contract, cell values are the clerk's), and the list of the file's own sheet names.
     */
    static String withoutFileWords(String line) {
        return line.replaceAll("'[^']*'", "").replaceAll("\"[^\"]*\"", "").replaceAll("the sheets in the file: .*", "");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("badWorkbooks")
    void importProblemsInEnglish(String name) {
        Run r = run("--lang", "en", "import", badWorkbook(name));
        assertEquals(2, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.size() >= 2, r.err());
        assertTrue(lines.get(lines.size() - 1).matches("\\d+ problem\\(s\\); nothing was written\\."), r.err());
        for (String line : lines) {
            assertFalse(VIETNAMESE.matcher(withoutFileWords(line)).find(), line);
            assertFalse(line.contains(", dòng ") || line.contains(", cột "), line);
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("badWorkbooks")
    void importProblemsInVietnameseByDefault(String name) {
        Run r = run("import", badWorkbook(name));
        assertEquals(2, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.get(lines.size() - 1).matches("Có \\d+ lỗi; không ghi dữ liệu nào\\."), r.err());
        assertFalse(r.err().contains(" row ") || r.err().contains("is missing") || r.err().contains("not valid"), r.err());
    }

    static List<String> badWorkbooks() {
        return BAD_WORKBOOKS;
    }

    @org.junit.jupiter.api.Test
    void importProblemsWordForWord() {
        String p = badWorkbook("invalid-personal-id.xlsx");
        assertEquals(List.of(
                "Sheet 'Cán bộ', dòng 2, cột 'Số định danh cá nhân': số định danh phải gồm đúng 12 chữ số",
                "Sheet 'Cán bộ', dòng 3, cột 'Số định danh cá nhân': số định danh mã tỉnh nơi đăng ký khai sinh \"999\" "
                        + "không tồn tại",
                "Sheet 'Cán bộ', dòng 4, cột 'Số định danh cá nhân': số định danh chữ số thứ 4 (1) không khớp giới tính Nam",
                "Sheet 'Cán bộ', dòng 7, cột 'Số định danh cá nhân': số định danh 001070000077 trùng với dòng 6",
                "Có 4 lỗi; không ghi dữ liệu nào."), run("import", p).err().lines().toList());
        assertEquals(List.of(
                "Sheet 'Cán bộ', row 2, column 'Số định danh cá nhân': personal ID: must have exactly 12 digits",
                "Sheet 'Cán bộ', row 3, column 'Số định danh cá nhân': personal ID: the province code of the birth "
                        + "registration \"999\" does not exist",
                "Sheet 'Cán bộ', row 4, column 'Số định danh cá nhân': personal ID: the 4th digit (1) does not match the "
                        + "gender Male",
                "Sheet 'Cán bộ', row 7, column 'Số định danh cá nhân': personal ID 001070000077 repeats row 6",
                "4 problem(s); nothing was written."), run("--lang", "en", "import", p).err().lines().toList());
        List<String> renamed = run("import", badWorkbook("renamed-column.xlsx")).err().lines().toList();
        assertEquals("Sheet 'Cán bộ', dòng 1, cột 'Ngày sinh': thiếu cột 'Ngày sinh'; có cột 'Ngay sinh' (cột D), nếu đó "
                + "là cột này hãy sửa tiêu đề thành đúng 'Ngày sinh'", renamed.get(0));
        List<String> sheets = run("import", badWorkbook("wrong-sheet-names.xlsx")).err().lines().toList();
        assertEquals("Thiếu trang tính 'Đơn vị'; tệp có trang tính 'Don vi', nếu đó là trang tính này hãy đổi tên thành đúng 'Đơn vị'",
                sheets.get(0));
        List<String> dup = run("--lang", "en", "import", badWorkbook("duplicate-codes.xlsx")).err().lines().toList();
        assertEquals("Sheet 'Kết quả đánh giá', row 6, column 'Năm': the rating of 2023 of person 'CB001' is already on "
                + "row 2", dup.get(2));
    }

    @org.junit.jupiter.api.Test
    void languageIsReadBeforeParsing() {
        assertEquals("en", Cli.language(new String[] {"--data", "x", "--lang", "en", "import", "f"}));
        assertEquals("en", Cli.language(new String[] {"--lang=en", "import"}));
        assertEquals("vi", Cli.language(new String[] {"import", "--", "--lang", "en"}));
        assertEquals("vi", Cli.language(new String[] {"import", "f"}));
    }
}
