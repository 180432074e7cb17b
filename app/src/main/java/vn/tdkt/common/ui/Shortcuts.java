package vn.tdkt.common.ui;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The window's keys, the same on every page: Ctrl+N the page's "Thêm / Tạo" button, Ctrl+S its "Lưu" button, Ctrl+F
 * its search or filter field (else the people list's search), Ctrl+P the preview and printing of the page's first table
 * or tree (of the one in focus: {@link TableActions}), F1 what the page is and the keys. A page takes part by
 * the ids of its controls (the convention the views already follow): {@code add…Button}, {@code new…Button},
 * {@code create…Button}; {@code save…Button}; a text field whose id holds {@code search} or {@code filter}. Delete and
 * Enter act on tables ({@link TableActions}); Enter and Esc on dialogs are JavaFX's.
 */
public final class Shortcuts {

    static final Pattern NEW = Pattern.compile("(add|new|create)[A-Za-z]*Button");
    static final Pattern SAVE = Pattern.compile("save[A-Za-z]*Button");
    static final Pattern SEARCH = Pattern.compile("(?i).*(search|filter).*");
    static final Pattern ANY = Pattern.compile(".+");

    private Shortcuts() {
    }

    /**
     * @param page          the content area of the window (the page shown)
     * @param searchPeople  Ctrl+F where the page has no search field
     */
    public static void install(Scene scene, Ui ui, Supplier<Parent> page, Runnable searchPeople) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            Optional<TextField> field = find(page.get(), TextField.class, SEARCH);
            if (field.isPresent()) {
                field.get().requestFocus();
                field.get().selectAll();
            } else {
                searchPeople.run();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                () -> find(page.get(), Button.class, NEW).ifPresent(Button::fire));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                () -> find(page.get(), Button.class, SAVE).ifPresent(Button::fire));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), () -> help(ui, page.get()));
        // Ctrl+P in a table or tree prints it (TableActions); elsewhere the page's first table, else its tree
        scene.getAccelerators().put(TableActions.PRINT, () -> find(page.get(), javafx.scene.control.TableView.class, ANY)
                .map(javafx.scene.control.Control.class::cast)
                .or(() -> find(page.get(), javafx.scene.control.TreeTableView.class, ANY))
                .ifPresent(t -> TableActions.print(t, ui)));
    }

    /** F1: the page's title and the keys of the window. */
    static void help(Ui ui, Parent page) {
        String title = titleOf(page).orElse(ui.text("window.title"));
        ui.dialogs().info(ui.text("window.help.title"), ui.format("window.help.text", title));
    }

    private static Optional<String> titleOf(Node n) {
        if (n instanceof Labeled l && n.getStyleClass().contains("page-title") && n.isVisible()) {
            return Optional.ofNullable(l.getText());
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Optional<String> t = titleOf(child);
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    /** The first shown, enabled control of the type whose id matches, in the page's order. */
    static <T extends Node> Optional<T> find(Node n, Class<T> type, Pattern id) {
        if (n == null || !n.isVisible() || n.isDisabled()) {
            return Optional.empty();
        }
        if (type.isInstance(n) && n.getId() != null && id.matcher(n.getId()).matches()) {
            return Optional.of(type.cast(n));
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Optional<T> found = find(child, type, id);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
