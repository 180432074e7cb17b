package vn.tdkt.registration.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.tdkt.registration.domain.Member;

/** One member's row of the registration grid: the member, the titles chosen in the combo boxes, the note. */
public final class GridRow {

    public final Member member;
    public final ObjectProperty<TitleOption> title = new SimpleObjectProperty<>(TitleOption.NONE);
    public final ObjectProperty<TitleOption> union = new SimpleObjectProperty<>(TitleOption.NONE);
    public final StringProperty note = new SimpleStringProperty("");

    public GridRow(Member member) {
        this.member = member;
    }
}
