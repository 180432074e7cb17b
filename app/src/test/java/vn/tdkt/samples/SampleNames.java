package vn.tdkt.samples;

import java.util.List;
import java.util.Random;
import vn.tdkt.common.domain.Gender;

/** Invented Vietnamese names: common family names weighted by frequency, middle and given names by gender. */
final class SampleNames {

    /** Family names with a rough weight (per mille of the population). */
    private static final String[] FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào",
        "Đinh", "Phan", "Trịnh", "Mai", "Lương", "Cao", "Tạ", "Đoàn", "Lưu", "Nghiêm", "Triệu", "Khúc", "Chu"};
    private static final int[] FAMILY_WEIGHT = {
        340, 110, 90, 70, 50, 55, 25, 25, 25, 12, 15, 12, 8, 12, 12, 15, 10, 8, 8, 8, 6, 8, 6, 4, 4, 5, 6};

    private static final List<String> MALE_MIDDLE = List.of(
            "Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Công", "Mạnh", "Tiến", "Quốc", "Đình",
            "Thành", "Ngọc", "Anh", "Trọng", "Duy", "Hoàng", "Việt");
    private static final List<String> FEMALE_MIDDLE = List.of(
            "Thị", "Thị", "Thị", "Thu", "Thanh", "Ngọc", "Minh", "Thùy", "Hồng", "Phương", "Kim", "Mai", "Hải",
            "Khánh", "Bích", "Diệu", "Quỳnh", "Lan");
    private static final List<String> MALE_GIVEN = List.of(
            "Hùng", "Dũng", "Tuấn", "Nam", "Hải", "Long", "Thắng", "Cường", "Quân", "Sơn", "Phong", "Hiếu", "Trung",
            "Đạt", "Khoa", "Bình", "Hòa", "Tùng", "Kiên", "Lâm", "Thịnh", "Vinh", "Toàn", "Huy", "Hưng", "Tâm",
            "Thành", "Phúc", "Khải", "Lợi", "Quý", "Chiến", "Hiệp", "Tú", "Trường", "Khánh", "Thuận", "Định", "Công",
            "Nghĩa");
    private static final List<String> FEMALE_GIVEN = List.of(
            "Lan", "Hương", "Hà", "Hằng", "Linh", "Ngọc", "Trang", "Thảo", "Huyền", "Nhung", "Mai", "Phương", "Yến",
            "Oanh", "Dung", "Hạnh", "Thủy", "Loan", "Vân", "Quỳnh", "Nga", "Hoa", "Thúy", "Ly", "Châm", "Hiền",
            "Duyên", "Giang", "Nhàn", "Hảo", "Liên", "Thơm", "Huệ", "Xuân", "Anh", "Minh", "Nhài", "Tuyết", "Hòa",
            "Lụa");

    private static final int FAMILY_TOTAL;

    static {
        int total = 0;
        for (int w : FAMILY_WEIGHT) {
            total += w;
        }
        FAMILY_TOTAL = total;
    }

    private SampleNames() {
    }

    /** A full name "Họ đệm tên" whose middle name fits the gender (Văn for men, Thị for women, …). */
    static String fullName(Random rnd, Gender gender) {
        boolean male = gender == Gender.MALE;
        String family = family(rnd);
        String middle = pick(rnd, male ? MALE_MIDDLE : FEMALE_MIDDLE);
        while (middle.equals(family)) {
            middle = pick(rnd, male ? MALE_MIDDLE : FEMALE_MIDDLE);
        }
        String given = pick(rnd, male ? MALE_GIVEN : FEMALE_GIVEN);
        while (given.equals(middle)) {
            given = pick(rnd, male ? MALE_GIVEN : FEMALE_GIVEN);
        }
        // Some women carry "Thị" before a second middle name: Nguyễn Thị Thu Hà, Trần Thị Minh Phương.
        if (!male && !middle.equals("Thị") && rnd.nextInt(4) == 0) {
            middle = "Thị " + middle;
        }
        return family + " " + middle + " " + given;
    }

    private static String family(Random rnd) {
        int x = rnd.nextInt(FAMILY_TOTAL);
        for (int i = 0; i < FAMILY.length; i++) {
            x -= FAMILY_WEIGHT[i];
            if (x < 0) {
                return FAMILY[i];
            }
        }
        return FAMILY[0];
    }

    static <T> T pick(Random rnd, List<T> values) {
        return values.get(rnd.nextInt(values.size()));
    }
}
