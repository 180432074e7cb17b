package vn.tdkt.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Cell;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.ui.Ui;

/**
 * English mode end to end: switches the window to English with its language menu, opens every main screen on the
 * sample data, and scans each scene graph for Vietnamese letters in labels (Labeled text, prompt texts, tab texts,
 * table column headers, tooltips, menu items). It fails on any literal left in a screen of {@link #CHECKED}.
 *
 * <p>Not labels, so not scanned: what table, list and tree cells show (the cells' text is data: people's and units'
 * names from the sample data, titles as the workbook spells them), the text typed in input fields (values), and
 * the value a combo box or date picker shows (a chosen unit, a date), and nodes a view marks with
 * {@link vn.tdkt.common.ui.UiText#data} (a person's name and identity values, the regime's title). The language
 * menu names each language in its
 * own words ("Tiếng Việt"), which {@link #OWN_NAMES} allows.
 */
@Tag("fx")
@ExtendWith(ApplicationExtension.class)
class EnglishScreensFxTest {

    /** Letters only Vietnamese writes, with its diacritics (đ/Đ, ơ, ư, ă, â, ê, ô and the tone marks). */
    static final Pattern VIETNAMESE = Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", Pattern.CASE_INSENSITIVE);

    /** Words that stay Vietnamese in English mode on purpose: each language's own name in the language menu. */
    static final Set<String> OWN_NAMES = Set.of("Tiếng Việt");
    static final Pattern MONEY = Pattern.compile("\\d[\\d.]* đ");

    /**
     * Screens still showing Vietnamese literals in English mode (none now). They are opened and scanned too:
     * {@link #notYetEnglishScreensStillNeedWork} lists their findings and fails once a screen is clean, so that it
     * moves into {@link #CHECKED}.
     */
    static final Set<MainWindow.Page> NOT_YET_ENGLISH = EnumSet.noneOf(MainWindow.Page.class);

    /** Every other main screen must show no Vietnamese label in English mode. */
    static final Set<MainWindow.Page> CHECKED = EnumSet.complementOf(EnumSet.copyOf(NOT_YET_ENGLISH));

    private AppContext ctx;
    private Stage stage;
    private WindowShell shell;
    private Preferences prefs;
    /** The switch sets the JVM's default locale (JavaFX's own controls follow it): put back for the other tests. */
    private final java.util.Locale before = java.util.Locale.getDefault();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ctx = AppContext.inMemory();
        Path sample = SampleData.locate().orElseThrow();
        ctx.workbook().importFile(sample, Progress.NONE);
        prefs = Preferences.userRoot().node("vn/tdkt/test-" + UUID.randomUUID());
        Ui ui = FxTestSupport.ui();
        ui.dialogs().setOwner(stage);
        Scene scene = new Scene(new javafx.scene.layout.StackPane(), 1280, 800);
        scene.getStylesheets().add(TdktApp.stylesheet());
        stage.setScene(scene);
        stage.show();
        shell = new WindowShell(stage, scene, ctx, ui, FxTestSupport.NO_BACKUPS, new LanguagePreference(prefs));
        shell.showMain(MainWindow.Page.PEOPLE);
    }

    @AfterEach
    void close() throws BackingStoreException {
        FxTestSupport.awaitIdle(shell.ui());
        prefs.removeNode();
        ctx.close();
        java.util.Locale.setDefault(before);
    }

    private void switchToEnglish(FxRobot robot) {
        FxTestSupport.awaitIdle(shell.ui());
        MenuButton menu = robot.lookup("#languageMenu").queryAs(MenuButton.class);
        assertEquals("Ngôn ngữ", menu.getText());
        MenuItem english = menu.getItems().stream().filter(i -> "languageEn".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(english::fire);
        FxTestSupport.awaitIdle(shell.ui());
    }

    @Test
    void theSwitchRebuildsTheWindowInEnglishAndIsRemembered(FxRobot robot) {
        switchToEnglish(robot);
        assertEquals("en", new LanguagePreference(prefs).load());
        assertTrue(shell.ui().messages().english());
        assertEquals("Language", robot.lookup("#languageMenu").queryAs(MenuButton.class).getText());
        assertEquals(shell.ui().text("nav.people"), robot.lookup("#navPeople").queryLabeled().getText());
        assertEquals("People", robot.lookup("#navPeople").queryLabeled().getText());
        assertEquals(shell.ui().text("window.title"), stage.getTitle());
        // and back: the same page, in Vietnamese
        robot.interact(() -> shell.window().show(MainWindow.Page.UNITS));
        FxTestSupport.awaitIdle(shell.ui());
        MenuItem vietnamese = robot.lookup("#languageMenu").queryAs(MenuButton.class).getItems().get(0);
        robot.interact(vietnamese::fire);
        FxTestSupport.awaitIdle(shell.ui());
        assertEquals("vi", new LanguagePreference(prefs).load());
        assertEquals(MainWindow.Page.UNITS, shell.window().page());
        assertEquals("Cán bộ", robot.lookup("#navPeople").queryLabeled().getText());
    }

    @Test
    void everyCheckedScreenIsEnglish(FxRobot robot) {
        switchToEnglish(robot);
        Map<String, List<String>> findings = new LinkedHashMap<>();
        for (MainWindow.Page page : CHECKED) {
            List<String> found = scan(robot, page);
            if (!found.isEmpty()) {
                findings.put(page.name(), found);
            }
        }
        // a person's page (from the people list): labels of the history tabs and the form
        long personId = ctx.people().index().all().get(0).person().id();
        robot.interact(() -> shell.window().showPerson(personId));
        FxTestSupport.awaitIdle(shell.ui());
        List<String> person = scanScene();
        if (!person.isEmpty()) {
            findings.put("PERSON", person);
        }
        FxTestSupport.snapshot(stage.getScene(), "english-person.png");
        assertEquals(Map.of(), findings, "Vietnamese labels in English mode");
    }

    /** The review's filters offer the titles and results in English (their items are labels, not data). */
    @Test
    void reviewFiltersAreEnglish(FxRobot robot) {
        switchToEnglish(robot);
        robot.interact(() -> shell.window().show(MainWindow.Page.REVIEW));
        FxTestSupport.awaitIdle(shell.ui());
        List<String> found = new ArrayList<>();
        for (String id : List.of("#titleFilter", "#resultFilter")) {
            javafx.scene.control.ComboBox<?> box = robot.lookup(id).queryAs(javafx.scene.control.ComboBox.class);
            assertTrue(box.getItems().size() > 3, id);
            box.getItems().forEach(i -> check(id + " item", String.valueOf(i), found));
        }
        assertEquals(List.of(), found);
        String counter = robot.lookup("#counter-LDTT").queryLabeled().getText();
        assertTrue(counter.startsWith("Advanced Worker: "), counter);
    }

    @Test
    void notYetEnglishScreensStillNeedWork(FxRobot robot) throws Exception {
        switchToEnglish(robot);
        StringBuilder report = new StringBuilder("Vietnamese labels in English mode, screens of NOT_YET_ENGLISH\n");
        List<MainWindow.Page> clean = new ArrayList<>();
        for (MainWindow.Page page : NOT_YET_ENGLISH) {
            List<String> found = scan(robot, page);
            report.append("\n").append(page).append(" (").append(found.size()).append(")\n");
            found.forEach(f -> report.append("  ").append(f).append('\n'));
            if (found.isEmpty()) {
                clean.add(page);
            }
        }
        Path out = Path.of(System.getProperty("tdkt.testOut", "target/test-out"), "english-scan.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertEquals(List.of(), clean, "these screens are English now: move them from NOT_YET_ENGLISH to CHECKED");
    }

    @Test
    void theScanFindsAVietnameseLiteral(FxRobot robot) {
        switchToEnglish(robot);
        robot.interact(() -> shell.window().show(MainWindow.Page.UNITS));
        FxTestSupport.awaitIdle(shell.ui());
        robot.interact(() -> stage.getScene().getRoot().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof javafx.scene.layout.Pane).findFirst()
                .map(n -> ((javafx.scene.layout.Pane) n).getChildren().add(new javafx.scene.control.Label("Đơn vị"))));
        List<String> found = scanScene();
        assertTrue(found.stream().anyMatch(f -> f.contains("Đơn vị")), found.toString());
        javafx.scene.control.TextField field = new javafx.scene.control.TextField();
        field.setPromptText("Tìm kiếm");
        field.setText("Nguyễn Văn A");
        List<String> prompt = new ArrayList<>();
        scan(field, "", prompt);
        assertEquals(List.of(" TextField prompt: Tìm kiếm"), prompt);
    }

    private List<String> scan(FxRobot robot, MainWindow.Page page) {
        robot.interact(() -> shell.window().show(page));
        FxTestSupport.awaitIdle(shell.ui());
        List<String> found = scanScene();
        FxTestSupport.snapshot(stage.getScene(), "english-" + page.name().toLowerCase(java.util.Locale.ROOT) + ".png");
        return found;
    }

    private List<String> scanScene() {
        List<String> found = new ArrayList<>();
        try {
            WaitForAsyncUtils.asyncFx(() -> scan(stage.getScene().getRoot(), "", found)).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return found;
    }

    private static void check(String where, String text, List<String> found) {
        if (text == null) {
            return;
        }
        String t = text;
        for (String own : OWN_NAMES) {
            t = t.replace(own, "");
        }
        t = MONEY.matcher(t).replaceAll(""); // the currency sign of an amount ("1.234.567 đ") is not a Vietnamese word
        if (VIETNAMESE.matcher(t).find()) {
            found.add(where + ": " + text.replace('\n', ' '));
        }
    }

    /** The labels of a node and everything under it; cells (data) are not scanned. */
    static void scan(Node node, String path, List<String> found) {
        if (node instanceof Cell<?> || node.getStyleClass().contains(vn.tdkt.common.ui.UiText.DATA)) {
            return;
        }
        String id = node.getId() == null ? node.getClass().getSimpleName() : "#" + node.getId();
        String where = path + " " + id;
        if (node instanceof Labeled l && !(node.getParent() instanceof ComboBoxBase<?>)) {
            check(where, l.getText(), found);
        }
        if (node instanceof TextInputControl t && !(node.getParent() instanceof ComboBoxBase<?>)) {
            check(where + " prompt", t.getPromptText(), found);
        }
        if (node instanceof ComboBoxBase<?> c) {
            check(where + " prompt", c.getPromptText(), found);
        }
        if (node instanceof Control c) {
            Tooltip tip = c.getTooltip();
            if (tip != null) {
                check(where + " tooltip", tip.getText(), found);
            }
            if (c.getContextMenu() != null) {
                c.getContextMenu().getItems().forEach(i -> menuItem(i, where + " context menu", found));
            }
        }
        if (node instanceof MenuButton m) {
            m.getItems().forEach(i -> menuItem(i, where + " menu", found));
        }
        if (node instanceof TableView<?> t) {
            t.getColumns().forEach(c -> column(c, where, found));
            if (t.getPlaceholder() != null) {
                scan(t.getPlaceholder(), where + " placeholder", found);
            }
        }
        if (node instanceof TreeTableView<?> t) {
            t.getColumns().forEach(c -> column(c, where, found));
        }
        if (node instanceof TabPane tp) {
            for (Tab tab : tp.getTabs()) {
                check(where + " tab", tab.getText(), found);
                if (tab.getTooltip() != null) {
                    check(where + " tab tooltip", tab.getTooltip().getText(), found);
                }
                if (tab.getContent() != null && !tab.isSelected()) {
                    scan(tab.getContent(), where + " tab '" + tab.getText() + "'", found);
                }
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                scan(child, where, found);
            }
        }
    }

    private static void column(TableColumnBase<?, ?> c, String where, List<String> found) {
        check(where + " column", c.getText(), found);
        c.getColumns().forEach(sub -> column(sub, where, found));
    }

    private static void menuItem(MenuItem i, String where, List<String> found) {
        check(where, i.getText(), found);
        if (i instanceof Menu m) {
            m.getItems().forEach(sub -> menuItem(sub, where, found));
        }
    }

    @Test
    void checkedAndExcludedScreensCoverEveryPage() {
        Set<MainWindow.Page> all = EnumSet.noneOf(MainWindow.Page.class);
        all.addAll(CHECKED);
        all.addAll(NOT_YET_ENGLISH);
        assertEquals(EnumSet.allOf(MainWindow.Page.class), all);
        assertFalse(CHECKED.isEmpty());
    }
}
