package vn.tdkt.shell;

import java.util.function.Consumer;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import vn.tdkt.common.ui.Ui;

/** The window's language switch: English / Tiếng Việt, each language named in its own words. */
final class LanguageMenu {

    private LanguageMenu() {
    }

    /** @param onLanguage called with "vi" or "en" when the user picks the other language */
    static MenuButton of(Ui ui, Consumer<String> onLanguage) {
        MenuButton menu = new MenuButton(ui.text("window.language"));
        menu.setId("languageMenu");
        menu.setMaxWidth(Double.MAX_VALUE);
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem vi = new RadioMenuItem(ui.text("window.language.vi"));
        vi.setId("languageVi");
        RadioMenuItem en = new RadioMenuItem(ui.text("window.language.en"));
        en.setId("languageEn");
        vi.setToggleGroup(group);
        en.setToggleGroup(group);
        (ui.messages().english() ? en : vi).setSelected(true);
        vi.setOnAction(e -> switchTo(ui, onLanguage, "vi"));
        en.setOnAction(e -> switchTo(ui, onLanguage, "en"));
        menu.getItems().addAll(vi, en);
        return menu;
    }

    private static void switchTo(Ui ui, Consumer<String> onLanguage, String tag) {
        if (ui.messages().english() != "en".equals(tag)) {
            onLanguage.accept(tag);
        }
    }
}
