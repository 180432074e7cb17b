package vn.tdkt.common.ui;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import vn.tdkt.common.domain.LegacyConverter.Conversion;

/**
 * The table of converted cells every import screen shows (the file when there are several, sheet, row, column, encoding,
 * before → after) and the wiring of a model's {@link ConversionReview} to the preview dialog.
 */
public final class ConversionsTable {

    private ConversionsTable() {
    }

    /** A new table with the given id and its columns (see {@link #create(Messages, String)}). */
    public static TableView<Conversion> create(Ui ui, String id) {
        return create(ui.messages(), id);
    }

    /**
     * Shows the preview ({@link DialogService#acceptConversions}) whenever the model's review holds cells, and gives the
     * review the clerk's answer.
     */
    public static void review(DialogService dialogs, ConversionReview review) {
        review.cells().addListener((javafx.collections.ListChangeListener<Conversion>) c -> {
            if (!review.cells().isEmpty()) {
                List<Conversion> shown = List.copyOf(review.cells());
                javafx.application.Platform.runLater(() -> {
                    if (dialogs.acceptConversions(shown)) {
                        review.accept();
                    } else {
                        review.decline();
                    }
                });
            }
        });
    }

    /**
     * The preview dialog of {@link DialogService#acceptConversions}: the cells (with the Tệp column when they come from a
     * folder's files, the dialog wider then, inside 1280) and "Chấp nhận chuyển mã và nhập" / Hủy; true when accepted.
     */
    static boolean ask(DialogService dialogs, List<Conversion> cells) {
        Messages messages = dialogs.messages();
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> d = new javafx.scene.control.Dialog<>();
        dialogs.prepare(d);
        d.setTitle(messages.get("legacy.preview.title"));
        long files = cells.stream().map(Conversion::file).filter(java.util.Objects::nonNull).distinct().count();
        Label head = new Label(files == 0 ? messages.format("legacy.preview.text", cells.size())
                : messages.format("legacy.preview.folderText", cells.size(), files));
        head.setWrapText(true);
        head.setMaxWidth(files == 0 ? 900 : 1080);
        TableView<Conversion> table = create(messages, "conversionsPreview");
        table.getItems().setAll(cells);
        table.setPrefSize(files == 0 ? 900 : 1080, 360);
        d.getDialogPane().setContent(new javafx.scene.layout.VBox(8, head, table));
        javafx.scene.control.ButtonType accept = new javafx.scene.control.ButtonType(messages.get("legacy.preview.accept"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType cancel = new javafx.scene.control.ButtonType(messages.get("dialog.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(accept, cancel);
        d.getDialogPane().lookupButton(accept).setId("acceptConversionsButton");
        return d.showAndWait().filter(accept::equals).isPresent();
    }

    /**
     * The columns: Tệp (shown only while a cell names its file: an import of a folder), Trang tính, Dòng, Cột, Bảng mã,
     * Trước khi chuyển, Sau khi chuyển. Every text but the row and the encoding wraps onto more lines in its column
     * ({@link CellWidths#wrap}: the row grows), so a long column header or a long value is shown whole, never cut.
     */
    static TableView<Conversion> create(Messages messages, String id) {
        TableView<Conversion> table = new TableView<>();
        table.setId(id);
        table.setPlaceholder(new Label(messages.get("common.noData")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Conversion, String> file = CellWidths.wrap(UiFormat.textColumn(messages.get("import.col.file"), 150,
                c -> c.file() == null ? "" : c.file()));
        file.setId("conversionFileColumn");
        TableColumn<Conversion, String> column = CellWidths.wrap(UiFormat.textColumn(messages.get("import.col.column"), 150,
                Conversion::column));
        TableColumn<Conversion, String> before = CellWidths.wrap(UiFormat.textColumn(messages.get("import.col.before"), 230,
                Conversion::before));
        TableColumn<Conversion, String> after = CellWidths.wrap(UiFormat.textColumn(messages.get("import.col.after"), 230,
                Conversion::after));
        List<TableColumn<Conversion, String>> all = List.of(file,
                UiFormat.<Conversion>textColumn(messages.get("import.col.sheet"), 120, Conversion::sheet),
                UiFormat.<Conversion>textColumn(messages.get("import.col.row"), 60, c -> Integer.toString(c.row())), column,
                UiFormat.<Conversion>textColumn(messages.get("import.col.encoding"), 100, c -> messages.label(c.encoding())),
                before, after);
        all.forEach(ConversionsTable::titleWhole);
        table.getColumns().setAll(all);
        // the sheet, the row and the encoding as wide as their widest cell; the others wrap
        CellWidths.fit(table, List.of(file, column, before, after));
        Runnable files = () -> file.setVisible(table.getItems() != null && table.getItems().stream().anyMatch(c -> c.file() != null));
        javafx.beans.InvalidationListener changed = o -> files.run();
        table.getItems().addListener(changed);
        table.itemsProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.removeListener(changed);
            }
            if (now != null) {
                now.addListener(changed);
            }
            files.run();
        });
        files.run();
        return table;
    }

    /** A column never narrower than the longest word of its title (a title wraps between words, never inside one). */
    private static void titleWhole(TableColumn<Conversion, String> c) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                javafx.scene.text.FontWeight.BOLD, 13));
        double widest = 0;
        for (String word : c.getText().split("\\s+")) {
            probe.setText(word);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        c.setMinWidth(Math.max(c.getMinWidth(), Math.ceil(widest + TITLE_PADDING)));
    }

    /** The header label's padding and the column's borders. */
    private static final double TITLE_PADDING = 16;
}
