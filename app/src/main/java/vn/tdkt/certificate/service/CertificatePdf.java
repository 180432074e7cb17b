package vn.tdkt.certificate.service;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import vn.tdkt.certificate.domain.Align;
import vn.tdkt.certificate.domain.BlankLayout;
import vn.tdkt.certificate.domain.CertField;
import vn.tdkt.certificate.domain.Certificate;
import vn.tdkt.certificate.domain.FieldBox;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.export.AtomicWrite;

/**
 * Certificates as PDF with OpenPDF, at 1:1 scale (1 mm = 72 / 25,4 pt), the font embedded: one page per
 * certificate, each page the size of its blank; the calibration sheet of a blank (a millimetre grid, the field boxes
 * with sample text and a 100 mm check bar); the plain A4 landscape certificate draws its frame, Quốc hiệu, Tiêu ngữ,
 * authority and heading itself.
 */
final class CertificatePdf {

    static final float PT_PER_MM = 72f / 25.4f;
    private static final float LEADING = 1.18f;
    private static final Color GRID_LIGHT = new Color(205, 215, 230);
    private static final Color GRID_DARK = new Color(120, 140, 175);
    private static final Color BOX = new Color(200, 30, 30);

    private final CertificateFonts.Family fonts;

    CertificatePdf(CertificateFonts.Family fonts) {
        this.fonts = fonts;
    }

    String fontName() {
        return fonts.name();
    }

    /** A page per certificate, on the layout the function chooses for it. */
    void certificates(List<Certificate> certificates, Function<Certificate, BlankLayout> layoutOf, String title, Path target,
                      Progress progress) {
        AtomicWrite.write(target, out -> write(out, title, certificates.size(), (doc, writer, i) -> {
            progress.checkCancelled();
            Certificate c = certificates.get(i);
            BlankLayout layout = layoutOf.apply(c);
            PdfContentByte cb = open(doc, writer, layout, i);
            if (layout.plain()) {
                plainFrame(cb, c, layout);
            }
            for (FieldBox b : layout.fields()) {
                if (b.shown() && !(layout.plain() && b.field() == CertField.AWARD && !c.heading().equals("GIẤY CHỨNG NHẬN"))) {
                    text(cb, b, c.text(b.field()), layout);
                }
            }
            progress.step(Msg.of("certificate.progress.page", String.valueOf(i + 1), String.valueOf(certificates.size())),
                    i + 1, certificates.size());
        }));
    }

    /** The calibration sheet: grid every millimetre (darker every 5 and 10), the boxes with the sample's texts. */
    void calibration(BlankLayout layout, Certificate sample, Path target) {
        AtomicWrite.write(target, out -> write(out, layout.name(), 1, (doc, writer, i) -> {
            PdfContentByte cb = open(doc, writer, layout, 0);
            grid(cb, layout);
            legend(cb, layout);
            if (layout.plain()) {
                plainFrame(cb, sample, layout);
            }
            for (FieldBox b : layout.fields()) {
                if (b.shown()) {
                    box(cb, b, layout);
                    text(cb, b, sample.text(b.field()), layout);
                }
            }
        }));
    }

    private interface PageWriter {
        void page(Document doc, PdfWriter writer, int index) throws IOException;
    }

    private void write(OutputStream out, String title, int pages, PageWriter pageWriter) throws IOException {
        Document doc = new Document(new Rectangle(PT_PER_MM * 297, PT_PER_MM * 210), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setCloseStream(false);
            doc.addTitle(title);
            doc.addCreator("TĐKT desk");
            for (int i = 0; i < pages; i++) {
                pageWriter.page(doc, writer, i);
                writer.setPageEmpty(false);
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IOException(e);
        }
    }

    private static PdfContentByte open(Document doc, PdfWriter writer, BlankLayout layout, int index) {
        doc.setPageSize(new Rectangle(pt(layout.widthMm()), pt(layout.heightMm())));
        if (index == 0) {
            doc.open();
        } else {
            doc.newPage();
        }
        return writer.getDirectContent();
    }

    /** The field's text in its box (offset added), shrunk by half points until it fits the box, never cut. */
    private void text(PdfContentByte cb, FieldBox b, String text, BlankLayout layout) {
        if (text == null || text.isBlank()) {
            return;
        }
        float llx = pt(b.xMm() + layout.offsetXMm());
        float urx = pt(b.xMm() + layout.offsetXMm() + b.widthMm());
        float ury = pt(layout.heightMm() - b.yMm() - layout.offsetYMm());
        float lly = pt(layout.heightMm() - b.yMm() - layout.offsetYMm() - b.heightMm());
        BaseFont base = fonts.of(b.bold(), b.italic());
        float size = (float) b.fontPt();
        while (size > FieldBox.MIN_PT && !fits(cb, base, size, text, b, llx, lly, urx, ury)) {
            size -= 0.5f;
        }
        try {
            column(cb, base, size, text, b, llx, lly, urx, ury).go();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean fits(PdfContentByte cb, BaseFont base, float size, String text, FieldBox b, float llx, float lly,
                                float urx, float ury) {
        try {
            return !ColumnText.hasMoreText(column(cb, base, size, text, b, llx, lly, urx, ury).go(true));
        } catch (DocumentException e) {
            return false;
        }
    }

    private static ColumnText column(PdfContentByte cb, BaseFont base, float size, String text, FieldBox b, float llx,
                                     float lly, float urx, float ury) {
        ColumnText ct = new ColumnText(cb);
        ct.setSimpleColumn(new Phrase(text, new Font(base, size)), llx, lly, urx, ury, size * LEADING, alignment(b.align()));
        ct.setUseAscender(true);
        return ct;
    }

    private static int alignment(Align a) {
        return switch (a) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
            case JUSTIFIED -> Element.ALIGN_JUSTIFIED;
        };
    }

    /** Frame, Quốc hiệu – Tiêu ngữ with its rule, authority and heading of the plain certificate. */
    private void plainFrame(PdfContentByte cb, Certificate c, BlankLayout layout) {
        float w = pt(layout.widthMm());
        float h = pt(layout.heightMm());
        cb.saveState();
        cb.setColorStroke(new Color(150, 20, 20));
        cb.setLineWidth(2.2f);
        cb.rectangle(pt(8), pt(8), w - pt(16), h - pt(16));
        cb.stroke();
        cb.setLineWidth(0.6f);
        cb.rectangle(pt(10.5), pt(10.5), w - pt(21), h - pt(21));
        cb.stroke();
        cb.restoreState();
        centred(cb, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, layout, 20);
        float tw = centred(cb, "Độc lập - Tự do - Hạnh phúc", 14, true, layout, 26.5);
        cb.saveState();
        cb.setLineWidth(0.6f);
        float y = h - pt(28.3);
        cb.moveTo(w / 2 - tw / 2, y);
        cb.lineTo(w / 2 + tw / 2, y);
        cb.stroke();
        cb.restoreState();
        centred(cb, c.authority(), 15, true, layout, 44);
        centred(cb, c.heading(), c.heading().length() > 12 ? 30 : 34, true, layout, 60);
    }

    /** A centred line whose baseline is at yMm from the top; returns its width in points. */
    private float centred(PdfContentByte cb, String text, float size, boolean bold, BlankLayout layout, double yMm) {
        BaseFont f = fonts.of(bold, false);
        float width = f.getWidthPoint(text, size);
        float max = pt(layout.widthMm() - 30);
        float s = width > max ? size * max / width : size;
        cb.beginText();
        cb.setFontAndSize(f, s);
        cb.showTextAligned(Element.ALIGN_CENTER, text, pt(layout.widthMm()) / 2, pt(layout.heightMm() - yMm), 0);
        cb.endText();
        return f.getWidthPoint(text, s);
    }

    private void grid(PdfContentByte cb, BlankLayout layout) {
        float w = pt(layout.widthMm());
        float h = pt(layout.heightMm());
        cb.saveState();
        for (int mm = 0; mm <= (int) layout.widthMm(); mm++) {
            gridLine(cb, mm, pt(mm), 0, pt(mm), h);
        }
        for (int mm = 0; mm <= (int) layout.heightMm(); mm++) {
            gridLine(cb, mm, 0, h - pt(mm), w, h - pt(mm));
        }
        cb.restoreState();
        BaseFont f = fonts.of(false, false);
        cb.beginText();
        cb.setFontAndSize(f, 6);
        cb.setColorFill(GRID_DARK);
        for (int mm = 10; mm < (int) layout.widthMm(); mm += 10) {
            cb.showTextAligned(Element.ALIGN_LEFT, Integer.toString(mm), pt(mm) + 1, h - pt(3), 0);
        }
        for (int mm = 10; mm < (int) layout.heightMm(); mm += 10) {
            cb.showTextAligned(Element.ALIGN_LEFT, Integer.toString(mm), pt(1), h - pt(mm) + 1, 0);
        }
        cb.endText();
        cb.setColorFill(Color.BLACK);
    }

    private static void gridLine(PdfContentByte cb, int mm, float x1, float y1, float x2, float y2) {
        boolean ten = mm % 10 == 0;
        boolean five = mm % 5 == 0;
        cb.setColorStroke(ten || five ? GRID_DARK : GRID_LIGHT);
        cb.setLineWidth(ten ? 0.5f : five ? 0.25f : 0.1f);
        cb.moveTo(x1, y1);
        cb.lineTo(x2, y2);
        cb.stroke();
    }

    private void box(PdfContentByte cb, FieldBox b, BlankLayout layout) {
        float x = pt(b.xMm() + layout.offsetXMm());
        float top = pt(layout.heightMm() - b.yMm() - layout.offsetYMm());
        cb.saveState();
        cb.setColorStroke(BOX);
        cb.setLineWidth(0.6f);
        cb.rectangle(x, top - pt(b.heightMm()), pt(b.widthMm()), pt(b.heightMm()));
        cb.stroke();
        cb.restoreState();
        cb.beginText();
        cb.setFontAndSize(fonts.of(false, false), 6);
        cb.setColorFill(BOX);
        cb.showTextAligned(Element.ALIGN_LEFT, b.field().name() + "  x " + mmText(b.xMm()) + "  y " + mmText(b.yMm()) + "  "
                + mmText(b.widthMm()) + " × " + mmText(b.heightMm()) + " mm  " + mmText(b.fontPt()) + " pt", x + 1, top + 1.5f, 0);
        cb.endText();
        cb.setColorFill(Color.BLACK);
    }

    /** Name, size, offset, printing advice and a bar exactly 100 mm long, at the bottom left, under the boxes. */
    private void legend(PdfContentByte cb, BlankLayout layout) {
        float x = pt(12);
        float y = pt(14);
        cb.saveState();
        cb.setColorFill(Color.WHITE);
        cb.rectangle(x - 3, y - 6, pt(150), pt(21));
        cb.fill();
        cb.setColorStroke(Color.BLACK);
        cb.setLineWidth(0.8f);
        cb.moveTo(x, y);
        cb.lineTo(x + pt(100), y);
        for (int mm = 0; mm <= 100; mm += 10) {
            cb.moveTo(x + pt(mm), y);
            cb.lineTo(x + pt(mm), y + (mm % 50 == 0 ? 6 : 3));
        }
        cb.stroke();
        cb.restoreState();
        BaseFont f = fonts.of(false, false);
        BaseFont bold = fonts.of(true, false);
        cb.beginText();
        cb.setFontAndSize(bold, 9);
        cb.showTextAligned(Element.ALIGN_LEFT, "TRANG CĂN CHỈNH — " + layout.name() + " (" + mmText(layout.widthMm()) + " × "
                + mmText(layout.heightMm()) + " mm)", x, y + pt(14), 0);
        cb.setFontAndSize(f, 8);
        cb.showTextAligned(Element.ALIGN_LEFT, "In đúng kích thước (100%, không co giãn trang); độ lệch đang đặt: ngang "
                + mmText(layout.offsetXMm()) + " mm, dọc " + mmText(layout.offsetYMm()) + " mm.", x, y + pt(9.5), 0);
        cb.showTextAligned(Element.ALIGN_LEFT, "Đoạn thẳng dưới đây phải dài đúng 100 mm:", x, y + pt(4), 0);
        cb.endText();
    }

    static float pt(double mm) {
        return (float) (mm * PT_PER_MM);
    }

    private static String mmText(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.valueOf(v).replace('.', ',');
    }
}
