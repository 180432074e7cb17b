package vn.tdkt.common.domain;

/**
 * A typed key of an input field a problem can point at (a form's control, a record's attribute). Forms map each
 * field to the control that shows the problem; the label is the bundle text of {@link #labelKey()}. Features
 * declare their fields as enums implementing this interface, so no display string travels across layers.
 */
public interface Field {

    /** The bundle key of the field's label, e.g. {@code decision.field.number}. */
    String labelKey();
}
