package vn.tdkt.backup.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.tdkt.backup.domain.BackupContents;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;

/** Sao lưu / Khôi phục: the automatic backups, a backup now to a chosen file, and restore with a safety copy. */
public final class BackupView implements Screen {

    /** What the screen asks of the shell: the open database's backups, and a restore that reopens the data. */
    public interface Actions {
        List<Path> autoBackups();

        Path backupTo(Path file);

        /** Replaces the data with the backup (closes, restores, reopens); runs in the background. */
        void restore(Path zip);

        /** The safety copies restores kept of the data they replaced, newest first. */
        default List<Path> safetyCopies() {
            return List.of();
        }

        /** When the backup was written and what it holds (read in the background). */
        default BackupContents describe(Path file) {
            return vn.tdkt.backup.service.BackupService.describe(file);
        }
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private record BackupFile(Path path, LocalDateTime time, long bytes, boolean safety) {
    }

    private final Ui ui;
    private final Actions actions;
    private final BorderPane root = new BorderPane();
    private final TableView<BackupFile> table = new TableView<>();
    private final Label result = new Label();

    public BackupView(Ui ui, Actions actions) {
        this.ui = ui;
        this.actions = actions;
        build();
    }

    private void build() {
        Label title = new Label(ui.text("backup.title"));
        title.getStyleClass().add("page-title");
        Label intro = new Label(ui.text("backup.intro"));
        intro.setWrapText(true);
        Button now = new Button(ui.text("backup.now"));
        now.setId("backupNowButton");
        now.setOnAction(e -> backupNow());
        Button restoreFile = new Button(ui.text("backup.restoreFile"));
        restoreFile.setId("restoreFileButton");
        restoreFile.setOnAction(e -> ui.dialogs().chooseOpen(ui.text("backup.restoreFile"), ui.text("backup.filter"), "*.zip")
                .ifPresent(this::restore));
        Button restoreSelected = new Button(ui.text("backup.restoreSelected"));
        restoreSelected.setId("restoreSelectedButton");
        restoreSelected.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restoreSelected.setOnAction(e -> restore(table.getSelectionModel().getSelectedItem().path()));
        HBox buttons = new HBox(8, now, restoreFile, restoreSelected);
        buttons.setAlignment(Pos.CENTER_LEFT);
        result.setId("backupResult");
        result.setWrapText(true);
        Label listTitle = new Label(ui.text("backup.auto"));
        listTitle.getStyleClass().add("section-title");

        table.setId("backupTable");
        table.setPlaceholder(new Label(ui.text("backup.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                UiFormat.<BackupFile>textColumn(ui.text("backup.col.time"), 150, b -> STAMP.format(b.time())),
                UiFormat.<BackupFile>textColumn(ui.text("backup.col.kind"), 220,
                        b -> ui.text(b.safety() ? "backup.kind.safety" : "backup.kind.auto")),
                UiFormat.<BackupFile>textColumn(ui.text("backup.col.file"), 320, b -> b.path().getFileName().toString()),
                UiFormat.<BackupFile>textColumn(ui.text("backup.col.size"), 100,
                        b -> ui.format("backup.kb", VnFormat.number(Math.max(1, b.bytes() / 1024))))));
        VBox top = new VBox(8, title, intro, buttons, result, listTitle);
        root.setTop(top);
        BorderPane.setMargin(top, new Insets(0, 0, 8, 0));
        root.setCenter(table);
        root.setPadding(new Insets(12));
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        ui.tasks().run(ui.text("backup.loading"), p -> {
            List<BackupFile> files = new ArrayList<>();
            List<Path> safety = actions.safetyCopies();
            for (Path f : concat(actions.autoBackups(), safety)) {
                try {
                    files.add(new BackupFile(f, LocalDateTime.ofInstant(Files.getLastModifiedTime(f).toInstant(),
                            ZoneId.systemDefault()), Files.size(f), safety.contains(f)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            files.sort(java.util.Comparator.comparing(BackupFile::time).reversed());
            return files;
        }, table.getItems()::setAll, ui.dialogs()::error);
    }

    private void backupNow() {
        String name = "tdkt-sao-luu-" + FILE_STAMP.format(LocalDateTime.now()) + ".zip";
        ui.dialogs().chooseSave(ui.text("backup.now"), name, ui.text("backup.filter"), "*.zip").ifPresent(file ->
                ui.tasks().run(ui.text("backup.running"), p -> actions.backupTo(file),
                        done -> {
                            result.setText(ui.format("backup.done", done.toAbsolutePath().toString()));
                            ui.dialogs().written(done);
                        }, ui.dialogs()::error));
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Tells when the backup was written and what it holds, then asks before it replaces the data. */
    private void restore(Path zip) {
        ui.tasks().run(ui.text("backup.describing"), p -> actions.describe(zip), c -> {
            if (ui.dialogs().confirm(ui.text("backup.restoreConfirmTitle"), ui.format("backup.restoreConfirmContents",
                    zip.getFileName().toString(), STAMP.format(c.written()), VnFormat.number(c.units()),
                    VnFormat.number(c.people()), VnFormat.number(c.awards())))) {
                actions.restore(zip);
            }
        }, ui.dialogs()::error);
    }
}
