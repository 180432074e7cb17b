package vn.tdkt.exemplary.ui;

import java.util.List;
import java.util.Locale;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.ui.Messages;

/** What the exemplary screens' models show when a task fails: the located problems, or one worded line. */
final class ScreenProblems {

    private ScreenProblems() {
    }

    /** The problems of a failed task: a validation's own, an application error's text, else a worded failure. */
    static List<Problem> of(Throwable t) {
        if (t instanceof ValidationException v) {
            return v.problems();
        }
        if (t instanceof AppException a) {
            return List.of(Problem.file(a.text()));
        }
        return List.of(Problem.file(Messages.failureText(t)));
    }

    /** Every problem, one per line, in the user's language. */
    static String text(List<Problem> problems, Locale locale) {
        return String.join("\n", problems.stream().map(p -> p.describe(locale)).toList());
    }
}
