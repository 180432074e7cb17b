package vn.tdkt.certificate.domain;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;

/**
 * Where and how one field is printed: its box in millimetres from the top-left corner of the paper (the width is the
 * wrap width; text that does not fit the height is printed smaller, never cut), the font size in points, bold,
 * italic and the alignment. A field not shown is pre-printed on the blank (or not wanted).
 */
public record FieldBox(CertField field, boolean shown, double xMm, double yMm, double widthMm, double heightMm,
                       double fontPt, boolean bold, boolean italic, Align align) {

    public static final double MIN_PT = 6;
    public static final double MAX_PT = 72;

    public FieldBox withShown(boolean value) {
        return new FieldBox(field, value, xMm, yMm, widthMm, heightMm, fontPt, bold, italic, align);
    }

    /** Every problem of this box on a page of that size, pointing at the field. */
    public List<Problem> problems(double pageWidthMm, double pageHeightMm) {
        List<Problem> out = new ArrayList<>();
        if (widthMm <= 0 || heightMm <= 0) {
            out.add(Problem.of(field, Msg.of("certificate.problem.boxSize")));
        } else if (xMm < 0 || yMm < 0 || xMm + widthMm > pageWidthMm || yMm + heightMm > pageHeightMm) {
            out.add(Problem.of(field, Msg.of("certificate.problem.outside", Double.toString(pageWidthMm),
                    Double.toString(pageHeightMm))));
        }
        if (fontPt < MIN_PT || fontPt > MAX_PT) {
            out.add(Problem.of(field, Msg.of("certificate.problem.font", Integer.toString((int) MIN_PT),
                    Integer.toString((int) MAX_PT))));
        }
        return out;
    }
}
