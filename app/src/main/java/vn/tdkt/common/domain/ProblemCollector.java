package vn.tdkt.common.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of one input before refusing it, so the clerk sees them all at once. The one shared
 * home of the small checks services used to re-declare (require, refuse, blank-to-null, throw-if-any).
 */
public final class ProblemCollector {

    private final List<Problem> problems = new ArrayList<>();

    /** Adds a problem on a field of a form or record. */
    public ProblemCollector add(Field field, String key, Object... args) {
        problems.add(Problem.of(field, Msg.of(key, args)));
        return this;
    }

    public ProblemCollector add(Problem problem) {
        problems.add(problem);
        return this;
    }

    public ProblemCollector addAll(List<Problem> more) {
        problems.addAll(more);
        return this;
    }

    /** Adds the problem unless the condition holds; returns the condition. */
    public boolean require(boolean condition, Field field, String key, Object... args) {
        if (!condition) {
            add(field, key, args);
        }
        return condition;
    }

    /** Adds the problem when the value is null or blank; returns whether it was present. */
    public boolean requireText(String value, Field field, String key, Object... args) {
        return require(value != null && !value.isBlank(), field, key, args);
    }

    /** Adds the problem when the value is null; returns whether it was present. */
    public boolean requirePresent(Object value, Field field, String key, Object... args) {
        return require(value != null, field, key, args);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Throws a {@link ValidationException} with every problem collected, if there is one. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** Trimmed text, or null when blank. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : VietnameseText.clean(s);
    }

    /** Throws an {@link AppException} with the text unless the condition holds (one problem, no field). */
    public static void refuseUnless(boolean condition, String key, Object... args) {
        if (!condition) {
            throw new AppException(Msg.of(key, args));
        }
    }
}
