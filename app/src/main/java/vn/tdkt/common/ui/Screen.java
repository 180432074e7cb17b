package vn.tdkt.common.ui;

import javafx.scene.Node;

/** A page of the main window's content area. */
public interface Screen {

    Node view();

    /** Reloads the data shown (in the background); called each time the page is shown. */
    void refresh();
}
