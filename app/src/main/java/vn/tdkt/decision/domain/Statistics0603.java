package vn.tdkt.decision.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.Predicate;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.record.domain.AwardFormType;

/**
 * Biểu 0603.N/BNV-TĐKT (Thông tư 02/2023/TT-BNV): số lượng khen thưởng cấp tỉnh of one year — awards decided in the
 * year, revoked ones left out — counted per form (Bằng khen, Chiến sĩ thi đua cấp tỉnh, Cờ thi đua, Huy hiệu/Kỷ
 * niệm chương) by đối tượng ({@link SubjectClass}) and by loại hình khen thưởng, each crossed with the đối tượng.
 */
public record Statistics0603(int year, List<Line> lines) {

    /** The form columns after "Tổng số", in the order of the biểu. */
    public static final List<String> COLUMNS = List.of("Bằng khen", "Chiến sĩ thi đua cấp tỉnh", "Cờ thi đua",
            "Huy hiệu (Kỷ niệm chương)");

    /** Loại hình rows in the order of the biểu. */
    public static final List<AwardFormType> FORM_TYPES = List.of(AwardFormType.CONG_TRANG, AwardFormType.CHUYEN_DE,
            AwardFormType.DOT_XUAT, AwardFormType.CONG_HIEN, AwardFormType.DOI_NGOAI, AwardFormType.NIEN_HAN);

    private static final List<Predicate<AwardKind>> MATCHERS = List.of(
            k -> k.code().equals("BK_TINH"),
            k -> k.code().equals("CSTD_TINH"),
            k -> k.code().equals("CO_TD_TINH"),
            k -> VietnameseText.fold(k.name()).contains("ky niem chuong") || VietnameseText.fold(k.name()).contains("huy hieu"));

    /** One counted award: its form column, its đối tượng and its loại hình. */
    public record Entry(int column, SubjectClass subject, AwardFormType formType) {
    }

    /**
     * A row. Section rows ("I. Chia theo đối tượng") have no code and no counts.
     *
     * @param counts one count per {@link #COLUMNS} entry
     */
    public record Line(String label, String code, String unitOfCount, boolean section, List<Long> counts) {

        public long total() {
            return counts.stream().mapToLong(Long::longValue).sum();
        }
    }

    public Statistics0603 {
        lines = List.copyOf(lines);
    }

    /** The column of a catalogue kind, or empty when the kind is not a province-level award counted by the biểu. */
    public static OptionalInt columnOf(AwardKind kind) {
        for (int i = 0; i < MATCHERS.size(); i++) {
            if (MATCHERS.get(i).test(kind)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    public static Statistics0603 build(int year, List<Entry> entries) {
        List<Line> lines = new ArrayList<>();
        int[] code = {1};
        lines.add(line("Tổng số", code, "Lượt", entries, e -> true));
        lines.add(section("I. Chia theo đối tượng"));
        lines.add(line("1. Tập thể", code, SubjectClass.TAP_THE.unitOfCount(), entries, e -> e.subject() == SubjectClass.TAP_THE));
        lines.add(line("2. Hộ gia đình", code, SubjectClass.HO_GIA_DINH.unitOfCount(), entries,
                e -> e.subject() == SubjectClass.HO_GIA_DINH));
        lines.add(line("3. Cá nhân", code, "Người", entries,
                e -> e.subject() == SubjectClass.LANH_DAO || e.subject() == SubjectClass.CA_NHAN_KHAC));
        lines.add(line("- Lãnh đạo, quản lý", code, "Người", entries, e -> e.subject() == SubjectClass.LANH_DAO));
        lines.add(line("- Cá nhân khác", code, "Người", entries, e -> e.subject() == SubjectClass.CA_NHAN_KHAC));
        lines.add(section("II. Chia theo loại hình khen thưởng"));
        int n = 1;
        for (AwardFormType t : FORM_TYPES) {
            lines.add(line(n++ + ". Khen thưởng " + t.label().toLowerCase(Locale.forLanguageTag("vi")), code, "Lượt",
                    entries, e -> e.formType() == t));
            for (SubjectClass s : SubjectClass.values()) {
                lines.add(line("- " + s.label(), code, s.unitOfCount(), entries, e -> e.formType() == t && e.subject() == s));
            }
        }
        return new Statistics0603(year, lines);
    }

    private static Line section(String label) {
        return new Line(label, "", "", true, List.of());
    }

    private static Line line(String label, int[] code, String unit, List<Entry> entries, Predicate<Entry> which) {
        long[] counts = new long[COLUMNS.size()];
        for (Entry e : entries) {
            if (which.test(e)) {
                counts[e.column()]++;
            }
        }
        return new Line(label, String.format("%02d", code[0]++), unit, false, Arrays.stream(counts).boxed().toList());
    }
}
