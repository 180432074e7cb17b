package vn.tdkt.statistics.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import vn.tdkt.common.domain.Labelled;

/** The annual biểu of TT 02/2023/TT-BNV (chế độ báo cáo thống kê ngành Nội vụ) the app writes, by number. */
public enum StatisticsForm implements Labelled {
    F0601("0601", "Biểu 0601.N — Số phong trào thi đua"),
    F0602("0602", "Biểu 0602.N — Số lượng khen thưởng cấp Nhà nước"),
    F0603("0603", "Biểu 0603.N — Số lượng khen thưởng cấp bộ, ban, ngành, đoàn thể Trung ương và tỉnh"),
    F0604("0604", "Biểu 0604.N — Số lượng tổ chức làm công tác thi đua, khen thưởng"),
    F0605("0605", "Biểu 0605.N — Số lượng công chức làm công tác thi đua, khen thưởng");

    private final String number;
    private final String label;

    StatisticsForm(String number, String label) {
        this.number = number;
        this.label = label;
    }

    /** "0601" … "0605", as {@code statistics --form} takes it. */
    public String number() {
        return number;
    }

    @Override
    public String label() {
        return label;
    }

    /** Also read as this form: "0604", "0604.N". */
    @Override
    public String[] aliases() {
        return new String[] {number, number + ".N"};
    }

    /** The file name offered: bieu-0604N-2025.xlsx. */
    public String fileName(int year) {
        return "bieu-" + number + "N-" + year + ".xlsx";
    }

    /** "0604", "0604.N", "0604.n" → F0604. */
    public static Optional<StatisticsForm> of(String text) {
        String n = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replaceFirst("\\.N$", "");
        return Arrays.stream(values()).filter(f -> f.number.equals(n)).findFirst();
    }
}
