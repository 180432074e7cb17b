package vn.tdkt.movement.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The file names the window proposes for a movement's documents: kind, the movement's code, the document's day
 * ({@code CV-don-doc_TN-KH-2026_04-12-2026.docx}), so that the files of several movements and days lie side by side in
 * one folder without overwriting each other. The code keeps its letters, digits and dashes (diacritics dropped, case kept); any
 * other character, a slash among them, becomes a dash.
 */
public final class MovementFileNames {

    /** The công văn đôn đốc. */
    public static final String REMINDER = "CV-don-doc";
    /** The Kế hoạch. */
    public static final String PLAN = "KH";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private MovementFileNames() {
    }

    /** "{kind}_{code}_{dd-MM-yyyy}.{extension}"; without a code or a day that part is left out. */
    public static String of(String kind, String code, LocalDate day, String extension) {
        StringBuilder b = new StringBuilder(kind);
        String c = code == null ? "" : Normalizer.normalize(code.strip().replace('đ', 'd').replace('Đ', 'D'),
                        Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "")
                .replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("(^-+|-+$)", "");
        if (!c.isEmpty()) {
            b.append('_').append(c);
        }
        if (day != null) {
            b.append('_').append(DAY.format(day));
        }
        return b.append('.').append(extension).toString();
    }

    /** The công văn đôn đốc of a movement on a day. */
    public static String reminder(String code, LocalDate day) {
        return of(REMINDER, code, day, "docx");
    }

    /** The Kế hoạch of a movement, with its plan's day. */
    public static String plan(String code, LocalDate planDay) {
        return of(PLAN, code, planDay, "docx");
    }

    /** The báo cáo sơ kết ("BC-so-ket") or tổng kết ("BC-tong-ket") of a movement on a day. */
    public static String report(MovementReport.Kind kind, String code, LocalDate day) {
        return of("BC-" + kind.aliases()[0], code, day, "docx");
    }
}
