package vn.tdkt.review.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Ui;

/** The counters above the review table: per title of the unit in scope, eligible / proposed, the cap when one applies. */
final class ReviewCounterPane {

    private final Ui ui;
    private final ReviewViewModel model;
    private final FlowPane counters = new FlowPane(6, 6);
    private final Label scopeLabel = new Label();
    private String scope;

    ReviewCounterPane(Ui ui, ReviewViewModel model) {
        this.ui = ui;
        this.model = model;
        this.scope = ui.text("review.filter.allUnits");
        scopeLabel.getStyleClass().add("field-name");
        counters.setId("counters");
        model.counters().addListener((ListChangeListener<ReviewCounters.Counter>) c -> show(scope));
    }

    Node view() {
        return new VBox(4, scopeLabel, counters);
    }

    /** Shows the counters of the unit in scope, named {@code scope}. */
    void show(String scope) {
        this.scope = scope;
        counters.getChildren().clear();
        if (model.resultProperty().get() == null) {
            scopeLabel.setText("");
            return;
        }
        scopeLabel.setText(ui.format("review.counters.scope", scope));
        for (ReviewCounters.Counter c : model.counters()) {
            String t = ReviewDetail.titleText(ui, c.title());
            Label l = new Label(c.cap() == null ? ui.format("review.counter", t, c.eligible(), c.proposed())
                    : ui.format("review.counter.cap", t, c.eligible(), c.proposed(), c.cap(), VnFormat.decimal(c.percent()),
                    c.base()));
            l.setId("counter-" + c.title().name());
            l.getStyleClass().add("counter");
            if (c.exceeded()) {
                l.getStyleClass().add("counter-exceeded");
                l.setTooltip(new Tooltip(ui.text("review.counter.exceeded")));
            }
            counters.getChildren().add(l);
        }
        if (counters.getChildren().isEmpty()) {
            Label none = new Label(ui.text("review.counters.none"));
            none.getStyleClass().add("hint");
            counters.getChildren().add(none);
        }
    }
}
