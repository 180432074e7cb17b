package vn.tdkt.common.ui;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.control.ScrollPane;
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

/**
 * Xem trước khi in: the list's pages as they will print on A4 (portrait or landscape, chosen here), one at a time with
 * the page number; "In…" opens the printer's dialog and sends the pages in the background ({@link ListPrint#print}).
 */
public final class ListPrintDialog extends Dialog<ListPages.Orientation> {

    /** The preview's zoom: a printed point is drawn a little larger than a screen pixel. */
    private static final double ZOOM = 1.2;

    private final ListPrint list;
    private final Messages messages;
    private final Pagination pagination = new Pagination();
    private final Label count = new Label();
    private final ComboBox<ListPages.Orientation> orientation =
            new ComboBox<>(FXCollections.observableArrayList(ListPages.Orientation.values()));
    private List<ListPages.Page> pages = List.of();
    private ListPages.Frame frame;

    public ListPrintDialog(Ui ui, ListPrint list, ListPages.Orientation initial) {
        this.list = list;
        this.messages = ui.messages();
        setTitle(ui.format("window.print.titleOf", list.title()));
        // OTHER: the standard buttons' relabelling (DialogService.localizeButtons) leaves "In…" as it is
        ButtonType print = new ButtonType(ui.text("window.print.print"), ButtonBar.ButtonData.OTHER);
        getDialogPane().getButtonTypes().setAll(print, ButtonType.CLOSE);
        getDialogPane().setId("printPreview");
        orientation.setId("printOrientation");
        orientation.setConverter(new StringConverter<>() {
            @Override
            public String toString(ListPages.Orientation o) {
                return o == null ? "" : ui.text(o == ListPages.Orientation.PORTRAIT ? "window.print.portrait"
                        : "window.print.landscape");
            }

            @Override
            public ListPages.Orientation fromString(String s) {
                return null;
            }
        });
        orientation.setValue(initial);
        orientation.valueProperty().addListener((o, a, b) -> repaginate());
        count.setId("printPageCount");
        pagination.setId("printPages");
        pagination.setPageFactory(this::page);
        Label paper = new Label(ui.text("window.print.paper"));
        HBox top = new HBox(8, paper, orientation, count);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 8, 0));
        BorderPane content = new BorderPane(pagination);
        content.setTop(top);
        getDialogPane().setContent(content);
        getDialogPane().setPrefSize(1080, 720);
        setResizable(true);
        ui.dialogs().prepare(this);
        setResultConverter(b -> b == print ? orientation.getValue() : null);
        repaginate();
    }

    private void repaginate() {
        frame = list.frame(orientation.getValue());
        pages = list.pages(frame);
        count.setText(messages.format("window.print.pages", pages.size()));
        pagination.setPageCount(pages.size());
        pagination.setCurrentPageIndex(0);
        pagination.setPageFactory(this::page); // the same index again: the page is drawn anew in the new frame
    }

    private Node page(int index) {
        if (index < 0 || index >= pages.size()) {
            return null;
        }
        Region sheet = list.render(pages.get(index), frame, messages);
        StackPane paper = new StackPane(sheet);
        paper.setPadding(new Insets(ListPages.MARGIN));
        paper.setStyle("-fx-background-color: white;");
        paper.setEffect(new DropShadow(8, javafx.scene.paint.Color.gray(0.4)));
        paper.setScaleX(ZOOM);
        paper.setScaleY(ZOOM);
        Group zoomed = new Group(paper);
        StackPane holder = new StackPane(zoomed);
        holder.setPadding(new Insets(16));
        holder.setStyle("-fx-background-color: #d9d9d9;");
        ScrollPane scroll = new ScrollPane(holder);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setId("printPage" + (index + 1));
        return scroll;
    }
}
