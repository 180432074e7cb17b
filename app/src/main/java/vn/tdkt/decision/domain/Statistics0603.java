package vn.tdkt.decision.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Predicate;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Recipient;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.record.domain.AwardFormType;

/**
 * Biểu 0603.N/BNV-TĐKT (Thông tư 02/2023/TT-BNV): số lượng khen thưởng cấp tỉnh of one year — awards decided in the
 * year, revoked ones left out — counted per form (Bằng khen, Chiến sĩ thi đua cấp bộ, cấp tỉnh, Cờ thi đua, Huy hiệu
 * (Kỷ niệm chương)) in the rows of the published template (README decision 148): 01 Tổng số; 1. Chia theo đối tượng
 * khen thưởng: 02 Tập thể, 03 trong đó Doanh nghiệp, 04 Hộ gia đình, 05 Cá nhân and its five categories 06–10 (the
 * categories of biểu 0602.N, {@link Statistics0602#personClass}); 2. Chia theo phương thức khen thưởng: 11 Thường xuyên,
 * 12 Chuyên đề, 13 Đột xuất, 14 Đối ngoại, 15 Cống hiến, 16 Niên hạn, 17 Kháng chiến. A cell the data cannot give is
 * null and the clerk fills it: row 03 (the data does not mark a collective as a business) and row 17 (no award of the
 * data is a kháng chiến award).
 */
public record Statistics0603(int year, List<Line> lines) {

    /** The form columns after "Tổng số", in the order of the biểu. */
    public static final List<String> COLUMNS = List.of("Bằng khen", "Chiến sĩ thi đua cấp bộ, cấp tỉnh", "Cờ thi đua",
            "Huy hiệu (Kỷ niệm chương)");

    /** Phương thức rows 11–16 in the order of the biểu (17, Kháng chiến, is the clerk's). */
    public static final List<AwardFormType> FORM_TYPES = List.of(AwardFormType.CONG_TRANG, AwardFormType.CHUYEN_DE,
            AwardFormType.DOT_XUAT, AwardFormType.DOI_NGOAI, AwardFormType.CONG_HIEN, AwardFormType.NIEN_HAN);

    /** The labels of rows 11–16, as the biểu prints them. */
    private static final List<String> FORM_TYPE_LABELS = List.of("- Thường xuyên", "- Chuyên đề", "- Đột xuất", "- Đối ngoại",
            "- Cống hiến", "- Niên hạn");

    /** The five categories of individuals, rows 06–10. */
    public static final List<String> PERSON_CLASSES = List.of("+ Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên",
            "+ Lãnh đạo cấp vụ, sở, ngành và tương đương", "+ Doanh nhân", "+ Các cấp lãnh đạo khác từ phó phòng trở lên",
            "+ Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân, nông dân, …)");

    /** Mã số of the rows the unit fills by hand. */
    public static final String BUSINESS_ROW = "03";
    public static final String RESISTANCE_ROW = "17";

    private static final List<Predicate<AwardKind>> MATCHERS = List.of(
            k -> k.code().equals("BK_TINH"),
            k -> k.code().equals("CSTD_TINH"),
            k -> k.code().equals("CO_TD_TINH"),
            k -> VietnameseText.fold(k.name()).contains("ky niem chuong") || VietnameseText.fold(k.name()).contains("huy hieu"));

    /** One counted award: its form column, who received it, the person's position (null otherwise), its loại hình. */
    public record Entry(int column, Recipient recipient, String position, AwardFormType formType) {
    }

    /**
     * A row. Section rows ("1. Chia theo đối tượng khen thưởng") have no code and no counts.
     *
     * @param counts one count per {@link #COLUMNS} entry, null where the unit fills the cell
     */
    public record Line(String label, String code, String unitOfCount, boolean section, List<Long> counts) {

        public Line {
            counts = java.util.Collections.unmodifiableList(new ArrayList<>(counts));
        }

        /** The row's total, null when every cell is the unit's. */
        public Long total() {
            return clerks() ? null : counts.stream().filter(Objects::nonNull).mapToLong(Long::longValue).sum();
        }

        /** A row the unit fills by hand. */
        public boolean clerks() {
            return !section && counts.stream().allMatch(Objects::isNull);
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
        lines.add(line("Tổng số", "01", "Lượt", entries, e -> true));
        lines.add(section("1. Chia theo đối tượng khen thưởng"));
        lines.add(line("- Tập thể", "02", "Tập thể", entries, e -> e.recipient() == Recipient.TAP_THE));
        lines.add(clerk("Trong đó: Doanh nghiệp", BUSINESS_ROW, "Doanh nghiệp"));
        lines.add(line("- Hộ gia đình", "04", "Hộ", entries, e -> e.recipient() == Recipient.HO_GIA_DINH));
        lines.add(line("- Cá nhân", "05", "Người", entries, e -> e.recipient() == Recipient.CA_NHAN));
        for (int i = 0; i < PERSON_CLASSES.size(); i++) {
            int c = i;
            lines.add(line(PERSON_CLASSES.get(i), String.format("%02d", 6 + i), "Người", entries,
                    e -> e.recipient() == Recipient.CA_NHAN && Statistics0602.personClass(e.position()) == c));
        }
        lines.add(section("2. Chia theo phương thức khen thưởng"));
        for (int i = 0; i < FORM_TYPES.size(); i++) {
            AwardFormType t = FORM_TYPES.get(i);
            lines.add(line(FORM_TYPE_LABELS.get(i), String.valueOf(11 + i), "Lượt", entries, e -> e.formType() == t));
        }
        lines.add(clerk("- Kháng chiến", RESISTANCE_ROW, "Lượt"));
        return new Statistics0603(year, lines);
    }

    /** The row of a Mã số. */
    public Line line(String code) {
        return lines.stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Biểu 0603.N không có mã số " + code));
    }

    private static Line section(String label) {
        return new Line(label, "", "", true, List.of());
    }

    private static Line clerk(String label, String code, String unit) {
        List<Long> counts = new ArrayList<>();
        COLUMNS.forEach(c -> counts.add(null));
        return new Line(label, code, unit, false, counts);
    }

    private static Line line(String label, String code, String unit, List<Entry> entries, Predicate<Entry> which) {
        long[] counts = new long[COLUMNS.size()];
        for (Entry e : entries) {
            if (which.test(e)) {
                counts[e.column()]++;
            }
        }
        return new Line(label, code, unit, false, Arrays.stream(counts).boxed().toList());
    }
}
