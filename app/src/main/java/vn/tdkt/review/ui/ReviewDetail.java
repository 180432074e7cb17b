package vn.tdkt.review.ui;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.Criterion;
import vn.tdkt.review.domain.NextStep;
import vn.tdkt.review.domain.Proposal;
import vn.tdkt.review.domain.ReviewResult;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.Verdict;

/** The detail pane of the review screen: every criterion of the selected row with its evidence and legal reference. */
final class ReviewDetail {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Ui ui;
    private final VBox box = new VBox(4);

    ReviewDetail(Ui ui) {
        this.ui = ui;
        box.setId("detailPane");
        box.getStyleClass().add("detail-pane");
        box.setFillWidth(true);
    }

    VBox view() {
        return box;
    }

    /** The full name as in the law, in the user's language; a collective's Giấy khen and Bằng khen are marked as such. */
    static String titleText(Ui ui, Title t) {
        boolean shared = t.subject() == AwardSubject.TAP_THE && Arrays.stream(Title.values())
                .anyMatch(o -> o.subject() == AwardSubject.CA_NHAN && o.label().equals(t.label()));
        String name = ui.messages().label(t);
        return shared ? ui.format("review.title.collective", name) : name;
    }

    static String verdictClass(Verdict v) {
        return switch (v) {
            case ELIGIBLE -> "verdict-eligible";
            case NOT_ELIGIBLE -> "verdict-not-eligible";
            case HELD -> "verdict-held";
            case NOT_ASSESSED -> "verdict-not-assessed";
        };
    }

    /** Shows the row's criteria, next steps and proposal; a hint when nothing is selected. */
    void show(ReviewRow row, ReviewResult result) {
        box.getChildren().clear();
        if (row == null || result == null) {
            Label hint = wrapped(ui.text("review.detail.hint"));
            hint.getStyleClass().add("hint");
            box.getChildren().add(hint);
            return;
        }
        Assessment a = row.assessment();
        Label head = wrapped(ui.format("review.detail.head", a.subject().name(), a.subject().code(), titleText(ui, a.title())));
        head.getStyleClass().add("section-title");
        Label verdict = wrapped(ui.messages().label(a.verdict()));
        verdict.setId("detailVerdict");
        verdict.getStyleClass().add(verdictClass(a.verdict()));
        Label basis = wrapped(ui.format("review.detail.basis", a.legalRef()));
        basis.getStyleClass().add("hint");
        box.getChildren().addAll(head, verdict, basis, section("review.detail.criteria"));
        for (Criterion c : a.criteria()) {
            String role = switch (c.role()) {
                case REQUIRED -> "";
                case ONE_OF -> " (" + ui.text("review.detail.oneOf") + ")";
                case HOLD -> " (" + ui.text("review.detail.hold") + ")";
                case JUDGEMENT -> " (" + ui.text("review.detail.judgement") + ")";
            };
            boolean judged = c.role() == Criterion.Role.JUDGEMENT;
            Label mark = wrapped((c.met() ? "✓ " : judged ? "? " : "✗ ") + ui.messages().text(c.text()) + role);
            mark.getStyleClass().add(c.met() ? "criterion-met" : judged ? "criterion-judgement" : "criterion-unmet");
            Label evidence = wrapped(ui.format("review.detail.evidence", c.evidence()));
            evidence.getStyleClass().add("criterion-evidence");
            Label ref = wrapped(ui.format("review.detail.ref", c.legalRef()));
            ref.getStyleClass().add("criterion-ref");
            box.getChildren().addAll(mark, evidence, ref);
        }
        if (a.subject().type() == AwardSubject.CA_NHAN) {
            box.getChildren().add(section("review.detail.next"));
            List<NextStep> steps = result.nextSteps(a.subject());
            if (steps.isEmpty()) {
                box.getChildren().add(wrapped(ui.text("review.detail.noNext")));
            }
            steps.forEach(s -> box.getChildren().add(wrapped("• " + ui.messages().text(s.message()))));
        }
        Proposal p = row.proposalProperty().get();
        if (p != null) {
            Label by = wrapped(ui.format("review.detail.proposedBy", p.proposedBy(), STAMP.format(p.proposedAt())));
            by.getStyleClass().add("ok-text");
            box.getChildren().add(by);
        }
    }

    private Label section(String key) {
        Label l = new Label(ui.text(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
