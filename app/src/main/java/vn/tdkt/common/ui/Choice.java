package vn.tdkt.common.ui;

/** An entry of a combo box that may stand for "none" or "all" (value null) with its own label. */
public record Choice<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }
}
