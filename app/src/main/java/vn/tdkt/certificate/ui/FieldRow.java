package vn.tdkt.certificate.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.tdkt.certificate.domain.Align;
import vn.tdkt.certificate.domain.CertField;
import vn.tdkt.certificate.domain.FieldBox;

/** One field of the layout as the editor's table shows it: numbers as typed text (dd,d or dd.d), checked when saved. */
public final class FieldRow {

    public final CertField field;
    public final BooleanProperty shown = new SimpleBooleanProperty();
    public final StringProperty x = new SimpleStringProperty();
    public final StringProperty y = new SimpleStringProperty();
    public final StringProperty width = new SimpleStringProperty();
    public final StringProperty height = new SimpleStringProperty();
    public final StringProperty size = new SimpleStringProperty();
    public final BooleanProperty bold = new SimpleBooleanProperty();
    public final BooleanProperty italic = new SimpleBooleanProperty();
    public final ObjectProperty<Align> align = new SimpleObjectProperty<>(Align.CENTER);

    public FieldRow(FieldBox b) {
        this.field = b.field();
        shown.set(b.shown());
        x.set(CertificateViewModel.mm(b.xMm()));
        y.set(CertificateViewModel.mm(b.yMm()));
        width.set(CertificateViewModel.mm(b.widthMm()));
        height.set(CertificateViewModel.mm(b.heightMm()));
        size.set(CertificateViewModel.mm(b.fontPt()));
        bold.set(b.bold());
        italic.set(b.italic());
        align.set(b.align());
    }
}
