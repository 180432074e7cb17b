package vn.tdkt.common.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * Small text helpers every view shares: a section title from a bundle key, a page title, a label bound to a view
 * model's text, and the mark on a node
 * that shows a data value (a name, a unit, a regime's title) rather than a label of the interface, so that the
 * English-mode scan of the screens ({@code EnglishScreensFxTest}) does not take the data for an untranslated label.
 */
public final class UiText {

    /** Style class of a node whose text is a data value, not a label. */
    public static final String DATA = "data-value";

    private UiText() {
    }

    /** A section title ({@code section-title} style) with the text of the key. */
    public static Label section(Ui ui, String key) {
        Label l = new Label(ui.text(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    /** A page title ({@code page-title} style) with the given text. */
    public static Label pageTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("page-title");
        return l;
    }

    /**
     * A label with the id whose text follows the view model's property, wrapped when the line is too narrow (the
     * status, summary and error lines of the screens).
     */
    public static Label bound(String id, ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(text);
        return l;
    }

    /** Marks the node as showing a data value; returns it. */
    public static <N extends Node> N data(N node) {
        node.getStyleClass().add(DATA);
        return node;
    }
}
