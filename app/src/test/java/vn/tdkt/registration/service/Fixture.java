package vn.tdkt.registration.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;

/**
 * Two units and people who joined, left and moved during 2026; the registration deadline 31/03/2026.
 * SNV: an (registered later), binh, chi (left 15/02), dung (left 30/06), em (hired 01/09), giang (to SYT 01/03),
 * hoa (to SYT 01/05); khanh left in 2025; long is hired in 2027. SYT: giang and hoa after their transfers.
 */
public final class Fixture {

    public final AppContext ctx;
    public final Unit snv;
    public final Unit syt;
    public final Map<String, Person> people = new java.util.HashMap<>();

    public Fixture() {
        this(AppContext.inMemory());
    }

    public Fixture(AppContext ctx) {
        this.ctx = ctx;
        snv = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
        syt = ctx.org().saveUnit(new Unit(0, "SYT", "Sở Y tế", null, null));
        person("CB01", "Nguyễn Văn An", d(2020, 1, 1), null);
        person("CB02", "Trần Thị Bình", d(2020, 1, 1), null);
        person("CB03", "Lê Văn Chí", d(2019, 3, 1), d(2026, 2, 15));
        person("CB04", "Phạm Thị Dung", d(2018, 1, 1), d(2026, 6, 30));
        person("CB05", "Hoàng Văn Em", d(2026, 9, 1), null);
        person("CB06", "Vũ Thị Giang", d(2015, 1, 1), null);
        person("CB07", "Đỗ Văn Hòa", d(2016, 1, 1), null);
        person("CB08", "Bùi Văn Khánh", d(2010, 1, 1), d(2025, 12, 31));
        person("CB09", "Ngô Thị Long", d(2027, 1, 2), null);
        transfer("CB06", syt, d(2026, 3, 1));
        transfer("CB07", syt, d(2026, 5, 1));
    }

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private void person(String code, String name, LocalDate start, LocalDate end) {
        Person p = ctx.people().save(new Person(0, code, name, name.contains("Thị") ? Gender.FEMALE : Gender.MALE, d(1985, 5, 5),
                null, "Chuyên viên", snv.id(), start, end));
        people.put(code, p);
    }

    private void transfer(String code, Unit to, LocalDate on) {
        Person p = people.get(code);
        Person moved = ctx.people().save(new Person(p.id(), p.code(), p.fullName(), p.gender(), p.birthDate(), null,
                "Chuyên viên", to.id(), on, null));
        people.put(code, moved);
    }

    public long id(String code) {
        return people.get(code).id();
    }

    /** Fills a written template: the collective title and titles by person code (null: left empty). */
    public static void fill(Path sheet, String collective, Map<String, String> titles) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(sheet)) {
            wb = new XSSFWorkbook(in);
        }
        Sheet s = wb.getSheet("Đăng ký thi đua");
        if (collective != null) {
            s.getRow(3).getCell(2).setCellValue(collective);
        }
        for (Row r : s) {
            if (r.getRowNum() > 5 && r.getCell(1) != null && titles.containsKey(r.getCell(1).getStringCellValue())) {
                String t = titles.get(r.getCell(1).getStringCellValue());
                if (t != null) {
                    r.getCell(4).setCellValue(t);
                }
            }
        }
        try (OutputStream out = Files.newOutputStream(sheet)) {
            wb.write(out);
        }
        wb.close();
    }
}
