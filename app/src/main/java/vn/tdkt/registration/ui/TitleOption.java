package vn.tdkt.registration.ui;

/**
 * A title in a combo box: its code (null for "none") and its name (the catalogue's spelling, a data value).
 */
public record TitleOption(String code, String name) {

    public static final TitleOption NONE = new TitleOption(null, "");

    @Override
    public String toString() {
        return name;
    }
}
