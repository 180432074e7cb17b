package vn.tdkt.workbook.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.common.ui.Screen;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.workbook.service.WorkbookService;

/** Xuất dữ liệu: everything to a workbook in the import format, and the empty template (Tải mẫu nhập liệu). */
public final class ExportView implements Screen {

    private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Ui ui;
    private final VBox root = new VBox(10);
    private final Label result = new Label();

    public ExportView(Ui ui, WorkbookService workbook) {
        this.ui = ui;
        Label title = new Label(ui.text("export.title"));
        title.getStyleClass().add("page-title");
        Label intro = new Label(ui.text("export.intro"));
        intro.setWrapText(true);
        Button export = new Button(ui.text("export.all"));
        export.setId("exportButton");
        export.setOnAction(e -> chooseAndRun(ui.text("export.all"), "tdkt-du-lieu-" + FILE_DAY.format(LocalDate.now()) + ".xlsx",
                ui.text("export.running"), workbook::exportTo));
        Button template = new Button(ui.text("export.template"));
        template.setId("templateButton");
        template.setOnAction(e -> chooseAndRun(ui.text("export.template"), "mau-nhap-lieu-tdkt.xlsx",
                ui.text("export.templateRunning"), (file, p) -> workbook.writeTemplate(file)));
        result.setId("exportResult");
        result.setWrapText(true);
        root.getChildren().setAll(title, intro, new HBox(8, export, template), result);
        root.setPadding(new Insets(12));
    }

    private void chooseAndRun(String title, String initialName, String running, BiConsumer<Path, Progress> work) {
        ui.dialogs().chooseSave(title, initialName, ui.text("import.filter"), "*.xlsx").ifPresent(file ->
                ui.tasks().run(running, p -> {
                    work.accept(file, p);
                    return file;
                }, done -> {
                    result.setText(ui.format("export.done", done.toAbsolutePath().toString()));
                    ui.dialogs().written(done);
                }, ui.dialogs()::error));
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        result.setText("");
    }
}
