package vn.tdkt.certificate.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;

/**
 * A pre-printed blank and where each field goes on it: the paper size in millimetres, the printer's shift (offset,
 * added to every box when printing, found with the calibration sheet), one box per field, and the award kinds whose
 * certificates are printed on it. {@link #plainA4()} is the built-in plain certificate used when no blank is
 * configured: it prints the Quốc hiệu, the authority and the heading itself.
 *
 * @param id    null for a blank not stored yet and for the plain certificate
 * @param kinds catalogue codes of the award kinds printed on this blank
 */
public record BlankLayout(Long id, String code, String name, double widthMm, double heightMm, double offsetXMm,
                          double offsetYMm, List<FieldBox> fields, List<String> kinds) {

    /** The code of the built-in plain certificate (never stored). */
    public static final String PLAIN = "A4";
    public static final double MIN_MM = 50;
    public static final double MAX_MM = 600;
    public static final double MAX_OFFSET_MM = 30;

    public BlankLayout {
        fields = List.copyOf(fields);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    public boolean plain() {
        return PLAIN.equals(code);
    }

    public Optional<FieldBox> box(CertField f) {
        return fields.stream().filter(b -> b.field() == f).findFirst();
    }

    public BlankLayout withFields(List<FieldBox> boxes) {
        return new BlankLayout(id, code, name, widthMm, heightMm, offsetXMm, offsetYMm, boxes, kinds);
    }

    public BlankLayout withOffset(double x, double y) {
        return new BlankLayout(id, code, name, widthMm, heightMm, x, y, fields, kinds);
    }

    /** Every problem of the layout at once: code, name, paper size, offset, each box; a field given twice. */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        if (code == null || code.isBlank() || !code.strip().matches("[A-Za-z0-9_\\-]{1,40}")) {
            out.add(Problem.of(LayoutField.CODE, Msg.of("certificate.problem.code")));
        } else if (PLAIN.equalsIgnoreCase(code.strip()) && id != null) {
            out.add(Problem.of(LayoutField.CODE, Msg.of("certificate.problem.reserved", PLAIN)));
        }
        if (name == null || name.isBlank()) {
            out.add(Problem.of(LayoutField.NAME, Msg.of("certificate.problem.name")));
        }
        boolean sized = widthMm >= MIN_MM && widthMm <= MAX_MM && heightMm >= MIN_MM && heightMm <= MAX_MM;
        if (!sized) {
            out.add(Problem.of(LayoutField.PAGE, Msg.of("certificate.problem.page", Integer.toString((int) MIN_MM),
                    Integer.toString((int) MAX_MM))));
        }
        if (Math.abs(offsetXMm) > MAX_OFFSET_MM || Math.abs(offsetYMm) > MAX_OFFSET_MM) {
            out.add(Problem.of(LayoutField.OFFSET, Msg.of("certificate.problem.offset", Integer.toString((int) MAX_OFFSET_MM))));
        }
        Map<CertField, Integer> seen = new EnumMap<>(CertField.class);
        for (FieldBox b : fields) {
            if (seen.merge(b.field(), 1, Integer::sum) == 2) {
                out.add(Problem.of(b.field(), Msg.of("certificate.problem.twice")));
            }
            if (sized && b.shown()) {
                out.addAll(b.problems(widthMm, heightMm));
            }
        }
        return out;
    }

    /** The plain A4 landscape certificate (NĐ 30 fonts and date line; the heading comes from the award). */
    public static BlankLayout plainA4() {
        return new BlankLayout(null, PLAIN, "A4", 297, 210, 0, 0, List.of(
                new FieldBox(CertField.RECIPIENT, true, 30, 80, 237, 13, 22, true, false, Align.CENTER),
                new FieldBox(CertField.DETAIL, true, 30, 94, 237, 11, 14, false, false, Align.CENTER),
                new FieldBox(CertField.AWARD, true, 30, 106, 237, 10, 15, true, false, Align.CENTER),
                new FieldBox(CertField.CITATION, true, 30, 117, 237, 18, 15, false, true, Align.CENTER),
                new FieldBox(CertField.DECISION, true, 24, 170, 110, 7, 12, false, false, Align.LEFT),
                new FieldBox(CertField.GOLD_BOOK, true, 24, 177, 110, 7, 12, false, false, Align.LEFT),
                new FieldBox(CertField.PLACE_DATE, true, 150, 140, 125, 8, 13, false, true, Align.CENTER),
                new FieldBox(CertField.SIGNER_TITLE, true, 150, 148, 125, 13, 13, true, false, Align.CENTER),
                new FieldBox(CertField.SIGNER_NAME, true, 150, 184, 125, 8, 14, true, false, Align.CENTER)), List.of());
    }
}
