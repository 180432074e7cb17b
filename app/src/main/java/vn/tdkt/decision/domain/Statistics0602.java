package vn.tdkt.decision.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Recipient;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.record.domain.AwardFormType;

/**
 * Biểu 0602.N/BNV-TĐKT (Thông tư 02/2023/TT-BNV), số lượng khen thưởng cấp Nhà nước of one year, as the province
 * reports it (README decision 112): awards decided in the year, revoked ones left out,
 * counted per column (each Huân chương of the catalogue, Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước, Danh hiệu vinh
 * dự Nhà nước, Cờ thi đua của Chính phủ, Bằng khen của Thủ tướng Chính phủ, Chiến sĩ thi đua toàn quốc, each split Tập
 * thể / Cá nhân where the biểu splits it) by the rows of the biểu. A cell the data cannot fill is null: the clerk
 * writes it (row 02, the tờ trình of a ministry; row 07, doanh nghiệp; row 21, kháng chiến; a column whose award the
 * catalogue does not hold).
 */
public record Statistics0602(int year, List<Column> columns, List<Line> lines) {

    /** One counted award. */
    public record Entry(String kindCode, Recipient recipient, String position, AwardFormType formType) {
    }

    /** A column: its group heading, its own heading, Tập thể or Cá nhân, and the kinds it counts (empty: the clerk's). */
    public record Column(String group, String heading, Recipient recipient, List<String> kinds) {

        boolean counts(Entry e) {
            return kinds.contains(e.kindCode())
                    && (recipient == Recipient.TAP_THE ? e.recipient() != Recipient.CA_NHAN : e.recipient() == Recipient.CA_NHAN);
        }
    }

    /** A row; a section row has no code; counts hold one value per column, null where the clerk writes it. */
    public record Line(String label, String code, String unitOfCount, boolean section, List<Long> counts) {

        /** The total of the cells the data fills, null when the whole row is the clerk's. */
        public Long total() {
            return counts.stream().allMatch(java.util.Objects::isNull) ? null
                    : counts.stream().filter(java.util.Objects::nonNull).mapToLong(Long::longValue).sum();
        }
    }

    public Statistics0602 {
        columns = List.copyOf(columns);
        lines = List.copyOf(lines);
    }

    /** The columns of the biểu from the catalogue's kinds, in the biểu's order. */
    public static List<Column> columns(List<AwardKind> kinds) {
        List<Column> out = new ArrayList<>();
        String orders = "Các loại huân chương, huy chương";
        List<AwardKind> medals = kinds.stream().filter(k -> fold(k).startsWith("huan chuong") || fold(k).startsWith("huy chuong"))
                .toList();
        if (medals.isEmpty()) {
            pair(out, orders, "", List.of());
        }
        medals.forEach(k -> pair(out, orders, k.name(), List.of(k.code())));
        out.add(new Column("Giải thưởng Hồ Chí Minh", "", Recipient.CA_NHAN,
                codes(kinds, k -> fold(k).startsWith("giai thuong ho chi minh"))));
        out.add(new Column("Giải thưởng Nhà nước", "", Recipient.CA_NHAN, codes(kinds, k -> fold(k).startsWith("giai thuong nha nuoc"))));
        pair(out, "Danh hiệu vinh dự Nhà nước", "", codes(kinds, k -> fold(k).startsWith("anh hung")
                || fold(k).startsWith("ba me viet nam anh hung") || fold(k).contains("nhan dan") && !fold(k).contains("uy ban")));
        out.add(new Column("Cờ thi đua của Chính phủ", "", Recipient.TAP_THE, codes(kinds, k -> k.code().equals("CO_TD_CP"))));
        pair(out, "Bằng khen của Thủ tướng Chính phủ", "", codes(kinds, k -> k.code().equals("BK_TTG")));
        out.add(new Column("Chiến sĩ thi đua toàn quốc", "", Recipient.CA_NHAN, codes(kinds, k -> k.code().equals("CSTD_TQ"))));
        return out;
    }

    public static Statistics0602 build(int year, List<Column> columns, List<Entry> entries) {
        List<Line> lines = new ArrayList<>();
        lines.add(line("Tổng số", "01", "", columns, entries, e -> true));
        lines.add(section("1. Chia theo đơn vị ban hành tờ trình Thủ tướng Chính phủ về khen thưởng"));
        lines.add(clerk("- Bộ, ban, ngành, đoàn thể Trung ương", "02", "Bộ, ngành", columns));
        lines.add(line("- Tỉnh, thành phố trực thuộc Trung ương", "03", "Tỉnh, TP", columns, entries, e -> true));
        lines.add(section("2. Chia theo đối tượng khen thưởng"));
        lines.add(line("- Tập thể", "06", "Tập thể", columns, entries, e -> e.recipient() == Recipient.TAP_THE));
        lines.add(clerk("Trong đó: Doanh nghiệp", "07", "Doanh nghiệp", columns));
        lines.add(line("- Hộ gia đình", "08", "Hộ", columns, entries, e -> e.recipient() == Recipient.HO_GIA_DINH));
        lines.add(line("- Cá nhân", "09", "Người", columns, entries, e -> e.recipient() == Recipient.CA_NHAN));
        String[] classes = {"+ Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên", "+ Lãnh đạo cấp vụ, sở, ngành và tương đương",
            "+ Doanh nhân", "+ Các cấp lãnh đạo khác từ phó phòng trở lên",
            "+ Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân, nông dân, …)"};
        for (int i = 0; i < classes.length; i++) {
            int c = i;
            lines.add(line(classes[i], String.valueOf(10 + i), "Người", columns, entries,
                    e -> e.recipient() == Recipient.CA_NHAN && personClass(e.position()) == c));
        }
        lines.add(section("3. Chia theo phương thức khen thưởng"));
        List<AwardFormType> types = List.of(AwardFormType.CONG_TRANG, AwardFormType.CHUYEN_DE, AwardFormType.DOT_XUAT,
                AwardFormType.DOI_NGOAI, AwardFormType.CONG_HIEN, AwardFormType.NIEN_HAN);
        String[] labels = {"- Thường xuyên", "- Chuyên đề", "- Đột xuất", "- Đối ngoại", "- Cống hiến", "- Niên hạn"};
        for (int i = 0; i < types.size(); i++) {
            AwardFormType t = types.get(i);
            lines.add(line(labels[i], String.valueOf(15 + i), "", columns, entries, e -> e.formType() == t));
        }
        lines.add(clerk("- Kháng chiến", "21", "", columns));
        return new Statistics0602(year, columns, lines);
    }

    /**
     * 0 lãnh đạo cấp bộ, cấp tỉnh (Chủ tịch, Phó Chủ tịch Ủy ban nhân dân / Hội đồng nhân dân tỉnh, Bí thư Tỉnh ủy, Bộ
     * trưởng, Thứ trưởng); 1 cấp sở (Giám đốc Sở, Chánh Văn phòng Ủy ban, Trưởng ban); 2 doanh nhân (a leading post of a
     * công ty, doanh nghiệp, tập đoàn); 3 other leaders from phó phòng up ({@link SubjectClass#isLeader}); 4 the rest.
     */
    static int personClass(String position) {
        String f = position == null ? "" : VietnameseText.fold(position);
        String post = f.startsWith("pho ") ? f.substring(4) : f;
        if (post.startsWith("chu tich uy ban nhan dan tinh") || post.startsWith("chu tich hoi dong nhan dan tinh")
                || post.startsWith("bi thu tinh uy") || post.startsWith("bo truong") || post.startsWith("thu truong bo")) {
            return 0;
        }
        if (post.startsWith("giam doc so") || post.startsWith("chanh van phong uy ban") || post.startsWith("truong ban ")) {
            return 1;
        }
        boolean leader = SubjectClass.isLeader(position == null ? "" : position);
        if (leader && (f.contains("cong ty") || f.contains("doanh nghiep") || f.contains("tap doan"))) {
            return 2;
        }
        return leader ? 3 : 4;
    }

    private static String fold(AwardKind k) {
        return VietnameseText.fold(k.name());
    }

    private static List<String> codes(List<AwardKind> kinds, Predicate<AwardKind> which) {
        return kinds.stream().filter(which).map(AwardKind::code).toList();
    }

    private static void pair(List<Column> out, String group, String heading, List<String> kinds) {
        out.add(new Column(group, heading, Recipient.TAP_THE, kinds));
        out.add(new Column(group, heading, Recipient.CA_NHAN, kinds));
    }

    private static Line section(String label) {
        return new Line(label, "", "", true, List.of());
    }

    private static Line clerk(String label, String code, String unit, List<Column> columns) {
        List<Long> counts = new ArrayList<>();
        columns.forEach(c -> counts.add(null));
        return new Line(label, code, unit, false, counts);
    }

    private static Line line(String label, String code, String unit, List<Column> columns, List<Entry> entries,
                             Predicate<Entry> which) {
        List<Long> counts = new ArrayList<>();
        for (Column c : columns) {
            counts.add(c.kinds().isEmpty() ? null : entries.stream().filter(e -> which.test(e) && c.counts(e)).count());
        }
        return new Line(label, code.length() == 1 ? "0" + code : code, unit, false, counts);
    }
}
