package vn.tdkt.people.domain;

import java.io.Serializable;
import java.util.stream.Stream;

/**
 * The lines of "I. Sơ lược lý lịch" of the Báo cáo thành tích cá nhân that are not the person's post (NĐ 98/2023 Mẫu số 03):
 * free text as the clerk writes it, each null when not recorded; columns at the end of sheet {@code Cán bộ}.
 *
 * @param hometown          quê quán ("Xã Tân Lập, tỉnh Hưng Yên")
 * @param residence         trú quán
 * @param professionalLevel trình độ chuyên môn, nghiệp vụ ("Thạc sĩ Quản lý công")
 * @param politicalTheory   trình độ lý luận chính trị ("Cao cấp", "Trung cấp")
 * @param academicTitle     học hàm, học vị ("Tiến sĩ", "Phó Giáo sư")
 */
public record PersonProfile(String hometown, String residence, String professionalLevel, String politicalTheory,
                            String academicTitle) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Nothing recorded. */
    public static final PersonProfile NONE = new PersonProfile(null, null, null, null, null);

    /** Maximum lengths, as the columns of table person. */
    public static final int MAX_TEXT = 300;
    public static final int MAX_POLITICAL_THEORY = 100;

    /** Each text cleaned with {@code clean}, blank ones as null. */
    public PersonProfile normalized(java.util.function.UnaryOperator<String> clean) {
        return new PersonProfile(norm(hometown, clean), norm(residence, clean), norm(professionalLevel, clean),
                norm(politicalTheory, clean), norm(academicTitle, clean));
    }

    private static String norm(String s, java.util.function.UnaryOperator<String> clean) {
        if (s == null) {
            return null;
        }
        String c = clean.apply(s);
        return c == null || c.isBlank() ? null : c;
    }

    public boolean isEmpty() {
        return Stream.of(hometown, residence, professionalLevel, politicalTheory, academicTitle).allMatch(s -> s == null);
    }
}
