package vn.tdkt.common.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;

/**
 * Text a control shows cut ("Phòng Tổ chức cán…"): how to find it, and a tooltip with the whole text wherever it
 * happens. {@link #install} puts one mouse filter on a scene: the label, button or table/list/tree cell under the
 * pointer gets a tooltip with its full text while (and only while) its text is cut, so cells created later, columns
 * added later and dialogs' rows are covered without each view declaring it. A tooltip a view set itself is kept.
 */
public final class CutText {

    private static final String OURS = "tdkt.cutTextTooltip";

    private CutText() {
    }

    /** Gives every cut text of the scene a tooltip with its whole text when the pointer rests on it. */
    public static void install(Scene scene) {
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            Node n = e.getPickResult() == null ? null : e.getPickResult().getIntersectedNode();
            while (n != null && !(n instanceof Labeled)) {
                n = n.getParent();
            }
            if (n instanceof Labeled l) {
                update(l);
            }
        });
    }

    /** Puts, updates or removes the whole-text tooltip of one control according to what it shows now. */
    public static void update(Labeled l) {
        Tooltip current = l.getTooltip();
        boolean ours = current != null && current.getProperties().containsKey(OURS);
        if (isCut(l)) {
            if (current == null) {
                Tooltip tip = new Tooltip(l.getText());
                tip.getProperties().put(OURS, Boolean.TRUE);
                tip.setWrapText(true);
                tip.setMaxWidth(640);
                l.setTooltip(tip);
            } else if (ours) {
                current.setText(l.getText());
            }
        } else if (ours) {
            l.setTooltip(null);
        }
    }

    /** True when the control shows less than its text (an ellipsis in place of the end, the middle or more lines). */
    public static boolean isCut(Labeled l) {
        String full = l.getText();
        if (full == null || full.isBlank()) {
            return false;
        }
        String shown = shown(l);
        return shown != null && !normal(shown).equals(normal(l.isMnemonicParsing() ? full.replace("_", "") : full));
    }

    /** The text the control's skin draws (null before it has a skin). */
    public static String shown(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                return t.getText();
            }
        }
        return l.getChildrenUnmodifiable().isEmpty() ? null : findText(l);
    }

    private static String findText(Parent p) {
        for (Node child : p.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                return t.getText();
            }
        }
        return null;
    }

    /** Wrapping turns spaces into line breaks; only an ellipsis or a missing part counts as cut. */
    private static String normal(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
