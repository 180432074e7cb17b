package vn.tdkt.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.PersonalId;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.DisciplineForm;
import vn.tdkt.record.domain.InitiativeKind;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.RatingLevel;

/** Checks the committed sample workbook against the import contract and the award rules it illustrates. */
class SampleWorkbookTest {

    private static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);

    private static Map<String, List<List<Object>>> sample;
    private static Map<String, Person> people;

    @TempDir
    Path tmp;

    /** A person as read back from the Cán bộ sheet. */
    private record Person(String code, Gender gender, LocalDate birth, LocalDate start, LocalDate end) {

        boolean employedIn(int year) {
            return start.getYear() <= year && (end == null || end.getYear() > year);
        }
    }

    @BeforeAll
    static void readCommittedSample() throws IOException {
        String dir = System.getProperty("tdkt.samples");
        Path samples = dir != null ? Path.of(dir) : GenerateSamples.samplesDir();
        sample = read(samples.resolve("data").resolve(SampleWorkbook.SAMPLE_FILE));
        people = new LinkedHashMap<>();
        for (List<Object> r : rows(SampleWorkbook.PEOPLE)) {
            Gender g = Gender.parse((String) r.get(2)).orElseThrow();
            people.put((String) r.get(0), new Person((String) r.get(0), g, (LocalDate) r.get(3), (LocalDate) r.get(7),
                    (LocalDate) r.get(8)));
        }
    }

    @Test
    void sheetsAndHeadersAreExactlyTheContract() {
        assertEquals(List.of("Hướng dẫn", "Đơn vị", "Cán bộ", "Kết quả đánh giá", "Kỷ luật", "Sáng kiến",
                "Khen thưởng", "Trưởng khối"), new ArrayList<>(sample.keySet()));
        Map<String, List<String>> headers = Map.of(
                "Đơn vị", List.of("Mã đơn vị", "Tên đơn vị", "Mã đơn vị cấp trên", "Khối thi đua"),
                "Cán bộ", List.of("Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Số định danh cá nhân",
                        "Chức vụ", "Mã đơn vị", "Ngày bắt đầu công tác", "Ngày thôi công tác"),
                "Kết quả đánh giá", List.of("Mã cán bộ", "Mã đơn vị", "Năm", "Mức độ hoàn thành nhiệm vụ"),
                "Kỷ luật", List.of("Mã cán bộ", "Hình thức", "Số quyết định", "Ngày quyết định", "Ngày hết hiệu lực"),
                "Sáng kiến", List.of("Mã cán bộ", "Tên sáng kiến", "Phạm vi ảnh hưởng", "Năm công nhận",
                        "Số quyết định", "Ngày quyết định", "Loại"),
                "Khen thưởng", List.of("Mã cán bộ", "Mã đơn vị", "Danh hiệu/Hình thức", "Loại hình", "Năm",
                        "Số quyết định", "Ngày quyết định", "Cấp quyết định"),
                "Trưởng khối", List.of("Khối thi đua", "Năm", "Mã đơn vị"));
        headers.forEach((sheet, expected) -> assertEquals(expected, sample.get(sheet).get(0), sheet));
        assertTrue(String.valueOf(sample.get("Hướng dẫn").get(0).get(0)).startsWith("HƯỚNG DẪN"));
    }

    @Test
    void sizeMatchesTheDescribedOrganisation() {
        List<List<Object>> units = rows("Đơn vị");
        assertEquals(11, units.size());
        assertEquals(List.of("SNV", "Sở Nội vụ tỉnh Hưng Yên"), units.get(0).subList(0, 2));
        assertEquals(150, people.size());
        Set<Object> blocs = new TreeSet<>();
        units.forEach(u -> {
            if (u.get(3) != null) {
                blocs.add(u.get(3));
            }
        });
        assertEquals(3, blocs.size());
    }

    @Test
    void personalIdsAreTextValidAndUnique() {
        Set<String> seen = new HashSet<>();
        for (List<Object> r : rows("Cán bộ")) {
            Object id = r.get(4);
            assertTrue(id instanceof String, "số định danh phải là ô chữ: " + id);
            Person p = people.get((String) r.get(0));
            assertEquals(Optional.empty(), PersonalId.check((String) id, p.gender(), p.birth()),
                    r.get(0) + " " + id);
            assertTrue(seen.add((String) id), "trùng số định danh " + id);
        }
        assertTrue(seen.stream().anyMatch(id -> id.charAt(3) == '2' || id.charAt(3) == '3'), "có người sinh từ 2000");
    }

    @Test
    void namesAreNfcVietnameseWithGenderFittingMiddleNames() {
        Set<String> families = new HashSet<>();
        for (List<Object> r : rows("Cán bộ")) {
            String name = (String) r.get(1);
            assertEquals(Normalizer.normalize(name, Normalizer.Form.NFC), name);
            assertEquals(VietnameseText.clean(name), name);
            String[] parts = name.split(" ");
            assertTrue(parts.length >= 3, name);
            families.add(parts[0]);
            Gender g = people.get((String) r.get(0)).gender();
            if (name.contains(" Thị ")) {
                assertEquals(Gender.FEMALE, g, name);
            }
            if (name.contains(" Văn ")) {
                assertEquals(Gender.MALE, g, name);
            }
        }
        assertTrue(families.containsAll(List.of("Nguyễn", "Trần", "Lê", "Phạm")), families.toString());
        assertTrue(families.size() >= 12, families.toString());
    }

    @Test
    void datesAreRealDateCellsAndCodesUnique() {
        Set<Object> codes = new HashSet<>();
        for (List<Object> r : rows("Cán bộ")) {
            assertTrue(codes.add(r.get(0)));
            assertTrue(r.get(3) instanceof LocalDate && r.get(7) instanceof LocalDate, r.toString());
            assertTrue(r.get(8) == null || r.get(8) instanceof LocalDate);
        }
        for (List<Object> r : rows("Kỷ luật")) {
            assertTrue(r.get(3) instanceof LocalDate && r.get(4) instanceof LocalDate, r.toString());
        }
        for (List<Object> r : rows("Khen thưởng")) {
            assertTrue(r.get(6) instanceof LocalDate, r.toString());
        }
    }

    @Test
    void everyCodeReferenceExists() {
        Set<Object> units = new HashSet<>();
        Map<Object, Object> blocOf = new HashMap<>();
        for (List<Object> u : rows("Đơn vị")) {
            assertTrue(units.add(u.get(0)), "mã đơn vị trùng " + u.get(0));
            blocOf.put(u.get(0), u.get(3));
        }
        for (List<Object> u : rows("Đơn vị")) {
            assertTrue(u.get(2) == null || units.contains(u.get(2)), u.toString());
        }
        rows("Cán bộ").forEach(r -> assertTrue(units.contains(r.get(6)), r.toString()));
        for (String sheet : List.of("Kết quả đánh giá", "Khen thưởng")) {
            for (List<Object> r : rows(sheet)) {
                assertTrue(r.get(0) == null ^ r.get(1) == null, sheet + ": đúng một trong hai mã " + r);
                assertTrue(r.get(0) == null || people.containsKey(r.get(0)), r.toString());
                assertTrue(r.get(1) == null || units.contains(r.get(1)), r.toString());
            }
        }
        for (String sheet : List.of("Kỷ luật", "Sáng kiến")) {
            rows(sheet).forEach(r -> assertTrue(people.containsKey(r.get(0)), sheet + " " + r));
        }
        for (List<Object> r : rows("Trưởng khối")) {
            assertEquals(r.get(0), blocOf.get(r.get(2)), "trưởng khối phải thuộc khối: " + r);
        }
    }

    @Test
    void ratingsCoverEveryYearOfEmployment() {
        Map<String, Map<Integer, RatingLevel>> byPerson = ratingsByPerson();
        for (Person p : people.values()) {
            for (int y = 2021; y <= 2025; y++) {
                assertEquals(p.employedIn(y), byPerson.getOrDefault(p.code(), Map.of()).containsKey(y), p + " " + y);
            }
        }
        Map<Object, Set<Integer>> unitYears = new HashMap<>();
        for (List<Object> r : rows("Kết quả đánh giá")) {
            if (r.get(1) != null) {
                assertTrue(unitYears.computeIfAbsent(r.get(1), k -> new HashSet<>()).add(year(r.get(2))));
            }
        }
        assertEquals(11, unitYears.size());
        unitYears.values().forEach(years -> assertEquals(Set.of(2021, 2022, 2023, 2024, 2025), years));
        long total = byPerson.values().stream().mapToLong(Map::size).sum();
        long excellent = byPerson.values().stream().flatMap(m -> m.values().stream())
                .filter(l -> l == RatingLevel.HTXSNV).count();
        long failed = byPerson.values().stream().flatMap(m -> m.values().stream())
                .filter(l -> l == RatingLevel.KHTNV).count();
        assertTrue(excellent * 100 >= total * 20 && excellent * 100 <= total * 30, excellent + "/" + total);
        assertTrue(failed * 100 <= total, failed + "/" + total);
    }

    @Test
    void awardsFollowRatingsDisciplineAndTheLaw() {
        Map<String, Map<Integer, RatingLevel>> ratings = ratingsByPerson();
        Map<String, Set<Integer>> ldtt = personAwardYears("Lao động tiên tiến");
        Map<String, Set<Integer>> cs = personAwardYears("Chiến sĩ thi đua cơ sở");
        Map<String, Set<Integer>> initiativeYears = new HashMap<>();
        Map<String, Set<Integer>> provincialYears = new HashMap<>();
        for (List<Object> r : rows("Sáng kiến")) {
            String code = (String) r.get(0);
            int y = year(r.get(3));
            initiativeYears.computeIfAbsent(code, k -> new HashSet<>()).add(y);
            InitiativeScope scope = InitiativeScope.parse((String) r.get(2)).orElseThrow();
            assertTrue(InitiativeKind.parse((String) r.get(6)).isPresent(), r.toString());
            if (scope.atLeast(InitiativeScope.TINH)) {
                provincialYears.computeIfAbsent(code, k -> new HashSet<>()).add(y);
            }
        }
        ldtt.forEach((code, years) -> years.forEach(y -> {
            RatingLevel r = ratings.get(code).get(y);
            assertNotNull(r, code + " " + y);
            assertTrue(r.atLeast(RatingLevel.HTTNV), "LĐTT " + code + " " + y + " với " + r);
            assertFalse(disciplinedIn(code, y), "LĐTT trong năm bị kỷ luật " + code + " " + y);
        }));
        cs.forEach((code, years) -> years.forEach(y -> {
            assertTrue(ldtt.get(code).contains(y), "CSTĐCS không có LĐTT " + code + " " + y);
            assertTrue(ratings.get(code).get(y) == RatingLevel.HTXSNV
                    || initiativeYears.getOrDefault(code, Set.of()).contains(y), "CSTĐCS " + code + " " + y);
        }));
        personAwardYears("Chiến sĩ thi đua cấp tỉnh").forEach((code, years) -> years.forEach(y -> {
            assertTrue(cs.get(code).containsAll(Set.of(y - 2, y - 1, y)), "CSTĐ tỉnh " + code + " " + y);
            assertTrue(provincialYears.getOrDefault(code, Set.of()).stream().anyMatch(i -> i >= y - 2 && i <= y));
        }));
        for (List<Object> r : rows("Khen thưởng")) {
            assertTrue(AwardFormType.parse((String) r.get(3)).isPresent(), r.toString());
            LocalDate decided = (LocalDate) r.get(6);
            assertFalse(decided.isAfter(YEAR_END), "không có dữ liệu năm 2026: " + r);
            int[] period = period(r.get(4));
            assertTrue(decided.getYear() >= period[1], r.toString());
            if ("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh".equals(r.get(2)) && "Công trạng".equals(r.get(3))) {
                assertEquals(period[0] + 1, period[1]);
                assertTrue(cs.get((String) r.get(0)).containsAll(Set.of(period[0], period[1])), r.toString());
            }
        }
        assertTrue(ldtt.values().stream().noneMatch(years -> years.contains(2025)), "năm 2025 để ngỏ cho việc xét");
    }

    @Test
    void awardNamesAreCatalogueNamesForTheRightSubject() {
        Catalogue catalogue;
        try (Database db = Database.inMemory()) {
            catalogue = new CatalogueService(db).catalogue();
        }
        Map<String, AwardKind> byName = new HashMap<>();
        catalogue.kinds().forEach(k -> byName.put(k.name(), k));
        Set<Object> used = new TreeSet<>();
        for (List<Object> r : rows("Khen thưởng")) {
            AwardKind kind = byName.get((String) r.get(2));
            assertNotNull(kind, "không có trong danh mục: " + r.get(2));
            assertTrue(r.get(0) == null || kind.subject().allowsPerson(), r.toString());
            assertTrue(r.get(1) == null || kind.subject().allowsUnit(), r.toString());
            used.add(r.get(2));
        }
        assertEquals(8, used.size(), used.toString());
    }

    @Test
    void containsTheCasesTheReviewNeeds() {
        Map<String, Set<Integer>> cs = personAwardYears("Chiến sĩ thi đua cơ sở");
        Map<String, Set<Integer>> bk = personAwardYears("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
        Set<String> provincial = new HashSet<>();
        rows("Sáng kiến").forEach(r -> {
            if (!"Cơ sở".equals(r.get(2))) {
                provincial.add((String) r.get(0));
            }
        });
        assertFalse(personAwardYears("Chiến sĩ thi đua cấp tỉnh").isEmpty(), "có người đạt CSTĐ cấp tỉnh");
        assertTrue(cs.entrySet().stream().anyMatch(e -> e.getValue().containsAll(Set.of(2022, 2023, 2024))
                && !provincial.contains(e.getKey())), "3 năm CSTĐCS nhưng thiếu sáng kiến cấp tỉnh");
        assertTrue(cs.entrySet().stream().anyMatch(e -> e.getValue().containsAll(Set.of(2023, 2024))
                && !e.getValue().contains(2022) && !bk.getOrDefault(e.getKey(), Set.of()).contains(2024)),
                "2 năm CSTĐCS liên tục, chưa có Bằng khen");
        assertTrue(people.values().stream().anyMatch(p -> p.start().isAfter(YEAR_END.minusMonths(6))),
                "người mới dưới 6 tháng");
        assertTrue(people.values().stream().anyMatch(p -> p.start().getYear() == 2025
                && !p.start().isAfter(YEAR_END.minusMonths(6))), "người mới từ 6 đến 12 tháng");
        long left = people.values().stream().filter(p -> p.end() != null).count();
        assertTrue(left >= 1 && left <= 4, "người đã thôi công tác: " + left);
        List<List<Object>> discipline = rows("Kỷ luật");
        assertTrue(discipline.size() >= 2 && discipline.size() <= 4);
        assertEquals(1, discipline.stream().filter(r -> DisciplineForm.parse((String) r.get(1)).orElseThrow()
                == DisciplineForm.CANH_CAO).count());
        assertTrue(discipline.stream().anyMatch(r -> ((LocalDate) r.get(4)).isAfter(YEAR_END)), "còn hiệu lực");
        for (List<Object> r : discipline) {
            assertEquals(((LocalDate) r.get(3)).plusMonths(12), r.get(4));
            assertTrue(((String) r.get(2)).matches("\\d+/QĐ-SNV"), r.toString());
        }
        long withInitiative = rows("Sáng kiến").stream().map(r -> r.get(0)).distinct().count();
        assertTrue(withInitiative * 100 >= people.size() * 15 && withInitiative * 100 <= people.size() * 35,
                "tỷ lệ có sáng kiến " + withInitiative);
        assertTrue(rows("Sáng kiến").stream().anyMatch(r -> "Đề tài khoa học".equals(r.get(6))));
        Set<Object> forms = new HashSet<>();
        rows("Khen thưởng").forEach(r -> forms.add(r.get(3)));
        assertTrue(forms.containsAll(Set.of("Công trạng", "Đột xuất", "Chuyên đề", "Cống hiến")), forms.toString());
    }

    @Test
    void committedSampleIsWhatTheGeneratorWrites() throws IOException {
        Path fresh = tmp.resolve("fresh.xlsx");
        SampleWorkbook.writeDefault(fresh);
        assertSameCells(sample, read(fresh), "chạy lại GenerateSamples rồi commit samples/data");
    }

    @Test
    void sameSeedSameCellsOtherSeedOtherCells() throws IOException {
        Path a = tmp.resolve("a.xlsx");
        Path b = tmp.resolve("b.xlsx");
        Path c = tmp.resolve("c.xlsx");
        SampleWorkbook.write(a, 300, 5, 7L);
        SampleWorkbook.write(b, 300, 5, 7L);
        SampleWorkbook.write(c, 300, 5, 8L);
        Map<String, List<List<Object>>> first = read(a);
        assertSameCells(first, read(b), "cùng seed");
        assertNotEquals(first.get("Cán bộ"), read(c).get("Cán bộ"));
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1", "4, 30, 3", "60, 2000, 10"})
    void otherSizesGiveConsistentWorkbooks(int units, int persons, int years) throws IOException {
        Path file = tmp.resolve("size.xlsx");
        SampleWorkbook.Stats stats = SampleWorkbook.write(file, units, persons, years, 3L);
        Map<String, List<List<Object>>> wb = read(file);
        assertEquals(units + 1, wb.get("Đơn vị").size());
        assertEquals(persons + 1, wb.get("Cán bộ").size());
        assertEquals(stats.ratings() + 1, wb.get("Kết quả đánh giá").size());
        Set<Object> ids = new HashSet<>();
        for (List<Object> r : wb.get("Cán bộ").subList(1, persons + 1)) {
            Gender g = Gender.parse((String) r.get(2)).orElseThrow();
            assertEquals(Optional.empty(), PersonalId.check((String) r.get(4), g, (LocalDate) r.get(3)), r.toString());
            assertTrue(ids.add(r.get(4)));
        }
        for (List<Object> r : wb.get("Kết quả đánh giá").subList(1, stats.ratings() + 1)) {
            int y = year(r.get(2));
            assertTrue(y > 2025 - years && y <= 2025, r.toString());
        }
    }

    @Test
    void twentyThousandPeopleGiveAHundredThousandHistoryRows() throws IOException {
        Path big = tmp.resolve("big.xlsx");
        long t0 = System.nanoTime();
        SampleWorkbook.Stats stats = SampleWorkbook.write(big, 20_000, 5, SampleWorkbook.DEFAULT_SEED);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Map<String, Integer> counted = countRows(big);
        assertEquals(20_000, counted.get("Cán bộ"));
        int history = 0;
        for (String sheet : List.of("Kết quả đánh giá", "Kỷ luật", "Sáng kiến", "Khen thưởng", "Trưởng khối")) {
            history += counted.get(sheet);
        }
        assertEquals(stats.historyRows(), history);
        assertTrue(history >= 100_000, "dòng lịch sử: " + history);
        assertTrue(ms < 60_000, "tạo 20 000 cán bộ mất " + ms + " ms");
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** Compares two read workbooks and names the first differing sheet and row (1-based as Excel shows it). */
    private static void assertSameCells(Map<String, List<List<Object>>> expected,
                                        Map<String, List<List<Object>>> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what);
        expected.forEach((sheet, rows) -> {
            List<List<Object>> other = actual.get(sheet);
            for (int i = 0; i < Math.min(rows.size(), other.size()); i++) {
                assertEquals(rows.get(i), other.get(i), what + ": trang " + sheet + ", dòng " + (i + 1));
            }
            assertEquals(rows.size(), other.size(), what + ": số dòng của trang " + sheet);
        });
    }

    private static List<List<Object>> rows(String sheet) {
        List<List<Object>> all = sample.get(sheet);
        return all.subList(1, all.size());
    }

    private static Map<String, Map<Integer, RatingLevel>> ratingsByPerson() {
        Map<String, Map<Integer, RatingLevel>> out = new HashMap<>();
        for (List<Object> r : rows("Kết quả đánh giá")) {
            RatingLevel level = RatingLevel.parse((String) r.get(3)).orElseThrow(() -> new AssertionError(r));
            if (r.get(0) != null && out.computeIfAbsent((String) r.get(0), k -> new HashMap<>())
                    .put(year(r.get(2)), level) != null) {
                fail("hai kết quả cùng năm: " + r);
            }
        }
        return out;
    }

    private static Map<String, Set<Integer>> personAwardYears(String kind) {
        Map<String, Set<Integer>> out = new HashMap<>();
        for (List<Object> r : rows("Khen thưởng")) {
            if (kind.equals(r.get(2)) && r.get(0) != null) {
                out.computeIfAbsent((String) r.get(0), k -> new HashSet<>()).add(period(r.get(4))[1]);
            }
        }
        return out;
    }

    private static boolean disciplinedIn(String code, int year) {
        return rows("Kỷ luật").stream().anyMatch(r -> code.equals(r.get(0))
                && ((LocalDate) r.get(3)).getYear() <= year && ((LocalDate) r.get(4)).getYear() >= year);
    }

    private static int year(Object cell) {
        return ((Number) cell).intValue();
    }

    /** "2024" (a number cell) or "2021-2025" (a text cell) → {from, to}. */
    private static int[] period(Object cell) {
        if (cell instanceof Number n) {
            return new int[] {n.intValue(), n.intValue()};
        }
        String[] parts = ((String) cell).split("-");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }

    /** Every sheet as rows of typed values: String, LocalDate (date-formatted numbers), Double, or null. */
    private static Map<String, List<List<Object>>> read(Path file) throws IOException {
        Map<String, List<List<Object>>> out = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                List<List<Object>> rows = new ArrayList<>();
                int width = sheet.getRow(0).getLastCellNum();
                for (Row row : sheet) {
                    assertEquals(rows.size(), row.getRowNum(), "không có dòng trống: " + sheet.getSheetName());
                    List<Object> values = new ArrayList<>();
                    for (int c = 0; c < width; c++) {
                        values.add(value(row.getCell(c)));
                    }
                    rows.add(values);
                }
                out.put(sheet.getSheetName(), rows);
            }
        }
        return out;
    }

    private static Object value(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.STRING) {
            return cell.getStringCellValue();
        }
        assertEquals(CellType.NUMERIC, cell.getCellType());
        if (DateUtil.isCellDateFormatted(cell)) {
            assertEquals("dd/mm/yyyy", cell.getCellStyle().getDataFormatString());
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        return cell.getNumericCellValue();
    }

    /** Data rows per sheet, counted in the sheet XML without loading the workbook (header row excluded). */
    private static Map<String, Integer> countRows(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        names.add("Hướng dẫn");
        SampleWorkbook.DATA_SHEETS.forEach(s -> names.add(s.name()));
        Map<String, Integer> out = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (int i = 0; i < names.size(); i++) {
                ZipEntry entry = zip.getEntry("xl/worksheets/sheet" + (i + 1) + ".xml");
                int rows = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] needle = "<row ".getBytes(StandardCharsets.US_ASCII);
                    int matched = 0;
                    int b;
                    InputStream buffered = new BufferedInputStream(in, 1 << 16);
                    while ((b = buffered.read()) != -1) {
                        matched = b == needle[matched] ? matched + 1 : b == needle[0] ? 1 : 0;
                        if (matched == needle.length) {
                            rows++;
                            matched = 0;
                        }
                    }
                }
                out.put(names.get(i), rows - 1);
            }
        }
        return out;
    }
}
