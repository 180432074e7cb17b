package vn.tdkt.common.domain;

import java.util.List;

/**
 * What a form model read: every problem found, and the draft built from the fields when there is none.
 *
 * @param problems every problem at once (empty when the draft may be saved)
 * @param draft    the value to save, or null when a problem stops it
 */
public record Checked<T>(List<Problem> problems, T draft) {

    public Checked {
        problems = List.copyOf(problems);
    }

    /** The draft when the input has no problem, else nothing. */
    public static <T> Checked<T> of(FormInput input, java.util.function.Supplier<T> draft) {
        return input.ok() ? new Checked<>(List.of(), draft.get()) : new Checked<>(input.problems(), null);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
